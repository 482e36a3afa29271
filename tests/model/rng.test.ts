import { describe, expect, it } from 'vitest';
import { createRng, drawWeighted, type Rng } from '../../src/model/rng.ts';
import { expectUnchanged } from './helpers.ts';

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

describe('createRng', () => {
  it.each([0, 1, 42, 2 ** 32 - 1, 'a-string-seed'])('the same seed %s gives the same stream', (seed) => {
    expect(draws(createRng(seed), 200)).toEqual(draws(createRng(seed), 200));
  });

  it('different seeds give different streams', () => {
    expect(draws(createRng(1), 20)).not.toEqual(draws(createRng(2), 20));
  });

  it('draws are uniform in [0, 1)', () => {
    const xs = draws(createRng(3), 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const lowQuarter = xs.filter((x) => x < 0.25).length / xs.length;
    expect(Math.abs(lowQuarter - 0.25)).toBeLessThan(0.02);
  });

  it('a fork is the same stream whether or not the parent has been drawn from', () => {
    const fresh = createRng(9).fork('standards');
    const parent = createRng(9);
    draws(parent, 57);
    expect(draws(parent.fork('standards'), 50)).toEqual(draws(fresh, 50));
  });

  it('drawing from a fork does not move its parent or its siblings', () => {
    const a = createRng(9);
    const b = createRng(9);
    draws(a.fork('observe'), 100);
    expect(draws(a, 20)).toEqual(draws(b, 20));
    expect(draws(a.fork('align'), 20)).toEqual(draws(b.fork('align'), 20));
  });

  it('forks with different names are different streams, and differ from the parent', () => {
    const rng = createRng(5);
    const x = draws(rng.fork('x'), 20);
    expect(x).not.toEqual(draws(rng.fork('y'), 20));
    expect(x).not.toEqual(draws(createRng(5), 20));
  });

  it('forks of forks are stable by path', () => {
    expect(draws(createRng(5).fork('round/3').fork('decide/USA'), 30)).toEqual(
      draws(createRng(5).fork('round/3').fork('decide/USA'), 30),
    );
    expect(draws(createRng(5).fork('round/3').fork('decide/USA'), 30)).not.toEqual(
      draws(createRng(5).fork('round/4').fork('decide/USA'), 30),
    );
  });
});

describe('drawWeighted', () => {
  it.each([
    { weights: [], expected: -1 },
    { weights: [0, 0, 0], expected: -1 },
    { weights: [0, 5, 0], expected: 1 },
    { weights: [0, 0, 2], expected: 2 },
  ])('weights $weights always give $expected', ({ weights, expected }) => {
    const rng = createRng(11);
    for (let i = 0; i < 50; i++) expect(drawWeighted(rng, weights)).toBe(expected);
  });

  it('draws indices in proportion to their weights', () => {
    const rng = createRng(12);
    const counts = [0, 0, 0];
    const n = 20_000;
    for (let i = 0; i < n; i++) counts[drawWeighted(rng, [1, 3, 6])]!++;
    expect(counts[0]! / n).toBeCloseTo(0.1, 1);
    expect(counts[1]! / n).toBeCloseTo(0.3, 1);
    expect(counts[2]! / n).toBeCloseTo(0.6, 1);
  });

  it('does not modify its input', () => {
    const weights = [0.5, 0, 2, 1];
    expectUnchanged([weights], () => drawWeighted(createRng(1), weights));
  });
});
