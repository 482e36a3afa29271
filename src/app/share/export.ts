// Exports: a scenario or workspace as a JSON file, and a run's data as CSV and as JSON in the CLI's shape, with file
// names that are safe on every system. The run report comes from the model's report.ts, so the fingerprint of the
// main line is the CLI's for the same scenario.
//
// API:
//   scenarioFileText(scenario) / workspaceFileText(ws) -> JSON text (read back by openFile / parseScenarioFile)
//   reportOfBranch(ws, branchId, options?) -> RunReport   runs the branch; the main line is reportScenario's report,
//     exactly as `npm run sim -- --preset ...` prints it. Costs a full run (0.1-1 s): call it in the worker.
//   runJson(report) -> text     the CLI's --format json output
//   runCsv(report) -> text      the CLI's --format csv columns, then each anchor firm's market share and revenue by
//                               customer state (firm.<id>.marketShare, firm.<id>.revenue.<STATE>)
//   safeFileName(title, suffix, ext) -> 'micron-2023-seed-2023.csv'  (lower-case letters, digits and dashes; a long
//                               title is cut at a word boundary and the suffix is kept whole)

import { ANCHOR_FIRMS } from '../../model/calibration.ts';
import {
  reportOfRun,
  reportScenario,
  toCsv,
  type ReportOptions,
  type RunReport,
} from '../../model/report.ts';
import { runScenario } from '../../model/run.ts';
import type { Scenario } from '../../model/scenario.ts';
import { STATE_CODES } from '../../model/types.ts';
import { scheduleOf, type Workspace } from '../workspace.ts';

export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export function workspaceFileText(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}

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

/** names Windows will not accept as a file name, whatever the extension */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
/** longest name part kept: long enough to tell files apart, short enough for every file system and a download bar */
const MAX_NAME = 60;
/** the title keeps at least this many characters however long the suffix, so that files of two scenarios differ */
const MIN_TITLE = 20;

/** lower-case letters, digits and single dashes, nothing else */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters at a dash, so that no word is cut in half (one word longer than max is cut). */
function shorten(slugText: string, max: number): string {
  if (slugText.length <= max) return slugText;
  const cut = slugText.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : slugText.slice(0, max);
}

/**
 * A download's file name from user text: markup, slashes, dots and control characters become dashes, so the name
 * can never leave the download folder or hide its type. Empty or reserved names fall back to "decoupling-lab".
 */
export function safeFileName(
  title: string,
  suffix: string,
  ext: 'json' | 'csv' | 'svg' | 'png' | 'html',
): string {
  // the suffix (a chart's name, "seed 7 run") says what the file is: it stays whole, and the title gives way first
  const tail = shorten(slug(suffix), MAX_NAME);
  const room = Math.max(MIN_TITLE, MAX_NAME - (tail ? tail.length + 1 : 0));
  let base = shorten(slug(title), room);
  if (base === '' || RESERVED.test(base)) base = base === '' ? 'decoupling-lab' : `${base}-file`;
  return `${base}${tail ? `-${tail}` : ''}.${ext}`;
}
