import { describe, expect, it } from 'vitest';
import { chordLayout } from '../../../src/app/charts/chordLayout.ts';

const zeros = (n: number) => Array.from({ length: n }, () => Array.from({ length: n }, () => 0));

describe('chordLayout', () => {
  it.each([
    { name: 'an all-zero matrix', matrix: zeros(7) },
    { name: 'a matrix of NaN', matrix: zeros(3).map((row) => row.map(() => NaN)) },
    { name: 'an empty matrix', matrix: [] },
  ])('gives nothing to draw for $name', ({ matrix }) => {
    expect(chordLayout(matrix)).toBeNull();
  });

  it('gives one arc per state and finite angles', () => {
    const m = zeros(7);
    m[0][1] = 3;
    m[1][0] = 1;
    m[2][3] = 2;
    const layout = chordLayout(m)!;
    expect(layout.groups).toHaveLength(7);
    expect(layout.length).toBe(2);
    for (const g of layout.groups) {
      expect(Number.isFinite(g.startAngle) && Number.isFinite(g.endAngle)).toBe(true);
    }
    // arcs are as large as the state's exports (d3-chord's groups sum rows)
    const arc = (i: number) => layout.groups[i].endAngle - layout.groups[i].startAngle;
    expect(arc(0) / arc(2)).toBeCloseTo(3 / 2, 9);
  });

  it('treats a NaN flow as zero instead of spoiling every angle', () => {
    const m = zeros(2);
    m[0][1] = 1;
    m[1][0] = NaN;
    const layout = chordLayout(m)!;
    for (const g of layout.groups) expect(Number.isFinite(g.endAngle)).toBe(true);
  });

  it('does not modify its input', () => {
    const m = [
      [0, NaN],
      [2, 0],
    ];
    chordLayout(m);
    expect(Number.isNaN(m[0][1])).toBe(true);
  });
});
