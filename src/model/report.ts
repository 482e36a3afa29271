// The run report: a run's per-round metrics and events as plain JSON, rounded so that it reads well and hashes the
// same everywhere. The CLI prints it, the app exports it, and the golden tests compare it.

import { CanonicalText, fingerprint, LazyList } from './fingerprint.ts';
import { FirmTable, firmColumnsOf } from './columns.ts';
import { round6 } from './rounding.ts';
import { ANCHOR_DETAIL } from './metrics.ts';
import { twinOf, welfareOf } from './twin.ts';
import { finalRound, runScenario, type Run } from './run.ts';
import { resolveScenario, type Scenario } from './scenario.ts';
import {
  evolve,
  runTournament,
  type Generation,
  type PairScore,
  type TournamentEntry,
} from './tournament.ts';
import {
  STATE_CODES,
  type Bloc,
  type EventCause,
  type EventEntry,
  type RoundRecord,
  type StandardId,
  type StateCode,
} from './types.ts';

export { round6, REPORT_DIGITS, REPORT_DECIMALS } from './rounding.ts';

export interface FirmPoint {
  marketShare: number;
  revenue: Record<StateCode, number>;
  /** named (anchor) firms only: unit cost (1 at round 0), output and cumulative output, in round-0 output units */
  unitCost?: number;
  output?: number;
  cumulativeOutput?: number;
}

/** One round of the report: the round record's headline numbers (rounded), welfare, stacks per bloc and firms. */
export interface SeriesPoint extends Pick<
  RoundRecord,
  | 'round'
  | 'label'
  | 'supplyChainCost'
  | 'standardsDivergence'
  | 'crossBlocTradeShare'
  | 'escalation'
  | 'activeMeasures'
  | 'averageTariff'
  | 'selfHarm'
> {
  /** each state's real income in percent of its no-measures twin at the same seed and round (0 = no change) */
  welfare: Record<StateCode, number>;
  /** each bloc's share of each stack, output-weighted over its standards-bearing firms (A + B = 1) */
  standardShares: Record<Bloc | 'global', Record<StandardId, number>>;
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
  /** a state's act carries its cause: who decided, by which rule, in answer to which act */
  events: ReportEvent[];
  runs?: number;
  percentiles?: Record<GlobalMetric, Percentiles[]>;
  tournament?: TournamentReport;
}

/**
 * A tournament's result: the ranking, each habit's score against each other habit (mean payoff per round, 0-5), and
 * the ecological evolution of the habits' shares over generations (tournament.ts evolve).
 */
export interface TournamentReport {
  ranking: TournamentEntry[];
  pairs: PairScore[];
  evolution: Generation[];
}

export interface ReportEvent {
  round: number;
  text: string;
  cause?: EventCause;
}

/** An event as the report keeps it: its cause's sizes rounded like every other number. */
export function reportEvent(e: EventEntry): ReportEvent {
  if (!e.cause) return { round: e.round, text: e.text };
  const cause: EventCause = { ...e.cause };
  if (cause.act) cause.act = { ...cause.act, intensity: round6(cause.act.intensity) };
  if (cause.ratio !== undefined) cause.ratio = round6(cause.ratio);
  return { round: e.round, text: e.text, cause };
}

/** Share of each stack from the share of A the metrics keep. */
function stackShares(shareA: Record<Bloc | 'global', number>): SeriesPoint['standardShares'] {
  const out = {} as SeriesPoint['standardShares'];
  for (const key of ['US', 'CN', 'NA', 'global'] as const)
    out[key] = { A: round6(shareA[key]), B: round6(1 - shareA[key]) };
  return out;
}

const mapValues = <K extends string>(o: Record<K, number>): Record<K, number> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round6(v as number)])) as Record<K, number>;

const ZERO_WELFARE = Object.fromEntries(STATE_CODES.map((c) => [c, 0])) as Record<StateCode, number>;

/** Which firms a point of the series carries: every firm (true), none (false), or the named firms only ('anchors'). */
export type FirmsInPoints = boolean | 'anchors';

