// The one way from a scenario, or a workspace's branch, to its run report and fingerprint: the CLI prints it, the
// worker posts it (and the fingerprint of the run it streamed), and the app exports it. A main line's report is
// reportScenario's, so the same scenario and seed give the same 16 hex digits in the app and in `npm run sim`, and a
// workshop can check that two screens show the same run.
//
// API:
//   reportOfBranch(source, options?) -> RunReport   source: { scenario, schedule? } or { workspace, branchId }.
//     Costs a full run (0.1-1 s; more with options.runs): in the app, call it in the worker. options.run reports a
//     run already made instead of making one.
//   runFingerprint(run, root, schedule) -> '3f…'    the fingerprint of a run already made (the worker's)
//   exportReportOfBranch(source, run, twin) -> { report, pointAt }   the exports' report, every firm's points made
//                               round by round (pointAt) so that a 20,000-firm, 400-round run fits
//   streamJson(source, { firmDetail, effects, fingerprintVersion, onDone }) -> the CLI's --format json output (and the
//                               app's JSON export, with effects) in pieces, each round written as it is played
//   streamCsv(source) -> the CLI's --format csv output, a line a round as it is played
//   jsonPieces(report) -> a report made whole as JSON in pieces; runJson(report) -> the same text whole
//   runCsv(report) -> text      the CLI's --format csv columns, then each anchor firm's market share and revenue by
//                               customer state (firm.<id>.marketShare, firm.<id>.revenue.<STATE>), then, when the
//                               report has effects, the effect columns (effect.supplyChainCost.global, ...)
//   withEffects(report, run) -> the report with `effects`: the run minus its no-measures twin, round by round (the
//                               app's exports; plays the twin, as long as the run again)

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import {
  reportEventsOf,
  reportOfRun,
  reportScenario,
  round6,
  streamedReportOfRun,
  csvHeader,
  csvLine,
  toCsv,
  type ReportOptions,
  type RunReport,
  type SeriesPoint,
} from '../model/report.ts';
import { firmDetailText, FirmTable, type FirmDetail } from '../model/columns.ts';
import { fingerprintV2Of, ReportStream, type FingerprintVersion } from '../model/reportStream.ts';
import { finalRound, runScenario, startRun, type Run, type ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import { twinOf } from '../model/twin.ts';
import { STATE_CODES, type StateCode } from '../model/types.ts';
import { effectsOf, twinPointOf } from './effects.ts';
import type { EnsembleReport } from './ensembleReport.ts';
import { scheduleOf, type Workspace } from './workspace.ts';

/**
 * What a report is made from: a scenario (with, for a branch, the scenarios that take over from it: what the worker
 * is asked to run) or a branch of a workspace (what a file, a link or the app holds).
 */
export type BranchSource =
  | { scenario: Scenario; schedule?: readonly ScheduledScenario[] }
  | { workspace: Workspace; branchId: string };

/**
 * The effect of the measures at one round, as the app's exports keep it (rounded as the report is): the run minus its
 * no-measures twin. Welfare is not repeated here: the report's `welfare` is already read against the twin.
 */
export interface ReportEffect {
  round: number;
  /** cost index points above (+) or below (-) the same world without measures */
  supplyChainCost: Record<'global' | StateCode, number>;
  standardsDivergence: number;
  /** share of all trade (0-1): -0.03 is 3 percentage points less trade across the blocs */
  crossBlocTradeShare: number;
}

/**
 * A run report, with the effects of its measures where the app asked for them (its exports do), and the bands of a
 * seed ensemble where the CLI was asked for several runs (ensembleReport.ts).
 */
export interface BranchReport extends RunReport {
  /** which firms the series details: "named", "all" or ids separated by commas (the CLI's and exports' reports) */
  firmDetail?: string;
  /** which fingerprint it carries (model/reportStream.ts): 1 or 2 (the CLI's and exports' reports) */
  fingerprintVersion?: FingerprintVersion;
  effects?: ReportEffect[];
  ensemble?: EnsembleReport;
}

export interface BranchReportOptions extends ReportOptions {
  /** the branch's run, when the caller has made it already (the worker has): reported as it is, not made again */
  run?: Run;
  /** that run's twin (model/twin.ts), when the caller has played it already */
  twin?: Run;
}

/**
 * The run report of a branch. A main line's is reportScenario's, with its seed ensemble (options.runs) and its
 * tournament's ranking, which need runs of their own; a branch's run switches scenario part-way, and its report
 * hashes the schedule too, so a what-if from round 2 on never shares its parent's fingerprint. A branch from round 0 or
 * 1 replaces the whole run (model/run.ts startRun): it is reported as a main line of its own scenario, so unchanged it
 * has its parent's fingerprint, as the rulebook says. Seed ensembles apply to a main line only.
 */
export function reportOfBranch(source: BranchSource, options: BranchReportOptions = {}): RunReport {
  const { root, schedule } =
    'workspace' in source
      ? scheduleOf(source.workspace, source.branchId)
      : { root: source.scenario, schedule: source.schedule ?? [] };
  const made = options.run;
  if (schedule.length === 0 && (!made || root.tournament || (options.runs ?? 1) > 1))
    return reportScenario(root, options);
  const run = made ?? runScenario(root, undefined, [...schedule]);
  if (!made) options.onRun?.(1, 1);
  return reportOfRun(run, undefined, made ? options.twin : undefined);
}

/**
 * The report with the effects of its run's measures added after every other key, so the JSON and the CSV keep the
 * CLI's shape and add to it. Plays the run's twin (model/twin.ts); the fingerprint is the report's, unchanged.
 */
export function withEffects(report: RunReport, run: Run, played: Run = twinOf(run)): BranchReport {
  return { ...report, effects: effectsOfRun(run, played) };
}

/** The effects of a run's measures, round by round, as the exports keep them: the run minus its twin, rounded. */
function effectsOfRun(run: Run, twin: Run): ReportEffect[] {
  return effectsOf(run.records, twin.records.map(twinPointOf)).map((e): ReportEffect => ({
    round: e.round,
    supplyChainCost: Object.fromEntries(
      Object.entries(e.supplyChainCost).map(([k, v]) => [k, round6(v)]),
    ) as ReportEffect['supplyChainCost'],
    standardsDivergence: round6(e.standardsDivergence),
    crossBlocTradeShare: round6(e.crossBlocTradeShare),
  }));
}

/**
 * A branch's report for the app's exports, made so that the largest run (20,000 firms over 400 rounds) fits in
 * memory: its fingerprint and numbers are those of reportOfBranch with withEffects, but its series holds the named
 * firms only (what runCsv reads), and `pointAt(t)` makes round t's point with every firm when jsonPieces writes it
 * (model/report.ts streamedReportOfRun). A tournament's main line is reported whole, as reportOfBranch does.
 */
export function exportReportOfBranch(
  source: BranchSource,
  run: Run,
  twin: Run = twinOf(run),
): { report: BranchReport; pointAt: (t: number) => SeriesPoint } {
  const root = 'workspace' in source ? scheduleOf(source.workspace, source.branchId).root : source.scenario;
  if (root.tournament) {
    const whole = withEffects(reportOfBranch(source, { run, twin }), run, twin);
    return { report: whole, pointAt: (t) => whole.series[t] };
  }
  const { report, pointAt } = streamedReportOfRun(run, twin);
  return { report: withEffects(report, run, twin), pointAt };
}

/**
 * Firm-rounds (firms x rounds played, round 0 included) above which a single run's report carries fingerprint version
 * 2 unless asked otherwise: version 1 keeps every round's columns until the last and takes about 5 microseconds a
 * firm-round on this project's 2-core machine (10 s for 10,000 firms x 200 rounds), so this keeps it within about a
 * second; version 2 is hashed as the rounds are made (under a second at 10,000 x 200). Every preset is far below.
 */
export const LARGE_RUN_FIRM_ROUNDS = 200_000;

/**
 * The fingerprint version a report carries unless asked otherwise: 2 for a single run of a large world, else 1 (a
 * tournament's or a seed ensemble's report needs whole runs, and carries 1). The app and the CLI both follow it, so
 * the same scenario and seed show the same fingerprint in both.
 */
export function fingerprintVersionFor(firms: number, rounds: number, single = true): FingerprintVersion {
  return single && firms * (rounds + 1) > LARGE_RUN_FIRM_ROUNDS ? 2 : 1;
}

/** The fingerprint a finished run shows in the app, and its version (fingerprintVersionFor). */
export function shownFingerprint(
  run: Run,
  root: Scenario,
  schedule: readonly ScheduledScenario[],
  twin: Run,
): { fingerprint: string; fingerprintVersion: FingerprintVersion } {
  const version = fingerprintVersionFor(run.firms.length, finalRound(run), !root.tournament);
  return version === 2
    ? { fingerprint: fingerprintV2Of(run, twin), fingerprintVersion: 2 }
    : { fingerprint: runFingerprint(run, root, schedule, twin), fingerprintVersion: 1 };
}

/**
 * The fingerprint of a finished run (the worker's, after its last round): the one its report carries, hashed one
 * round at a time so that the largest run gets one too. A tournament's is reportOfBranch's (it needs its runs).
 */
export function runFingerprint(
  run: Run,
  root: Scenario,
  schedule: readonly ScheduledScenario[],
  twin?: Run,
): string {
  if (root.tournament) return reportOfBranch({ scenario: root, schedule }, { run, twin }).fingerprint;
  return streamedReportOfRun(run, twin).report.fingerprint;
}

/**
 * The report as JSON text in pieces, one per round of the series: the whole text of a 20,000-firm, 400-round run is
 * longer than any string JavaScript can hold. Joined, the pieces are exactly JSON.stringify(report) and a newline.
 * With `pointAt`, round t's point is pointAt(t) in place of report.series[t] (exportReportOfBranch's, made as written).
 */
export function* jsonPieces(
  report: RunReport,
  pointAt: (t: number) => SeriesPoint = (t) => report.series[t],
): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key === 'series') {
      yield '[';
      for (let i = 0; i < report.series.length; i++) yield (i > 0 ? ',' : '') + JSON.stringify(pointAt(i));
      yield ']';
    } else yield JSON.stringify(value);
  }
  yield '}\n';
}

