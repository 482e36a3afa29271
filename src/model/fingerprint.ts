// A short, stable hash of a run: the same scenario and seed give the same fingerprint on every run and machine, so a
// workshop can tell at a glance whether two runs are the same run.

/** FNV-1a prime (32 bits) */
const FNV_PRIME = 0x01000193;
/** the two offset bases: FNV-1a's own, and a second one so that the two halves of the fingerprint are independent */
const BASIS_1 = 0x811c9dc5;
const BASIS_2 = 0x050c5d1f;

/**
 * Two FNV-1a hashes over UTF-16 code units, 32 bits each, fed text piece by piece: the hash of the pieces is the hash
 * of their concatenation, so the same text hashes the same however it was cut.
 */
export class Fnv2 {
  private h1 = BASIS_1;
  private h2 = BASIS_2;

  update(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = Math.imul(h2 ^ c, FNV_PRIME);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /**
   * Numbers as their 64 bits, in little-endian order whatever the machine's, four 16-bit units each (so a number
   * hashes the same on every engine: reports round them first, and rounding is exactly specified).
   */
  updateNumbers(values: Float64Array): void {
    const words = LITTLE_ENDIAN
      ? new Uint16Array(values.buffer, values.byteOffset, values.length * 4)
      : littleEndianWords(values);
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < words.length; i++) {
      const c = words[i];
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = Math.imul(h2 ^ c, FNV_PRIME);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** 16 hex digits */
  digest(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.h1) + hex(this.h2);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The 16-bit units of numbers' little-endian bytes, on a big-endian machine. */
function littleEndianWords(values: Float64Array): Uint16Array {
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint16Array(values.length * 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint16(i * 2, true);
  return out;
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

/**
 * A value already written as canonical JSON by a writer of its own, handed over as it is: columns.ts writes a round's
 * 20,000 firms straight from typed arrays, without making an object for each. Its text must be what canonicalJson
 * would write for the value it stands for (tests/model/columns.test.ts checks columns.ts's).
 */
export class CanonicalText {
  constructor(readonly write: (emit: (piece: string) => void) => void) {}
}

/** JSON with object keys sorted, so that the order fields were written in never changes the hash. */
export function canonicalJson(value: unknown): string {
  const pieces: string[] = [];
  canonicalPieces(value, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** characters gathered before a piece is handed over: few calls, and no string near the engine's limit */
const PIECE_CHARS = 1 << 16;

/**
 * Canonical JSON (JSON.stringify's text, with object keys sorted) handed over in pieces rather than built as one
 * string, so that a run of 20,000 firms over 400 rounds (far longer than the longest string JavaScript allows) can
 * still be hashed. Pieces are cut at no particular place; joined, they are the text. Everything before a LazyList's
 * item is handed over before the item is made.
 */
export function canonicalPieces(value: unknown, emit: (piece: string) => void): void {
  const out = new CanonicalWriter(emit);
  out.value(value, true);
  out.flush();
}

/**
 * The writer behind canonicalPieces. It writes what JSON.stringify writes, with every object's keys in canonical
 * order: array-index keys ("0", "17") first in numeric order, as any JavaScript object lists them, then the rest by
 * UTF-16 code units. The order is found with a character test rather than a regular expression and each key's quoted
 * form is remembered, since a 20,000-firm round has 300,000 keys, most of them repeated round after round.
 */
class CanonicalWriter {
  private text = '';

  constructor(private readonly emit: (piece: string) => void) {}

  flush(): void {
    if (this.text.length > 0) this.emit(this.text);
    this.text = '';
  }

  private put(s: string): void {
    this.text += s;
    if (this.text.length >= PIECE_CHARS) this.flush();
  }

  /** One value as JSON.stringify writes it; `top` values that JSON cannot hold are written as nothing. */
  value(v: unknown, top = false): void {
    if (v === null) return this.put('null');
    switch (typeof v) {
      case 'number':
        // String(x) is JSON's text for every finite number (-0 included: "0")
        return this.put(Number.isFinite(v) ? String(v) : 'null');
      case 'string':
        return this.put(quoted(v));
      case 'boolean':
        return this.put(v ? 'true' : 'false');
      case 'object':
        break;
      default:
        // undefined, functions and symbols: JSON leaves them out of objects and writes null in arrays
        if (!top) this.put('null');
        return;
    }
    if (v instanceof LazyList) {
      this.put('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) this.put(',');
        // the text so far goes out before the item is made, so that a consumer can drop it
        this.flush();
        this.value(v.at(i));
      }
      return this.put(']');
    }
    if (v instanceof CanonicalText) {
      this.flush();
      return v.write(this.emit);
    }
    const withJson = v as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return this.value(withJson.toJSON(), top);
    if (Array.isArray(v)) {
      this.put('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) this.put(',');
        this.value(v[i]);
      }
      return this.put(']');
    }
    const o = v as Record<string, unknown>;
    // a typed array's keys are its indices, in order
    const keys = ArrayBuffer.isView(v) ? Object.keys(o) : canonicalKeys(o);
    this.put('{');
    let first = true;
    for (const key of keys) {
      const item = o[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      this.put(first ? quotedKey(key) : `,${quotedKey(key)}`);
      first = false;
      this.value(item);
    }
    this.put('}');
  }
}

/** Whether a key is an array index: a canonical whole number below 2^32 - 1 ("0", "17"; not "01", "-1" or "1.5"). */
function isArrayIndex(k: string): boolean {
  const n = k.length;
  if (n === 0 || n > 10) return false;
  const c0 = k.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return false;
  if (c0 === 48) return n === 1;
  for (let i = 1; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(k) < 2 ** 32 - 1;
}

/** An object's own enumerable keys in canonical order: array indices in numeric order, then the rest sorted. */
function canonicalKeys(o: object): string[] {
  return orderInPlace(Object.keys(o));
}

/** Distinct keys in the order canonicalJson writes them: array indices in numeric order, then the rest sorted. */
export function canonicalKeyOrder(keys: readonly string[]): string[] {
  return orderInPlace(keys.slice());
}

/** canonicalKeyOrder in the array itself: Object.keys gives a fresh one for each object written. */
function orderInPlace(keys: string[]): string[] {
  let indices: string[] | null = null;
  let rest: string[] = keys;
  for (let i = 0; i < keys.length; i++) {
    if (!isArrayIndex(keys[i])) continue;
    // rare: split the keys only when an index is present
    indices = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    rest = keys.filter((k) => !isArrayIndex(k));
    break;
  }
  // keys are distinct, so the default sort (by UTF-16 code units) is the order JSON text sorts them in
  rest.sort();
  return indices ? indices.concat(rest) : rest;
}

/** Whether JSON.stringify writes the text as itself between quotes: printable ASCII other than " and \. */
function plainText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

function quoted(s: string): string {
  return plainText(s) ? `"${s}"` : JSON.stringify(s);
}

/** quoted keys, kept: the same few hundred thousand keys come back every round of a large run */
const KEYS = new Map<string, string>();
/** keys remembered at most: enough for every firm of the largest world and its fields, bounded for a long session */
const MAX_KEYS = 100_000;

/** A key as JSON writes it, with its colon. */
function quotedKey(key: string): string {
  let q = KEYS.get(key);
  if (q === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    q = `${quoted(key)}:`;
    KEYS.set(key, q);
  }
  return q;
}

/** 16 hex digits: two FNV-1a hashes with different bases over the canonical JSON, fed piece by piece. */
export function fingerprint(value: unknown): string {
  const hash = new Fnv2();
  canonicalPieces(value, (piece) => hash.update(piece));
  return hash.digest();
}
