import { describe, expect, it } from 'vitest';
import {
  learningExponent,
  MIN_UTILISATION,
  valueAddedCost,
  type ValueAddedInput,
} from '../../src/model/learning.ts';
import { expectUnchanged } from './helpers.ts';

const AT_START: ValueAddedInput = {
  va0: 0.6,
  effQ: 1000,
  effQ0: 1000,
  learningExponent: learningExponent(0.2),
  utilisation: 1,
  fixedCostShare: 0.2,
  subsidy: 0,
};

describe('learningExponent', () => {
  it.each([
    { rate: 0, b: 0 },
    { rate: 0.2, b: -Math.log2(0.8) },
    { rate: 0.5, b: 1 },
    { rate: 0.75, b: 2 },
  ])('a learning rate of $rate gives b = $b', ({ rate, b }) => {
    expect(learningExponent(rate)).toBeCloseTo(b, 12);
  });

  it('makes each doubling of output cheaper by the learning rate', () => {
    for (const rate of [0.05, 0.1, 0.2]) expect(2 ** -learningExponent(rate)).toBeCloseTo(1 - rate, 12);
  });
});

describe('valueAddedCost', () => {
  it.each([
    { name: 'at round-0 output and plan, cost is the round-0 value added', change: {}, factor: 1 },
    {
      name: 'a doubling of effective output cuts cost by the learning rate',
      change: { effQ: 2000 },
      factor: 0.8,
    },
    { name: 'four times the output cuts it twice', change: { effQ: 4000 }, factor: 0.64 },
    {
      name: 'half the plan left idle cuts the price by half the fixed share, toward marginal cost',
      change: { utilisation: 0.5 },
      factor: 1 - 0.2 * 0.5,
    },
    { name: 'running above plan earns no discount', change: { utilisation: 1.7 }, factor: 1 },
    {
      name: 'collapsed output cuts no further than the minimum utilisation, never below marginal cost',
      change: { utilisation: 0 },
      factor: 1 - 0.2 * (1 - MIN_UTILISATION),
    },
    { name: 'a subsidy pays its share of value added', change: { subsidy: 0.3 }, factor: 0.7 },
    {
      name: 'with no fixed costs, scale does not matter',
      change: { utilisation: 0.3, fixedCostShare: 0 },
      factor: 1,
    },
    {
      name: 'learning, idle capacity and subsidy multiply',
      change: { effQ: 2000, utilisation: 0.5, subsidy: 0.5 },
      factor: 0.8 * 0.9 * 0.5,
    },
  ])('$name', ({ change, factor }) => {
    expect(valueAddedCost({ ...AT_START, ...change })).toBeCloseTo(AT_START.va0 * factor, 12);
  });

  it('stays finite and positive for any output', () => {
    for (const utilisation of [0, 1e-12, 0.05, 1, 1e6]) {
      const c = valueAddedCost({ ...AT_START, utilisation });
      expect(Number.isFinite(c)).toBe(true);
      expect(c).toBeGreaterThan(0);
    }
  });

  it('does not modify its input', () => {
    const input = { ...AT_START, effQ: 1500, utilisation: 0.4 };
    expectUnchanged([input], () => valueAddedCost(input));
  });
});
