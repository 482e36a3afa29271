// What the printable run report lists besides its charts, as plain rows: the parameters a scenario sets away from the
// rulebook's defaults, each state's strategy, the timeline of measures in words, and the run's events in order.

import { STATE_NAMES } from '../model/names.ts';
import { PARAM_SPECS, type ParamBasis, type ParamKey } from '../model/params.ts';
import { STRATEGIES } from '../model/retaliation.ts';
import { resolveScenario, roundLabel, type Scenario } from '../model/scenario.ts';
import {
  STATE_CODES,
  type EventEntry,
  type RoundRecord,
  type StateCode,
  type StrategyId,
} from '../model/types.ts';
import type { Band, Reading } from '../sim/ensemble.ts';
import type { BandTable } from '../sim/ensembleReport.ts';
import { withoutLabel } from './eventLog.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from './i18n/events.ts';
import { describeEntry } from './timelineForm.ts';

export interface ParamRow {
  key: ParamKey;
  label: string;
  value: number;
  defaultValue: number;
  unit: string;
  /** read from a source, or an assumption (the rulebook's parameter table says which and why) */
  basis: ParamBasis;
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
    basis: s.basis,
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

/** What the "How sure" lines read: the world's cost, a state's, the standards' divergence or cross-bloc trade. */
export type SureSubject = 'global' | StateCode | 'divergence' | 'crossBloc';

export interface SureRow {
  subject: SureSubject;
  /** at the last round the ensemble reached: the median over the seeds and the range of the middle 90% of them */
  median: number;
  lo: number;
  hi: number;
}

const SURE_OUTCOMES: ReadonlyArray<{ id: string; subject: SureSubject }> = [
  { id: 'cost.global', subject: 'global' },
  ...STATE_CODES.map((code) => ({ id: `cost.${code}`, subject: code })),
  { id: 'divergence', subject: 'divergence' },
  { id: 'crossBloc', subject: 'crossBloc' },
];

/** The last band of an outcome in a table, if it has a finite median. */
function lastBand(table: BandTable, id: string, reading: Reading): Band | undefined {
  const band = table[id]?.[reading]?.at(-1);
  return band && Number.isFinite(band.p50) ? band : undefined;
}

/**
 * How sure the run's headline numbers are, from an ensemble of the branch (the same scenario at N seeds): for the
 * world's and each state's supply-chain cost, the standards' divergence and cross-bloc trade, the median over the
 * seeds at the last round and the range of the middle 90% of seeds, in the reading given. Outcomes the table lacks are
 * left out.
 */
export function howSure(table: BandTable, reading: Reading): SureRow[] {
  return SURE_OUTCOMES.flatMap(({ id, subject }) => {
    const band = lastBand(table, id, reading);
    return band ? [{ subject, median: band.p50, lo: band.p5, hi: band.p95 }] : [];
  });
}

/**
 * Against a compared branch, paired by seed: the world's cost difference (the branch on view minus the other, raw)
 * and the states whose median difference is at least `floor` points, the largest first, at most `limit` of them.
 */
export function pairedCosts(differences: BandTable, limit = 4, floor = 0.05): SureRow[] {
  const rows = howSure(differences, 'raw').filter(
    (r) => r.subject !== 'divergence' && r.subject !== 'crossBloc',
  );
  const world = rows.filter((r) => r.subject === 'global');
  const states = rows
    .filter((r) => r.subject !== 'global' && Math.abs(r.median) >= floor)
    .sort((a, b) => Math.abs(b.median) - Math.abs(a.median))
    .slice(0, limit);
  return [...world, ...states];
}

/** How many of the model's parameters are read from sources, and how many are assumptions. */
export function paramBases(): { sourced: number; assumed: number; total: number } {
  const sourced = PARAM_SPECS.filter((s) => s.basis === 'sourced').length;
  return { sourced, assumed: PARAM_SPECS.length - sourced, total: PARAM_SPECS.length };
}
