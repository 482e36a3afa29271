import { describe, expect, it } from 'vitest';
import { differenceSeries } from '../../../src/app/charts/difference.ts';
import { record } from './fixtures.ts';

const branch = (globals: number[]) => globals.map((global, round) => record({ round, global }));
const cost = (r: { supplyChainCost: { global: number } }) => r.supplyChainCost.global;

describe('differenceSeries', () => {
  it.each([
    { name: 'is empty when both branches are empty', base: [], whatIf: [], want: [] },
    { name: 'is empty when the what-if has not started', base: [100, 101], whatIf: [], want: [] },
    { name: 'is one point for one shared round', base: [100], whatIf: [100], want: [[0, 0]] },
    {
      name: 'subtracts the baseline from the what-if round by round',
      base: [100, 101, 103],
      whatIf: [100, 102, 102.5],
      want: [
        [0, 0],
        [1, 1],
        [2, -0.5],
      ],
    },
    {
      name: 'stops at the shorter branch while the what-if is still running',
      base: [100, 101, 103, 104],
      whatIf: [100, 102],
      want: [
        [0, 0],
        [1, 1],
      ],
    },
    {
      name: 'stops at the shorter branch when the baseline is the shorter one',
      base: [100],
      whatIf: [100, 102, 104],
      want: [[0, 0]],
    },
    {
      name: 'skips rounds where either side is not finite',
      base: [100, NaN, 103, 104],
      whatIf: [100, 102, Infinity, 105],
      want: [
        [0, 0],
        [3, 1],
      ],
    },
  ])('$name', ({ base, whatIf, want }) => {
    const points = differenceSeries(branch(base), branch(whatIf), cost);
    expect(points.map((p) => [p.round, p.value])).toEqual(want);
  });

  it('aligns the branches on round numbers, not positions', () => {
    const base = [
      record({ round: 0, global: 100 }),
      record({ round: 1, global: 101 }),
      record({ round: 2, global: 102 }),
    ];
    const whatIf = [record({ round: 2, global: 110 })];
    expect(differenceSeries(base, whatIf, cost)).toEqual([
      { round: 2, label: 'Round 2', baseline: 102, whatIf: 110, value: 8 },
    ]);
  });

  it('does not modify its input', () => {
    const base = branch([100, 101]);
    const whatIf = branch([100, 99]);
    differenceSeries(base, whatIf, cost);
    expect(base.map(cost)).toEqual([100, 101]);
    expect(whatIf.map(cost)).toEqual([100, 99]);
  });
});
