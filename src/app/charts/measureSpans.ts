// Records to the escalation timeline's rows: for each measure id, the rounds in which it was active.

import type { Measure, RoundRecord } from '../../model/types.ts';

export interface MeasureSpan {
  /** first round the measure was active */
  start: number;
  /** first round it was no longer active, or null while it is still active in the last record */
  end: number | null;
}

export interface MeasureRow {
  id: string;
  /** the measure as last seen (a re-imposed id may carry a new rate) */
  measure: Measure;
  spans: MeasureSpan[];
}

/** One row per measure id, in the order the measures first became active (ties by id). */
export function measureSpans(records: readonly RoundRecord[]): MeasureRow[] {
  const rows = new Map<string, MeasureRow>();
  const open = new Map<string, MeasureSpan>();
  records.forEach((record, index) => {
    const round = Number.isFinite(record.round) ? record.round : index;
    const active = new Set<string>();
    for (const measure of record.measures ?? []) {
      if (!measure || typeof measure.id !== 'string' || active.has(measure.id)) continue;
      active.add(measure.id);
      let row = rows.get(measure.id);
      if (!row) {
        row = { id: measure.id, measure, spans: [] };
        rows.set(measure.id, row);
      }
      row.measure = measure;
      if (!open.has(measure.id)) {
        const span: MeasureSpan = { start: round, end: null };
        row.spans.push(span);
        open.set(measure.id, span);
      }
    }
    for (const [id, span] of open) {
      if (!active.has(id)) {
        span.end = round;
        open.delete(id);
      }
    }
  });
  return [...rows.values()].sort((a, b) => a.spans[0].start - b.spans[0].start || (a.id < b.id ? -1 : 1));
}
