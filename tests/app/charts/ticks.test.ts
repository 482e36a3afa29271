import { describe, expect, it } from 'vitest';
import {
  lastRoundOf,
  ROUND_LABEL_WIDTH,
  roundLabel,
  roundTicks,
  timeTicks,
} from '../../../src/app/charts/ticks.ts';
import { record } from './fixtures.ts';

describe('roundTicks', () => {
  it.each([
    { last: 8, most: 10, want: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
    { last: 12, most: 5, want: [0, 4, 8, 12] },
    { last: 40, most: 6, want: [0, 8, 16, 24, 32, 40] },
    { last: 400, most: 6, want: [0, 80, 160, 240, 320, 400] },
    { last: 0, most: 5, want: [0] },
    { last: 5, most: 0, want: [0] },
    { last: NaN, most: 5, want: [0] },
    { last: 10, most: NaN, want: [0] },
  ])('ticks rounds 0..$last with at most $most ticks as $want', ({ last, most, want }) => {
    expect(roundTicks(last, most)).toEqual(want);
  });

  it('never gives more ticks than asked for, for any run length', () => {
    for (let last = 1; last <= 1000; last += 7) {
      for (const most of [2, 3, 5, 8, 12]) {
        const ticks = roundTicks(last, most);
        expect(ticks.length).toBeLessThanOrEqual(most);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(last);
      }
    }
  });
});

describe('timeTicks', () => {
  it('labels a 12-quarter run on a half-width chart every four quarters, the last one included', () => {
    expect(timeTicks(12, 228)).toEqual([0, 4, 8, 12]);
  });

  it('adds the last round when it is off the step and its label fits', () => {
    expect(timeTicks(10, 228)).toEqual([0, 4, 8]);
    expect(timeTicks(11, 228)).toEqual([0, 4, 8, 11]);
  });

  it('keeps labels a label apart, for any run length and width', () => {
    for (let last = 1; last <= 400; last += 3) {
      for (const width of [120, 228, 300, 520, 900]) {
        const ticks = timeTicks(last, width);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeLessThanOrEqual(last);
        for (let i = 1; i < ticks.length; i++)
          expect(((ticks[i] - ticks[i - 1]) / last) * width).toBeGreaterThanOrEqual(ROUND_LABEL_WIDTH - 1e-9);
      }
    }
  });

  it('keeps larger labels (presentation mode) their own width apart', () => {
    expect(timeTicks(12, 720)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(timeTicks(12, 720, 76)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    for (let last = 1; last <= 400; last += 7) {
      const ticks = timeTicks(last, 700, 76);
      for (let i = 1; i < ticks.length; i++)
        expect(((ticks[i] - ticks[i - 1]) / last) * 700).toBeGreaterThanOrEqual(76);
    }
  });

  it('labels the first quarter of the axis and the last: no quarter of a long run is left without a label', () => {
    for (const last of [12, 16, 20, 40, 80]) {
      const ticks = timeTicks(last, 300);
      expect(last - ticks.at(-1)!).toBeLessThanOrEqual(last / 4);
    }
  });
});

describe('lastRoundOf', () => {
  it.each([
    { name: 'is the run length while records are still growing', rounds: 3, total: 12, want: 12 },
    { name: 'is at least 1 with no records and no length', rounds: 0, total: 0, want: 1 },
    { name: 'reaches the last record when records outrun the length', rounds: 15, total: 12, want: 14 },
    { name: 'ignores a non-finite length', rounds: 5, total: NaN, want: 4 },
  ])('$name', ({ rounds, total, want }) => {
    const records = Array.from({ length: rounds }, (_, round) => record({ round }));
    expect(lastRoundOf(records, total)).toBe(want);
  });
});

describe('roundLabel', () => {
  const quarterly = [record({ round: 0, label: 'Q3 2022' }), record({ round: 1, label: 'Q4 2022' })];
  it.each([
    { name: "uses a run round's own label", records: quarterly, round: 1, want: 'Q4 2022' },
    { name: 'continues the calendar into rounds not yet run', records: quarterly, round: 2, want: 'Q1 2023' },
    { name: 'crosses several years', records: quarterly, round: 10, want: 'Q1 2025' },
    {
      name: 'counts rounds when the run has no calendar',
      records: [record({ round: 0, label: 'Round 0' })],
      round: 7,
      want: 'Round 7',
    },
    { name: 'counts rounds with no records at all', records: [], round: 3, want: 'Round 3' },
  ])('$name', ({ records, round, want }) => {
    expect(roundLabel(records, round)).toBe(want);
  });
});
