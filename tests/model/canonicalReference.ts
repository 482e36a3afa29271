// The canonical JSON writer as it was before the regex-free one (git ec8eaaa, src/model/fingerprint.ts), kept as the
// reference the new writer must match character for character (tests/model/canonicalWriter.test.ts).
import { LazyList } from '../../src/model/fingerprint.ts';

/** JSON with object keys sorted, so that the order fields were written in never changes the hash. */
export function referenceJson(value: unknown): string {
  const pieces: string[] = [];
  referencePieces(value, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * Canonical JSON (JSON.stringify's text, with object keys sorted) handed over in pieces rather than built as one
 * string, so that a run of 20,000 firms over 400 rounds (far longer than the longest string JavaScript allows) can
 * still be hashed.
 */
export function referencePieces(value: unknown, emit: (piece: string) => void): void {
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
