import { describe, expect, it } from 'vitest';
import { allianceJoins, joinProbability } from '../../src/model/alliance.ts';
import { createRng } from '../../src/model/rng.ts';
import type { StateCode, StateConfig, StrategyId } from '../../src/model/types.ts';
import { control, expectUnchanged, smallWorld, withMeasures } from './helpers.ts';

const ALLIES = { EU: { alignment: 1 }, JPN: { alignment: 1 }, KOR: { alignment: 1 }, TWN: { alignment: 1 } };

function worldWith(
  states: Partial<Record<StateCode, Partial<StateConfig>>> = {},
  measure = control('USA', 'CHN', ['lithography']),
  params = { joinRate: 1, joinLag: 3 },
) {
  return withMeasures(smallWorld(params, { ...ALLIES, ...states }), [measure], 1);
}

const joiners = (w: ReturnType<typeof worldWith>, round: number, seed = 1) =>
  allianceJoins(w, round, createRng(seed))
    .map((j) => j.state)
    .sort();

describe('joinProbability', () => {
  it.each([
    { rate: 0.25, a: 1, n: 0, p: 0.25 },
    { rate: 0.25, a: 0.8, n: 0, p: 0.2 },
    { rate: 0.25, a: -0.8, n: 0, p: 0.2 },
    { rate: 0.25, a: 0.8, n: 2, p: 0.6 },
    { rate: 0.5, a: 1, n: 3, p: 1 },
    { rate: 0, a: 1, n: 5, p: 0 },
  ])('rate $rate, alignment $a, $n already in: $p', ({ rate, a, n, p }) => {
    expect(joinProbability(rate, a, n)).toBeCloseTo(p, 12);
  });
});

describe('allianceJoins', () => {
  it('no ally joins before the lag has passed', () => {
    const w = worldWith();
    expect(joiners(w, 2)).toEqual([]);
    expect(joiners(w, 3)).toEqual([]);
  });

  it('every sure ally of the maker’s bloc joins once the lag has passed', () => {
    expect(joiners(worldWith(), 4)).toEqual(['EU', 'JPN', 'KOR', 'TWN']);
  });

  it('an ally that joins says why: whose control it follows, and since which round', () => {
    const causes = allianceJoins(worldWith(), 4, createRng(1)).map((j) => j.cause);
    expect(causes).toHaveLength(4);
    for (const cause of causes)
      expect(cause).toEqual({ source: 'alliance', rule: 'joinAlly', ally: 'USA', since: 1 });
  });

  it('states outside the maker’s bloc never join', () => {
    // ROW is non-aligned by default; here Korea leans to China.
    expect(joiners(worldWith({ KOR: { alignment: -0.5 } }), 4)).toEqual(['EU', 'JPN', 'TWN']);
  });

  it('states of the China-aligned bloc join China’s controls', () => {
    const w = worldWith({ ROW: { alignment: -1 } }, control('CHN', 'USA', ['gallium']));
    expect(joiners(w, 4)).toEqual(['ROW']);
  });

  it('a non-aligned maker finds no one to join it', () => {
    expect(joiners(worldWith({}, control('ROW', 'CHN', ['gallium'])), 9)).toEqual([]);
  });

  it.each(['scripted', 'human'] as StrategyId[])('a %s state never joins of its own accord', (strategy) => {
    expect(joiners(worldWith({ JPN: { strategy } }), 4)).toEqual(['EU', 'KOR', 'TWN']);
  });

  it('a state that has joined does not join again, and the target never joins', () => {
    const w = worldWith({}, control('USA', 'CHN', ['lithography'], { joined: ['JPN'] }));
    expect(joiners(w, 4)).toEqual(['EU', 'KOR', 'TWN']);
    expect(joiners(w, 4)).not.toContain('CHN');
  });

  it('who joins a control does not depend on the controls listed before it', () => {
    const late = control('USA', 'CHN', ['lithography'], { id: 'late' });
    const early = control('USA', 'CHN', ['cars'], { id: 'early', size: 1e-9 });
    const params = { joinRate: 0.4, joinLag: 0 };
    const alone = withMeasures(smallWorld(params, ALLIES), [late], 1);
    const after = withMeasures(smallWorld(params, ALLIES), [early, late], 1);
    const lateJoins = (w: typeof alone, seed: number) =>
      allianceJoins(w, 2, createRng(seed)).filter((j) => j.measureId === 'late');
    for (let seed = 0; seed < 20; seed++) expect(lateJoins(after, seed)).toEqual(lateJoins(alone, seed));
  });

  it('considers export controls only', () => {
    const w = withMeasures(smallWorld({ joinRate: 1, joinLag: 0 }, ALLIES), [
      { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.2 },
    ]);
    expect(joiners(w, 5)).toEqual([]);
  });

  it('joins with about the probability the rate and alignment give', () => {
    const w = worldWith({ JPN: { alignment: 0.8 } }, undefined, { joinRate: 0.25, joinLag: 0 });
    let n = 0;
    const seeds = 2000;
    for (let seed = 0; seed < seeds; seed++) if (joiners(w, 2, seed).includes('JPN')) n++;
    expect(n / seeds).toBeGreaterThan(0.17);
    expect(n / seeds).toBeLessThan(0.23);
  });

  it('does not modify its input', () => {
    const w = worldWith();
    expectUnchanged([w], () => allianceJoins(w, 5, createRng(1)));
  });
});