/** The CLI's JSON output for a report, whole. */
export function runJson(report: RunReport): string {
  return [...jsonPieces(report)].join('');
}

/** Anchor firms present in the report, in the calibration's order. */
function anchorIds(report: RunReport): string[] {
  const present = report.series[0]?.firms ?? {};
  return ANCHOR_FIRMS.map((f) => f.id).filter((id) => Object.hasOwn(present, id));
}

/** The effect columns of the app's CSV, after every other column. */
const EFFECT_COLUMNS = [
  'effect.supplyChainCost.global',
  ...STATE_CODES.map((c) => `effect.supplyChainCost.${c}`),
  'effect.standardsDivergence',
  'effect.crossBlocTradeShare',
];

/**
 * One row per round: the CLI's CSV columns in the CLI's order (report.ts toCsv: global metrics, cost and self-harm by
 * state, tariffs, welfare, percentiles when there are any), then each anchor firm's market share and revenue by
 * customer state, then (when the report has them) the effects of the measures: cost by state in index points,
 * divergence and the cross-bloc share, each the run minus its twin.
 */
export function runCsv(report: BranchReport): string {
  const firms = anchorIds(report);
  const effects = report.effects ? new Map(report.effects.map((e) => [e.round, e])) : null;
  const effectCells = (round: number): Array<string | number> => {
    const e = effects?.get(round);
    if (!e) return EFFECT_COLUMNS.map(() => '');
    return [
      e.supplyChainCost.global,
      ...STATE_CODES.map((c) => e.supplyChainCost[c]),
      e.standardsDivergence,
      e.crossBlocTradeShare,
    ];
  };
  return toCsv(report, {
    header: [
      ...firms.flatMap((id) => [
        `firm.${id}.marketShare`,
        ...STATE_CODES.map((c) => `firm.${id}.revenue.${c}`),
      ]),
      ...(effects ? EFFECT_COLUMNS : []),
    ],
    row: (t) => [
      ...firms.flatMap((id) => {
        const f = report.series[t].firms[id];
        return [f.marketShare, ...STATE_CODES.map((c) => f.revenue[c])];
      }),
      ...(effects ? effectCells(report.series[t].round) : []),
    ],
  });
}

