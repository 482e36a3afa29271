import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPieces, LazyList } from '../../src/model/fingerprint.ts';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportOfRun, seriesPointOf } from '../../src/model/report.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf, welfareOf } from '../../src/model/twin.ts';
import { referenceJson } from './canonicalReference.ts';

/** keys that sort differently as text and as numbers, or that look like indices and are not */
const TRICKY_KEYS = [
  '0',
  '1',
  '2',
  '10',
  '9',
  '01',
  '-1',
  '1.5',
  '1e3',
  ' 1',
  '4294967294',
  '4294967295',
  '99999999999',
  '',
  'a',
  'B',
  'b',
  '_',
  '__proto',
  'é',
  'Z',
  '"q"',
  'back\\slash',
  'line\nbreak',
  '\u0001',
  '\ud800',
  '😀',
  'USA',
  'CHN',
  'marketShare',
];

const key = fc.oneof(fc.constantFrom(...TRICKY_KEYS), fc.string(), fc.string({ unit: 'binary' }));

/** JSON-like values with tricky keys and strings, typed arrays, LazyLists, toJSON, undefined and functions */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, undefined, 0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 5e-324),
    fc.double(),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.constant(() => 1),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 8 }),
    fc.array(fc.double(), { maxLength: 4 }).map((xs) => Float64Array.from(xs)),
    fc.array(tie('value'), { maxLength: 4 }).map((xs) => new LazyList(xs.length, (i) => xs[i])),
    tie('value').map((inner) => ({ toJSON: () => inner })),
  ),
}));

describe('the canonical writer', () => {
  it('writes exactly the text of the writer it replaces, for any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(referenceJson(v));
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it('writes exactly the old text whatever order an object’s keys were made in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 12 }), fc.integer(), (keys, seed) => {
        const shuffled = [...keys].sort(
          (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7),
        );
        const o = Object.fromEntries(shuffled.map((k, i) => [k, i]));
        expect(canonicalJson(o)).toBe(referenceJson(o));
        expect(canonicalJson({ nested: [o, { o }] })).toBe(referenceJson({ nested: [o, { o }] }));
      }),
      { seed: 3, numRuns: 1000 },
    );
  });

  it('writes every preset’s report exactly as before, the fingerprint included', () => {
    for (const id of PRESET_IDS) {
      const run = runScenario({ ...presetScenario(id), rounds: 6 });
      const report = reportOfRun(run);
      expect(canonicalJson(report), id).toBe(referenceJson(report));
    }
  });

  it('writes a 2,000-firm round with every firm exactly as before', () => {
    const run = runScenario({ ...presetScenario('micron-2023'), firms: 2000, rounds: 3 });
    const welfare = welfareOf(run, twinOf(run));
    for (let t = 0; t < run.records.length; t++) {
      const point = seriesPointOf(run, t, true, welfare[t]);
      expect(canonicalJson(point)).toBe(referenceJson(point));
    }
  });

  it('hands over pieces whose hash is the hash of their text, however the text was cut', () => {
    const run = runScenario({ ...presetScenario('micron-2023'), firms: 1000, rounds: 2 });
    const point = seriesPointOf(run, 2);
    let text = '';
    let pieces = 0;
    canonicalPieces(point, (piece) => {
      text += piece;
      pieces++;
    });
    expect(pieces).toBeGreaterThan(1);
    expect(text).toBe(referenceJson(point));
  });
});
