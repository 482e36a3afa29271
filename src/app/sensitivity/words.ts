// Words and estimates for the sensitivity view: how long a tornado or sweep will take before it starts, the unit a
// change is in, the outcomes grouped for the picker, and the tornado in one sentence for screen readers and students.
// Each takes its words from a catalog (`t`, English by default), so it can be used without Svelte.

import { STATE_CODES, type StateCode } from '../../model/types.ts';
import { PARAM_SPECS } from '../../model/params.ts';
import { OUTCOMES, outcomeById, type Outcome, type Reading } from '../../sim/ensemble.ts';
import type { Tornado } from '../../sim/sensitivity.ts';
import { formatValue } from '../charts/format.ts';
import { en, type Messages } from '../i18n/en.ts';

/**
 * Milliseconds one worker takes per round of one seed with its twin, for a world of `firms` firms: measured on this
 * project's 2-core machine with the Micron and open-world presets (about 6 ms at 100 firms and 10 ms at 400).
 */
export function msPerRound(firms: number): number {
  return 5 + 0.012 * firms;
}

/** Seconds a job of `tasks` seeds of `rounds` rounds should take on `workers` workers; `speed` scales the guess. */
export function estimateSeconds(
  tasks: number,
  rounds: number,
  firms: number,
  workers: number,
  speed = 1,
): number {
  return (tasks * rounds * msPerRound(firms) * speed) / 1000 / Math.max(1, workers);
}

/** "about 20 seconds", "about 2 minutes" */
export function durationText(seconds: number, t: Messages = en): string {
  const w = t.sensitivityWords;
  if (!Number.isFinite(seconds) || seconds < 0) return w.moment;
  if (seconds < 5) return w.fewSeconds;
  if (seconds < 90) return w.seconds(Math.round(seconds / 5) * 5);
  return w.minutes(Math.round(seconds / 60));
}

/** The unit a change of the outcome is in: a difference of an index is in index points, and so on. */
export function changeUnit(outcome: Pick<Outcome, 'unit'>, t: Messages = en): string {
  return t.sensitivityWords.changeUnit(outcome.unit);
}

/** The outcome's own unit, in the catalog's language (a raw reading is in it). */
export function outcomeUnit(outcome: Pick<Outcome, 'unit'>, t: Messages = en): string {
  return t.sensitivityWords.unit(outcome.unit);
}

/** What the number read is, in words: the outcome, as the effect of the measures or raw. */
export function outcomePhrase(
  outcome: { id?: string; label: string; againstTwin?: boolean },
  reading: Reading,
  t: Messages = en,
): string {
  const label = outcome.id ? outcomeName(outcome as { id: string; label: string }, t) : outcome.label;
  // a tornado's or sweep's outcome carries only its id, label and unit: whether it is read against the twin already
  // (welfare, peaks) is the engine's
  const against = outcome.againstTwin ?? (outcome.id ? outcomeById(outcome.id)?.againstTwin : false);
  return t.sensitivityWords.phrase(label, reading === 'effect' && !against);
}

export interface OutcomeGroup {
  label: string;
  outcomes: Array<{ id: string; label: string }>;
}

/** The outcomes a workshop reads, grouped for the picker (firms' revenue; market shares are left to the CLI). */
export function outcomeGroups(t: Messages = en): OutcomeGroup[] {
  const by = (test: (id: string) => boolean) =>
    OUTCOMES.filter((o) => test(o.id)).map((o) => ({ id: o.id, label: outcomeName(o, t) }));
  const g = t.sensitivityWords.groups;
  return [
    { label: g.cost, outcomes: by((id) => id.startsWith('cost.')) },
    { label: g.peak, outcomes: by((id) => id.startsWith('peak.cost.')) },
    { label: g.standards, outcomes: by((id) => id === 'divergence' || id === 'crossBloc') },
    { label: g.welfare, outcomes: by((id) => id.startsWith('welfare.')) },
    { label: g.firm, outcomes: by((id) => /^firm\..+\.revenue$/.test(id)) },
  ];
}

/**
 * An outcome's name by its id, states and firms named in full as everywhere else in the app: "Supply-chain cost,
 * China" (else its own label). Exports keep the engine's label ("Supply-chain cost, CHN") and id.
 */
