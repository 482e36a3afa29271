// The classroom tournament: the seven habits of retaliation play each other, rotated over the seven states so that no
// habit always gets the biggest state, and are scored with Axelrod's payoffs round by round and pair by pair.

import { resolveScenario, type Scenario } from './scenario.ts';
import { PAYOFFS } from './retaliation.ts';
import { runScenario, type Run } from './run.ts';
import { isHostile, specOf } from './measures/index.ts';
import {
  STATE_CODES,
  type FirmInfo,
  type Measure,
  type RoundRecord,
  type StateCode,
  type StrategyId,
} from './types.ts';

const NS = STATE_CODES.length;

/** Axelrod's four outcomes of a round between two states, as seen by the first. */
export type Outcome = keyof typeof PAYOFFS;
/**
 * How often each outcome came up, counted over rounds and opponents: R both friendly (reward), T hostile to a friendly
 * state (temptation), P both hostile (punishment), S friendly to a hostile state (sucker). Any payoffs score them.
 */
export type OutcomeCounts = Record<Outcome, number>;
export type Payoffs = Record<Outcome, number>;

export interface TournamentEntry {
  strategy: StrategyId;
  /** mean payoff per opponent and round, between 0 (always the sucker) and 5 (always the temptation) */
  score: number;
  /** the outcomes behind the score, so that other payoffs can score the same runs */
  counts: OutcomeCounts;
}

/** How one habit fared against one other: its mean payoff per round against that opponent, 0 to 5. */
export interface PairScore {
  strategy: StrategyId;
  opponent: StrategyId;
  score: number;
  counts: OutcomeCounts;
}

/** Mean payoff per opponent and round of a habit's outcomes under the given payoffs (0 when it never played). */
export function scoreOf(counts: OutcomeCounts, payoffs: Payoffs = PAYOFFS): number {
  const n = counts.R + counts.T + counts.P + counts.S;
  return n > 0
    ? (counts.R * payoffs.R + counts.T * payoffs.T + counts.P * payoffs.P + counts.S * payoffs.S) / n
    : 0;
}

/** Why payoffs are not a prisoner's dilemma, by id (the app words each in its language, by the same id). */
export const DILEMMA_PROBLEMS = {
  number: 'every payoff must be a number',
  order: 'temptation > reward > punishment > sucker is what makes it a dilemma',
  turns: 'twice the reward must exceed temptation plus sucker, or taking turns pays best',
} as const;
export type DilemmaProblemId = keyof typeof DILEMMA_PROBLEMS;

/**
 * Whether payoffs make the game a prisoner's dilemma, as Axelrod's are (T 5 > R 3 > P 1 > S 0, and 2R > T + S so
 * that taking turns at exploiting each other pays less than steady friendship): null when they do, else why not.
 */
export function dilemmaProblemId(p: Payoffs): DilemmaProblemId | null {
  if (![p.T, p.R, p.P, p.S].every(Number.isFinite)) return 'number';
  if (!(p.T > p.R && p.R > p.P && p.P > p.S)) return 'order';
  if (!(2 * p.R > p.T + p.S)) return 'turns';
  return null;
}

/** The same, in English words. */
export function dilemmaProblem(p: Payoffs): string | null {
  const id = dilemmaProblemId(p);
  return id === null ? null : DILEMMA_PROBLEMS[id];
}

const noCounts = (): OutcomeCounts => ({ R: 0, T: 0, P: 0, S: 0 });

/** One generation of the evolution: each habit's share of the population, summing to 1. */
export interface Generation {
  generation: number;
  shares: Partial<Record<StrategyId, number>>;
}

export interface TournamentResult {
  ranking: TournamentEntry[];
  /**
   * every ordered pair of habits that met, in the ranking's order of strategy, then of opponent; a habit against
   * itself comes from its mirror run
   */
  pairs: PairScore[];
  /** which strategy each state played in each rotation */
  rotations: Array<Record<StateCode, StrategyId>>;
}

/** Generations the evolution plays by default: enough for the shares to settle in the classroom tournament. */
export const GENERATIONS = 50;

/**
 * Axelrod's ecological tournament: habits start with equal shares of a population, and each generation a habit's share
 * grows in proportion to its score against the population as it is then (its pair scores, itself included, weighted
 * by the shares). A habit that does well only by exploiting habits that die out dies out after them, and habits that
 * do well with each other, and with themselves, spread. A pair with no score is left out of the average.
 */
