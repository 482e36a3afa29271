// Memory-chip market shares per round, named firms one by one and every other memory maker as "Others", and their
// stacking for an area chart (d3-shape's stack).

import { stack, stackOrderNone, stackOffsetNone } from 'd3';
import type { FirmInfo, RoundRecord } from '../../model/types.ts';

/** The memory makers the chart names, in stack order (bottom first); the rest of the sector is "Others". */
export const NAMED_MEMORY_FIRMS: readonly string[] = [
  'samsung',
  'sk-hynix',
  'micron',
  'kioxia',
  'western-digital',
  'ymtc',
  'cxmt',
];

export const OTHERS_KEY = 'others';

export interface ShareKey {
  key: string;
  label: string;
}

export interface ShareRow {
  round: number;
  label: string;
  /** share of the memory sector by key; the values of a row sum to 1 whenever the sector had any output */
  shares: Record<string, number>;
}

export interface MemoryShares {
  keys: ShareKey[];
  rows: ShareRow[];
}

/**
 * Shares of the named memory firms (those present among the firms) and "Others", per round. Non-finite and negative
 * shares count as zero; a row is rescaled to sum to 1, so the stack fills the axis even after rounding drift.
 */
export function memoryShares(
  records: readonly RoundRecord[],
  firms: readonly FirmInfo[],
  named: readonly string[] = NAMED_MEMORY_FIRMS,
): MemoryShares {
  const memory = firms.map((firm, index) => ({ firm, index })).filter(({ firm }) => firm.sector === 'memory');
  const byId = new Map(memory.map((m) => [m.firm.id, m]));
  const keys: ShareKey[] = named
    .filter((id) => byId.has(id))
    .map((id) => ({ key: id, label: byId.get(id)!.firm.name }));
  const namedSet = new Set(keys.map((k) => k.key));
  const othersPresent = memory.some(({ firm }) => !namedSet.has(firm.id));
  if (othersPresent) keys.push({ key: OTHERS_KEY, label: 'Others' });

  const rows = records.map((record, i): ShareRow => {
    const shares: Record<string, number> = Object.fromEntries(keys.map((k) => [k.key, 0]));
    let total = 0;
    for (const { firm, index } of memory) {
      const raw = record.firmShare?.[index];
      const v = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
      shares[namedSet.has(firm.id) ? firm.id : OTHERS_KEY] += v;
      total += v;
    }
    if (total > 0) for (const k of keys) shares[k.key] /= total;
    return { round: Number.isFinite(record.round) ? record.round : i, label: record.label, shares };
  });
  return { keys, rows };
}

export interface StackPoint {
  round: number;
  /** bottom and top of the band, as shares */
  y0: number;
  y1: number;
  value: number;
}

export interface StackLayer {
  key: string;
  points: StackPoint[];
}

/** Bands for the given keys (bottom first), leaving out hidden keys so the visible ones close up. */
export function stackLayers(rows: readonly ShareRow[], keys: readonly string[]): StackLayer[] {
  const layout = stack<ShareRow, string>()
    .keys(keys)
    .value((row, key) => row.shares[key] ?? 0)
    .order(stackOrderNone)
    .offset(stackOffsetNone);
  return layout(rows as ShareRow[]).map((series) => ({
    key: series.key,
    points: series.map((p) => ({ round: p.data.round, y0: p[0], y1: p[1], value: p[1] - p[0] })),
  }));
}
