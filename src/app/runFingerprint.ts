// The run's fingerprint as the CLI prints it (report.ts): the same scenario and seed give the same 16 hex digits in
// the app and in `npm run sim`, so a workshop can check that two screens show the same run.

import { fingerprint } from '../model/fingerprint.ts';
import { reportScenario, seriesOf } from '../model/report.ts';
import type { Run, ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';

/**
 * The fingerprint of a finished run. A main line asks reportScenario itself, so the number is the CLI's by
 * construction even when the report changes what it hashes (it runs the scenario once more, off the page's thread).
 * A branch has no CLI counterpart: it hashes its schedule with its series and events.
 */
export function runFingerprint(run: Run, root: Scenario, schedule: readonly ScheduledScenario[]): string {
  if (schedule.length === 0) return reportScenario(root).fingerprint;
  const events = run.records.flatMap((r) => r.events.map((e) => ({ round: e.round, text: e.text })));
  return fingerprint({ scenario: root, schedule, seed: root.seed, series: seriesOf(run), events });
}