export function evolve(
  strategies: readonly StrategyId[],
  pairs: ReadonlyArray<Pick<PairScore, 'strategy' | 'opponent' | 'score'>>,
  generations = GENERATIONS,
): Generation[] {
  const n = strategies.length;
  const index = new Map(strategies.map((s, i) => [s, i]));
  const payoff = new Float64Array(n * n);
  const met = new Uint8Array(n * n);
  for (const p of pairs) {
    const i = index.get(p.strategy);
    const j = index.get(p.opponent);
    if (i === undefined || j === undefined) continue;
    payoff[i * n + j] = p.score;
    met[i * n + j] = 1;
  }
  let shares = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  const out: Generation[] = [];
  const record = (g: number) =>
    out.push({
      generation: g,
      shares: Object.fromEntries(strategies.map((s, i) => [s, shares[i]])) as Generation['shares'],
    });
  record(0);
  for (let g = 1; g <= generations; g++) {
    const fitness = new Float64Array(n);
    let mean = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      let weight = 0;
      for (let j = 0; j < n; j++) {
        if (!met[i * n + j]) continue;
        sum += shares[j] * payoff[i * n + j];
        weight += shares[j];
      }
      fitness[i] = weight > 0 ? sum / weight : 0;
      mean += shares[i] * fitness[i];
    }
    // when nobody scores anything, nobody grows: the shares stay as they are
    if (mean > 0) shares = shares.map((x, i) => (x * fitness[i]) / mean);
    record(g);
  }
  return out;
}

/** The strategies of the base scenario, shifted r places along the states: state i plays base[(i + r) mod 7]. */
export function rotationScenario(scenario: Scenario, r: number): Scenario {
  const { states } = resolveScenario(scenario);
  const order = STATE_CODES.map((c) => states[c].strategy);
  const next = structuredClone(scenario);
  STATE_CODES.forEach((c, i) => {
    next.states[c] = { ...(next.states[c] ?? {}), strategy: order[(i + r) % NS] };
  });
  return next;
}

/** The base scenario with every state playing one habit: the habit against itself, in the same world. */
export function mirrorScenario(scenario: Scenario, strategy: StrategyId): Scenario {
  const next = structuredClone(scenario);
  for (const c of STATE_CODES) next.states[c] = { ...(next.states[c] ?? {}), strategy };
  return next;
}

/** hostile[i * 7 + j]: state i has a hostile measure in force that bears on state j (itself or one of its firms) */
export function hostileStances(measures: readonly Measure[], firms: readonly FirmInfo[]): Uint8Array {
  const home = new Map(firms.map((f) => [f.id, f.state]));
  const out = new Uint8Array(NS * NS);
  const mark = (from: StateCode, to: StateCode | undefined) => {
    if (to === undefined || to === from) return;
    out[STATE_CODES.indexOf(from) * NS + STATE_CODES.indexOf(to)] = 1;
  };
  const homeOf = (firm: string) => home.get(firm);
  for (const m of measures) {
    if (!isHostile(m)) continue;
    const targets = specOf(m).targets(m, homeOf);
    for (const maker of specOf(m).makers(m)) {
      for (const to of targets === 'everyone' ? STATE_CODES : targets) mark(maker, to);
    }
  }
  return out;
}

/** The outcome for state i against state j in one round, at [i * 7 + j] (undefined on the diagonal). */
export function pairOutcomes(record: RoundRecord, firms: readonly FirmInfo[]): Array<Outcome | undefined> {
  const hostile = hostileStances(record.measures, firms);
  const out = new Array<Outcome | undefined>(NS * NS);
  for (let i = 0; i < NS; i++)
    for (let j = 0; j < NS; j++) {
      if (j === i) continue;
      const mine = hostile[i * NS + j] === 1;
      const theirs = hostile[j * NS + i] === 1;
      out[i * NS + j] = mine ? (theirs ? 'P' : 'T') : theirs ? 'S' : 'R';
    }
  return out;
}

/** Axelrod payoff to state i against state j in one round, at [i * 7 + j] (0 on the diagonal). */
export function pairPayoffs(record: RoundRecord, firms: readonly FirmInfo[]): Float64Array {
  const outcomes = pairOutcomes(record, firms);
  return Float64Array.from(outcomes, (o) => (o === undefined ? 0 : PAYOFFS[o]));
}

/** Axelrod payoff to each state in one round, summed over its six opponents. */
export function roundPayoffs(record: RoundRecord, firms: readonly FirmInfo[]): number[] {
  const pay = pairPayoffs(record, firms);
  return STATE_CODES.map((_, i) => {
    let total = 0;
    for (let j = 0; j < NS; j++) total += pay[i * NS + j];
    return total;
  });
}

/**
 * Plays the tournament: `rotations` runs with the habits rotated over the states (the ranking and the pair scores),
 * then, unless `mirrors` is false, one run per habit with every state playing it (its score against itself, which
 * the evolution needs: in the rotations no state ever meets its own habit). Mirror runs are not in `runs` and do not
 * change the ranking.
 */
