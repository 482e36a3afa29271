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

export interface TournamentEntry {
  strategy: StrategyId;
  /** mean payoff per opponent and round, between 0 (always the sucker) and 5 (always the temptation) */
  score: number;
}

/** How one habit fared against one other: its mean payoff per round against that opponent, 0 to 5. */
export interface PairScore {
  strategy: StrategyId;
  opponent: StrategyId;
  score: number;
}

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
  pairs: readonly PairScore[],
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

/** Axelrod payoff to state i against state j in one round, at [i * 7 + j] (0 on the diagonal). */
export function pairPayoffs(record: RoundRecord, firms: readonly FirmInfo[]): Float64Array {
  const hostile = hostileStances(record.measures, firms);
  const out = new Float64Array(NS * NS);
  for (let i = 0; i < NS; i++)
    for (let j = 0; j < NS; j++) {
      if (j === i) continue;
      const mine = hostile[i * NS + j] === 1;
      const theirs = hostile[j * NS + i] === 1;
      out[i * NS + j] = mine ? (theirs ? PAYOFFS.P : PAYOFFS.T) : theirs ? PAYOFFS.S : PAYOFFS.R;
    }
  return out;
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
  const totals = new Map<StrategyId, { sum: number; n: number }>();
  const pairTotals = new Map<string, { sum: number; n: number }>();
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
      const pay = pairPayoffs(record, run.firms);
      for (let i = 0; i < NS; i++) {
        const s = states[STATE_CODES[i]].strategy;
        const t = totals.get(s) ?? { sum: 0, n: 0 };
        for (let j = 0; j < NS; j++) {
          if (j === i) continue;
          t.sum += pay[i * NS + j];
          const key = `${s}|${states[STATE_CODES[j]].strategy}`;
          const pt = pairTotals.get(key) ?? { sum: 0, n: 0 };
          pt.sum += pay[i * NS + j];
          pt.n += 1;
          pairTotals.set(key, pt);
        }
        t.n += NS - 1;
        totals.set(s, t);
      }
    }
  }
  const ranking = [...totals.entries()]
    .map(([strategy, t]) => ({ strategy, score: t.n > 0 ? t.sum / t.n : 0 }))
    .sort((a, b) => b.score - a.score || a.strategy.localeCompare(b.strategy));
  if (mirrors)
    for (const { strategy } of ranking) {
      const run = runScenario(mirrorScenario(scenario, strategy));
      const t = { sum: 0, n: 0 };
      for (const record of run.records.slice(1)) {
        const pay = pairPayoffs(record, run.firms);
        for (let i = 0; i < NS; i++)
          for (let j = 0; j < NS; j++) {
            if (j === i) continue;
            t.sum += pay[i * NS + j];
            t.n += 1;
          }
      }
      pairTotals.set(`${strategy}|${strategy}`, t);
    }
  const order = new Map(ranking.map((e, i) => [e.strategy, i]));
  const pairs = [...pairTotals.entries()]
    .map(([key, t]) => {
      const [strategy, opponent] = key.split('|') as [StrategyId, StrategyId];
      return { strategy, opponent, score: t.n > 0 ? t.sum / t.n : 0 };
    })
    .sort(
      (a, b) =>
        order.get(a.strategy)! - order.get(b.strategy)! || order.get(a.opponent)! - order.get(b.opponent)!,
    );
  return { result: { ranking, pairs, rotations: assignments }, runs };
}
