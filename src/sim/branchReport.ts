// From a workspace's branch to its run report and fingerprint: the report the CLI prints, the worker posts and the
// app exports. The main line's report is reportScenario's, so the same scenario and seed give the same 16 hex digits
// in the app and in `npm run sim`, and a workshop can check that two screens show the same run.
//
// API:
//   reportOfBranch(ws, branchId, options?) -> RunReport   runs the branch; the main line is reportScenario's report,
//     exactly as `npm run sim -- --preset ...` prints it. Costs a full run (0.1-1 s): call it in the worker.
//   runFingerprint(run, root, schedule) -> '3f…'  the fingerprint of a run already made (the worker's)
//   runJson(report) -> text     the CLI's --format json output
//   runCsv(report) -> text      the CLI's --format csv columns, then each anchor firm's market share and revenue by
//                               customer state (firm.<id>.marketShare, firm.<id>.revenue.<STATE>)

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { reportOfRun, reportScenario, toCsv, type ReportOptions, type RunReport } from '../model/report.ts';
import { runScenario, type Run, type ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES } from '../model/types.ts';
import { scheduleOf, type Workspace } from './workspace.ts';

/**
 * The run report of a branch. The main line's is reportScenario's, so its fingerprint is the CLI's. A branch's run
 * switches scenario part-way; `sim --scenario WORKSPACE --branch ID` gives the same report, with the fingerprint the
 * app shows for it. Seed ensembles (options.runs)
 * and tournaments apply to the main line only.
 */
export function reportOfBranch(
  workspace: Workspace,
  branchId: string,
  options: ReportOptions = {},
): RunReport {
  const { root, schedule } = scheduleOf(workspace, branchId);
  if (schedule.length === 0) return reportScenario(root, options);
  const run = runScenario(root, undefined, schedule);
  options.onRun?.(1, 1);
  // reportOfRun hashes the schedule too: the fingerprint the app shows for the branch (runFingerprint)
  return reportOfRun(run);
}

/**
 * The fingerprint of a finished run, from the run itself (reportOfRun hashes the branch schedule too). Only a
 * tournament's main line is run again, because its fingerprint covers the ranking of all seven rotations.
 */
export function runFingerprint(run: Run, root: Scenario, schedule: readonly ScheduledScenario[]): string {
  if (root.tournament && schedule.length === 0) return reportScenario(root).fingerprint;
  return reportOfRun(run).fingerprint;
}

/** The CLI's JSON output for a report. */
export function runJson(report: RunReport): string {
  return `${JSON.stringify(report)}\n`;
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
