import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firmColumnsOf,
  FirmTable,
  packColumns,
  parseFirmDetail,
  unpackColumns,
} from '../../src/model/columns.ts';
import { round6 } from '../../src/model/rounding.ts';
import { canonicalJson } from '../../src/model/fingerprint.ts';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportOfRun, seriesPointOf } from '../../src/model/report.ts';
import { ReportStream } from '../../src/model/reportStream.ts';
import { runScenario, startRun } from '../../src/model/run.ts';
import { twinOf, welfareOf } from '../../src/model/twin.ts';
import { expectUnchanged } from './helpers.ts';

const text = (write: (emit: (piece: string) => void) => void) => {
  const pieces: string[] = [];
  write((piece) => pieces.push(piece));
  return pieces.join('');
};

describe('firm columns', () => {
  const run = runScenario({ ...presetScenario('micron-2023'), firms: 1500, rounds: 3 });
  const table = new FirmTable(run.firms);

  it('write every firm as canonicalJson writes the report’s firms, and the chosen ones as JSON.stringify does', () => {
    const some = ['micron', 'memory-chn-1', 'cars-usa-2', 'tsmc'];
    for (let t = 0; t < run.records.length; t++) {
      const columns = firmColumnsOf(run.records[t]);
      const firms = seriesPointOf(run, t).firms;
      expect(text((emit) => table.canonical(columns, emit))).toBe(canonicalJson(firms));
      expect(text((emit) => table.json(columns, table.select('all'), emit))).toBe(JSON.stringify(firms));
      const named = seriesPointOf(run, t, 'anchors').firms;
      expect(text((emit) => table.json(columns, table.select('named'), emit))).toBe(JSON.stringify(named));
      const chosen = Object.fromEntries(Object.entries(firms).filter(([id]) => some.includes(id)));
      expect(text((emit) => table.json(columns, table.select(some), emit))).toBe(JSON.stringify(chosen));
      expect(table.objects(columns, table.select(some))).toEqual(chosen);
    }
  });

  it('are kept as 32-bit floats and given back exactly, for numbers rounded as reports round them', () => {
    // magnitudes from 1e-12 to 1e12, both signs, and the edges of the ten-decimal rule
    const magnitude = fc.integer({ min: -12, max: 12 });
    const number = fc
      .tuple(fc.double({ min: 1, max: 10, noNaN: true }), magnitude, fc.boolean())
      .map(([m, e, negative]) => (negative ? -1 : 1) * m * 10 ** e);
    const edges = [0, 1e-5, 9.99995e-6, 1e-10, 5e-11, 4.9e-11, 0.0000099999, 123456.5, 999999.5, 1, 100];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(number, fc.constantFrom(...edges)), { minLength: 1, maxLength: 50 }),
        (values) => {
          const column = Float64Array.from(values, round6);
          const columns = {
            marketShare: column,
            revenue: column.map((x) => round6(-x)),
            detail: column.slice(0, 3),
          };
          const packed = packColumns(columns);
          expect('packed' in packed).toBe(true);
          expect(unpackColumns(packed)).toEqual(columns);
        },
      ),
      { seed: 11, numRuns: 3000 },
    );
    const huge = {
      marketShare: Float64Array.of(1e35),
      revenue: new Float64Array(0),
      detail: new Float64Array(0),
    };
    expect(packColumns(huge)).toBe(huge);
  });

  it('name the ids a run does not have', () => {
    expect(table.unknownIds(['micron', 'nope', 'memory-chn-1'])).toEqual(['nope']);
  });

  it('read "named", "all" and ids separated by commas', () => {
    expect(parseFirmDetail('named')).toBe('named');
    expect(parseFirmDetail('all')).toBe('all');
    expect(parseFirmDetail(' micron, tsmc ,')).toEqual(['micron', 'tsmc']);
  });

  it('do not modify the record they are read from', () => {
    expectUnchanged([run.records[2]], () => firmColumnsOf(run.records[2]));
  });
});

describe('a report stream', () => {
  for (const id of PRESET_IDS.filter((p) => p !== 'tournament')) {
    it(`${id}: plays the run with its twin and gives reportOfRun's points and fingerprint`, () => {
      const scenario = { ...presetScenario(id), rounds: 6 };
      const stream = new ReportStream(startRun(scenario));
      const rounds = [];
      for (let made = stream.next(); made; made = stream.next()) rounds.push(made);
      const whole = runScenario(scenario);
      const report = reportOfRun(whole);
      expect(rounds).toHaveLength(7);
      expect(stream.fingerprint()).toBe(report.fingerprint);
      expect(stream.report()).toEqual({
        ...report,
        fingerprint: '',
        series: report.series.map((p) => ({ ...p, firms: {} })),
      });
      const table = new FirmTable(whole.firms);
      rounds.forEach((r, t) =>
        expect(table.objects(r.columns, table.select('all'))).toEqual(report.series[t].firms),
      );
    });
  }

  it('follows a branch’s schedule, and lets go of every round’s per-firm arrays once they are read', () => {
    const main = { ...presetScenario('micron-2023'), firms: 800, rounds: 6 };
    const noBan = {
      ...main,
      timeline: main.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
    };
    const schedule = [{ fromRound: 3, scenario: noBan }];
    const stream = new ReportStream(startRun(main, schedule));
    while (stream.next());
    const whole = runScenario(main, undefined, schedule);
    expect(stream.fingerprint()).toBe(reportOfRun(whole, undefined, twinOf(whole)).fingerprint);
    const welfare = welfareOf(whole, twinOf(whole));
    stream.points.forEach((p, t) => expect(p).toEqual(seriesPointOf(whole, t, false, welfare[t])));
    for (const r of [...stream.run.records, ...stream.twin.records]) {
      expect(r.firmRevenue).toHaveLength(0);
      expect(r.firmShare).toHaveLength(0);
    }
  });
});
