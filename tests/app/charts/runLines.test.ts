import { describe, expect, it } from 'vitest';
import type { ComparedRun } from '../../../src/app/charts/chartTypes.ts';
import { COMPARE_DASHES } from '../../../src/app/charts/palette.ts';
import {
  comparedLegend,
  comparedLines,
  ensembleLines,
  plottedValues,
  type LineSpec,
} from '../../../src/app/charts/runLines.ts';
import type { Band } from '../../../src/sim/ensemble.ts';
import { deepFreeze } from '../../sim/arbitraries.ts';

const band = (round: number, p50: number, spread = 1): Band => ({
  round,
  label: `R${round}`,
  p5: p50 - 2 * spread,
  p25: p50 - spread,
  p50,
  p75: p50 + spread,
  p95: p50 + 2 * spread,
  n: 10,
});
const SPECS: LineSpec[] = deepFreeze([
  { key: 'global', label: 'Global', short: 'Global', colour: 'black', dash: '', width: 3 },
  { key: 'CHN', label: 'China', short: 'CN', colour: 'red', dash: '', width: 1.5 },
]);
const run = (name: string, bands?: Record<string, readonly Band[]>): ComparedRun => ({
  name,
  records: [],
  ...(bands ? { bands } : {}),
});
const points = (v: number) => [{ round: 0, value: v }];

describe('the lines of a chart over the rounds', () => {
  it('draws an ensemble as its medians over its bands, scaled when asked (a share in percent)', () => {
    const table = deepFreeze({ 'cost.global': [band(0, 0.1), band(1, 0.2)], 'cost.CHN': [band(0, 0.3)] });
    const { series, bands } = ensembleLines(SPECS, table, (k) => `cost.${k}`, 100);
    expect(series.map((s) => s.points)).toEqual([
      [
        { round: 0, value: 10 },
        { round: 1, value: 20 },
      ],
      [{ round: 0, value: 30 }],
    ]);
    expect(bands[0]).toMatchObject({ key: 'global', colour: 'black' });
    expect(bands[0].bands[1].p95).toBeCloseTo(220, 9);
  });

  it('gives each compared branch its own dash and its name, and hides a branch on its own', () => {
    const compared = deepFreeze([run('No ban'), run('No tariffs'), run('No controls')]);
    const lines = comparedLines(SPECS, compared, {
      hidden: (key) => key === 'compare-1',
      banded: false,
      pointsOf: (s, _run, k) => points(k * 10 + (s.key === 'global' ? 0 : 1)),
    });
    expect(lines.map((l) => [l.label, l.dash])).toEqual([
      ['Global (No ban)', COMPARE_DASHES[0]],
      ['China (No ban)', COMPARE_DASHES[0]],
      ['Global (No controls)', COMPARE_DASHES[2]],
      ['China (No controls)', COMPARE_DASHES[2]],
    ]);
    expect(lines.map((l) => l.points[0].value)).toEqual([0, 1, 20, 21]);
    // no direct labels: the end of a line names the branch on view's series only
    expect(lines.every((l) => l.short === undefined)).toBe(true);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('with an ensemble, draws a compared branch from its own medians, or not at all until it has one', () => {
    const compared = [
      run('Played', { 'cost.global': [band(0, 5)], 'cost.CHN': [band(0, 6)] }),
      run('Not yet'),
    ];
    const lines = comparedLines(SPECS, compared, {
      hidden: () => false,
      banded: true,
      outcomeOf: (k) => `cost.${k}`,
      pointsOf: () => points(999),
    });
    expect(lines.map((l) => [l.label, l.points[0].value])).toEqual([
      ['Global (Played)', 5],
      ['China (Played)', 6],
    ]);
  });

  it('names every compared branch in the legend with its dash in words', () => {
    const legend = comparedLegend([run('A'), run('B'), run('C'), run('D')], (key) => key === 'compare-3');
    expect(legend.map((l) => [l.label, l.dash, l.pressed])).toEqual([
      ['A (dashed)', COMPARE_DASHES[0], true],
      ['B (dash-dot)', COMPARE_DASHES[1], true],
      ['C (short dashes)', COMPARE_DASHES[2], true],
      ['D (dash-dot-dot)', COMPARE_DASHES[3], false],
    ]);
  });

  it('spans every point and every band edge on the value axis, leaving out what is not finite', () => {
    const values = plottedValues(
      [{ ...SPECS[0], points: [{ round: 0, value: 1 }] }],
      [{ key: 'x', colour: 'red', bands: [band(0, 0), { ...band(1, 0), p5: NaN }] }],
    );
    expect(values).toEqual([1, -2, 2, 2]);
  });
});
