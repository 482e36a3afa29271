// Rounds to the points of one series: one point per round, non-finite values left out so a line never breaks on NaN.
// The rounds are a run's records, or the effects of its measures (src/sim/effects.ts, the run minus its twin).

export interface Point {
  round: number;
  value: number;
}

export function seriesOf<R extends { round: number }>(
  records: readonly R[],
  value: (record: R) => number | undefined,
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
