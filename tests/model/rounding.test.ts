import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round6 } from '../../src/model/rounding.ts';

/** round6 as it was, through the language's text alone: the reference the arithmetic must match bit for bit */
function byText(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Number(Math.abs(x) < 1e-5 ? x.toFixed(10) : x.toPrecision(6));
  return Object.is(r, -0) ? 0 : r;
}

const sameAsText = (x: number): void =>
  void expect(Object.is(round6(x), byText(x)), `round6(${x})`).toBe(true);

describe('round6', () => {
  it('gives exactly the number the text gives, for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        sameAsText(x);
      }),
      { seed: 5, numRuns: 20_000 },
    );
  });

  it('gives exactly the number the text gives at every magnitude a report holds, and beside every half', () => {
    const mantissa = fc.double({ min: 1, max: 10, noNaN: true });
    const exponent = fc.integer({ min: -22, max: 25 });
    fc.assert(
      fc.property(mantissa, exponent, fc.integer({ min: -3, max: 3 }), (m, e, ulps) => {
        const x = m * 10 ** e;
        sameAsText(x);
        sameAsText(-x);
        // a half between two six-digit numbers, and its neighbours a few units in the last place away
        const half = (Math.floor(m * 1e5) + 0.5) * 10 ** (e - 5);
        sameAsText(half * (1 + ulps * 2 ** -52));
        // a power of ten and its neighbours (10^-5 .. 10^-1 are not exact doubles)
        sameAsText(10 ** e * (1 + ulps * 2 ** -52));
        // the ten-decimal rule below 1e-5, and its halves
        sameAsText((Math.floor(m * 1e4) + 0.5) * 1e-10 * (1 + ulps * 2 ** -52));
      }),
      { seed: 8, numRuns: 50_000 },
    );
  });

  it.each([
    [0, 0],
    [-0, 0],
    [NaN, 0],
    [Infinity, 0],
    [1e-5, 0.00001],
    [9.99995e-6, 0.00001],
    [4.9e-11, 0],
    [5e-11, 1e-10],
    [-3.2e-17, 0],
    [123456.5, 123457],
    [999999.5, 1e6],
    [0.1 + 0.2, 0.3],
    [1e22, 1e22],
    [1e300, 1e300],
  ])('round6(%s) is %s', (x, expected) => {
    expect(Object.is(round6(x), expected)).toBe(true);
    sameAsText(x);
  });
});
