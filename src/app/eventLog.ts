// The event log's list: every event up to the play head, newest first, for the states and the kinds of event a reader
// picked. Events that concern no state in particular (the world's summary lines) pass the state filter. Firms
// switching stacks are routine and many, so by default each round's switches fold into one line a reader can open.

import type { EventEntry, RoundRecord, StateCode } from '../model/types.ts';
import { en } from './i18n/en.ts';

type EventKind = EventEntry['kind'];

/** The kinds of event a reader can show or hide, in the words of the filter. */
export const EVENT_GROUPS = [
  {
    id: 'acts',
    label: 'State acts (measures, lifts, allies joining)',
    kinds: ['measure', 'relax', 'alliance'],
  },
  { id: 'firms', label: 'Firms and markets (sales won and lost)', kinds: ['market'] },
  { id: 'standards', label: 'Standards (firms switching stacks)', kinds: ['standards'] },
  { id: 'world', label: 'Blocs and costs', kinds: ['bloc', 'summary'] },
] as const satisfies ReadonlyArray<{ id: string; label: string; kinds: readonly EventKind[] }>;
export type EventGroup = (typeof EVENT_GROUPS)[number]['id'];
export const EVENT_GROUP_IDS: readonly EventGroup[] = EVENT_GROUPS.map((g) => g.id);

const GROUP_OF = new Map<EventKind, EventGroup>(
  EVENT_GROUPS.flatMap((g) => g.kinds.map((k) => [k, g.id] as [EventKind, EventGroup])),
);

/** The routine events folded by default: firms switching stacks. */
const ROUTINE: EventKind = 'standards';

export interface LogLine extends EventEntry {
  /** stable key: round and position within the round */
  key: string;
  label: string;
  /** the text without its leading round label, which the log shows apart */
  body: string;
  /** on a folded line: how many routine events it stands for (the line itself is no event) */
  folded?: number;
}

export interface LogFilter {
  states: ReadonlySet<StateCode>;
  /** the kinds of event shown; all when absent */
  groups?: ReadonlySet<EventGroup>;
  /** fold each round's routine stack switches into one line (true by default) */
  fold?: boolean;
  /** rounds whose folded switches the reader opened */
  unfolded?: ReadonlySet<number>;
  /** other words for an event (a tournament names the habits that act), or null to keep the engine's */
  reword?: (e: EventEntry) => string | null;
}

/** "Q2 2023: China bars ..." -> "China bars ...": the engine's events start with their round's label. */
export function withoutLabel(text: string, label: string): string {
  return text.startsWith(`${label}: `) ? text.slice(label.length + 2) : text;
}

/** "Firms switch stacks in 3 places": the words of a folded line (the view words it in the language on view). */
export function foldedText(count: number): string {
  return en.log.folded(count);
}

export function logLines(
  records: readonly RoundRecord[],
  current: number,
  f: LogFilter,
  limit: number,
): { lines: LogLine[]; more: number } {
  const fold = f.fold ?? true;
  const lines: LogLine[] = [];
  let total = 0;
  const add = (line: LogLine) => {
    total++;
    if (lines.length < limit) lines.push(line);
  };
  for (let t = Math.min(current, records.length - 1); t >= 0; t--) {
    const record = records[t];
    const folding = fold && !f.unfolded?.has(record.round);
    let routine = 0;
    let firstRoutine = -1;
    const shown: Array<{ e: EventEntry; i: number }> = [];
    const addFolded = () => {
      const text = foldedText(routine);
      add({
        round: record.round,
        text,
        states: [],
        kind: ROUTINE,
        key: `${t}-fold`,
        label: record.label,
        body: text,
        folded: routine,
      });
    };
    record.events.forEach((e, i) => {
      if (e.states.length > 0 && !e.states.some((s) => f.states.has(s))) return;
      const group = GROUP_OF.get(e.kind);
      if (f.groups && group !== undefined && !f.groups.has(group)) return;
      if (folding && e.kind === ROUTINE) {
        if (routine++ === 0) firstRoutine = shown.length;
        return;
      }
      shown.push({ e, i });
    });
    // One routine switch alone is not folded: a line that opens to one line saves nothing.
    if (routine === 1) {
      const i = record.events.findIndex(
        (e) => e.kind === ROUTINE && (e.states.length === 0 || e.states.some((s) => f.states.has(s))),
      );
      shown.splice(firstRoutine, 0, { e: record.events[i], i });
    }
    shown.forEach(({ e, i }, n) => {
      if (routine > 1 && n === firstRoutine) addFolded();
      const body = f.reword?.(e) ?? withoutLabel(e.text, record.label);
      add({ ...e, key: `${t}-${i}`, label: record.label, body });
    });
    if (routine > 1 && firstRoutine === shown.length) addFolded();
  }
  return { lines, more: total - lines.length };
}
