// A run's report made round by round while the run is played, for runs too large to keep whole: the CLI writes each
// round as soon as it is made, and the app's export does the same. Each round's per-firm numbers are kept only as
// rounded columns (columns.ts), and the round records drop their per-firm arrays once read, so a 20,000-firm run never
// holds its every firm's every round twice over (the run's and its twin's arrays were 1.2 GiB of the 1.6 GiB peak).
//
// Version 1 of the fingerprint is reportOfRun's. It hashes the events before the series (keys in sorted order), and
// the events are known only after the last round, so the columns are kept until then and hashed at the end (0.64 MB a
// round at 20,000 firms, as 32-bit floats). Version 2 is hashed as the rounds are made, each round's point and events
// as canonical JSON and its rounded columns as their bits, so nothing is kept and nothing is written as text to be
// hashed:
//
//   "decoupling-lab fingerprint 2\n"
//   canonical JSON of { fingerprintVersion: 2, scenario, params, seed, schedule, firms: [ids in run order] }
//   per round t: canonical JSON of { point (no firms), events (round t's) }, then for each column (marketShare,
//     revenue, detail) its length as one number, then its numbers, each as its 64 bits (Fnv2.updateNumbers)

import { canonicalPieces, CanonicalText, Fnv2, LazyList } from './fingerprint.ts';
import {
  firmColumnsOf,
  FirmTable,
  packColumns,
  unpackColumns,
  type FirmColumns,
  type PackedColumns,
} from './columns.ts';
import {
  reportEvent,
  reportEventsOf,
  reportFingerprint,
  seriesPointOf,
  whatWasRun,
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
  /** every round's columns, for version 1, in half their memory where that loses nothing (columns.ts) */
  private readonly columns: PackedColumns[] = [];
  /** the version-2 hash so far */
  private readonly hash2: Fnv2 | null = null;

  /**
   * `run` at round 0, as startRun gives it; its twin is started and played beside it (pass one already started to
   * share it). Neither may be advanced by anyone else.
   */
  constructor(
    readonly run: Run,
    twin?: Run,
    /** the fingerprint's version (1 keeps every round's columns until the end), or none: a CSV carries none */
    readonly version: FingerprintVersion | null = 1,
  ) {
    if (run.records.length !== 1) throw new Error('a report stream starts from a run at round 0');
    this.twin = twin ?? startTwin(run);
    this.table = new FirmTable(run.firms);
    if (version === 2) this.hash2 = startV2(run);
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
    if (this.version === 1) this.columns.push(packColumns(columns));
    if (this.hash2) hashRound(this.hash2, point, record, columns);
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

  /**
   * The fingerprint, after the last round, every firm of every round hashed: version 1 is reportOfRun's for the same
   * run, version 2 the hash made as the rounds came.
   */
  fingerprint(): string {
    if (this.points.length < this.length) throw new Error('the run is not over yet');
    if (this.hash2) return this.hash2.digest();
    if (this.version !== 1) throw new Error('this stream keeps no fingerprint');
    const series = new LazyList(this.points.length, (t) => ({
      ...this.points[t],
      firms: new CanonicalText((emit) => this.table.canonical(unpackColumns(this.columns[t]), emit)),
    }));
    return reportFingerprint(this.run, series, reportEventsOf(this.run), undefined);
  }
}

/** Which fingerprint a report carries: 1, the first (reportOfRun's), or 2, hashed as the rounds are made. */
export type FingerprintVersion = 1 | 2;

/** what a version-2 hash begins with, so that no other text of the app hashes like one */
const V2_PREAMBLE = 'decoupling-lab fingerprint 2\n';

/** A version-2 hash, begun: its preamble and what was run, with the firms' ids in the run's order. */
function startV2(run: Run): Fnv2 {
  const hash = new Fnv2();
  hash.update(V2_PREAMBLE);
  const { schedule, ...what } = whatWasRun(run);
  const head = { fingerprintVersion: 2, ...what, schedule, firms: run.firms.map((f) => f.id) };
  canonicalPieces(head, (piece) => hash.update(piece));
  return hash;
}

/** Round t into a version-2 hash: its point and events as canonical JSON, then its columns' numbers. */
function hashRound(hash: Fnv2, point: SeriesPoint, record: RoundRecord, columns: FirmColumns): void {
  const events = record.events.map(reportEvent);
  canonicalPieces({ point, events }, (piece) => hash.update(piece));
  for (const column of [columns.marketShare, columns.revenue, columns.detail]) {
    hash.updateNumbers(Float64Array.of(column.length));
    hash.updateNumbers(column);
  }
}

/**
 * The version-2 fingerprint of a run already made and its twin, hashed from their records (for runs made whole: a
 * report stream hashes the same as it plays). Each round's points are made as the stream makes them.
 */
export function fingerprintV2Of(run: Run, twin: Run): string {
  const hash = startV2(run);
  run.records.forEach((record, t) => {
    const point = seriesPointOf(run, t, false, welfareAt(record, twin.records[t]));
    hashRound(hash, point, record, firmColumnsOf(record));
  });
  return hash.digest();
}