/** The report's point text with the `firms` object written in its place (seriesPointOf puts `firms` last). */
function pointText(point: SeriesPoint, firms: string): string {
  const text = JSON.stringify({ ...point, firms: {} });
  if (!text.endsWith('"firms":{}}')) throw new Error('a series point ends with its firms');
  return `${text.slice(0, -3)}${firms}}`;
}

/** A report's firms narrowed to those the detail asks for (every firm for 'all'). */
function narrowed(report: BranchReport, table: FirmTable, detail: FirmDetail): BranchReport {
  const ids = new Set(Array.from(table.select(detail), (i) => table.idAt(i)));
  const series =
    detail === 'all'
      ? report.series
      : report.series.map((p) => ({
          ...p,
          firms: Object.fromEntries(Object.entries(p.firms).filter(([id]) => ids.has(id))),
        }));
  const { preset, name, seed, rounds, firmCount, fingerprint, ...rest } = report;
  return {
    preset,
    name,
    seed,
    rounds,
    firmCount,
    firmDetail: firmDetailText(detail),
    fingerprint,
    fingerprintVersion: 1,
    ...rest,
    series,
  };
}

export interface StreamOptions {
  /** which firms the series details (the fingerprint covers every firm whichever are written) */
  firmDetail?: FirmDetail;
  /** the app's exports: `effects` after every other key */
  effects?: boolean;
  /** called after each round is written, for progress */
  onRound?: (done: number, total: number) => void;
  /** told the report's fingerprint, seed and fingerprint version once they are written */
  onDone?: (fingerprint: string, seed: number, version: FingerprintVersion) => void;
  /**
   * the fingerprint's version: 1 (reportOfRun's, which keeps every round's columns until the last) or 2 (hashed as the
   * rounds are made, keeping nothing; single runs only); by default fingerprintVersionFor's, 2 only for a large world
   */
  fingerprintVersion?: FingerprintVersion;
}

