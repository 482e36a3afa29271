import { describe, expect, it } from 'vitest';
import { GAP_SECTORS, gapFactor, techLevel } from '../../src/model/technology.ts';
import { SECTORS } from '../../src/model/calibration.ts';

describe('techLevel', () => {
  it.each([
    { name: 'no growth leaves the round-0 level', tech0: 0.5, cum: 100, cum0: 100, rate: 0.04, want: 0.5 },
    { name: 'one doubling adds the catch-up rate', tech0: 0.5, cum: 200, cum0: 100, rate: 0.04, want: 0.54 },
    { name: 'three doublings add three times it', tech0: 0.35, cum: 800, cum0: 100, rate: 0.05, want: 0.5 },
    { name: 'a catch-up rate of 0 never moves', tech0: 0.7, cum: 1e6, cum0: 100, rate: 0, want: 0.7 },
    {
      name: 'cumulative output below round 0 never lowers it',
      tech0: 0.7,
      cum: 50,
      cum0: 100,
      rate: 0.1,
      want: 0.7,
    },
  ])('$name', ({ tech0, cum, cum0, rate, want }) => {
    expect(techLevel(tech0, cum, cum0, rate)).toBeCloseTo(want, 12);
  });
});

describe('gapFactor', () => {
  it.each([
    { name: 'a supplier level with the buyer costs nothing extra', need: 0.8, made: 0.8, cost: 1.5, want: 1 },
    { name: 'a supplier ahead of the buyer costs nothing extra', need: 0.5, made: 1, cost: 1.5, want: 1 },
    {
      name: 'a supplier 0.2 behind costs 30% more at a gap cost of 1.5',
      need: 0.9,
      made: 0.7,
      cost: 1.5,
      want: 1.3,
    },
    { name: 'a gap cost of 0 turns the gap off', need: 0.9, made: 0.3, cost: 0, want: 1 },
  ])('$name', ({ need, made, cost, want }) => {
    expect(gapFactor(need, made, cost)).toBeCloseTo(want, 12);
  });

  it('applies to tools and chips, not to materials or devices', () => {
    const gap = Object.fromEntries(SECTORS.map((s, k) => [s.id, GAP_SECTORS[k]]));
    expect(gap).toMatchObject({ lithography: true, process: true, memory: true, logic: true });
    expect(gap).toMatchObject({
      gallium: false,
      germanium: false,
      wafers: false,
      phones: false,
      cars: false,
    });
  });
});
