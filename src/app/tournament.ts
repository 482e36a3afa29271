// What the tournament view shows, worked out apart from the view so it can be tested: the ranking as rows with plain
// names, each habit's score against each other habit as a grid, the evolution as one line per habit, and the
// sentences that say who won, and the log's lines naming the habits that act.

import { actNoun, actor, type NameBook } from '../model/narrate.ts';
import type { TournamentReport } from '../model/report.ts';
import { STRATEGIES } from '../model/retaliation.ts';
import type { EventEntry, StateCode, StrategyId } from '../model/types.ts';
import { en, type Messages } from './i18n/en.ts';

/** Most a habit can score per opponent and round (always the temptation: hostile against a friendly state). */
export const MAX_SCORE = 5;

export interface RankRow {
  rank: number;
  strategy: StrategyId;
  name: string;
  /** mean payoff per opponent and round, 0-5 */
  score: number;
  /** share of the population at the evolution's last generation, 0-1 */
  finalShare: number;
}

/** A habit's name in words ("Tit for tat"). */
export function habitName(id: StrategyId): string {
  return STRATEGIES[id]?.label ?? id;
}

/** The ranking, best first, with each habit's final share in the evolution. */
export function rankRows(t: TournamentReport): RankRow[] {
  const last = t.evolution.at(-1)?.shares ?? {};
  return t.ranking.map((e, i) => ({
    rank: i + 1,
    strategy: e.strategy,
    name: habitName(e.strategy),
    score: e.score,
    finalShare: last[e.strategy] ?? 0,
  }));
}

/** Each habit's score against each opponent, rows and columns in the ranking's order; null where they never met. */
export function pairGrid(t: TournamentReport): {
  habits: StrategyId[];
  score: (strategy: StrategyId, opponent: StrategyId) => number | null;
} {
  const habits = t.ranking.map((e) => e.strategy);
  const byPair = new Map(t.pairs.map((p) => [`${p.strategy}|${p.opponent}`, p.score]));
  return { habits, score: (s, o) => byPair.get(`${s}|${o}`) ?? null };
}

/** One line per habit over the generations: its share of the population, 0-1. */
export function evolutionLines(
  t: TournamentReport,
): Array<{ strategy: StrategyId; name: string; points: Array<{ generation: number; share: number }> }> {
  return t.ranking.map((e) => ({
    strategy: e.strategy,
    name: habitName(e.strategy),
    points: t.evolution.map((g) => ({ generation: g.generation, share: g.shares[e.strategy] ?? 0 })),
  }));
}

const points = (x: number) => x.toFixed(2);
const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The result in words: who scored best and by how much, and who took over the population. Readers take these
 * sentences literally, so they say only what the numbers show.
 */
export function tournamentSentences(
  t: TournamentReport,
  maxScore = MAX_SCORE,
  words: Messages['tournamentResult'] = en.tournamentResult,
  strategies: Messages['strategies'] = en.strategies,
): string[] {
  const rows = rankRows(t);
  if (rows.length === 0) return [words.none];
  const name = (id: StrategyId) => strategies[id]?.label ?? id;
  const [first, second] = rows;
  const out: string[] = [];
  const lead = second ? words.second(name(second.strategy), points(second.score)) : '';
  out.push(words.best(name(first.strategy), points(first.score), maxScore, lead));
  const last = rows.at(-1)!;
  if (last !== first) out.push(words.least(name(last.strategy), points(last.score)));
  const byShare = [...rows].sort((a, b) => b.finalShare - a.finalShare);
  const generations = t.evolution.at(-1)?.generation ?? 0;
  if (generations > 0) {
    const top = byShare[0];
    const gone = rows.filter((r) => r.finalShare < 0.01).map((r) => name(r.strategy));
    const died = gone.length > 0 ? words.diedOut(gone) : words.noneDiedOut;
    out.push(words.spread(generations, name(top.strategy), percent(top.finalShare), died));
  }
  return out;
}

/** "Tit for tat (the USA)": a habit named by its name, with the state that plays it in this run. */
function playing(habits: Readonly<Record<StateCode, StrategyId>>, state: StateCode): string {
  return `${habitName(habits[state])} (${actor(state)})`;
}

/**
 * An act's line in the log of a tournament, naming the habits that play rather than the states, so that a class reads
 * "Tit for tat (the USA) answers a tariff from Grim trigger (China)", not news of a trade war. Null for an event no
 * habit's rule caused (the timeline's own moves, allies joining, markets, standards): the log keeps its words.
 */
export function habitSentence(
  event: Pick<EventEntry, 'states' | 'cause'>,
  habits: Readonly<Record<StateCode, StrategyId>>,
  names: NameBook,
): string | null {
  const cause = event.cause;
  const self = event.states[0];
  if (!cause || cause.source !== 'strategy' || !self) return null;
  const me = playing(habits, self);
  const act = cause.act;
  const them = act
    ? playing(habits, act.from)
    : cause.toward
      ? playing(habits, cause.toward)
      : 'the other habit';
  const noun = act ? actNoun(act, names) : 'act';
  const what =
    act?.misread === 'invented'
      ? `a ${noun} it believes came from ${them} (none did)`
      : `a ${noun} from ${them}`;
  switch (cause.rule) {
    case 'mirror':
      return cause.strategy === 'generousTitForTat'
        ? `${me} does not forgive this time, and answers ${what}`
        : `${me} answers in kind ${what}`;
    case 'share':
      return `${me} answers part of the harm of ${what}`;
    case 'escalate':
      return `${me} answers ${what} with a larger act`;
    case 'grimTrigger':
      return `${me} never forgives ${what}`;
    case 'relaxInReturn':
      return act
        ? `${me} lifts a measure because ${them} lifted its ${noun}`
        : `${me} lifts a measure in return`;
    case 'forgive':
      return `${me} forgives ${them} after ${cause.quietRounds ?? 1} quiet round${(cause.quietRounds ?? 1) === 1 ? '' : 's'}`;
    case 'shift':
      return `${me} changes course after a bad round, hit by ${what}`;
    case 'stay':
      return `${me} stays hostile to ${them} after a good round`;
    default:
      return null;
  }
}
