// What-if minus baseline, round by round: two branches aligned on their round numbers.

import type { RoundRecord } from '../../model/types.ts';

export interface DifferencePoint {
  round: number;
  label: string;
  baseline: number;
  whatIf: number;
  /** whatIf minus baseline */
  value: number;
}

/**
 * The difference of one metric at every round both branches have reached with a finite value. A branch that is still
 * running (or shorter) limits the series to the rounds they share.
 */
export function differenceSeries(
  baseline: readonly RoundRecord[],
  whatIf: readonly RoundRecord[],
  value: (record: RoundRecord) => number,
): DifferencePoint[] {
  const base = new Map<number, RoundRecord>();
  baseline.forEach((r, i) => base.set(Number.isFinite(r.round) ? r.round : i, r));
  const points: DifferencePoint[] = [];
  whatIf.forEach((record, i) => {
    const round = Number.isFinite(record.round) ? record.round : i;
    const other = base.get(round);
    if (!other) return;
    const a = value(other);
    const b = value(record);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return;
    points.push({ round, label: record.label || other.label, baseline: a, whatIf: b, value: b - a });
  });
  return points.sort((p, q) => p.round - q.round);
}