/** A fingerprint version the report cannot carry (version 2 of a tournament or a seed ensemble). */
export class FingerprintVersionError extends Error {}

/** A firm detail that names firms the run does not have. */
export class UnknownFirmError extends Error {
  constructor(
    readonly ids: readonly string[],
    readonly named: readonly string[],
  ) {
    super(`no firm ${ids.map((id) => `"${id}"`).join(', ')} in this run; named firms: ${named.join(', ')}`);
  }
}

/**
 * A branch's report as JSON text, written round by round as the run is played (model/reportStream.ts): the CLI's
 * `--format json` and the app's JSON export. A 20,000-firm, 400-round run begins to come out after its first round and
 * never holds its every firm's every round as objects. Its keys are the report's with `firmDetail` (which firms the
 * series details) after `firmCount`, and `fingerprint` (hashed after the last round) after `events`, then `effects`
 * when asked. A tournament's or a seed ensemble's report needs whole runs: it is written whole, as jsonPieces writes
 * it, with the firms the detail asks for.
 */
export function* streamJson(
  source: BranchSource,
  options: StreamOptions & { runs?: number; report?: () => BranchReport } = {},
): Generator<string> {
  const detail = options.firmDetail ?? 'named';
  const { root, schedule } =
    'workspace' in source
      ? scheduleOf(source.workspace, source.branchId)
      : { root: source.scenario, schedule: source.schedule ?? [] };
  const run = startRun(root, [...schedule]);
  const table = new FirmTable(run.firms);
  if (typeof detail !== 'string') {
    const unknown = table.unknownIds(detail);
    if (unknown.length > 0) throw new UnknownFirmError(unknown, table.namedIds());
  }
  const single = !root.tournament && (options.runs ?? 1) <= 1;
  const version =
    options.fingerprintVersion ?? fingerprintVersionFor(run.firms.length, finalRound(run), single);
  if (!single) {
    if (version !== 1)
      throw new FingerprintVersionError(
        'fingerprint version 2 is for a single run; a tournament or a report over several seeds carries version 1',
      );
    let whole: BranchReport = options.report?.() ?? reportOfBranch(source, { runs: options.runs });
    if (options.effects && !whole.effects)
      whole = withEffects(whole, runScenario(root, undefined, [...schedule]));
    yield* jsonPieces(narrowed(whole, table, detail));
    options.onDone?.(whole.fingerprint, whole.seed, 1);
    return;
  }
  const stream = new ReportStream(run, undefined, version);
  const selected = table.select(detail);
  const head = stream.report();
  yield JSON.stringify({
    preset: head.preset,
    name: head.name,
    seed: head.seed,
    rounds: head.rounds,
    firmCount: head.firmCount,
    firmDetail: firmDetailText(detail),
  }).slice(0, -1);
  yield ',"series":[';
  for (let t = 0, made = stream.next(); made; made = stream.next(), t++) {
    const firms: string[] = [];
    table.json(made.columns, selected, (piece) => firms.push(piece));
    yield (t > 0 ? ',' : '') + pointText(made.point, firms.join(''));
    options.onRound?.(t + 1, stream.length);
  }
  yield `],"events":${JSON.stringify(reportEventsOf(run))}`;
  const fingerprint = stream.fingerprint();
  yield `,"fingerprint":${JSON.stringify(fingerprint)},"fingerprintVersion":${version}`;
  if (options.effects) yield `,"effects":${JSON.stringify(effectsOfRun(run, stream.twin))}`;
  yield '}\n';
  options.onDone?.(fingerprint, head.seed, version);
}

/**
 * A branch's report as the CLI's CSV text (model/report.ts toCsv's columns, no firms), a line per round written as the
 * run is played. A tournament's or a seed ensemble's is written whole.
 */
export function* streamCsv(
  source: BranchSource,
  options: { runs?: number; report?: () => BranchReport } = {},
): Generator<string> {
  const { root, schedule } =
    'workspace' in source
      ? scheduleOf(source.workspace, source.branchId)
      : { root: source.scenario, schedule: source.schedule ?? [] };
  if (root.tournament || (options.runs ?? 1) > 1) {
    yield toCsv(options.report?.() ?? reportOfBranch(source, { runs: options.runs }));
    return;
  }
  const stream = new ReportStream(startRun(root, [...schedule]), undefined, null);
  const head = stream.report();
  for (let made = stream.next(); made; made = stream.next()) {
    const one = { ...head, series: [made.point] };
    yield `${made.point.round === 0 ? `${csvHeader(one)}\n` : ''}${csvLine(one, 0)}\n`;
  }
}
