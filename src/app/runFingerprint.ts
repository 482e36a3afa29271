// The run's fingerprint as the CLI prints it (report.ts): the same scenario and seed give the same 16 hex digits in
// the app and in `npm run sim`, so a workshop can check that two screens show the same run.

import { reportOfRun, reportScenario } from '../model/report.ts';
import type { Run, ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';

/**
 * The fingerprint of a finished run, from the run itself (reportOfRun hashes the branch schedule too). Only a
 * tournament's main line is run again, because its fingerprint covers the ranking of all seven rotations.
 */
export function runFingerprint(run: Run, root: Scenario, schedule: readonly ScheduledScenario[]): string {
  if (root.tournament && schedule.length === 0) return reportScenario(root).fingerprint;
  return reportOfRun(run).fingerprint;
}
