// The run report: a run's per-round metrics and events as plain JSON, rounded so that it reads well and hashes the
// same everywhere. The CLI prints it, the app exports it, and the golden tests compare it.

import { fingerprint } from './fingerprint.ts';
import { runScenario, type Run } from './run.ts';
import { resolveScenario, type Scenario } from './scenario.ts';
import { runTournament, type TournamentEntry } from './tournament.ts';
import { STATE_CODES, type StateCode } from './types.ts';

/** significant digits kept in reports: far below the model's own precision, far above what a chart can show */
export const REPORT_DIGITS = 6;

export function round6(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Number(x.toPrecision(REPORT_DIGITS));
  return Object.is(r, -0) ? 0 : r;
}

export interface FirmPoint {
  marketShare: number;
  revenue: Record<StateCode, number>;
}

export interface SeriesPoint {
  round: number;
  label: string;
  supplyChainCost: Record<'global' | StateCode, number>;
  standardsDivergence: number;
  crossBlocTradeShare: number;
  escalation: number;
  activeMeasures: number;
  averageTariff: Record<string, number>;
  selfHarm: Record<StateCode, number>;
  firms: Record<string, FirmPoint>;
}

export const GLOBAL_METRICS = [
  'supplyChainCost',
  'standardsDivergence',
  'crossBlocTradeShare',
  'escalation',
] as const;
export type GlobalMetric = (typeof GLOBAL_METRICS)[number];

export interface Percentiles {
  round: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface RunReport {
  preset: string | null;
  name: string;
  seed: number;
  rounds: number;
  firmCount: number;
  fingerprint: string;
  series: SeriesPoint[];
  events: Array<{ round: number; text: string }>;
  runs?: number;
  percentiles?: Record<GlobalMetric, Percentiles[]>;
  tournament?: { ranking: TournamentEntry[] };
}

const mapValues = <K extends string>(o: Record<K, number>): Record<K, number> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round6(v as number)])) as Record<K, number>;

export function seriesOf(run: Run, withFirms = true): SeriesPoint[] {
  return run.records.map((r) => {
    const firms: Record<string, FirmPoint> = {};
    if (withFirms) {
      run.firms.forEach((f, i) => {
        const revenue = {} as Record<StateCode, number>;
        STATE_CODES.forEach((c, s) => (revenue[c] = round6(r.firmRevenue[i * STATE_CODES.length + s])));
        firms[f.id] = { marketShare: round6(r.firmShare[i]), revenue };
      });
    }
    return {
      round: r.round,
      label: r.label,
      supplyChainCost: mapValues(r.supplyChainCost),
      standardsDivergence: round6(r.standardsDivergence),
      crossBlocTradeShare: round6(r.crossBlocTradeShare),
      escalation: round6(r.escalation),
      activeMeasures: r.activeMeasures,
      averageTariff: mapValues(r.averageTariff),
      selfHarm: mapValues(r.selfHarm),
      firms,
    };
  });
}

export function globalValue(point: SeriesPoint, metric: GlobalMetric): number {
  return metric === 'supplyChainCost' ? point.supplyChainCost.global : point[metric];
}

/** Quantile of sorted values by linear interpolation (the R-7 rule, as in spreadsheets). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function percentilesOf(all: readonly SeriesPoint[][]): Record<GlobalMetric, Percentiles[]> {
  const out = {} as Record<GlobalMetric, Percentiles[]>;
  for (const metric of GLOBAL_METRICS) {
    out[metric] = all[0].map((point, t) => {
      const values = all.map((s) => globalValue(s[t], metric)).sort((a, b) => a - b);
      const q = (p: number) => round6(quantileSorted(values, p));
      return { round: point.round, p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
    });
  }
  return out;
}

export interface ReportOptions {
  /** runs over seeds seed .. seed + runs - 1; percentiles are added when above 1 */
  runs?: number;
  /** called after each run, for progress */
  onRun?: (done: number, total: number) => void;
}

/** Runs a scenario (and its seed ensemble or tournament where asked) and reports it. */
export function reportScenario(scenario: Scenario, options: ReportOptions = {}): RunReport {
  const runs = Math.max(1, options.runs ?? 1);
  let tournament: RunReport['tournament'];
  let first: Run;
  if (scenario.tournament) {
    const t = runTournament(scenario);
    first = t.runs[0];
    tournament = { ranking: t.result.ranking.map((e) => ({ strategy: e.strategy, score: round6(e.score) })) };
  } else {
    first = runScenario(scenario);
  }
  options.onRun?.(1, runs);
  const series = seriesOf(first);
  const events = first.records.flatMap((r) => r.events.map((e) => ({ round: e.round, text: e.text })));
  const report: RunReport = {
    preset: scenario.preset ?? null,
    name: scenario.name,
    seed: scenario.seed,
    rounds: scenario.rounds,
    firmCount: first.firms.length,
    fingerprint: '',
    series,
    events,
  };
  if (tournament) report.tournament = tournament;
  if (runs > 1) {
    const all = [series];
    for (let k = 1; k < runs; k++) {
      const run = runScenario({ ...scenario, seed: (scenario.seed + k) >>> 0 });
      all.push(seriesOf(run, false));
      options.onRun?.(k + 1, runs);
    }
    report.runs = runs;
    report.percentiles = percentilesOf(all);
  }
  // The resolved parameters and the events are hashed too, so that a changed default or narrative shows.
  report.fingerprint = fingerprint({
    scenario,
    params: resolveScenario(scenario).params,
    seed: scenario.seed,
    series,
    events,
    tournament: report.tournament ?? null,
  });
  return report;
}
