import { describe, expect, it } from 'vitest';
import { paddedExtent } from '../../../src/app/charts/extent.ts';

describe('paddedExtent', () => {
  it.each([
    {
      name: 'pads a spread of values on both sides',
      values: [100, 110],
      options: { pad: 0.1 },
      want: [99, 111],
    },
    {
      name: 'widens a flat series to the minimum span around its value',
      values: [100, 100, 100],
      options: { minSpan: 2, pad: 0 },
      want: [99, 101],
    },
    {
      name: 'takes in values the axis must show',
      values: [103, 105],
      options: { include: [100], pad: 0 },
      want: [100, 105],
    },
    { name: 'falls back when there are no values', values: [], options: { pad: 0 }, want: [0, 1] },
    {
      name: 'ignores NaN and infinities',
      values: [NaN, 2, Infinity, 4, -Infinity],
      options: { pad: 0 },
      want: [2, 4],
    },
    {
      name: 'falls back when every value is non-finite',
      values: [NaN, Infinity],
      options: { pad: 0, fallback: [95, 105] as const },
      want: [95, 105],
    },
    {
      name: 'keeps its width when a clamp cuts one side',
      values: [0, 0],
      options: { minSpan: 0.2, pad: 0, clamp: [0, 1] as const },
      want: [0, 0.2],
    },
    {
      name: 'keeps a flat series at the upper limit inside the clamp',
      values: [1],
      options: { minSpan: 0.2, pad: 0, clamp: [0, 1] as const },
      want: [0.8, 1],
    },
  ])('$name', ({ values, options, want }) => {
    const [lo, hi] = paddedExtent(values, options);
    expect(lo).toBeCloseTo(want[0], 9);
    expect(hi).toBeCloseTo(want[1], 9);
  });

  it.each([{ minSpan: 0 }, { minSpan: -1 }, { minSpan: NaN }, { pad: NaN }])(
    'never returns a zero-width or non-finite range (options %o)',
    (options) => {
      const [lo, hi] = paddedExtent([5, 5], options);
      expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
      expect(hi).toBeGreaterThan(lo);
    },
  );

  it('does not modify its input', () => {
    const values = [3, 1, 2];
    paddedExtent(values, { include: [0] });
    expect(values).toEqual([3, 1, 2]);
  });
});
