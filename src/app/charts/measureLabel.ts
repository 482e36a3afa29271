// A measure's row label on the escalation timeline: who, what, against whom (each kind words its own, in
// model/measures/).

import type { Measure } from '../../model/types.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from '../i18n/events.ts';

/**
 * "USA export control on China (memory, logic)", "China purchase ban on Micron (critical infrastructure)"; in the
 * words of `book` (English, the model's own labels, unless given).
 */
export function measureLabel(
  measure: Measure,
  firmName: (id: string) => string = (id) => id,
  book: EventPhrasebook = ENGLISH_EVENTS,
): string {
  return book.measureLabel(measure, firmName);
}
