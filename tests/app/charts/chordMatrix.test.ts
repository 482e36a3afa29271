import { describe, expect, it } from 'vitest';
import { chordMatrix } from '../../../src/app/charts/chordMatrix.ts';
import { STATE_CODES } from '../../../src/model/types.ts';
import { flows, record } from './fixtures.ts';

const USA = STATE_CODES.indexOf('USA');
const CHN = STATE_CODES.indexOf('CHN');

describe('chordMatrix', () => {
  it('gives nothing before any round is run', () => {
    expect(chordMatrix([], 0)).toBeNull();
  });

  it('leaves out trade of a state with itself', () => {
    const view = chordMatrix([record({ round: 0, tradeFlows: flows(() => 5) })], 0)!;
    STATE_CODES.forEach((_, i) => expect(view.matrix[i][i]).toBe(0));
    // 7 states x 6 partners x 5
    expect(view.total).toBe(210);
  });

  it('reads flows as matrix[from][to]', () => {
    const view = chordMatrix(
      [record({ round: 0, tradeFlows: flows((from, to) => (from === 'USA' && to === 'CHN' ? 9 : 0)) })],
      0,
    )!;
    expect(view.matrix[USA][CHN]).toBe(9);
    expect(view.matrix[CHN][USA]).toBe(0);
    expect(view.states[USA]).toMatchObject({ exports: 9, imports: 0 });
    expect(view.states[CHN]).toMatchObject({ exports: 0, imports: 9 });
  });

  it.each([NaN, Infinity, -Infinity, -3])('counts a flow of %s as zero', (bad) => {
    const view = chordMatrix(
      [record({ round: 0, tradeFlows: flows((from) => (from === 'USA' ? bad : 1)) })],
      0,
    )!;
    expect(view.matrix[USA].every((v) => v === 0)).toBe(true);
    expect(Number.isFinite(view.total)).toBe(true);
  });

  it('measures each state’s change in trade since round 0', () => {
    const before = flows(() => 1);
    // China's exports halve; everything else unchanged
    const after = flows((from) => (from === 'CHN' ? 0.5 : 1));
    const view = chordMatrix(
      [record({ round: 0, tradeFlows: before }), record({ round: 1, tradeFlows: after })],
      1,
    )!;
    // China: exports 6 -> 3, imports 6 -> 6: 12 -> 9
    expect(view.states[CHN].change).toBeCloseTo(-0.25, 12);
    // USA: exports 6, imports 5 + 0.5: 12 -> 11.5
    expect(view.states[USA].change).toBeCloseTo(11.5 / 12 - 1, 12);
    expect(view.baseTotal).toBe(42);
    expect(view.total).toBe(39);
  });

  it('gives no change (null, not NaN) for a state that had no trade at round 0', () => {
    const zero = flows(() => 0);
    const view = chordMatrix([record({ round: 0, tradeFlows: zero }), record({ round: 1 })], 1)!;
    for (const s of view.states) expect(s.change).toBeNull();
  });

  it.each([
    { ask: 5, want: 2 },
    { ask: -1, want: 0 },
    { ask: NaN, want: 2 },
    { ask: 1.4, want: 1 },
  ])('shows round $want when asked for round $ask of a three-round run', ({ ask, want }) => {
    const records = [0, 1, 2].map((round) => record({ round, label: `R${round}` }));
    const view = chordMatrix(records, ask)!;
    expect(view.round).toBe(want);
    expect(view.label).toBe(`R${want}`);
    expect(view.baseLabel).toBe('R0');
  });

  it('does not modify its input', () => {
    const records = [record({ round: 0, tradeFlows: flows(() => NaN) })];
    chordMatrix(records, 0);
    expect(Number.isNaN(records[0].tradeFlows.USA.CHN)).toBe(true);
  });
});
