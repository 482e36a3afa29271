import { describe, expect, it } from 'vitest';
import { roundAfterKey, roundAtPixel } from '../../../src/app/charts/pick.ts';

describe('roundAtPixel', () => {
  it.each([
    { name: 'picks the nearest round', px: 260, width: 400, last: 8, run: 8, want: 5 },
    { name: 'picks round 0 at the left edge', px: 0, width: 400, last: 8, run: 8, want: 0 },
    {
      name: 'stops at the last round run while a run is growing',
      px: 390,
      width: 400,
      last: 8,
      run: 3,
      want: 3,
    },
    { name: 'clamps a pointer left of the plot to round 0', px: -30, width: 400, last: 8, run: 8, want: 0 },
    { name: 'gives nothing for a zero-width plot', px: 10, width: 0, last: 8, run: 8, want: null },
    { name: 'gives nothing for a NaN position', px: NaN, width: 400, last: 8, run: 8, want: null },
    { name: 'gives nothing before any round is run', px: 10, width: 400, last: 8, run: -1, want: null },
  ])('$name', ({ px, width, last, run, want }) => {
    expect(roundAtPixel(px, width, last, run)).toBe(want);
  });
});

describe('roundAfterKey', () => {
  it.each([
    { key: 'ArrowRight', from: 3, last: 10, want: 4 },
    { key: 'ArrowLeft', from: 3, last: 10, want: 2 },
    { key: 'ArrowLeft', from: 0, last: 10, want: 0 },
    { key: 'ArrowRight', from: 10, last: 10, want: 10 },
    { key: 'PageUp', from: 3, last: 10, want: 7 },
    { key: 'PageDown', from: 3, last: 10, want: 0 },
    { key: 'Home', from: 6, last: 10, want: 0 },
    { key: 'End', from: 6, last: 10, want: 10 },
    { key: 'End', from: 6, last: NaN, want: 0 },
    { key: 'ArrowRight', from: NaN, last: 10, want: 1 },
    { key: 'Enter', from: 6, last: 10, want: null },
    { key: 'a', from: 6, last: 10, want: null },
  ])('$key from round $from (last $last) goes to $want', ({ key, from, last, want }) => {
    expect(roundAfterKey(key, from, last)).toBe(want);
  });
});
