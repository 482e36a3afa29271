import { describe, expect, it } from 'vitest';
import { exp, log, log2, pow, powInt } from '../../src/model/detmath.ts';

/** A fixed stream of numbers in [0, 1), the same on every run. */
function stream(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Distance between a and the reference b in units of b's last place (2^-52 relative). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  return Math.abs(a - b) / (Math.abs(b) * 2 ** -52);
}

describe('engine-independent exp, log and pow', () => {
  const next = stream(7);

  it('exp is within 1 ulp of Math.exp over its whole finite range', () => {
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = (next() - 0.5) * 1400;
      const ref = Math.exp(x);
      if (ref > 2.2250738585072014e-308) worst = Math.max(worst, ulps(exp(x), ref));
    }
    for (let i = 0; i < 5000; i++) {
      const x = (next() - 0.5) * 2;
      worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('log and log2 are within 1 ulp of Math.log and Math.log2 from subnormals to the largest double', () => {
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = Math.exp((next() - 0.5) * 1400);
      worst = Math.max(worst, ulps(log(x), Math.log(x)), ulps(log2(x), Math.log2(x)));
      const near1 = 1 + (next() - 0.5) * 1e-3;
      worst = Math.max(worst, ulps(log(near1), Math.log(near1)));
    }
    for (const x of [5e-324, 1e-310, Number.MIN_VALUE * 3, 1.7976931348623157e308]) {
      worst = Math.max(worst, ulps(log(x), Math.log(x)));
    }
    expect(worst).toBeLessThanOrEqual(1.5);
  });

  it('pow is within a few ulp of Math.pow for the bases and exponents the model uses and well beyond', () => {
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = Math.exp((next() - 0.5) * 8);
      const y = (next() - 0.5) * 60;
      worst = Math.max(worst, ulps(pow(x, y), Math.pow(x, y)));
      const price = 0.5 + next();
      const sigma = next() * 10;
      worst = Math.max(worst, ulps(pow(price, -sigma), Math.pow(price, -sigma)));
    }
    expect(worst).toBeLessThanOrEqual(4);
  });

  it("pow's tables hold: 2^(j/128) for every entry, and bases at both ends of every interval of [1, 2), in many binades", () => {
    let worst = 0;
    for (let j = 0; j < 128; j++) {
      worst = Math.max(worst, ulps(pow(2, j / 128), Math.pow(2, j / 128)));
      worst = Math.max(worst, ulps(pow(2, -j / 128 - 3), Math.pow(2, -j / 128 - 3)));
    }
    for (let i = 0; i <= 128; i++)
      for (const d of [-2e-16, 0, 2e-16, 1e-9])
        for (const k of [-600, -1, 0, 1, 300])
          for (const y of [-7.3, -1.5, 0.37, 3.1]) {
            const x = (1 + i / 128 + d) * 2 ** k;
            const ref = Math.pow(x, y);
            if (ref > 1e-300 && ref < 1e300) worst = Math.max(worst, ulps(pow(x, y), ref));
          }
    expect(worst).toBeLessThanOrEqual(1.5);
    // subnormal bases and results, and results near the largest double, as ECMAScript's ** gives them
    expect(ulps(pow(5e-324, 0.3), 5e-324 ** 0.3)).toBeLessThanOrEqual(1);
    expect(ulps(pow(1e-310, -0.001), 1e-310 ** -0.001)).toBeLessThanOrEqual(1);
    expect(ulps(pow(2, 1023.99), 2 ** 1023.99)).toBeLessThanOrEqual(1);
    expect(pow(2, -1074)).toBe(5e-324);
    expect(pow(2, -1080)).toBe(0);
  });

  it('takes a multiple of 1/2 from -4 to 4 as products, a square root and a division, within 2.5 x 2^-52 of Math.pow', () => {
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = Math.exp((next() - 0.5) * 8);
      for (const y of [-4, -3.5, -3, -2.5, -2, -1.5, 1.5, 2.5, 3, 3.5, 4])
        worst = Math.max(worst, ulps(pow(x, y), Math.pow(x, y)));
      const r = Math.sqrt(x);
      expect(pow(x, -2)).toBe(1 / (x * x));
      expect(pow(x, -1.5)).toBe(1 / (x * r));
      expect(pow(x, -3)).toBe(1 / (x * x * x));
      expect(pow(x, 2.5)).toBe(x * x * r);
      expect(pow(x, -4)).toBe(1 / (x * x * (x * x)));
    }
    expect(worst).toBeLessThanOrEqual(2.5);
    // far from 1, where a product could leave the normal range, the tables as before
    for (const x of [2 ** -120, 2 ** 120, 1e-300, 1e300])
      expect(ulps(pow(x, -3.5), Math.pow(x, -3.5))).toBeLessThanOrEqual(1.5);
  });

  it('powInt is repeated multiplication, close to Math.pow', () => {
    for (let n = -30; n <= 400; n += 7) {
      expect(ulps(powInt(1.015, n), Math.pow(1.015, n))).toBeLessThanOrEqual(n < 0 ? 2 * -n : 2 * n);
    }
    expect(powInt(3, 4)).toBe(81);
    expect(powInt(2, -3)).toBe(0.125);
    expect(powInt(7.5, 0)).toBe(1);
  });

  it('keeps the exact identities: pow(x, 1) = x, pow(x, 0) = 1, exp(0) = 1, log(1) = 0, log2 of a power of two', () => {
    for (const x of [0.1, 1, 1.5, 2, 1e-300, 1e300, 123.456, -3.25, Math.PI]) {
      expect(pow(x, 1)).toBe(x);
      expect(pow(x, 0)).toBe(1);
    }
    expect(pow(NaN, 0)).toBe(1);
    expect(pow(1, 123.4)).toBe(1);
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(log2(1)).toBe(0);
    for (let k = -1070; k <= 1023; k += 13) expect(log2(2 ** k)).toBe(k);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(9, 0.5)).toBe(3);
  });

  it('handles zeros, negatives, infinities and NaN as ECMAScript does', () => {
    const cases: Array<[number, number]> = [
      [0, 2],
      [0, -2],
      [-0, 3],
      [-0, -3],
      [-0, 2],
      [-0, -2],
      [Infinity, 2],
      [Infinity, -0.5],
      [-Infinity, 3],
      [-Infinity, 2],
      [-Infinity, -3],
      [-Infinity, -2],
      [-8, 1 / 3],
      [2, Infinity],
      [2, -Infinity],
      [0.5, Infinity],
      [0.5, -Infinity],
      [1, Infinity],
      [-1, Infinity],
      [NaN, 1],
      [2, NaN],
      [10, 400],
      [10, -400],
      [1e-5, 1e300],
    ];
    for (const [x, y] of cases) expect(pow(x, y), `pow(${x}, ${y})`).toBe(x ** y);
    // a negative base with an integer exponent: the power of its magnitude, with the sign of an odd exponent
    expect(ulps(pow(-8, 3), -512)).toBeLessThanOrEqual(1);
    expect(ulps(pow(-8, 2), 64)).toBeLessThanOrEqual(1);
    expect(pow(-1.5, 3)).toBe(-pow(1.5, 3));
    for (const x of [NaN, Infinity, -Infinity, 710, -746, 709.78, -745])
      expect(exp(x), `exp(${x})`).toBe(Math.exp(x));
    for (const x of [NaN, Infinity, -Infinity, 0, -0, -1]) {
      expect(log(x), `log(${x})`).toBe(Math.log(x));
      expect(log2(x), `log2(${x})`).toBe(Math.log2(x));
    }
  });

  it('gives the same bits for the same input, call after call', () => {
    const xs = Array.from({ length: 100 }, () => 0.5 + next());
    const once = xs.map((x) => [exp(x), log(x), pow(x, -2.7)]);
    const again = xs.map((x) => [exp(x), log(x), pow(x, -2.7)]);
    expect(again).toEqual(once);
  });
});
