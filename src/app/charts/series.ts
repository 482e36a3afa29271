// Records to the points of one series: one point per round, non-finite values left out so a line never breaks on NaN.

import type { RoundRecord } from '../../model/types.ts';

export interface Point {
  round: number;
  value: number;
}

export function seriesOf(
  records: readonly RoundRecord[],
  value: (record: RoundRecord) => number | undefined,
): Point[] {
  const points: Point[] = [];
  records.forEach((record, index) => {
    const round = Number.isFinite(record.round) ? record.round : index;
    let v: number | undefined;
    try {
      v = value(record);
    } catch {
      // a record from an older run may lack a field; treat it as missing rather than breaking the chart
      v = undefined;
    }
    if (typeof v === 'number' && Number.isFinite(v)) points.push({ round, value: v });
  });
  return points;
}
