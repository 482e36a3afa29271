import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, canonicalPieces, fingerprint, LazyList } from '../../src/model/fingerprint.ts';
import { expectUnchanged } from './helpers.ts';

const VALUE = { a: 1, b: [1, 2, { x: 'y', z: null }], c: { d: true, e: 0.125 } };

describe('canonicalJson', () => {
  it('writes object keys in sorted order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });
});

describe('fingerprint', () => {
  it('is 16 hex digits', () => {
    expect(fingerprint(VALUE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same however the keys were written', () => {
    const reordered = { c: { e: 0.125, d: true }, b: [1, 2, { z: null, x: 'y' }], a: 1 };
    expect(fingerprint(reordered)).toBe(fingerprint(VALUE));
  });

  it('is the same on every call', () => {
    expect(fingerprint(structuredClone(VALUE))).toBe(fingerprint(VALUE));
  });

  it.each([
    { name: 'a changed number', change: { ...VALUE, a: 2 } },
    { name: 'a tiny change of a fraction', change: { ...VALUE, c: { d: true, e: 0.1250001 } } },
    { name: 'a changed string', change: { ...VALUE, b: [1, 2, { x: 'Y', z: null }] } },
    { name: 'swapped array items', change: { ...VALUE, b: [2, 1, { x: 'y', z: null }] } },
    { name: 'an added key', change: { ...VALUE, f: 0 } },
    { name: 'a removed key', change: { a: 1, b: VALUE.b } },
    { name: 'null in place of false', change: { ...VALUE, c: { d: null, e: 0.125 } } },
  ])('differs on $name', ({ change }) => {
    expect(fingerprint(change)).not.toBe(fingerprint(VALUE));
  });

  it('does not modify its input', () => {
    const input = structuredClone(VALUE);
    expectUnchanged([input], () => fingerprint(input));
  });
});

/** JSON.stringify with every object's keys sorted: the reference the piecewise writer must match. */
function sortedStringify(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

describe('canonicalPieces', () => {
  it('hands over exactly the text of JSON.stringify with sorted keys, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        for (const value of [json, { a: anything, list: [anything, undefined, 1] }]) {
          let text = '';
          canonicalPieces(value, (piece) => (text += piece));
          expect(text).toBe(sortedStringify(value) ?? '');
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('hashes values whose JSON would be longer than any string can be', () => {
    // 2^20 strings of 600 characters: about 630 million characters, above V8's string limit.
    const row = 'x'.repeat(600);
    const huge = { rows: { length: 2 ** 20, toJSON: () => Array.from({ length: 2 ** 20 }, () => row) } };
    expect(() => canonicalJson(huge)).toThrow();
    expect(fingerprint(huge)).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);
});

describe('LazyList', () => {
  it('hashes and writes exactly as the array of its items, for any JSON-like items', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.jsonValue(), (items, other) => {
        const lazy = new LazyList(items.length, (i) => items[i]);
        expect(canonicalJson({ b: lazy, a: other })).toBe(canonicalJson({ b: items, a: other }));
        expect(fingerprint({ b: lazy, a: other })).toBe(fingerprint({ b: items, a: other }));
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(items));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('makes each item once, in order, as it is written, and no item ahead of the writing', () => {
    const made: number[] = [];
    let written = '';
    const lazy = new LazyList(4, (i) => {
      made.push(i);
      // the item is made only once the text before it is out
      expect(written.endsWith(i === 0 ? '[' : ',')).toBe(true);
      return { i };
    });
    canonicalPieces({ list: lazy }, (piece) => (written += piece));
    expect(made).toEqual([0, 1, 2, 3]);
    expect(written).toBe('{"list":[{"i":0},{"i":1},{"i":2},{"i":3}]}');
  });

  it('a changed item changes the fingerprint', () => {
    const items = [{ a: 1 }, { a: 2 }];
    const lazy = (x: number) => new LazyList(2, (i) => (i === 1 ? { a: x } : items[i]));
    expect(fingerprint(lazy(2))).toBe(fingerprint(items));
    expect(fingerprint(lazy(3))).not.toBe(fingerprint(items));
  });
});
