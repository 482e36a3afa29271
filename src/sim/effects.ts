// The effect of the measures: a run read against its no-measures twin (model/twin.ts), round by round. The worker
// plays the twin beside the run and sends the page the few series it reads (TwinPoint); the views and the exports
// subtract. Learning lowers costs in both, so "run minus twin" is what the measures did, where "now against round 0"
// mixes them with everything else that moved.

import { specOf } from '../model/measures/index.ts';
import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from '../model/types.ts';

/** One round of the twin as the page reads it: the series an effect is taken against. */
export type TwinPoint = Pick<
  RoundRecord,
  'round' | 'label' | 'supplyChainCost' | 'standardsDivergence' | 'crossBlocTradeShare' | 'realIncome'
> & {
  /**
   * revenue of the firms headquartered in each state, summed over their customers (homeRevenueOf); the worker adds it
   * to the twin it posts, so team scores can read a state's firms against the twin (scoring.ts). Absent where a twin
   * point was made without the firms.
   */
  homeRevenue?: Record<StateCode, number>;
  /**
   * the revenue of each firm the scenario follows (concernsFirm), by customer state in STATE_CODES order: the worker
   * adds it, so that a followed firm's tile reads against the twin. Absent where a twin point was made without it.
   */
  followedRevenue?: Record<string, number[]>;
};

/** Whether a scenario follows a firm: the Micron preset follows Micron, and any scenario the firms its measures name. */
export function concernsFirm(scenario: Scenario, firmId: string): boolean {
  if (scenario.preset === 'micron-2023' && firmId === 'micron') return true;
  return scenario.timeline.some(
    (e) => e.action === 'impose' && specOf(e.measure).namedFirm(e.measure) === firmId,
  );
}

/** Revenue of each state's firms at one round: every firm's revenue from all its customers, by its home state. */
export function homeRevenueOf(
  record: Pick<RoundRecord, 'firmRevenue'>,
  firms: readonly Pick<FirmInfo, 'state'>[],
): Record<StateCode, number> {
  const out = Object.fromEntries(STATE_CODES.map((c) => [c, 0])) as Record<StateCode, number>;
  const n = STATE_CODES.length;
  for (let i = 0; i < firms.length; i++) {
    let sum = 0;
    for (let s = 0; s < n; s++) sum += record.firmRevenue[i * n + s] ?? 0;
    out[firms[i].state] += sum;
  }
  return out;
}

/** The effect of the measures at one round: the run minus its twin. */
export interface EffectPoint {
  round: number;
  label: string;
  /** cost index points: +4.5 means 4.5 points above the same world without measures */
  supplyChainCost: Record<'global' | StateCode, number>;
  /** divergence (0-1 scale), run minus twin */
  standardsDivergence: number;
  /** share of all trade (0-1), run minus twin: -0.03 is 3 percentage points less trade across the blocs */
  crossBlocTradeShare: number;
  /** real income in percent of the twin's (model/twin.ts welfareOf): -2 means 2% fewer devices bought */
  welfare: Record<StateCode, number>;
}

/** The twin's round, cut down to what the page reads (a full record carries every firm's numbers). */
export function twinPointOf(record: RoundRecord): TwinPoint {
  return {
    round: record.round,
    label: record.label,
    supplyChainCost: { ...record.supplyChainCost },
    standardsDivergence: record.standardsDivergence,
    crossBlocTradeShare: record.crossBlocTradeShare,
    realIncome: { ...record.realIncome },
  };
}

/**
 * The twin's round as the worker posts it to the page: twinPointOf, the revenue of each state's firms, and that of
 * each followed firm (the ids in `followed`) by customer state.
 */
export function postedTwinPoint(
  record: RoundRecord,
  firms: readonly Pick<FirmInfo, 'id' | 'state'>[],
  followed: readonly string[] = [],
): TwinPoint {
  const point: TwinPoint = { ...twinPointOf(record), homeRevenue: homeRevenueOf(record, firms) };
  if (followed.length === 0) return point;
  const n = STATE_CODES.length;
  point.followedRevenue = {};
  for (const id of followed) {
    const i = firms.findIndex((f) => f.id === id);
    if (i >= 0) point.followedRevenue[id] = Array.from(record.firmRevenue.slice(i * n, (i + 1) * n));
  }
  return point;
}

/** The effect at one round, or null when the twin has not reached that round. */
export function effectOf(record: TwinPoint, twin: TwinPoint | undefined): EffectPoint | null {
  if (!twin || twin.round !== record.round) return null;
  const cost = {} as Record<'global' | StateCode, number>;
  const welfare = {} as Record<StateCode, number>;
  cost.global = record.supplyChainCost.global - twin.supplyChainCost.global;
  for (const c of STATE_CODES) {
    cost[c] = record.supplyChainCost[c] - twin.supplyChainCost[c];
    // the rulebook's welfare, as report.ts keeps it (model/twin.ts welfareOf): 0 where the twin has no income
    const base = twin.realIncome[c];
    welfare[c] = base > 0 ? 100 * (record.realIncome[c] / base - 1) : 0;
  }
  return {
    round: record.round,
    label: record.label,
    supplyChainCost: cost,
    standardsDivergence: record.standardsDivergence - twin.standardsDivergence,
    crossBlocTradeShare: record.crossBlocTradeShare - twin.crossBlocTradeShare,
    welfare,
  };
}

/**
 * The effect at every round the run and its twin have both reached, in round order. Records are the run's (full
 * RoundRecords, or TwinPoints of another twin); the twin is found by round number, so a twin that lags or leads the
 * run only shortens the series.
 */
export function effectsOf(records: readonly TwinPoint[], twin: readonly TwinPoint[]): EffectPoint[] {
  const byRound = new Map(twin.map((p) => [p.round, p]));
  const out: EffectPoint[] = [];
  for (const r of records) {
    const e = effectOf(r, byRound.get(r.round));
    if (e) out.push(e);
  }
  return out;
}

/**
 * Whether the measures in force differed from round 0's (which the twin keeps) at some round up to `round`: a measure
 * imposed, raised, joined or lifted. Without one, the run is its twin and every effect is 0.
 */
export function measuresTaken(
  records: readonly Pick<RoundRecord, 'round' | 'measures'>[],
  round: number,
): boolean {
  const start = new Map((records[0]?.measures ?? []).map((m) => [m.id, JSON.stringify(m)]));
  return records.some(
    (r) =>
      r.round > 0 &&
      r.round <= round &&
      (r.measures.length !== start.size || r.measures.some((m) => start.get(m.id) !== JSON.stringify(m))),
  );
}
