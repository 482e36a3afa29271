// The classroom tournament: the seven habits of retaliation play each other, rotated over the seven states so that no
// habit always gets the biggest state, and are scored with Axelrod's payoffs round by round and pair by pair.

import { resolveScenario, type Scenario } from './scenario.ts';
import { PAYOFFS } from './retaliation.ts';
import { runScenario, type Run } from './run.ts';
import { isHostile } from './metrics.ts';
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

export interface TournamentResult {
  ranking: TournamentEntry[];
  /** which strategy each state played in each rotation */
  rotations: Array<Record<StateCode, StrategyId>>;
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

/** hostile[i * 7 + j]: state i has a hostile measure in force that bears on state j (itself or one of its firms) */
export function hostileStances(measures: readonly Measure[], firms: readonly FirmInfo[]): Uint8Array {
  const home = new Map(firms.map((f) => [f.id, f.state]));
  const out = new Uint8Array(NS * NS);
  const mark = (from: StateCode, to: StateCode | undefined) => {
    if (to === undefined || to === from) return;
    out[STATE_CODES.indexOf(from) * NS + STATE_CODES.indexOf(to)] = 1;
  };
  for (const m of measures) {
    if (!isHostile(m)) continue;
    const makers: StateCode[] = m.kind === 'exportControl' ? [m.maker, ...(m.joined ?? [])] : [m.maker];
    for (const maker of makers) {
      if (m.kind === 'tariff') mark(maker, m.target);
      else if (m.kind === 'exportControl') {
        if (m.target === 'ALL') for (const c of STATE_CODES) mark(maker, c);
        else
          mark(
            maker,
            (STATE_CODES as readonly string[]).includes(m.target)
              ? (m.target as StateCode)
              : home.get(m.target),
          );
      } else if (m.kind === 'purchaseBan' || m.kind === 'entityListing') mark(maker, home.get(m.firm));
    }
  }
  return out;
}

/** Axelrod payoff to each state in one round, summed over its six opponents. */
export function roundPayoffs(record: RoundRecord, firms: readonly FirmInfo[]): number[] {
  const hostile = hostileStances(record.measures, firms);
  return STATE_CODES.map((_, i) => {
    let total = 0;
    for (let j = 0; j < NS; j++) {
      if (j === i) continue;
      const mine = hostile[i * NS + j] === 1;
      const theirs = hostile[j * NS + i] === 1;
      total += mine ? (theirs ? PAYOFFS.P : PAYOFFS.T) : theirs ? PAYOFFS.S : PAYOFFS.R;
    }
    return total;
  });
}

export function runTournament(
  scenario: Scenario,
  rotations = scenario.tournament?.rotations ?? NS,
): {
  result: TournamentResult;
  runs: Run[];
} {
  const totals = new Map<StrategyId, { sum: number; n: number }>();
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
      roundPayoffs(record, run.firms).forEach((p, i) => {
        const s = states[STATE_CODES[i]].strategy;
        const t = totals.get(s) ?? { sum: 0, n: 0 };
        t.sum += p;
        t.n += NS - 1;
        totals.set(s, t);
      });
    }
  }
  const ranking = [...totals.entries()]
    .map(([strategy, t]) => ({ strategy, score: t.n > 0 ? t.sum / t.n : 0 }))
    .sort((a, b) => b.score - a.score || a.strategy.localeCompare(b.strategy));
  return { result: { ranking, rotations: assignments }, runs };
}
