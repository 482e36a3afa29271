// The value range an axis shows: finite values only, padded, and never collapsed to zero width.

export interface ExtentOptions {
  /** values the range must contain even when no data reaches them (100 for an index, 0 for a difference) */
  include?: readonly number[];
  /** smallest width of the range, in data units, so a flat series still gets a readable axis */
  minSpan?: number;
  /** padding on each side as a share of the width */
  pad?: number;
  /** range used when there is no finite value at all */
  fallback?: readonly [number, number];
  /** hard limits the padded range may not cross (0..1 for a share) */
  clamp?: readonly [number, number];
}

export function paddedExtent(values: Iterable<number>, options: ExtentOptions = {}): [number, number] {
  const { include = [], minSpan = 1, pad = 0.05, fallback = [0, 1], clamp } = options;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (const v of include) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) [lo, hi] = [fallback[0], fallback[1]];
  const span = Math.max(hi - lo, Number.isFinite(minSpan) && minSpan > 0 ? minSpan : 1e-9);
  const mid = (lo + hi) / 2;
  if (hi - lo < span) [lo, hi] = [mid - span / 2, mid + span / 2];
  const padding = (Number.isFinite(pad) && pad > 0 ? pad : 0) * span;
  lo -= padding;
  hi += padding;
  if (clamp) {
    const [cLo, cHi] = clamp;
    // keep the width when a clamp cuts one side, so a flat series at a limit keeps its axis
    if (lo < cLo) [lo, hi] = [cLo, Math.min(cHi, cLo + (hi - lo))];
    if (hi > cHi) [lo, hi] = [Math.max(cLo, cHi - (hi - lo)), cHi];
  }
  return [lo, hi];
}
