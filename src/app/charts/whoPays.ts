// Who pays, branch by branch: at one round, each state's supply-chain cost and each anchor firm's revenue and market
// share in the branch on view and in every branch compared with it. Differences read as the difference chart reads
// them, the branch on view minus the compared one; a state's cost is also read against each branch's own twin (the
// same world without measures), and, with an ensemble of both branches, as the band of the per-seed differences.

import { STATE_NAMES } from '../../model/names.ts';
import {
  STATE_CODES,
  type FirmInfo,
  type RoundRecord,
  type SectorId,
  type StateCode,
} from '../../model/types.ts';
import type { TwinPoint } from '../../sim/effects.ts';
import type { Band } from '../../sim/ensemble.ts';

/** One branch at the round read: its name, its record and its twin's (either missing while the run catches up). */
export interface BranchAtRound {
  name: string;
  record: RoundRecord | undefined;
  twin: TwinPoint | undefined;
  /** its firms, in the order of the record's per-firm arrays */
  firms: readonly FirmInfo[];
}

/** A state's cost (or the world's) in one compared branch. */
export interface ComparedCost {
  /** cost index of the compared branch (round 0 = 100) */
  value: number;
  /** the branch on view minus this branch, in index points */
  difference: number;
  /** this branch minus its own twin, in index points: what its measures did */
  effect: number;
  /** the band of the per-seed differences (on view minus this branch), when both were played at N seeds */
  paired?: Band;
}

export interface StateCosts {
  key: 'global' | StateCode;
  label: string;
  /** cost index of the branch on view */
  onView: number;
  /** the branch on view minus its twin, in index points */
  onViewEffect: number;
  compared: ComparedCost[];
}

const at = (record: RoundRecord | TwinPoint | undefined, key: 'global' | StateCode): number =>
  record?.supplyChainCost?.[key] ?? Number.NaN;

/**
 * The world's and each state's cost at the round of the records given, in the branch on view and in each compared
 * branch; `paired[k]` holds the raw bands of the per-seed differences against compared branch k (by outcome id), if
 * any. Values a branch has not reached yet are NaN, which the table shows as "n/a".
 */
export function stateCosts(
  onView: BranchAtRound,
  compared: readonly BranchAtRound[],
  paired: ReadonlyArray<Record<string, readonly Band[]> | undefined> = [],
): StateCosts[] {
  const round = onView.record?.round;
  const keys: Array<'global' | StateCode> = ['global', ...STATE_CODES];
  return keys.map((key) => {
    const mine = at(onView.record, key);
    return {
      key,
      label: key === 'global' ? 'World' : STATE_NAMES[key],
      onView: mine,
      onViewEffect: mine - at(onView.twin, key),
      compared: compared.map((c, k): ComparedCost => {
        const value = at(c.record, key);
        const band = paired[k]?.[`cost.${key}`]?.find((b) => b.round === round);
        return {
          value,
          difference: mine - value,
          effect: value - at(c.twin, key),
          ...(band ? { paired: band } : {}),
        };
      }),
    };
  });
}

/** An anchor firm in one compared branch. */
export interface ComparedFirm {
  /** revenue from all customer states */
  revenue: number;
  /** share of its sector's sales, 0-1 */
  share: number;
  /** the branch on view's revenue against this branch's, in percent of this branch's (NaN where it has none) */
  revenueChange: number;
  /** the branch on view's share minus this branch's, in percentage points */
  shareChange: number;
}

export interface FirmOutcome {
  id: string;
  name: string;
  state: StateCode;
  sector: SectorId;
  revenue: number;
  share: number;
  compared: ComparedFirm[];
}

function firmAt(branch: BranchAtRound, id: string): { revenue: number; share: number } {
  const i = branch.firms.findIndex((f) => f.id === id);
  const record = branch.record;
  if (i < 0 || !record) return { revenue: Number.NaN, share: Number.NaN };
  let revenue = 0;
  for (let s = 0; s < STATE_CODES.length; s++) revenue += record.firmRevenue[i * STATE_CODES.length + s] ?? 0;
  return { revenue, share: record.firmShare[i] ?? Number.NaN };
}

/**
 * Each anchor firm's revenue and market share in the branch on view and the compared branches, the firms whose
 * revenue moves most between the branches first (then by name, so equal ones keep one order).
 */
export function firmOutcomes(onView: BranchAtRound, compared: readonly BranchAtRound[]): FirmOutcome[] {
  const rows = onView.firms
    .filter((f) => f.anchor)
    .map((f): FirmOutcome => {
      const mine = firmAt(onView, f.id);
      return {
        id: f.id,
        name: f.name,
        state: f.state,
        sector: f.sector,
        ...mine,
        compared: compared.map((c) => {
          const other = firmAt(c, f.id);
          return {
            ...other,
            revenueChange: other.revenue > 0 ? 100 * (mine.revenue / other.revenue - 1) : Number.NaN,
            shareChange: 100 * (mine.share - other.share),
          };
        }),
      };
    });
  const moved = (r: FirmOutcome) =>
    Math.max(0, ...r.compared.map((c) => Math.abs(c.revenueChange)).filter((v) => Number.isFinite(v)));
  return rows.sort((a, b) => moved(b) - moved(a) || a.name.localeCompare(b.name));
}
