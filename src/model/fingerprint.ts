// A short, stable hash of a run: the same scenario and seed give the same fingerprint on every run and machine, so a
// workshop can tell at a glance whether two runs are the same run.

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A list whose items are made one at a time, when they are written, and dropped after: canonicalPieces writes it as
 * the JSON array of its items, so a value holding one hashes exactly as the same value holding the whole array. A
 * 20,000-firm, 400-round run's per-round points, every firm included, are over 2 GB as objects: hashed this way, only
 * one round's are alive at a time.
 */
export class LazyList<T> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}

  /** The whole array, as JSON.stringify would write it (for small lists and tests). */
  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** JSON with object keys sorted, so that the order fields were written in never changes the hash. */
export function canonicalJson(value: unknown): string {
  const pieces: string[] = [];
  canonicalPieces(value, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * Canonical JSON (JSON.stringify's text, with object keys sorted) handed over in pieces rather than built as one
 * string, so that a run of 20,000 firms over 400 rounds (far longer than the longest string JavaScript allows) can
 * still be hashed.
 */
export function canonicalPieces(value: unknown, emit: (piece: string) => void): void {
  write(value, emit, true);
}

/** Writes one value as JSON.stringify would; `top` values that JSON cannot hold are written as nothing. */
function write(v: unknown, emit: (piece: string) => void, top = false): void {
  if (v === null) return emit('null');
  switch (typeof v) {
    case 'number':
      return emit(Number.isFinite(v) ? JSON.stringify(v) : 'null');
    case 'string':
    case 'boolean':
      return emit(JSON.stringify(v));
    case 'object':
      break;
    default:
      // undefined, functions and symbols: JSON leaves them out of objects and writes null in arrays
      return emit(top ? '' : 'null');
  }
  if (v instanceof LazyList) {
    emit('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) emit(',');
      write(v.at(i), emit);
    }
    return emit(']');
  }
  const withJson = v as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return write(withJson.toJSON(), emit, top);
  if (Array.isArray(v)) {
    emit('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) emit(',');
      write(v[i], emit);
    }
    return emit(']');
  }
  const entries = ArrayBuffer.isView(v)
    ? Object.entries(v as unknown as Record<string, unknown>)
    : jsonKeyOrder(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
  emit('{');
  let first = true;
  for (const [key, item] of entries) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) emit(',');
    first = false;
    emit(JSON.stringify(key));
    emit(':');
    write(item, emit);
  }
  emit('}');
}

/** Array-index keys ("0", "17") come first in numeric order, as they do in any JavaScript object, then the rest. */
function jsonKeyOrder(entries: Array<[string, unknown]>): Array<[string, unknown]> {
  const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1;
  const indices = entries.filter(([k]) => isIndex(k)).sort(([a], [b]) => Number(a) - Number(b));
  return [...indices, ...entries.filter(([k]) => !isIndex(k))];
}

/** 16 hex digits: two FNV-1a hashes with different bases over the canonical JSON, fed piece by piece. */
export function fingerprint(value: unknown): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  canonicalPieces(value, (piece) => {
    h1 = fnv1a(piece, h1);
    h2 = fnv1a(piece, h2);
  });
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
