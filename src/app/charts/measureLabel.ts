// A measure's row label on the escalation timeline: who, what, against whom (each kind words its own, in
// model/measures/).

import { specOf } from '../../model/measures/index.ts';
import type { Measure } from '../../model/types.ts';

/** "USA export control on China (memory, logic)", "China purchase ban on Micron (critical infrastructure)". */
export function measureLabel(measure: Measure, firmName: (id: string) => string = (id) => id): string {
  return specOf(measure).label(measure, firmName);
}
