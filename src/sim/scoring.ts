// Team scores for a workshop: each team plays a state and scores, round by round, what the measures did for that
// state against the same world without them (the twin, effects.ts), what they did to its firms' revenue, less a
// penalty for every hostile measure it keeps in force. Pure functions of a run's records and its twin, shared by the
// scoreboard, the debrief and its exports; the rulebook (docs/model.md, "Team play: objectives and scores") gives the
// formula in words.

import { z } from 'zod';
import { csvCell, round6 } from '../model/report.ts';
import { isHostile, isJoinable } from '../model/measures/index.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from '../model/types.ts';
import { homeRevenueOf, type TwinPoint } from './effects.ts';

/** How much each part of the objective counts; the facilitator sets them (0-10 each). */
export interface ScoreWeights {
  /** points lost per index point the state's supply-chain cost stands above the twin's */
  cost: number;
  /** points won per percent the revenue of the state's firms stands above the twin's */
  revenue: number;
  /** points lost per hostile measure the state has in force (made or joined), each round */
  escalation: number;
}

/** largest weight a facilitator may give one part of the objective */
export const MAX_WEIGHT = 10;

/**
 * Cost and revenue count alike: one index point of the state's input costs is worth about one percent of its firms'
 * revenue in a round. A measure kept in force costs half a point a round, so an escalation that buys nothing loses.
 */
export const DEFAULT_WEIGHTS: ScoreWeights = { cost: 1, revenue: 1, escalation: 0.5 };

const weight = z.number().min(0).max(MAX_WEIGHT);
export const weightsSchema = z.strictObject({ cost: weight, revenue: weight, escalation: weight });

/** One team's score at one round, with the parts it is made of. */
export interface TeamRound {
  round: number;
  label: string;
  /** the state's supply-chain cost, run minus twin, in index points (+2 is 2 points above the world without measures) */
  cost: number;
  /** revenue of the state's firms in percent of the twin's (-3 is 3% less than without measures) */
  revenue: number;
  /** hostile measures in force at this round that the state made or joined */
  hostile: number;
  /** this round's points: -cost x weight + revenue x weight - hostile x weight */
  points: number;
  /** points from the first scored round to this one */
  total: number;
}

/** A team's points at one round from the parts: what the objective says in one line. */
export function pointsOf(parts: Pick<TeamRound, 'cost' | 'revenue' | 'hostile'>, w: ScoreWeights): number {
  return -w.cost * parts.cost + w.revenue * parts.revenue - w.escalation * parts.hostile;
}

/** Hostile measures in force that a state made, or joined as an ally. */
export function hostileMeasuresOf(record: Pick<RoundRecord, 'measures'>, state: StateCode): number {
  let n = 0;
  for (const m of record.measures) {
    if (!isHostile(m)) continue;
    if (m.maker === state || (isJoinable(m) && (m.joined ?? []).includes(state))) n++;
  }
  return n;
}

/** finite, or 0: a score never shows NaN, whatever a twin without revenue or a state without firms gives */
const finite = (x: number) => (Number.isFinite(x) ? x : 0);

export interface ScoreInput {
  /** the run's rounds, round 0 first */
  records: readonly RoundRecord[];
  /** the twin's rounds as the worker posts them (with homeRevenue) */
  twin: readonly TwinPoint[];
  /** the run's firms, in the order of the records' firm arrays */
  firms: readonly Pick<FirmInfo, 'state'>[];
  teams: readonly StateCode[];
  weights: ScoreWeights;
  /** first round scored (the first round teams could move in) */
  from: number;
  /** last round scored; rounds the run or its twin have not reached are left out */
  to: number;
}

/** Each team's score, round by round from `from` to `to`, with its running total. */
export function teamScores(input: ScoreInput): Record<StateCode, TeamRound[]> {
  const { records, twin, firms, teams, weights } = input;
  const twins = new Map(twin.map((p) => [p.round, p]));
  const out = {} as Record<StateCode, TeamRound[]>;
  for (const s of teams) out[s] = [];
  const totals = new Map<StateCode, number>(teams.map((s) => [s, 0]));
  const last = Math.min(input.to, records.length - 1);
  for (let t = Math.max(1, input.from); t <= last; t++) {
    const record = records[t];
    const base = twins.get(t);
    if (!record || !base) break;
    const revenue = base.homeRevenue ? homeRevenueOf(record, firms) : null;
    for (const s of teams) {
      const twinRevenue = base.homeRevenue?.[s] ?? 0;
      const parts = {
        cost: finite(record.supplyChainCost[s] - base.supplyChainCost[s]),
        revenue: revenue && twinRevenue > 0 ? finite(100 * (revenue[s] / twinRevenue - 1)) : 0,
        hostile: hostileMeasuresOf(record, s),
      };
      const points = finite(pointsOf(parts, weights));
      const total = (totals.get(s) ?? 0) + points;
      totals.set(s, total);
      out[s].push({ round: t, label: record.label, ...parts, points, total });
    }
  }
  return out;
}

