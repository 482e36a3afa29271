// An event's sentence in the language on view. The engine writes each event once, in English, into the run: that text
// is the record (the golden files and the fingerprint hold it, in every language). An event also carries what it says
// as data (`facts`, and `cause` for a state's act), so the app says it again through the language's phrasebook;
// English's phrasebook is the engine's own narrate.ts, so the English said again is the text stored. Another
// language's phrasebook comes with its catalog (packs.ts), and a view reads the one on view as `language.events`.

import { specOf, type Measure } from '../../model/measures/index.ts';
import { capitalise, describeCause, describeFacts, type NameBook } from '../../model/narrate.ts';
import type { EventCause, EventEntry, EventFacts, StateCode, StrategyId } from '../../model/types.ts';
import { habitSentence } from '../tournament.ts';

/** How a language words the round log's events, from the data each event carries. */
export interface EventPhrasebook {
  /** the event's sentence, without its round label or why a state acted */
  facts(f: EventFacts, names: NameBook): string;
  /** why a state acted; `self` is the state that acted, `label` names a round */
  cause(cause: EventCause, self: StateCode, names: NameBook, label: (round: number) => string): string;
  /** an act and why it was taken in one line */
  because(act: string, why: string): string;
  /** a measure's row label on the escalation timeline: "USA export control on China (memory, logic)" */
  measureLabel(m: Measure, firmName: (id: string) => string): string;
  /** a timeline's lift (relax) or join of a measure the timeline does not impose */
  unknownMeasure(relax: boolean, id: string): string;
  /**
   * A tournament's line naming the habits that act rather than the states ("Tit for tat (the USA) answers ..."), not
   * capitalised; null for an event no habit's rule caused (tournament.ts habitSentence).
   */
  habit(
    event: Pick<EventEntry, 'states' | 'cause'>,
    habits: Readonly<Record<StateCode, StrategyId>>,
    names: NameBook,
  ): string | null;
}

/** The engine's words (round.ts writes events with these very functions). */
export const ENGLISH_EVENTS: EventPhrasebook = {
  facts: (f, names) => capitalise(describeFacts(f, names)),
  cause: describeCause,
  because: (act, why) => `${act} — ${why}`,
  unknownMeasure: (relax, id) => `${relax ? 'Lift' : 'Join'} measure ${id}`,
  measureLabel: (m, firmName) => specOf(m).label(m, firmName),
  habit: habitSentence,
};

/**
 * An event's text without its round label, said again from its data; null for an event that carries none (a run kept
 * from before events carried their facts), whose stored English is then the only text there is.
 */
export function sayEvent(
  e: Pick<EventEntry, 'facts' | 'cause' | 'states'>,
  book: EventPhrasebook,
  names: NameBook,
  label: (round: number) => string,
): string | null {
  if (!e.facts) return null;
  const text = book.facts(e.facts, names);
  // states[0] is the state that acts: the maker, or the ally that joins (as round.ts words it)
  return e.cause ? book.because(text, book.cause(e.cause, e.states[0], names, label)) : text;
}
