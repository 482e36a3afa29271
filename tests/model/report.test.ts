import { describe, expect, it } from 'vitest';
import {
  GLOBAL_METRICS,
  percentilesOf,
  quantileSorted,
  reportOfRun,
  reportScenario,
  round6,
  seriesOf,
  toCsv,
} from '../../src/model/report.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import { expectUnchanged, impose, scenario, tariff, control } from './helpers.ts';

const SCENARIO = scenario({
  rounds: 5,
  noise: 0.2,
  states: { USA: { strategy: 'titForTat' }, CHN: { strategy: 'escalator' } },
  timeline: [impose(1, tariff('USA', 'CHN', 0.1)), impose(2, control('USA', 'CHN', ['lithography']))],
});

describe('round6', () => {
  it.each([
    [1.23456789, 1.23457],
    [123456789, 123457000],
    [0.000123456789, 0.000123457],
    [-0, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [100, 100],
    // ten decimal places where they are coarser than six digits: what is really zero reads 0
    [3.2e-17, 0],
    [-2.7e-17, 0],
    [4.9e-11, 0],
    [1.23456789e-6, 0.0000012346],
    [-2.04123e-9, -2e-9],
    [0.0000123456789, 0.0000123457],
  ])('%d rounds to %d', (x, y) => {
    expect(Object.is(round6(x), y)).toBe(true);
  });
});

describe('the fingerprint of a run report', () => {
  const run = runScenario(SCENARIO);
  const twin = twinOf(run);
  const last = run.records.length - 1;
  // a firm's revenue from a state it sells nothing to: exactly 0 in this run
  const zero = run.records[last]!.firmRevenue.findIndex((v) => v === 0);

  /** The report of the run with that one revenue set to `value` in the last round. */
  const withRevenue = (value: number) => {
    const firmRevenue = Float64Array.from(run.records[last]!.firmRevenue);
    firmRevenue[zero] = value;
    const records = run.records.map((r, t) => (t === last ? { ...r, firmRevenue } : r));
    return reportOfRun({ ...run, records }, undefined, twin);
  };

  it('is the same when values that are really zero differ in their last bits (3.2e-17 against 2.7e-17)', () => {
    expect(zero).toBeGreaterThanOrEqual(0);
    const exact = reportOfRun(run, undefined, twin).fingerprint;
    expect(withRevenue(3.2e-17).fingerprint).toBe(exact);
    expect(withRevenue(-2.7e-17).fingerprint).toBe(exact);
    expect(withRevenue(4e-11).fingerprint).toBe(exact);
  });

  it('differs when such a value moves by an amount the report keeps', () => {
    const exact = reportOfRun(run, undefined, twin).fingerprint;
    expect(withRevenue(1e-4).fingerprint).not.toBe(exact);
    expect(withRevenue(2e-10).fingerprint).not.toBe(exact);
    expect(withRevenue(1e-4).fingerprint).not.toBe(withRevenue(1.0001e-4).fingerprint);
  });
});

describe('seriesOf', () => {
  const run = runScenario(SCENARIO);
  const series = seriesOf(run);

  it('has one point per record, with the round, label and every global metric', () => {
    expect(series).toHaveLength(SCENARIO.rounds + 1);
    series.forEach((p, i) => {
      expect(p.round).toBe(i);
      expect(p.label).toBe(`Round ${i}`);
      expect(Object.keys(p.supplyChainCost).sort()).toEqual(['global', ...STATE_CODES].sort());
      expect(typeof p.standardsDivergence).toBe('number');
      expect(typeof p.crossBlocTradeShare).toBe('number');
      expect(typeof p.escalation).toBe('number');
      expect(Object.keys(p.selfHarm).sort()).toEqual([...STATE_CODES].sort());
    });
  });

  it('has every firm, by id, with its market share and revenue by customer state', () => {
    const p = series[3]!;
    expect(Object.keys(p.firms)).toHaveLength(run.firms.length);
    const micron = p.firms['micron']!;
    expect(Object.keys(micron.revenue)).toEqual([...STATE_CODES]);
    const j = run.firms.findIndex((f) => f.id === 'micron');
    expect(micron.marketShare).toBe(round6(run.records[3]!.firmShare[j]!));
  });

  it('rounds every number to six significant digits (or ten decimal places)', () => {
    const p = series[2]!;
    expect(p.supplyChainCost.global).toBe(round6(run.records[2]!.supplyChainCost.global));
    expect(p.crossBlocTradeShare).toBe(round6(run.records[2]!.crossBlocTradeShare));
  });

  it('gives each bloc’s share of each stack, summing to 1, from the record’s share of stack A', () => {
    series.forEach((p, t) => {
      expect(Object.keys(p.standardShares).sort()).toEqual(['CN', 'NA', 'US', 'global']);
      for (const key of ['US', 'CN', 'NA', 'global'] as const) {
        const { A, B } = p.standardShares[key];
        expect(A).toBe(round6(run.records[t]!.standardShares[key]));
        expect(A + B).toBeCloseTo(1, 5);
        expect(A).toBeGreaterThanOrEqual(0);
        expect(B).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('leaves firms out when asked', () => {
    for (const p of seriesOf(run, false)) expect(p.firms).toEqual({});
  });

  it('does not modify its input', () => {
    expectUnchanged([run.records, run.firms], () => seriesOf(run));
  });
});

describe('quantileSorted', () => {
  it.each([
    { values: [], p: 0.5, q: 0 },
    { values: [5], p: 0.95, q: 5 },
    { values: [1, 2, 3, 4, 5], p: 0, q: 1 },
    { values: [1, 2, 3, 4, 5], p: 0.25, q: 2 },
    { values: [1, 2, 3, 4, 5], p: 0.5, q: 3 },
    { values: [1, 2, 3, 4, 5], p: 1, q: 5 },
    { values: [0, 10], p: 0.3, q: 3 },
    { values: [1, 2, 3, 4], p: 0.5, q: 2.5 },
  ])('the $p quantile of $values is $q', ({ values, p, q }) => {
    expect(quantileSorted(values, p)).toBeCloseTo(q, 12);
  });

  it('does not modify its input', () => {
    const values = [1, 4, 9];
    expectUnchanged([values], () => quantileSorted(values, 0.4));
  });
});

describe('percentilesOf and reportScenario', () => {
  const report = reportScenario(SCENARIO, { runs: 5 });

  it('gives per-round bands over the runs in order p5 <= p25 <= p50 <= p75 <= p95', () => {
    expect(report.runs).toBe(5);
    for (const metric of GLOBAL_METRICS) {
      const bands = report.percentiles![metric];
      expect(bands).toHaveLength(SCENARIO.rounds + 1);
      for (const b of bands) {
        expect(b.p5).toBeLessThanOrEqual(b.p25);
        expect(b.p25).toBeLessThanOrEqual(b.p50);
        expect(b.p50).toBeLessThanOrEqual(b.p75);
        expect(b.p75).toBeLessThanOrEqual(b.p95);
      }
    }
  });

  it('bands are the spread of the metric over the runs', () => {
    const all = [0, 1, 2].map((k) => seriesOf(runScenario({ ...SCENARIO, seed: SCENARIO.seed + k }), false));
    const bands = percentilesOf(all).supplyChainCost;
    for (let t = 0; t <= SCENARIO.rounds; t++) {
      const values = all.map((s) => s[t]!.supplyChainCost.global).sort((a, b) => a - b);
      expect(bands[t]!.p5).toBeGreaterThanOrEqual(values[0]! - 1e-9);
      expect(bands[t]!.p95).toBeLessThanOrEqual(values[2]! + 1e-9);
      expect(bands[t]!.p50).toBe(round6(values[1]!));
    }
  });

  it('reports the run itself with its events, and one fingerprint for the same scenario', () => {
    const single = reportScenario(SCENARIO);
    expect(single.series).toHaveLength(SCENARIO.rounds + 1);
    expect(single.firmCount).toBe(100);
    expect(single.events[0]!.round).toBe(0);
    expect(single.percentiles).toBeUndefined();
    expect(reportScenario(SCENARIO).fingerprint).toBe(single.fingerprint);
    expect(reportScenario({ ...SCENARIO, seed: SCENARIO.seed + 1 }).fingerprint).not.toBe(single.fingerprint);
  });

  it('keeps each state act’s cause beside its text, its sizes rounded, and no cause on other events', () => {
    const report = reportScenario(SCENARIO);
    const acts = report.events.filter((e) => e.cause);
    expect(acts.map((e) => e.cause!.rule)).toContain('script');
    expect(acts.some((e) => e.cause!.source === 'strategy' && e.cause!.act)).toBe(true);
    for (const e of acts) {
      if (e.cause!.act) expect(e.cause!.act.intensity).toBe(round6(e.cause!.act.intensity));
      if (e.cause!.ratio !== undefined) expect(e.cause!.ratio).toBe(round6(e.cause!.ratio));
    }
    expect(report.events[0]).toEqual({ round: 0, text: expect.any(String) });
  });

  it('tells its caller about progress, run by run', () => {
    const seen: string[] = [];
    reportScenario({ ...SCENARIO, rounds: 1 }, { runs: 3, onRun: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('does not modify its input', () => {
    const s = structuredClone(SCENARIO);
    expectUnchanged([s], () => reportScenario(s));
  });
});

describe('welfare and firm detail in the report', () => {
  const report = reportScenario(presetScenario('micron-2023'));

  it('reports each state’s welfare against the twin per round, 0 at round 0', () => {
    for (const point of report.series)
      for (const c of STATE_CODES) expect(Number.isFinite(point.welfare[c])).toBe(true);
    for (const c of STATE_CODES) expect(report.series[0].welfare[c]).toBe(0);
    expect(report.series[report.series.length - 1].welfare.CHN).toBeLessThan(0);
  });

  it('gives named firms their unit cost, output and cumulative output, and generated firms none', () => {
    const last = report.series[report.series.length - 1];
    const micron = last.firms['micron'];
    expect(micron.unitCost).toBeGreaterThan(0);
    expect(micron.output).toBeGreaterThan(0);
    expect(micron.cumulativeOutput).toBeGreaterThan(report.series[0].firms['micron'].cumulativeOutput!);
    const generated = Object.entries(last.firms).find(([id]) => /-\d+$/.test(id))!;
    expect(generated[1].unitCost).toBeUndefined();
  });

  it('puts welfare in the CSV, one column per state', () => {
    const header = toCsv(report).split('\n')[0].split(',');
    for (const c of STATE_CODES) expect(header).toContain(`welfare.${c}`);
  });
});