export function outcomeName(o: { id: string; label: string }, t: Messages = en): string {
  return named(o, t, (state) => t.states[state]);
}

/**
 * Whether an outcome is a peak: the running maximum of the cost effect, so the value read at the last round is the
 * largest it reached in any round of the run (sim/ensemble.ts peakCosts), and it is always read against the twin.
 */
export function isPeak(o: { id: string }): boolean {
  return o.id.startsWith('peak.');
}

function named(o: { id: string; label: string }, t: Messages, place: (state: StateCode) => string): string {
  const w = t.sensitivityWords;
  const state = STATE_CODES.find((c) => o.id.endsWith(`.${c}`));
  const where = state ? place(state) : o.id.endsWith('.global') ? w.world : null;
  if (o.id.startsWith('cost.') && where) return w.cost(where);
  if (o.id.startsWith('peak.cost.') && where) return w.peak(where);
  if (o.id.startsWith('welfare.') && state) return w.welfare(place(state));
  if (o.id === 'divergence') return w.divergence;
  if (o.id === 'crossBloc') return w.crossBloc;
  const firm = /^firm\.(.+)\.(revenue|marketShare)$/.exec(o.id);
  if (firm && t.firms[firm[1]])
    return firm[2] === 'revenue' ? w.revenue(t.firms[firm[1]]) : w.marketShare(t.firms[firm[1]]);
  return o.label;
}

/** A parameter's label in the catalog's language, by its key (a scenario path that is not a parameter as it is). */
export function paramLabel(key: string, fallback: string, t: Messages = en): string {
  return (t.params as Record<string, { label: string } | undefined>)[key]?.label ?? fallback;
}

/** A sweep axis's label and unit in the catalog's language (a path that is no parameter keeps its own words). */
export function axisWords(
  axis: { path: string; label: string; unit: string },
  t: Messages = en,
): { label: string; unit: string } {
  const key = axis.path.startsWith('params.') ? axis.path.slice('params.'.length) : '';
  const own = (t.params as Record<string, { label: string; unit: string } | undefined>)[key];
  return own ? { label: own.label, unit: own.unit } : { label: axis.label, unit: axis.unit };
}

/** The tornado in one or two sentences: what ranks first and by how much. */
export function tornadoSummary(tornado: Tornado, t: Messages = en): string {
  const w = t.sensitivityWords;
  const top = tornado.rows[0];
  const unit = changeUnit(tornado.outcome, t);
  const phrase = outcomePhrase(tornado.outcome, tornado.reading, t);
  if (!top || top.swing === 0) return w.noneMoves(phrase, tornado.seeds.length);
  const low = formatValue(top.low.change?.p50, { signed: true, digits: 2 });
  const high = formatValue(top.high.change?.p50, { signed: true, digits: 2 });
  const next = tornado.rows[1];
  const second = next && next.swing > 0 ? w.next(paramLabel(next.key, next.label, t)) : '';
  return (
    w.mattersMost(paramLabel(top.key, top.label, t), top.basis === 'sourced', phrase, low, high, unit) +
    second
  );
}

/**
 * The value every bar is measured from, in a sentence: the outcome with every parameter as the played world set it
 * (said to be the defaults when each is), the median over the seeds, in the outcome's own unit or, for an effect, the
 * unit of a change. Null when no seed gave a number.
 */
export function tornadoBase(tornado: Tornado, t: Messages = en): string | null {
  const median = tornado.base?.p50;
  if (median === undefined || !Number.isFinite(median)) return null;
  const against = outcomeById(tornado.outcome.id)?.againstTwin === true;
  const effect = tornado.reading === 'effect' && !against;
  const unit = effect ? changeUnit(tornado.outcome, t) : outcomeUnit(tornado.outcome, t);
  const atDefaults = tornado.rows.every((r) => r.base === PARAM_SPECS.find((p) => p.key === r.key)?.default);
  const value = formatValue(median, { signed: effect || against, digits: 2 });
  return t.sensitivityWords.base(
    atDefaults,
    outcomePhrase(tornado.outcome, tornado.reading, t),
    value,
    unit,
    tornado.seeds.length,
  );
}
