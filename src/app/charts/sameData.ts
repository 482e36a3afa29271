// Whether what a chart is handed has changed. The worker's chunks come 20 times a second while a run computes, and
// each makes new arrays of the same rounds (the rounds up to the play head do not change); handed the earlier value
// again, the charts redraw nothing.

/**
 * Whether `a` and `b` hold the same things: arrays element by element, plain objects key by key, down to `depth`
 * levels; below that, and for anything else (records, functions, numbers), the very same value (Object.is).
 */
export function sameData(a: unknown, b: unknown, depth = 3): boolean {
  if (Object.is(a, b)) return true;
  if (depth <= 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i], depth - 1));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k], depth - 1));
}

/** A filter that hands back the value it last returned while each new one holds the same things (sameData). */
export function keepSame<T>(depth = 3): (next: T) => T {
  let last: { value: T } | null = null;
  return (next) => {
    if (last && sameData(last.value, next, depth)) return last.value;
    last = { value: next };
    return next;
  };
}
