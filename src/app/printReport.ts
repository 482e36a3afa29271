// What the printable run report lists besides its charts, as plain rows: the parameters a scenario sets away from the
// rulebook's defaults, each state's strategy, the timeline of measures in words, and the run's events in order.

import { STATE_NAMES } from '../model/names.ts';
import { PARAM_SPECS, type ParamKey } from '../model/params.ts';
import { STRATEGIES } from '../model/retaliation.ts';
import { resolveScenario, roundLabel, type Scenario } from '../model/scenario.ts';
import {
  STATE_CODES,
  type EventEntry,
  type RoundRecord,
  type StateCode,
  type StrategyId,
} from '../model/types.ts';
import { withoutLabel } from './eventLog.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from './i18n/events.ts';
import { describeEntry } from './timelineForm.ts';

export interface ParamRow {
  key: ParamKey;
  label: string;
  value: number;
  defaultValue: number;
  unit: string;
}

/** Parameters whose value in this scenario is not the rulebook's default, in the rulebook's order. */
export function changedParams(scenario: Scenario): ParamRow[] {
  const { params } = resolveScenario(scenario);
  return PARAM_SPECS.filter((s) => params[s.key] !== s.default).map((s) => ({
    key: s.key,
    label: s.label,
    value: params[s.key],
    defaultValue: s.default,
    unit: s.unit,
  }));
}

export interface StrategyRow {
  code: StateCode;
  state: string;
  /** the strategy's id, for its name in another language */
  id: StrategyId;
  strategy: string;
}

export function strategyRows(scenario: Scenario): StrategyRow[] {
  const { states } = resolveScenario(scenario);
  return STATE_CODES.map((code) => ({
    code,
    state: STATE_NAMES[code],
    id: states[code].strategy,
    strategy: STRATEGIES[states[code].strategy].label,
  }));
}

export interface TimelineRow {
  key: string;
  round: number;
  when: string;
  text: string;
}

/**
 * The scheduled measures in round order (entries of one round keep the order they were written in), in the words of
 * `book` (English unless given), each round's label turned by `round`.
 */
export function timelineRows(
  scenario: Scenario,
  book: EventPhrasebook = ENGLISH_EVENTS,
  round: (label: string) => string = (label) => label,
): TimelineRow[] {
  return scenario.timeline
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => a.entry.round - b.entry.round || a.i - b.i)
    .map(({ entry, i }) => ({
      key: String(i),
      round: entry.round,
      when: round(roundLabel(scenario, entry.round)),
      text: describeEntry(entry, scenario.timeline, book),
    }));
}

export interface EventRow {
  key: string;
  round: number;
  when: string;
  text: string;
}

/**
 * Every event of the run, oldest first: a debrief reads the story forwards. `say` words an event in another language
 * (null keeps the engine's English), `round` turns the round labels.
 */
export function eventRows(
  records: readonly RoundRecord[],
  say: (e: EventEntry) => string | null = () => null,
  round: (label: string) => string = (label) => label,
): EventRow[] {
  return records.flatMap((r) =>
    r.events.map((e, i) => ({
      key: `${r.round}-${i}`,
      round: r.round,
      when: round(r.label),
      text: say(e) ?? withoutLabel(e.text, r.label),
    })),
  );
}
