import { describe, expect, it } from 'vitest';
import { memoryShares, OTHERS_KEY, stackLayers } from '../../../src/app/charts/stack.ts';
import type { FirmInfo, SectorId, StateCode } from '../../../src/model/types.ts';
import { record } from './fixtures.ts';

const firm = (id: string, name: string, sector: SectorId = 'memory', state: StateCode = 'KOR'): FirmInfo => ({
  id,
  name,
  state,
  sector,
  anchor: true,
  techLevel: 0.9,
});

// index: 0 samsung, 1 a logic firm, 2 micron, 3 a generated memory maker, 4 another
const firms = [
  firm('samsung', 'Samsung'),
  firm('tsmc', 'TSMC', 'logic', 'TWN'),
  firm('micron', 'Micron', 'memory', 'USA'),
  firm('memory-twn-1', 'Memory maker TWN-1', 'memory', 'TWN'),
  firm('memory-row-1', 'Memory maker ROW-1', 'memory', 'ROW'),
];

describe('memoryShares', () => {
  it('names the listed memory firms that exist, in the listed order, and puts the rest under Others', () => {
    const { keys } = memoryShares([], firms, ['micron', 'samsung', 'sk-hynix']);
    expect(keys).toEqual([
      { key: 'micron', label: 'Micron' },
      { key: 'samsung', label: 'Samsung' },
      { key: OTHERS_KEY, label: 'Others' },
    ]);
  });

  it('has no Others when every memory firm is named', () => {
    const { keys } = memoryShares([], firms.slice(0, 3));
    expect(keys.map((k) => k.key)).toEqual(['samsung', 'micron']);
  });

  it.each([
    {
      name: 'adds the unnamed memory makers into Others and ignores other sectors',
      share: [0.5, 0.9, 0.3, 0.15, 0.05],
      want: { samsung: 0.5, micron: 0.3, others: 0.2 },
    },
    {
      name: 'counts NaN, infinite and negative shares as zero and rescales the rest to sum to 1',
      share: [0.5, 1, NaN, Infinity, -0.5],
      want: { samsung: 1, micron: 0, others: 0 },
    },
    {
      name: 'leaves an all-zero round at zero rather than dividing by zero',
      share: [0, 0, 0, 0, 0],
      want: { samsung: 0, micron: 0, others: 0 },
    },
    {
      name: 'treats missing entries of a short share array as zero',
      share: [0.6],
      want: { samsung: 1, micron: 0, others: 0 },
    },
  ])('$name', ({ share, want }) => {
    const { rows } = memoryShares([record({ round: 0, firmShare: share })], firms);
    for (const [key, value] of Object.entries(want)) expect(rows[0].shares[key]).toBeCloseTo(value, 12);
  });

  it('keeps the sum of a round at 1 when the sector has output', () => {
    const { rows } = memoryShares(
      [
        record({ round: 0, firmShare: [0.41, 0, 0.33, 0.2, 0.07] }),
        record({ round: 1, firmShare: [0.3, 0, 0.3, 0.3, 0.1] }),
      ],
      firms,
    );
    for (const row of rows) expect(Object.values(row.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives no rows for no records', () => {
    expect(memoryShares([], firms).rows).toEqual([]);
  });

  it('does not modify its input', () => {
    const records = [record({ round: 0, firmShare: [0.5, 0, 0.5, 0, 0] })];
    memoryShares(records, firms);
    expect([...records[0].firmShare]).toEqual([0.5, 0, 0.5, 0, 0]);
  });
});

describe('stackLayers', () => {
  const rows = [
    { round: 0, label: 'Round 0', shares: { a: 0.5, b: 0.3, c: 0.2 } },
    { round: 1, label: 'Round 1', shares: { a: 0.4, b: 0.4, c: 0.2 } },
  ];

  it('stacks the keys bottom first, each band starting where the one below ends', () => {
    const layers = stackLayers(rows, ['a', 'b', 'c']);
    expect(layers.map((l) => l.key)).toEqual(['a', 'b', 'c']);
    expect(layers[0].points[1]).toMatchObject({ round: 1, y0: 0, y1: 0.4 });
    expect(layers[1].points[1].y0).toBeCloseTo(0.4, 12);
    expect(layers[1].points[1].y1).toBeCloseTo(0.8, 12);
    expect(layers[2].points[0].y1).toBeCloseTo(1, 12);
  });

  it('closes up the visible bands when a key is hidden', () => {
    const layers = stackLayers(rows, ['a', 'c']);
    expect(layers[1].points[0].y0).toBeCloseTo(0.5, 12);
    expect(layers[1].points[0].y1).toBeCloseTo(0.7, 12);
  });

  it('gives empty layers for no rows and nothing for no keys', () => {
    expect(stackLayers([], ['a']).map((l) => l.points)).toEqual([[]]);
    expect(stackLayers(rows, [])).toEqual([]);
  });

  it('counts a key missing from a row as zero', () => {
    const layers = stackLayers([{ round: 0, label: 'Round 0', shares: { a: 1 } }], ['a', 'z']);
    expect(layers[1].points[0]).toMatchObject({ y0: 1, y1: 1, value: 0 });
  });
});
