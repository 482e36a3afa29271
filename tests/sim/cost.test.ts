import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { describeCost, growsLarge, isLarge, recordBytes, runBytes, startCost } from '../../src/sim/cost.ts';
import { newWorkspace, type Workspace } from '../../src/sim/workspace.ts';

const sized = (firms: number, rounds: number, compare = false): Workspace => {
  const ws = newWorkspace({ ...presetScenario('micron-2023'), firms, rounds });
  if (!compare) return ws;
  const branch = { ...ws.branches[0], id: 'b1', name: 'B', parent: 'main', fromRound: 5 };
  return { ...ws, branches: [...ws.branches, branch], active: 'b1', compare: 'main' };
};

describe('what a run costs before it is made', () => {
  it('the default world is small: it runs without asking', () => {
    const cost = startCost(newWorkspace(presetScenario('micron-2023')));
    expect(isLarge(cost)).toBe(false);
    expect(describeCost(cost)).toMatch(/^about a few seconds and \d+ MB of memory$/);
  });

  it('the largest world is large, and says minutes and about a gigabyte', () => {
    const cost = startCost(sized(20_000, 400));
    expect(cost).toMatchObject({ runs: 1, firms: 20_000, rounds: 400 });
    expect(isLarge(cost)).toBe(true);
    expect(describeCost(cost)).toBe('about 5 minutes and 990 MB of memory');
  });

  it('a compared branch doubles the cost: both runs start at once', () => {
    const one = startCost(sized(5_000, 200));
    const two = startCost(sized(5_000, 200, true));
    expect(two.runs).toBe(2);
    expect(two.seconds).toBeCloseTo(one.seconds * 2);
    expect(two.bytes).toBe(one.bytes * 2);
  });

  it('a kept run holds its records’ memory, growing with the firms', () => {
    const firms = Array.from({ length: 1000 });
    expect(runBytes({ records: Array.from({ length: 41 }), firms, totalRounds: 40 } as never)).toBe(
      41 * recordBytes(1000),
    );
  });
});

describe('an edit worth asking about first', () => {
  it.each([
    { what: 'more firms that make the world large', from: [400, 400], to: [20_000, 400], asks: true },
    { what: 'more rounds that make the world large', from: [20_000, 12], to: [20_000, 400], asks: true },
    { what: 'a large world made larger still', from: [15_000, 400], to: [20_000, 400], asks: true },
    { what: 'more firms in a world that stays small', from: [400, 12], to: [1_000, 12], asks: false },
    { what: 'a large world made smaller', from: [20_000, 400], to: [15_000, 400], asks: false },
    { what: 'no change', from: [20_000, 400], to: [20_000, 400], asks: false },
  ])('$what: asks $asks', ({ from, to, asks }) => {
    const cost = growsLarge(sized(from[0], from[1]), sized(to[0], to[1]));
    if (asks) expect(cost).toEqual(startCost(sized(to[0], to[1])));
    else expect(cost).toBeNull();
  });
});
