import { describe, expect, it } from 'vitest';
import { keepSame, sameData } from '../../../src/app/charts/sameData.ts';

describe('sameData', () => {
  const r0 = { round: 0 };
  const r1 = { round: 1 };
  const f = () => 0;
  it.each([
    { name: 'two slices of the same records are the same', a: [r0, r1], b: [r0, r1], want: true },
    { name: 'a slice one round longer is not', a: [r0], b: [r0, r1], want: false },
    {
      name: 'equal records that are not the same objects are not, below the depth',
      a: [[{ round: 0 }]],
      b: [[{ round: 0 }]],
      depth: 2,
      want: false,
    },
    {
      name: 'equal records within the depth are the same',
      a: [[{ round: 0 }]],
      b: [[{ round: 0 }]],
      depth: 3,
      want: true,
    },
    {
      name: 'props with the same arrays and functions are the same',
      a: { records: [r0], on: f, compared: [] },
      b: { records: [r0], on: f, compared: [] },
      want: true,
    },
    { name: 'a changed number is not', a: { current: 1 }, b: { current: 2 }, want: false },
    { name: 'a key more is not', a: { a: 1 }, b: { a: 1, bands: undefined }, want: false },
    { name: 'an array and an object with the same keys are not', a: [1], b: { 0: 1 }, want: false },
  ] as Array<{ name: string; a: unknown; b: unknown; depth?: number; want: boolean }>)(
    '$name',
    ({ a, b, depth, want }) => {
      expect(sameData(a, b, depth)).toBe(want);
    },
  );

  it('does not modify its input', () => {
    const a = { records: [r0, r1] };
    const b = { records: [r0, r1] };
    const before = JSON.stringify([a, b]);
    sameData(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

describe('keepSame', () => {
  it('hands back the earlier value while the new ones hold the same things, and the new one once they differ', () => {
    const keep = keepSame<number[]>();
    const first = [1, 2];
    expect(keep(first)).toBe(first);
    expect(keep([1, 2])).toBe(first);
    const third = [1, 2, 3];
    expect(keep(third)).toBe(third);
    expect(keep([1, 2, 3])).toBe(third);
  });
});
