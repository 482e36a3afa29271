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
//   jsonPieces(report) -> the CLI's --format json output in pieces; runJson(report) -> the same text whole
//   runCsv(report) -> text      the CLI's --format csv columns, then each anchor firm's market share and revenue by
//                               customer state (firm.<id>.marketShare, firm.<id>.revenue.<STATE>)

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { reportOfRun, reportScenario, toCsv, type ReportOptions, type RunReport } from '../model/report.ts';
import { runScenario, type Run, type ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES } from '../model/types.ts';
import { scheduleOf, type Workspace } from './workspace.ts';

/**
 * What a report is made from: a scenario (with, for a branch, the scenarios that take over from it: what the worker
 * is asked to run) or a branch of a workspace (what a file, a link or the app holds).
 */
export type BranchSource =
  | { scenario: Scenario; schedule?: readonly ScheduledScenario[] }
  | { workspace: Workspace; branchId: string };

export interface BranchReportOptions extends ReportOptions {
  /** the branch's run, when the caller has made it already (the worker has): reported as it is, not made again */
  run?: Run;
}

/**
 * The run report of a branch. A main line's is reportScenario's, with its seed ensemble (options.runs) and its
 * tournament's ranking, which need runs of their own; a branch's run switches scenario part-way, and its report
 * hashes the schedule too, so a what-if never shares its parent's fingerprint. Seed ensembles apply to a main line only.
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
  return reportOfRun(run);
}

/** The fingerprint of a finished run (the worker's, after its last round): the one its report carries. */
export function runFingerprint(run: Run, root: Scenario, schedule: readonly ScheduledScenario[]): string {
  return reportOfBranch({ scenario: root, schedule }, { run }).fingerprint;
}

/**
 * The report as JSON text in pieces, one per round of the series: the whole text of a 20,000-firm, 400-round run is
 * longer than any string JavaScript can hold. Joined, the pieces are exactly JSON.stringify(report) and a newline.
 */
export function* jsonPieces(report: RunReport): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key === 'series') {
      yield '[';
      for (let i = 0; i < report.series.length; i++)
        yield (i > 0 ? ',' : '') + JSON.stringify(report.series[i]);
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

/**
 * One row per round: the CLI's CSV columns in the CLI's order (report.ts toCsv: global metrics, cost and self-harm by
 * state, tariffs, percentiles when there are any), then each anchor firm's market share and revenue by customer state.
 */
export function runCsv(report: RunReport): string {
  const firms = anchorIds(report);
  return toCsv(report, {
    header: firms.flatMap((id) => [
      `firm.${id}.marketShare`,
      ...STATE_CODES.map((c) => `firm.${id}.revenue.${c}`),
    ]),
    row: (t) =>
      firms.flatMap((id) => {
        const f = report.series[t].firms[id];
        return [f.marketShare, ...STATE_CODES.map((c) => f.revenue[c])];
      }),
  });
}
