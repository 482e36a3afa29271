// The event log's list: every event up to the play head, newest first, for the states a reader picked. Events that
// concern no state in particular (the world's summary lines) are always shown.

import type { EventEntry, RoundRecord, StateCode } from '../model/types.ts';

export interface LogLine extends EventEntry {
  /** stable key: round and position within the round */
  key: string;
  label: string;
  /** the text without its leading round label, which the log shows apart */
  body: string;
}

/** "Q2 2023: China bars ..." -> "China bars ...": the engine's events start with their round's label. */
export function withoutLabel(text: string, label: string): string {
  return text.startsWith(`${label}: `) ? text.slice(label.length + 2) : text;
}

export function logLines(
  records: readonly RoundRecord[],
  current: number,
  states: ReadonlySet<StateCode>,
  limit: number,
): { lines: LogLine[]; more: number } {
  const lines: LogLine[] = [];
  let total = 0;
  for (let t = Math.min(current, records.length - 1); t >= 0; t--) {
    const record = records[t];
    record.events.forEach((e, i) => {
      if (e.states.length > 0 && !e.states.some((s) => states.has(s))) return;
      total++;
      if (lines.length < limit)
        lines.push({ ...e, key: `${t}-${i}`, label: record.label, body: withoutLabel(e.text, record.label) });
    });
  }
  return { lines, more: total - lines.length };
}