/** Round t of a run as the report keeps it; `welfare` (this round's, against the twin) is 0 everywhere when not given. */
export function seriesPointOf(
  run: Run,
  t: number,
  withFirms: FirmsInPoints = true,
  welfare?: Record<StateCode, number>,
): SeriesPoint {
  const r = run.records[t];
  const firms: Record<string, FirmPoint> = {};
  if (withFirms) {
    run.firms.forEach((f, i) => {
      if (withFirms === 'anchors' && !f.anchor) return;
      const revenue = {} as Record<StateCode, number>;
      STATE_CODES.forEach((c, s) => (revenue[c] = round6(r.firmRevenue[i * STATE_CODES.length + s])));
      const point: FirmPoint = { marketShare: round6(r.firmShare[i]), revenue };
      const d = ANCHOR_DETAIL.length;
      if (f.anchor && (i + 1) * d <= r.anchorDetail.length) {
        point.unitCost = round6(r.anchorDetail[i * d]);
        point.output = round6(r.anchorDetail[i * d + 1]);
        point.cumulativeOutput = round6(r.anchorDetail[i * d + 2]);
      }
      firms[f.id] = point;
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
    welfare: mapValues(welfare ?? ZERO_WELFARE),
    standardShares: stackShares(r.standardShares),
    firms,
  };
}

/** The per-round series of a run; `welfare` (from welfareOf against the twin) is 0 everywhere when not given. */
export function seriesOf(
  run: Run,
  withFirms: FirmsInPoints = true,
  welfare?: ReadonlyArray<Record<StateCode, number>>,
): SeriesPoint[] {
  return run.records.map((_, t) => seriesPointOf(run, t, withFirms, welfare?.[t]));
}

export function globalValue(point: SeriesPoint, metric: GlobalMetric): number {
  return metric === 'supplyChainCost' ? point.supplyChainCost.global : point[metric];
}

/** Quantile of sorted values by linear interpolation (the R-7 rule, as in spreadsheets). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
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

/**
 * The report of a run already made (the app's worker holds one): the same shape and fingerprint reportScenario gives
 * for the same scenario. A branched run also hashes its schedule, so a what-if never shares its parent's fingerprint.
 */
export function reportOfRun(
  run: Run,
  tournament?: RunReport['tournament'],
  twin: Run = twinOf(run),
): RunReport {
  const series = seriesOf(run, true, welfareOf(run, twin));
  const report = reportHead(run, series, tournament);
  report.fingerprint = reportFingerprint(run, series, report.events, tournament);
  return report;
}

/** A report of a run whose every round's point, every firm included, is made one at a time (streamedReportOfRun). */
export interface StreamedReport {
  /** reportOfRun's report, the same fingerprint and numbers, but each point of its series with the named firms only */
  report: RunReport;
  /** round t's point with every firm, as reportOfRun's series holds it: made anew on each call */
  pointAt: (t: number) => SeriesPoint;
}

/**
 * The report of a run already made, for runs too large for reportOfRun: a 20,000-firm, 400-round run's points with
 * every firm are over 2 GB as objects. The fingerprint is reportOfRun's, hashed one round at a time with each round's
 * firms written straight from their columns (columns.ts); the series keeps the named firms only (all the CSV needs),
 * and `pointAt` makes a round's point with every firm. No tournament: a tournament's report needs its runs
 * (reportScenario).
 */
export function streamedReportOfRun(run: Run, twin: Run = twinOf(run)): StreamedReport {
  const welfare = welfareOf(run, twin);
  const pointAt = (t: number) => seriesPointOf(run, t, true, welfare[t]);
  const report = reportHead(run, seriesOf(run, 'anchors', welfare));
  const table = new FirmTable(run.firms);
  const hashed = new LazyList(run.records.length, (t) => {
    const columns = firmColumnsOf(run.records[t]);
    return {
      ...seriesPointOf(run, t, false, welfare[t]),
      firms: new CanonicalText((emit) => table.canonical(columns, emit)),
    };
  });
  report.fingerprint = reportFingerprint(run, hashed, report.events, undefined);
  return { report, pointAt };
}

/** A run's report without its fingerprint yet. */
function reportHead(run: Run, series: SeriesPoint[], tournament?: RunReport['tournament']): RunReport {
  const report: RunReport = {
    preset: run.scenario.preset ?? null,
    name: run.scenario.name,
    seed: run.root.seed,
    rounds: finalRound(run),
    firmCount: run.firms.length,
    fingerprint: '',
    series,
    events: reportEventsOf(run),
  };
  if (tournament) report.tournament = tournament;
  return report;
}

/** Every event of a run, as its report keeps them. */
export function reportEventsOf(run: Run): ReportEvent[] {
  return run.records.flatMap((r) => r.events.map(reportEvent));
}

/**
 * The fingerprint of a run's report (version 1): its series whole, or made round by round, its firms as objects or
 * as text written from columns (the same hash every way).
 */
export function reportFingerprint(
  run: Run,
  series: SeriesPoint[] | LazyList<unknown>,
  events: ReportEvent[],
  tournament: RunReport['tournament'] | undefined,
): string {
  const { schedule, ...what } = whatWasRun(run);
  return fingerprint({
    ...what,
    series,
    events,
    tournament: tournament ?? null,
    ...(schedule.length > 0 ? { schedule } : {}),
  });
}

/**
 * What a fingerprint says was run, besides its numbers: the scenario, its resolved parameters (so that a changed
 * default shows), the seed, and each scenario that takes over with its parameters.
 */
export function whatWasRun(run: Run) {
  const root = run.root;
  const schedule = run.schedule.map((s) => ({
    fromRound: s.fromRound,
    scenario: s.scenario,
    params: resolveScenario(s.scenario).params,
  }));
  return { scenario: root, params: resolveScenario(root).params, seed: root.seed, schedule };
}

/** Runs a scenario (and its seed ensemble or tournament where asked) and reports it. */
export function reportScenario(scenario: Scenario, options: ReportOptions = {}): RunReport {
  const runs = Math.max(1, options.runs ?? 1);
  let tournament: RunReport['tournament'];
  let first: Run;
  if (scenario.tournament) {
    const t = runTournament(scenario);
    first = t.runs[0];
    const strategies = t.result.ranking.map((e) => e.strategy);
    tournament = {
      ranking: t.result.ranking.map((e) => ({ ...e, score: round6(e.score) })),
      pairs: t.result.pairs.map((p) => ({ ...p, score: round6(p.score) })),
      evolution: evolve(strategies, t.result.pairs).map((g) => ({
        generation: g.generation,
        shares: Object.fromEntries(Object.entries(g.shares).map(([k, v]) => [k, round6(v)])),
      })),
    };
  } else {
    first = runScenario(scenario);
  }
  options.onRun?.(1, runs);
  const report = reportOfRun(first, tournament);
  if (runs > 1) {
    const all = [report.series];
    for (let k = 1; k < runs; k++) {
      const run = runScenario({ ...scenario, seed: (scenario.seed + k) >>> 0 });
      all.push(seriesOf(run, false));
      options.onRun?.(k + 1, runs);
    }
    report.runs = runs;
    report.percentiles = percentilesOf(all);
  }
  return report;
}

/** a plain number written as text, which a spreadsheet reads as a number whatever its sign: never a formula */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * One CSV cell, the only writer of one in the app and the CLI. A number is written as itself (-0.5 stays a number a
 * spreadsheet can add up). A text that a spreadsheet could take for a formula, one that begins with =, +, -, @, a tab
 * or a carriage return and is not a plain number, gets a leading apostrophe, as OWASP advises against CSV injection:
 * branch names are the user's own text. A cell holding a quote, a comma or a line break is quoted.
 */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const QUANTILES = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** The CSV columns of a report, one row per round (the CLI's --format csv; the app adds firm columns after them). */
function csvColumns(report: RunReport): string[] {
  const pairs = Object.keys(report.series[0]?.averageTariff ?? {});
  const header = [
    'round',
    'label',
    'supplyChainCost.global',
    ...STATE_CODES.map((c) => `supplyChainCost.${c}`),
    'standardsDivergence',
    'crossBlocTradeShare',
    'escalation',
    'activeMeasures',
    ...pairs.map((p) => `averageTariff.${p}`),
    ...STATE_CODES.map((c) => `selfHarm.${c}`),
    ...STATE_CODES.map((c) => `welfare.${c}`),
  ];
  if (report.percentiles) for (const m of GLOBAL_METRICS) for (const q of QUANTILES) header.push(`${m}.${q}`);
  return header;
}

/** The row values for csvColumns, round t. */
function csvRow(report: RunReport, t: number): Array<string | number> {
  const p = report.series[t];
  const pairs = Object.keys(report.series[0]?.averageTariff ?? {});
  const row: Array<string | number> = [
    p.round,
    p.label,
    p.supplyChainCost.global,
    ...STATE_CODES.map((c) => p.supplyChainCost[c]),
    p.standardsDivergence,
    p.crossBlocTradeShare,
    p.escalation,
    p.activeMeasures,
    ...pairs.map((k) => p.averageTariff[k]),
    ...STATE_CODES.map((c) => p.selfHarm[c]),
    ...STATE_CODES.map((c) => p.welfare[c]),
  ];
  if (report.percentiles)
    for (const m of GLOBAL_METRICS) for (const q of QUANTILES) row.push(report.percentiles[m][t][q]);
  return row;
}

/** CSV text: a header line, then one line per round. `extra` adds columns (header and value per round). */
export function toCsv(
  report: RunReport,
  extra: { header: string[]; row: (t: number) => Array<string | number> } = { header: [], row: () => [] },
): string {
  const header = [...csvColumns(report), ...extra.header];
  const rows = report.series.map((_, t) => [...csvRow(report, t), ...extra.row(t)].map(csvCell).join(','));
  return [header.map(csvCell).join(','), ...rows].join('\n') + '\n';
}

/** toCsv's header line, without its line break (for CSV written a round at a time). */
export function csvHeader(report: RunReport): string {
  return csvColumns(report).map(csvCell).join(',');
}

/** toCsv's line for round t of the series, without its line break. */
export function csvLine(report: RunReport, t: number): string {
  return csvRow(report, t).map(csvCell).join(',');
}