export function runTournament(
  scenario: Scenario,
  rotations = scenario.tournament?.rotations ?? NS,
  mirrors = true,
): {
  result: TournamentResult;
  runs: Run[];
} {
  const totals = new Map<StrategyId, { sum: number; n: number; counts: OutcomeCounts }>();
  const pairTotals = new Map<string, { sum: number; n: number; counts: OutcomeCounts }>();
  const runs: Run[] = [];
  const assignments: Array<Record<StateCode, StrategyId>> = [];
  for (let r = 0; r < rotations; r++) {
    const rotated = rotationScenario(scenario, r);
    const { states } = resolveScenario(rotated);
    const run = runScenario(rotated);
    runs.push(run);
    assignments.push(
      Object.fromEntries(STATE_CODES.map((c) => [c, states[c].strategy])) as Record<StateCode, StrategyId>,
    );
    for (const record of run.records.slice(1)) {
      const outcomes = pairOutcomes(record, run.firms);
      for (let i = 0; i < NS; i++) {
        const s = states[STATE_CODES[i]].strategy;
        const t = totals.get(s) ?? { sum: 0, n: 0, counts: noCounts() };
        for (let j = 0; j < NS; j++) {
          if (j === i) continue;
          const o = outcomes[i * NS + j]!;
          t.sum += PAYOFFS[o];
          t.counts[o]++;
          const key = `${s}|${states[STATE_CODES[j]].strategy}`;
          const pt = pairTotals.get(key) ?? { sum: 0, n: 0, counts: noCounts() };
          pt.sum += PAYOFFS[o];
          pt.n += 1;
          pt.counts[o]++;
          pairTotals.set(key, pt);
        }
        t.n += NS - 1;
        totals.set(s, t);
      }
    }
  }
  const ranking = [...totals.entries()]
    .map(([strategy, t]) => ({ strategy, score: t.n > 0 ? t.sum / t.n : 0, counts: t.counts }))
    .sort((a, b) => b.score - a.score || a.strategy.localeCompare(b.strategy));
  if (mirrors)
    for (const { strategy } of ranking) {
      const run = runScenario(mirrorScenario(scenario, strategy));
      const t = { sum: 0, n: 0, counts: noCounts() };
      for (const record of run.records.slice(1)) {
        const outcomes = pairOutcomes(record, run.firms);
        for (let i = 0; i < NS; i++)
          for (let j = 0; j < NS; j++) {
            if (j === i) continue;
            const o = outcomes[i * NS + j]!;
            t.sum += PAYOFFS[o];
            t.n += 1;
            t.counts[o]++;
          }
      }
      pairTotals.set(`${strategy}|${strategy}`, t);
    }
  const order = new Map(ranking.map((e, i) => [e.strategy, i]));
  const pairs = [...pairTotals.entries()]
    .map(([key, t]) => {
      const [strategy, opponent] = key.split('|') as [StrategyId, StrategyId];
      return { strategy, opponent, score: t.n > 0 ? t.sum / t.n : 0, counts: t.counts };
    })
    .sort(
      (a, b) =>
        order.get(a.strategy)! - order.get(b.strategy)! || order.get(a.opponent)! - order.get(b.opponent)!,
    );
  return { result: { ranking, pairs, rotations: assignments }, runs };
}

/**
 * The same tournament scored with other payoffs: the runs, and so the outcomes each habit met, stay as they were;
 * only what each outcome is worth changes. The ranking is re-sorted (ties by name, as runTournament does), the pairs
 * follow its order, and the evolution is played again on the new pair scores.
 */
export function rescoreTournament(
  t: { ranking: readonly TournamentEntry[]; pairs: readonly PairScore[] },
  payoffs: Payoffs,
  generations = GENERATIONS,
): { ranking: TournamentEntry[]; pairs: PairScore[]; evolution: Generation[] } {
  const ranking = t.ranking
    .map((e) => ({ ...e, score: scoreOf(e.counts, payoffs) }))
    .sort((a, b) => b.score - a.score || a.strategy.localeCompare(b.strategy));
  const order = new Map(ranking.map((e, i) => [e.strategy, i]));
  const pairs = t.pairs
    .map((p) => ({ ...p, score: scoreOf(p.counts, payoffs) }))
    .sort(
      (a, b) =>
        (order.get(a.strategy) ?? 0) - (order.get(b.strategy) ?? 0) ||
        (order.get(a.opponent) ?? 0) - (order.get(b.opponent) ?? 0),
    );
  const evolution = evolve(
    ranking.map((e) => e.strategy),
    pairs,
    generations,
  );
  return { ranking, pairs, evolution };
}
