import { describe, expect, it } from 'vitest';
import { dodgeLabels, endLabelPositions, endLabelSpace } from '../../../src/app/charts/dodge.ts';

describe('dodgeLabels', () => {
  it('leaves labels that are already apart where they are', () => {
    const at = dodgeLabels(
      [
        { key: 'a', y: 10 },
        { key: 'b', y: 50 },
      ],
      12,
      0,
      100,
    );
    expect([at.get('a'), at.get('b')]).toEqual([10, 50]);
  });

  it.each([
    { name: 'in the middle', ys: [50, 50, 51, 52], top: 0, bottom: 200 },
    { name: 'crowded at the bottom edge', ys: [100, 100, 100], top: 0, bottom: 100 },
    { name: 'crowded at the top edge', ys: [0, 0, 1], top: 0, bottom: 100 },
    { name: 'with a NaN anchor', ys: [NaN, 5, 6], top: 0, bottom: 100 },
  ])(
    'keeps labels at least the gap apart and inside the plot when they fit ($name)',
    ({ ys, top, bottom }) => {
      const anchors = ys.map((y, i) => ({ key: `k${i}`, y }));
      const at = [...dodgeLabels(anchors, 12, top, bottom).values()].sort((a, b) => a - b);
      expect(at).toHaveLength(ys.length);
      for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(12 - 1e-9);
      for (const y of at) {
        expect(Number.isFinite(y)).toBe(true);
        expect(y).toBeGreaterThanOrEqual(top);
        expect(y).toBeLessThanOrEqual(bottom);
      }
    },
  );

  it('centres a crowd on its anchors rather than running it down from the first (eight lines ending at 0)', () => {
    const anchors = Array.from({ length: 8 }, (_, i) => ({ key: `k${i}`, y: 100 }));
    const at = [...dodgeLabels(anchors, 12, 0, 300).values()].sort((a, b) => a - b);
    expect(at[0]).toBeCloseTo(100 - 3.5 * 12, 9);
    expect(at[7]).toBeCloseTo(100 + 3.5 * 12, 9);
    // two crowds that meet once centred become one, centred on all their anchors
    const two = dodgeLabels(
      [
        { key: 'a', y: 100 },
        { key: 'b', y: 100 },
        { key: 'c', y: 110 },
        { key: 'd', y: 110 },
      ],
      10,
      0,
      300,
    );
    expect([two.get('a'), two.get('b'), two.get('c'), two.get('d')]).toEqual([90, 100, 110, 120]);
  });

  it('keeps the top-to-bottom order of the anchors', () => {
    const at = dodgeLabels(
      [
        { key: 'low', y: 60 },
        { key: 'high', y: 58 },
        { key: 'mid', y: 59 },
      ],
      10,
      0,
      100,
    );
    expect(at.get('high')!).toBeLessThan(at.get('mid')!);
    expect(at.get('mid')!).toBeLessThan(at.get('low')!);
  });

  it('does not modify its input', () => {
    const anchors = [
      { key: 'a', y: 5 },
      { key: 'b', y: 5 },
    ];
    dodgeLabels(anchors, 12, 0, 100);
    expect(anchors).toEqual([
      { key: 'a', y: 5 },
      { key: 'b', y: 5 },
    ]);
  });
});

describe('end labels', () => {
  it('keep a crowd inside the plot, never below the axis or above the top', () => {
    const anchors = ['USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN', 'ROW'].map((key) => ({ key, y: 70 }));
    const at = endLabelPositions(anchors, 12, 60);
    for (const y of at.values()) {
      expect(y).toBeGreaterThanOrEqual(6);
      expect(y).toBeLessThanOrEqual(60 - 6);
    }
  });

  it('hold a label whose line ends at the bottom edge half a label above the axis', () => {
    expect(endLabelPositions([{ key: 'TWN', y: 200 }], 12, 200).get('TWN')).toBe(194);
  });

  it('get a right margin wide enough for the longest label, and never less than asked', () => {
    expect(endLabelSpace(['US bloc', 'Non-aligned'], 64)).toBeGreaterThan(endLabelSpace(['US bloc'], 0));
    expect(endLabelSpace(['Non-aligned'], 0)).toBeGreaterThanOrEqual(80);
    expect(endLabelSpace(['EU'], 64)).toBe(64);
    expect(endLabelSpace([], 50)).toBe(50);
  });
});
