import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import {
  BAND_OUTCOMES,
  bandsOf,
  ensembleSeeds,
  OUTCOMES,
  outcomeById,
  playSeed,
} from '../../src/sim/ensemble.ts';
import {
  BANDS_CSV_COLUMNS,
  bandSteps,
  bandsCsv,
  bandTable,
  ensembleReport,
  ensembleTasks,
  playEnsemble,
  roundBand,
} from '../../src/sim/ensembleReport.ts';

const micron = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 5 });
const noBan = {
  ...micron,
  timeline: micron.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
};
const seeds = ensembleSeeds(micron.seed, 5);
const all = seeds.map((seed) => playSeed({ root: micron, schedule: [], seed, firms: false }));
const other = seeds.map((seed) => playSeed({ root: noBan, schedule: [], seed, firms: false }));

describe('the bands of an ensemble, step by step', () => {
  it('are bandsOf for every outcome and reading, one outcome and reading per step', () => {
    const steps = bandSteps(all, BAND_OUTCOMES);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    const table = next.value;
    // welfare is read against the twin already: one step for both readings
    const welfare = BAND_OUTCOMES.filter((o) => o.againstTwin).length;
    expect(count).toBe(BAND_OUTCOMES.length * 2 - welfare);
    for (const o of BAND_OUTCOMES)
      for (const reading of ['raw', 'effect'] as const)
        expect(table[o.id][reading]).toEqual(bandsOf(all, o, reading));
  });

  it('pair differences by seed as bandsOf does with `against`', () => {
    const table = bandTable(all, BAND_OUTCOMES, other);
    const chn = outcomeById('cost.CHN')!;
    expect(table['cost.CHN'].effect).toEqual(bandsOf(all, chn, 'effect', other));
    expect(table['cost.CHN'].effect.at(-1)!.n).toBe(all.length);
  });

  it('leave the firms out of the app’s tasks and keep the states', () => {
    const tasks = ensembleTasks(micron, [], 3);
    expect(tasks.map((t) => t.seed)).toEqual(ensembleSeeds(micron.seed, 3));
    expect(tasks.every((t) => t.firms === false)).toBe(true);
    expect(Object.keys(all[0].run[0].firms)).toEqual([]);
    expect(BAND_OUTCOMES.some((o) => o.id.startsWith('firm.'))).toBe(false);
    expect(OUTCOMES.length).toBeGreaterThan(BAND_OUTCOMES.length);
  });
});

describe('the ensemble report and its CSV', () => {
  it('round every quantile as the report does and name the seeds played', () => {
    const report = ensembleReport(all, BAND_OUTCOMES);
    expect(report.runs).toBe(5);
    expect(report.seeds).toEqual({ first: seeds[0], last: seeds[4] });
    expect(report.outcomes['divergence'].raw).toEqual(
      bandsOf(all, outcomeById('divergence')!, 'raw').map(roundBand),
    );
    expect(report.outcomes['welfare.CHN'].unit).toBe('% of real income without the measures');
  });

  it('plays the same seeds in turn as the pool plays them', () => {
    const played = playEnsemble({ scenario: micron }, 2);
    expect(played).toEqual(all.slice(0, 2));
  });

  it('writes one row per branch, outcome, reading and round, with documented columns', () => {
    const text = bandsCsv(
      [
        { branch: 'Main line', table: bandTable(all, BAND_OUTCOMES) },
        { branch: 'Main line minus No ban', table: bandTable(all, BAND_OUTCOMES, other) },
      ],
      BAND_OUTCOMES,
    );
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(BANDS_CSV_COLUMNS.join(','));
    expect(lines.length - 1).toBe(2 * BAND_OUTCOMES.length * 2 * all[0].run.length);
    const row = lines
      .slice(1)
      .map((l) => l.split(','))
      .find((c) => c[0] === 'Main line' && c[1] === 'cost.CHN' && c[2] === 'effect' && c[3] === '5')!;
    const band = roundBand(bandsOf(all, outcomeById('cost.CHN')!, 'effect').at(-1)!);
    expect(row.slice(5, 11).map(Number)).toEqual([band.p5, band.p25, band.p50, band.p75, band.p95, 5]);
    expect(text).not.toMatch(/NaN/);
  });
});