/** A round that mattered: the teams' points moved most from the round before. */
export interface TurningPoint {
  round: number;
  label: string;
  /** sum over the teams of how far each team's points moved from the round before */
  swing: number;
  /** each team's change in points from the round before */
  change: Partial<Record<StateCode, number>>;
}

/**
 * The `n` rounds in which the teams' points moved most (summed over teams, in absolute value), largest first; a
 * round that moved nothing is never one of them. The first scored round is measured from 0 (no effect yet).
 */
export function turningPoints(scores: Record<StateCode, TeamRound[]>, n = 3): TurningPoint[] {
  const teams = STATE_CODES.filter((s) => scores[s] !== undefined);
  const rounds = scores[teams[0]]?.map((r) => ({ round: r.round, label: r.label })) ?? [];
  const points = rounds.map(({ round, label }, i) => {
    const change: Partial<Record<StateCode, number>> = {};
    let swing = 0;
    for (const s of teams) {
      const d = (scores[s][i]?.points ?? 0) - (i > 0 ? (scores[s][i - 1]?.points ?? 0) : 0);
      change[s] = d;
      swing += Math.abs(d);
    }
    return { round, label, swing, change };
  });
  return points
    .filter((p) => p.swing > 1e-9)
    .sort((a, b) => b.swing - a.swing || a.round - b.round)
    .slice(0, n);
}

/** The teams ranked by total at the last scored round, best first (ties in the usual order of the states). */
export function standings(
  scores: Record<StateCode, TeamRound[]>,
): Array<{ state: StateCode; total: number; rank: number }> {
  const rows = STATE_CODES.filter((s) => scores[s] !== undefined).map((state) => ({
    state,
    total: scores[state].at(-1)?.total ?? 0,
  }));
  rows.sort((a, b) => b.total - a.total);
  // equal totals share a rank
  return rows.map((r) => ({ ...r, rank: 1 + rows.filter((o) => o.total > r.total).length }));
}

// ---- The debrief's exports ----

/** What the debrief exports say about the session besides the scores. */
export interface DebriefMeta {
  scenario: string;
  branch: string;
  seed: number;
  fingerprint: string | null;
  weights: ScoreWeights;
}

/** each team's decision at each round in words ("Did nothing", "Skipped by the facilitator", a measure) */
export type Decisions = Partial<Record<StateCode, Record<number, string>>>;

export const DEBRIEF_CSV_COLUMNS = [
  'state',
  'round',
  'label',
  'decision',
  'costEffect',
  'revenueEffect',
  'hostileMeasures',
  'points',
  'total',
] as const;

/** The debrief as CSV: one row per team and round, the decision beside the outcome (cells through csvCell). */
export function debriefCsv(scores: Record<StateCode, TeamRound[]>, decisions: Decisions): string {
  const lines = [DEBRIEF_CSV_COLUMNS.join(',')];
  for (const s of STATE_CODES) {
    for (const r of scores[s] ?? []) {
      const cells: Array<string | number> = [
        s,
        r.round,
        r.label,
        decisions[s]?.[r.round] ?? '',
        round6(r.cost),
        round6(r.revenue),
        r.hostile,
        round6(r.points),
        round6(r.total),
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The debrief as one JSON value: the session, the weights, each team's rounds and total, and the turning points. */
export function debriefJson(
  scores: Record<StateCode, TeamRound[]>,
  decisions: Decisions,
  meta: DebriefMeta,
): unknown {
  const teams = STATE_CODES.filter((s) => scores[s] !== undefined);
  return {
    scenario: meta.scenario,
    branch: meta.branch,
    seed: meta.seed,
    fingerprint: meta.fingerprint,
    weights: meta.weights,
    standings: standings(scores).map((r) => ({ ...r, total: round6(r.total) })),
    teams: teams.map((state) => ({
      state,
      rounds: scores[state].map((r) => ({
        round: r.round,
        label: r.label,
        decision: decisions[state]?.[r.round] ?? '',
        costEffect: round6(r.cost),
        revenueEffect: round6(r.revenue),
        hostileMeasures: r.hostile,
        points: round6(r.points),
        total: round6(r.total),
      })),
    })),
    turningPoints: turningPoints(scores).map((p) => ({
      round: p.round,
      label: p.label,
      swing: round6(p.swing),
    })),
  };
}
