import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../../src/app/charts/series.ts';
import type { RoundRecord } from '../../../src/model/types.ts';
import { effectsOf, twinPointOf } from '../../../src/sim/effects.ts';
import { record } from './fixtures.ts';

describe('seriesOf', () => {
  it.each([
    { name: 'gives no points for no records', globals: [], want: [] },
    { name: 'gives one point for one record', globals: [100], want: [{ round: 0, value: 100 }] },
    {
      name: 'skips NaN and infinite values without breaking the rounds of the others',
      globals: [100, NaN, 102, Infinity, -Infinity, 101],
      want: [
        { round: 0, value: 100 },
        { round: 2, value: 102 },
        { round: 5, value: 101 },
      ],
    },
  ])('$name', ({ globals, want }) => {
    const records = globals.map((g, round) => record({ round, global: g }));
    expect(seriesOf(records, (r) => r.supplyChainCost.global)).toEqual(want);
  });

  it('treats a field missing from a record as no point', () => {
    const broken = { ...record({ round: 1 }), supplyChainCost: undefined } as unknown as RoundRecord;
    const records = [record({ round: 0, global: 100 }), broken];
    expect(seriesOf(records, (r) => r.supplyChainCost.global)).toEqual([{ round: 0, value: 100 }]);
  });

  it('takes the round from the record rather than its position', () => {
    const records = [record({ round: 3, global: 101 }), record({ round: 4, global: 102 })];
    expect(seriesOf(records, (r) => r.supplyChainCost.global).map((p) => p.round)).toEqual([3, 4]);
  });

  it('does not modify its input', () => {
    const records = [record({ round: 0, global: NaN })];
    seriesOf(records, (r) => r.supplyChainCost.global);
    expect(Number.isNaN(records[0].supplyChainCost.global)).toBe(true);
    expect(records).toHaveLength(1);
  });
});

describe('seriesOf the effects of the measures', () => {
  it('draws the run minus its twin, round by round, only where both have a round', () => {
    const run = [record({ round: 0 }), record({ round: 1, global: 103 }), record({ round: 2, global: 101 })];
    const twin = [record({ round: 0 }), record({ round: 1, global: 99.5 })].map(twinPointOf);
    expect(seriesOf(effectsOf(run, twin), (e) => e.supplyChainCost.global)).toEqual([
      { round: 0, value: 0 },
      { round: 1, value: 3.5 },
    ]);
  });

  it('leaves out a round whose difference is not a number', () => {
    const run = [record({ round: 0 }), record({ round: 1, global: NaN })];
    const twin = run.map((r) => twinPointOf(record({ round: r.round })));
    expect(seriesOf(effectsOf(run, twin), (e) => e.supplyChainCost.global)).toEqual([{ round: 0, value: 0 }]);
  });
});
