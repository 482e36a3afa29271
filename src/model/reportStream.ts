// A run's report made round by round while the run is played, for runs too large to keep whole: the CLI writes each
// round as soon as it is made, and the app's export does the same. Each round's per-firm numbers are kept only as
// rounded columns (columns.ts), and the round records drop their per-firm arrays once read, so a 20,000-firm run never
// holds its every firm's every round twice over (the run's and its twin's arrays were 1.2 GiB of the 1.6 GiB peak).
//
// The fingerprint is reportOfRun's (version 1). It hashes the events before the series (keys in sorted order), and
// the events are known only after the last round, so the columns are kept until then and hashed at the end.

import { CanonicalText, LazyList } from './fingerprint.ts';
import { firmColumnsOf, FirmTable, type FirmColumns } from './columns.ts';
import {
  reportEventsOf,
  reportFingerprint,
  seriesPointOf,
  type RunReport,
  type SeriesPoint,
} from './report.ts';
import { advance, finalRound, type Run } from './run.ts';
import { startTwin, welfareAt } from './twin.ts';
import type { RoundRecord } from './types.ts';

/** One round of the report: its point without firms (`firms` is {}) and its firms' numbers as columns. */
export interface ReportRound {
  point: SeriesPoint;
  columns: FirmColumns;
}

const NO_NUMBERS = new Float64Array(0);

/** A record without its per-firm arrays, which the report has read into columns (the engine never reads old records). */
function slim(record: RoundRecord): RoundRecord {
  return { ...record, firmShare: NO_NUMBERS, firmRevenue: NO_NUMBERS, anchorDetail: NO_NUMBERS };
}

/** A run reported as it is played: next() plays and reports one more round, fingerprint() hashes it after the last. */
export class ReportStream {
  readonly table: FirmTable;
  readonly twin: Run;
  /** every round's point so far, without firms */
  readonly points: SeriesPoint[] = [];
  private readonly columns: FirmColumns[] = [];

  /**
   * `run` at round 0, as startRun gives it; its twin is started and played beside it (pass one already started to
   * share it). Neither may be advanced by anyone else.
   */
  constructor(
    readonly run: Run,
    twin?: Run,
    /** whether to keep every round's columns for fingerprint(): not for a CSV, which carries no fingerprint */
    private readonly keep = true,
  ) {
    if (run.records.length !== 1) throw new Error('a report stream starts from a run at round 0');
    this.twin = twin ?? startTwin(run);
    this.table = new FirmTable(run.firms);
  }

  /** rounds the run will have, round 0 included */
  get length(): number {
    return finalRound(this.run) + 1;
  }

  /** Plays the next round (round 0 is the start) and returns its report, or null after the last. */
  next(): ReportRound | null {
    const t = this.points.length;
    if (t >= this.length) return null;
    if (t > 0) {
      advance(this.run);
      advance(this.twin);
    }
    const record = this.run.records[t];
    const welfare = welfareAt(record, this.twin.records[t]);
    const point = seriesPointOf(this.run, t, false, welfare);
    const columns = firmColumnsOf(record);
    this.points.push(point);
    if (this.keep) this.columns.push(columns);
    this.run.records[t] = slim(record);
    this.twin.records[t] = slim(this.twin.records[t]);
    return { point, columns };
  }

  /** The report so far: the head keys, the points made (without firms) and every event so far; no fingerprint. */
  report(): RunReport {
    const run = this.run;
    // the head is written before the rounds: name the scenario in force at the end, as reportOfRun does
    const end = finalRound(run);
    const last = run.schedule.filter((s) => s.fromRound <= end).at(-1)?.scenario ?? run.root;
    return {
      preset: last.preset ?? null,
      name: last.name,
      seed: run.root.seed,
      rounds: end,
      firmCount: run.firms.length,
      fingerprint: '',
      series: this.points,
      events: reportEventsOf(run),
    };
  }

  /** The fingerprint, after the last round: reportOfRun's for the same run, every firm of every round hashed. */
  fingerprint(): string {
    if (this.points.length < this.length) throw new Error('the run is not over yet');
    if (!this.keep) throw new Error('this stream kept no columns to hash');
    const series = new LazyList(this.points.length, (t) => ({
      ...this.points[t],
      firms: new CanonicalText((emit) => this.table.canonical(this.columns[t], emit)),
    }));
    return reportFingerprint(this.run, series, reportEventsOf(this.run), undefined);
  }
}
