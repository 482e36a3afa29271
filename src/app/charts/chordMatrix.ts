// Trade between the seven states at one round, as the square matrix a chord diagram needs, with each state's change
// in cross-border trade since round 0.

import { STATE_CODES, type RoundRecord, type StateCode } from '../../model/types.ts';

export interface StateTrade {
  code: StateCode;
  exports: number;
  imports: number;
  /** exports plus imports at round 0 */
  base: number;
  /** relative change of exports plus imports since round 0 (0.1 = +10%), null when round 0 had none */
  change: number | null;
}

export interface TradeMatrix {
  /** the round the matrix shows (the one asked for, clamped to the rounds run) */
  round: number;
  label: string;
  /** round 0's label, the point changes are measured from */
  baseLabel: string;
  codes: readonly StateCode[];
  /** cross-border flows, matrix[from][to] in STATE_CODES order; a state's trade with itself is left out */
  matrix: number[][];
  /** the same at round 0 */
  base: number[][];
  states: StateTrade[];
  total: number;
  baseTotal: number;
}

function flowsOf(record: RoundRecord): number[][] {
  return STATE_CODES.map((from) =>
    STATE_CODES.map((to) => {
      if (from === to) return 0;
      const v = record.tradeFlows?.[from]?.[to];
      return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
    }),
  );
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The trade matrix at `round` (clamped to the records there are), or null before any round is run. */
export function chordMatrix(records: readonly RoundRecord[], round: number): TradeMatrix | null {
  if (records.length === 0) return null;
  const index = Math.min(
    Math.max(Number.isFinite(round) ? Math.round(round) : records.length - 1, 0),
    records.length - 1,
  );
  const record = records[index];
  const matrix = flowsOf(record);
  const base = flowsOf(records[0]);
  const states = STATE_CODES.map((code, i): StateTrade => {
    const exports = sum(matrix[i]);
    const imports = sum(matrix.map((row) => row[i]));
    const baseTrade = sum(base[i]) + sum(base.map((row) => row[i]));
    return {
      code,
      exports,
      imports,
      base: baseTrade,
      change: baseTrade > 0 ? (exports + imports) / baseTrade - 1 : null,
    };
  });
  return {
    round: Number.isFinite(record.round) ? record.round : index,
    label: record.label,
    baseLabel: records[0].label,
    codes: STATE_CODES,
    matrix,
    base,
    states,
    total: sum(matrix.map(sum)),
    baseTotal: sum(base.map(sum)),
  };
}
