// The timeline editor's form: the flat fields a person fills in (state, measure, target, sectors, size, round) and
// the conversion to and from a timeline entry. Numbers arrive as text from the fields, so each is checked here and
// refused with a message naming the field, before the scenario schema checks the rest.

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { MEASURES, specOf, type MeasureFields } from '../model/measures/index.ts';
import { readNumber } from '../model/measures/spec.ts';
import { ScenarioError, type TimelineEntry } from '../model/scenario.ts';
import type { Measure, MeasureKind, StateCode } from '../model/types.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from './i18n/events.ts';

/** The fields of one timeline entry; the measure's own fields are its kind's (see model/measures/). */
export interface EntryForm extends MeasureFields {
  action: 'impose' | 'relax' | 'join';
  round: string;
  /** the state that imposes the measure, or that joins one */
  state: StateCode;
  kind: MeasureKind;
  /** the measure an entry relaxes or joins; for a new measure, its id (made up when left empty) */
  measureId: string;
  note: string;
}

export function defaultForm(round: number): EntryForm {
  return {
    action: 'impose',
    round: String(Math.max(1, round)),
    state: 'USA',
    kind: 'tariff',
    target: 'CHN',
    firm: 'micron',
    sectors: [],
    ratePercent: '10',
    sizePercent: '100',
    threshold: '0',
    scope: 'cii',
    standard: 'A',
    strength: '1',
    measureId: '',
    note: '',
  };
}

export function formFromEntry(entry: TimelineEntry): EntryForm {
  const form = defaultForm(entry.round);
  form.round = String(entry.round);
  form.note = entry.note ?? '';
  if (entry.action === 'relax') return { ...form, action: 'relax', measureId: entry.measureId };
  if (entry.action === 'join')
    return { ...form, action: 'join', measureId: entry.measureId, state: entry.state };
  const m = entry.measure;
  return {
    ...form,
    action: 'impose',
    kind: m.kind,
    state: m.maker,
    measureId: m.id,
    ...specOf(m).form.write(m),
  };
}

export { readNumber };

function madeUpId(form: EntryForm, round: number, taken: ReadonlySet<string>): string {
  const aim = MEASURES[form.kind].form.aim(form);
  const stem = [form.state, form.kind, aim, `r${round}`].filter(Boolean).join('-').toLowerCase();
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/**
 * The timeline entry a form describes. `taken` holds the ids already used by other entries, so that a new measure
 * never silently replaces one with the same id.
 */
export function entryFromForm(form: EntryForm, maxRound: number, taken: ReadonlySet<string>): TimelineEntry {
  // Round 0 is the starting world: only tariffs and the measures that close links may already be in force there (see
  // the rulebook).
  const startingWorld = form.action === 'impose' && MEASURES[form.kind].inStartingWorld;
  const round = readNumber('round', form.round, startingWorld ? 0 : 1, maxRound, true);
  const note = form.note.trim() === '' ? undefined : form.note.trim().slice(0, 200);
  const withNote = <T extends object>(e: T) => (note === undefined ? e : { ...e, note });
  if (form.action === 'relax' || form.action === 'join') {
    if (form.measureId.trim() === '') throw new ScenarioError({ kind: 'choose', what: 'lift-or-join' });
    return form.action === 'relax'
      ? withNote({ round, action: 'relax', measureId: form.measureId.trim() })
      : withNote({ round, action: 'join', measureId: form.measureId.trim(), state: form.state });
  }
  const id = form.measureId.trim() || madeUpId(form, round, taken);
  const measure = MEASURES[form.kind].form.read(form, { id, maker: form.state });
  return withNote({ round, action: 'impose', measure });
}

/** Ids of the measures a timeline imposes, in order of first appearance: the choices for "lift" and "join". */
export function imposedIds(timeline: readonly TimelineEntry[]): string[] {
  const ids: string[] = [];
  for (const e of timeline) if (e.action === 'impose' && !ids.includes(e.measure.id)) ids.push(e.measure.id);
  return ids;
}

/** Names of the anchor firms, for sentences and for the firm picker; other firms read as their ids. */
export const FIRM_NAMES: ReadonlyMap<string, string> = new Map(ANCHOR_FIRMS.map((f) => [f.id, f.name]));
const NAMES = { firmName: (id: string) => FIRM_NAMES.get(id) ?? id };

/**
 * A timeline entry in words ("China bars critical-infrastructure operators from buying Micron"), as the round log
 * words the same act, in the language of `book` (English, the engine's words, unless given).
 */
export function describeEntry(
  entry: TimelineEntry,
  timeline: readonly TimelineEntry[],
  book: EventPhrasebook = ENGLISH_EVENTS,
): string {
  if (entry.action === 'impose')
    return book.facts({ what: 'impose', measure: entry.measure as Measure }, NAMES);
  const imposed = timeline.find(
    (e): e is Extract<TimelineEntry, { action: 'impose' }> =>
      e.action === 'impose' && e.measure.id === entry.measureId,
  );
  if (!imposed) return book.unknownMeasure(entry.action === 'relax', entry.measureId);
  const measure = imposed.measure as Measure;
  return book.facts(
    entry.action === 'relax' ? { what: 'relax', measure } : { what: 'join', state: entry.state, measure },
    NAMES,
  );
}
