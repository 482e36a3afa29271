// A report's per-firm numbers as columns: one typed array per field, indexed like run.firms, rounded as reports round
// (round6), and written as text straight from the columns, never as one object per firm. A 20,000-firm round is
// 160,000 numbers: as objects it is about 5.7 MiB of heap and the slowest part of a report; as columns it is 1.3 MB.
//
// API:
//   firmColumnsOf(record) -> FirmColumns            round t's per-firm numbers, rounded (copies)
//   new FirmTable(firms)                             the run's firms, with their ids quoted and put in order once
//     .select(detail) -> Int32Array                  the firm indices a report details ('named', 'all', or ids)
//     .unknownIds(ids) -> ids not in the run
//     .canonical(columns) -> text                    the `firms` object of a point with every firm, as the
//                                                    fingerprint hashes it (canonicalJson's text, keys sorted)
//     .json(columns, selected) -> text               the `firms` object of the selected firms, as JSON.stringify
//                                                    writes the report's point (report.ts seriesPointOf)
//     .objects(columns, selected) -> Record<id, FirmPoint>   the same as objects, for reports kept whole

import { canonicalKeyOrder } from './fingerprint.ts';
import { ANCHOR_DETAIL } from './metrics.ts';
import type { FirmPoint } from './report.ts';
import { round6 } from './rounding.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from './types.ts';

/** states per firm in a revenue column */
const NS = STATE_CODES.length;
/** numbers per named firm in the detail column (unitCost, output, cumulativeOutput) */
const ND = ANCHOR_DETAIL.length;

/** One round's per-firm numbers, rounded as the report keeps them. */
export interface FirmColumns {
  /** per firm: share of its sector's revenue */
  marketShare: Float64Array;
  /** per firm and customer state, STATE_CODES order: revenue[i * 7 + s] */
  revenue: Float64Array;
  /** per named firm (the first ones): unit cost, output, cumulative output, detail[i * 3 + k] */
  detail: Float64Array;
}

function rounded(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = round6(values[i]);
  return out;
}

export function firmColumnsOf(record: RoundRecord): FirmColumns {
  return {
    marketShare: rounded(record.firmShare),
    revenue: rounded(record.firmRevenue),
    detail: rounded(record.anchorDetail),
  };
}

/**
 * Which firms a report details, firm by firm: the named (anchor) firms, every firm, or the firms with these ids. The
 * fingerprint always covers every firm, whichever are written out.
 */
export type FirmDetail = 'named' | 'all' | readonly string[];

/** A FirmDetail from the CLI's text: "named", "all", or ids separated by commas. */
export function parseFirmDetail(text: string): FirmDetail {
  if (text === 'named' || text === 'all') return text;
  return text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** How a FirmDetail reads in a report's `firmDetail` key and on the command line. */
export function firmDetailText(detail: FirmDetail): string {
  return typeof detail === 'string' ? detail : detail.join(',');
}

/** JSON's text of a number the report keeps: round6 gives finite numbers only, -0 as 0. */
const num = (x: number): string => String(x);

/** The run's firms, with what writing them needs worked out once: quoted ids, and both orders of the ids. */
export class FirmTable {
  /** `"micron":` for each firm, by index */
  private readonly quotedIds: string[];
  /** firm indices in canonical key order (fingerprint.ts) */
  private readonly canonicalOrder: Int32Array;
  /** firm indices in the order JSON.stringify lists them for an object made in run.firms order */
  private readonly jsonOrder: Int32Array;
  private readonly index: Map<string, number>;

  constructor(private readonly firms: readonly FirmInfo[]) {
    this.index = new Map(firms.map((f, i) => [f.id, i]));
    this.quotedIds = firms.map((f) => `${JSON.stringify(f.id)}:`);
    this.canonicalOrder = Int32Array.from(canonicalKeyOrder(firms.map((f) => f.id)), (id) =>
      this.index.get(id)!,
    );
    // an object's own keys list array-index keys first, whatever order they were made in (ids never are, but a
    // writer that matches JSON.stringify should not depend on that)
    const made = Object.fromEntries(firms.map((f) => [f.id, 0]));
    this.jsonOrder = Int32Array.from(Object.keys(made), (id) => this.index.get(id)!);
  }

  get size(): number {
    return this.firms.length;
  }

  /** The ids asked for that the run has no firm for. */
  unknownIds(ids: readonly string[]): string[] {
    return ids.filter((id) => !this.index.has(id));
  }

  /** The id of firm i. */
  idAt(i: number): string {
    return this.firms[i].id;
  }

  /** Ids of the named firms, in the run's order. */
  namedIds(): string[] {
    return this.firms.filter((f) => f.anchor).map((f) => f.id);
  }

  /** The indices of the firms a report details, in JSON's order (unknown ids are left out: check unknownIds first). */
  select(detail: FirmDetail): Int32Array {
    const wanted =
      detail === 'all'
        ? null
        : detail === 'named'
          ? new Set(this.namedIds())
          : new Set(detail.filter((id) => this.index.has(id)));
    const out: number[] = [];
    for (const i of this.jsonOrder) if (!wanted || wanted.has(this.firms[i].id)) out.push(i);
    return Int32Array.from(out);
  }

  /** Whether firm i has the named firms' detail in these columns. */
  private hasDetail(i: number, columns: FirmColumns): boolean {
    return this.firms[i].anchor && (i + 1) * ND <= columns.detail.length;
  }

  /**
   * The `firms` object with every firm, in canonical order (keys sorted: cumulativeOutput, marketShare, output,
   * revenue by state code, unitCost): canonicalJson of report.ts seriesPointOf's `firms`, character for character.
   */
  canonical(columns: FirmColumns, emit: (piece: string) => void): void {
    const { marketShare, revenue, detail } = columns;
    let text = '{';
    for (let k = 0; k < this.canonicalOrder.length; k++) {
      const i = this.canonicalOrder[k];
      const r = i * NS;
      if (k > 0) text += ',';
      text += this.quotedIds[i];
      const d = this.hasDetail(i, columns);
      text += d ? `{"cumulativeOutput":${num(detail[i * ND + 2])},"marketShare":` : '{"marketShare":';
      text += num(marketShare[i]);
      if (d) text += `,"output":${num(detail[i * ND + 1])}`;
      text += ',"revenue":{';
      for (let s = 0; s < NS; s++)
        text += (s > 0 ? ',' : '') + CANONICAL_STATES[s].key + num(revenue[r + CANONICAL_STATES[s].index]);
      text += '}';
      text += d ? `,"unitCost":${num(detail[i * ND])}}` : '}';
      if (text.length >= PIECE_CHARS) {
        emit(text);
        text = '';
      }
    }
    emit(`${text}}`);
  }

  /** The `firms` object of the selected firms as JSON.stringify writes report.ts seriesPointOf's, in pieces. */
  json(columns: FirmColumns, selected: Int32Array, emit: (piece: string) => void): void {
    const { marketShare, revenue, detail } = columns;
    let text = '{';
    for (let k = 0; k < selected.length; k++) {
      const i = selected[k];
      const r = i * NS;
      if (k > 0) text += ',';
      text += this.quotedIds[i];
      text += `{"marketShare":${num(marketShare[i])},"revenue":{`;
      for (let s = 0; s < NS; s++) text += (s > 0 ? ',' : '') + JSON_STATES[s] + num(revenue[r + s]);
      text += this.hasDetail(i, columns)
        ? `},"unitCost":${num(detail[i * ND])},"output":${num(detail[i * ND + 1])},"cumulativeOutput":${num(detail[i * ND + 2])}}`
        : '}}';
      if (text.length >= PIECE_CHARS) {
        emit(text);
        text = '';
      }
    }
    emit(`${text}}`);
  }

  /** The selected firms as the report's objects (report.ts FirmPoint). */
  objects(columns: FirmColumns, selected: Int32Array): Record<string, FirmPoint> {
    const out: Record<string, FirmPoint> = {};
    for (const i of selected) {
      const revenue = {} as Record<StateCode, number>;
      STATE_CODES.forEach((c, s) => (revenue[c] = columns.revenue[i * NS + s]));
      const point: FirmPoint = { marketShare: columns.marketShare[i], revenue };
      if (this.hasDetail(i, columns)) {
        point.unitCost = columns.detail[i * ND];
        point.output = columns.detail[i * ND + 1];
        point.cumulativeOutput = columns.detail[i * ND + 2];
      }
      out[this.firms[i].id] = point;
    }
    return out;
  }
}

/** characters gathered before a piece of a round's text is handed over */
const PIECE_CHARS = 1 << 16;

/** `"USA":` and so on, in STATE_CODES order, as a revenue object is made */
const JSON_STATES = STATE_CODES.map((c) => `${JSON.stringify(c)}:`);

/** the states in canonical key order, each with its column offset */
const CANONICAL_STATES = canonicalKeyOrder([...STATE_CODES]).map((c) => ({
  key: `${JSON.stringify(c)}:`,
  index: STATE_CODES.indexOf(c as StateCode),
}));

/**
 * A round's columns kept for later in half the memory: as 32-bit floats where that loses nothing. Every number in
 * the columns has at most six significant digits (round6), and a 32-bit float holds any six-digit decimal exactly
 * enough to give it back (FLT_DIG is 6): round6 of the float is the number again. Rounds with a number outside the
 * 32-bit range, or too near 0 for that guarantee, are kept as they are.
 */
export type PackedColumns =
  FirmColumns | { packed: Float32Array; lengths: readonly [number, number, number] };

/** smallest magnitude kept as a 32-bit float: far above its subnormals, far below the 1e-10 reports keep */
const PACK_MIN = 1e-30;
/** largest magnitude kept as a 32-bit float, below its largest value */
const PACK_MAX = 1e30;

export function packColumns(columns: FirmColumns): PackedColumns {
  const { marketShare, revenue, detail } = columns;
  const packed = new Float32Array(marketShare.length + revenue.length + detail.length);
  packed.set(marketShare);
  packed.set(revenue, marketShare.length);
  packed.set(detail, marketShare.length + revenue.length);
  for (const column of [marketShare, revenue, detail])
    for (let i = 0; i < column.length; i++) {
      const a = Math.abs(column[i]);
      if (a !== 0 && (a < PACK_MIN || a > PACK_MAX)) return columns;
    }
  return { packed, lengths: [marketShare.length, revenue.length, detail.length] };
}

export function unpackColumns(kept: PackedColumns): FirmColumns {
  if (!('packed' in kept)) return kept;
  const [a, b, c] = kept.lengths;
  const out = (from: number, length: number) => {
    const column = new Float64Array(length);
    for (let i = 0; i < length; i++) column[i] = round6(kept.packed[from + i]);
    return column;
  };
  return { marketShare: out(0, a), revenue: out(a, b), detail: out(a + b, c) };
}
