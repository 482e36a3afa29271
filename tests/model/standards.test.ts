import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/model/policy.ts';
import { createRng } from '../../src/model/rng.ts';
import { linkAccess } from '../../src/model/sourcing.ts';
import {
  marketStandardShares,
  probabilityOfB,
  reconsiderStandards,
  standardValue,
} from '../../src/model/standards.ts';
import type { Measure, StateCode } from '../../src/model/types.ts';
import { NS, stateIndex, type World } from '../../src/model/world.ts';
import { expectUnchanged, smallWorld } from './helpers.ts';
import type { ModelParams } from '../../src/model/params.ts';

function reconsider(world: World, measures: Measure[], seed = 1) {
  const policy = compilePolicy(world.base, measures);
  const access = linkAccess(world, policy);
  return reconsiderStandards(world.base, policy, access, world.standard, world.revenue, createRng(seed));
}

function bearers(world: World, state?: StateCode): number[] {
  const out: number[] = [];
  for (let j = 0; j < world.base.nFirms; j++) {
    if (world.standard[j]! < 0) continue;
    if (state === undefined || world.base.nodeState[j] === stateIndex[state]) out.push(j);
  }
  return out;
}

function switchesOver(params: Partial<ModelParams>, seeds: number): number {
  const world = smallWorld({ reconsiderRate: 1, initialStackB: 0, ...params });
  let n = 0;
  for (let seed = 0; seed < seeds; seed++) n += reconsider(world, [], seed).switches.length;
  return n;
}

describe('standardValue', () => {
  it.each([
    { x: { quality: 0, networkBenefit: 2, cutOffCost: 2, reachable: 0.5, cutOff: 0, mandate: 0 }, value: 1 },
    {
      x: { quality: 0.5, networkBenefit: 2, cutOffCost: 2, reachable: 0.5, cutOff: 0, mandate: 0 },
      value: 1.5,
    },
    {
      x: { quality: 0, networkBenefit: 2, cutOffCost: 3, reachable: 0.4, cutOff: 0.2, mandate: 0 },
      value: 0.2,
    },
    { x: { quality: 0, networkBenefit: 0, cutOffCost: 0, reachable: 1, cutOff: 1, mandate: 4 }, value: 4 },
  ])('U = q + gamma n - r + mandate: $value', ({ x, value }) => {
    expect(standardValue(x)).toBeCloseTo(value, 12);
  });
});

describe('probabilityOfB', () => {
  it.each([
    { a: 1, b: 1, t: 0.3, p: 0.5 },
    { a: 0, b: 1, t: 1, p: 1 / (1 + Math.exp(-1)) },
    { a: 1, b: 0, t: 1, p: 1 / (1 + Math.exp(1)) },
    { a: 30, b: 0, t: 0.05, p: 0 },
    { a: 0, b: 30, t: 0.05, p: 1 },
  ])('is $p for values A=$a, B=$b at T=$t', ({ a, b, t, p }) => {
    expect(probabilityOfB(a, b, t)).toBeCloseTo(p, 12);
  });

  it('is symmetric: P(B | a, b) = 1 - P(B | b, a)', () => {
    for (const [a, b, t] of [
      [0.3, 1.2, 0.5],
      [2, -1, 3],
    ] as const)
      expect(probabilityOfB(a, b, t)).toBeCloseTo(1 - probabilityOfB(b, a, t), 12);
  });
});

describe('marketStandardShares', () => {
  it('is 1 in every market when everyone is on stack A, and 0 when everyone is on B', () => {
    const world = smallWorld({ initialStackB: 0 });
    expect(Array.from(marketStandardShares(world.base, world.standard, world.revenue))).toEqual(
      new Array(NS).fill(1),
    );
    const allB = world.standard.map((s) => (s < 0 ? s : 1));
    expect(Array.from(marketStandardShares(world.base, allB, world.revenue))).toEqual(new Array(NS).fill(0));
  });

  it('counts a market with no standards-bearing sales as evenly split', () => {
    const world = smallWorld();
    const none = new Int8Array(world.base.nFirms).fill(-1);
    expect(Array.from(marketStandardShares(world.base, none, world.revenue))).toEqual(
      new Array(NS).fill(0.5),
    );
  });
});

describe('reconsiderStandards', () => {
  it('a home mandate for stack B moves every reconsidering firm of that state to B, and no one else', () => {
    const world = smallWorld({ reconsiderRate: 1, initialStackB: 0, standardTemperature: 0.05 });
    const r = reconsider(world, [
      { kind: 'standardMandate', id: 'm', maker: 'USA', standard: 'B', strength: 10 },
    ]);
    const us = bearers(world, 'USA');
    expect(us.length).toBeGreaterThan(0);
    for (const j of us) expect(r.standard[j]).toBe(1);
    for (const j of bearers(world)) if (!us.includes(j)) expect(r.standard[j]).toBe(0);
  });

  it('a home mandate for stack A brings firms back from B', () => {
    const world = smallWorld({ reconsiderRate: 1, initialStackB: 1 });
    const cn = bearers(world, 'CHN');
    expect(cn.every((j) => world.standard[j] === 1)).toBe(true);
    const r = reconsider(world, [
      { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'A', strength: 10 },
    ]);
    for (const j of cn) expect(r.standard[j]).toBe(0);
  });

  it('lock-in: at low temperature no firm leaves a stack everyone uses, even for a better one', () => {
    expect(switchesOver({ standardTemperature: 0.05 }, 20)).toBe(0);
    expect(switchesOver({ standardTemperature: 0.05, qualityB: 1 }, 20)).toBe(0);
  });

  it('at high temperature, choices are noisy and some firms leave the common stack', () => {
    expect(switchesOver({ standardTemperature: 3 }, 20)).toBeGreaterThan(20);
  });

  it('nobody reconsiders when the reconsider rate is 0', () => {
    const world = smallWorld({ reconsiderRate: 0, standardTemperature: 3 });
    for (let seed = 0; seed < 10; seed++) expect(reconsider(world, [], seed).switches).toEqual([]);
  });

  it('about a share rho of firms reconsider each round', () => {
    // At T = 3 with everyone on A, a reconsidering firm picks B with probability about 1/3; rho scales that.
    const all = switchesOver({ standardTemperature: 3, reconsiderRate: 1 }, 40);
    const tenth = switchesOver({ standardTemperature: 3, reconsiderRate: 0.1 }, 40);
    expect(tenth / all).toBeGreaterThan(0.05);
    expect(tenth / all).toBeLessThan(0.16);
  });

  it('reports each switch it makes, and only those', () => {
    const world = smallWorld({ reconsiderRate: 1, standardTemperature: 3 });
    const r = reconsider(world, [], 5);
    expect(r.switches.length).toBeGreaterThan(0);
    for (let j = 0; j < world.base.nFirms; j++) {
      const sw = r.switches.find((s) => s.firm === j);
      if (sw) expect(sw).toEqual({ firm: j, from: world.standard[j], to: r.standard[j] });
      else expect(r.standard[j]).toBe(world.standard[j]);
    }
  });

  it('gives the same choices for the same seed', () => {
    const world = smallWorld({ reconsiderRate: 0.5, standardTemperature: 1 });
    expect(reconsider(world, [], 9)).toEqual(reconsider(world, [], 9));
  });

  it('draws the same random numbers whatever the measures, so the stream stays aligned', () => {
    // With no way for the measures to matter (rho = 0), the rng ends in the same place.
    const world = smallWorld({ reconsiderRate: 0 });
    const policy = compilePolicy(world.base, []);
    const a = createRng(3);
    const b = createRng(3);
    reconsiderStandards(world.base, policy, linkAccess(world, policy), world.standard, world.revenue, a);
    const banned = compilePolicy(world.base, [
      { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'apple', scope: 'all' },
    ]);
    reconsiderStandards(world.base, banned, linkAccess(world, banned), world.standard, world.revenue, b);
    expect(a.next()).toBe(b.next());
  });

  it('does not modify its input', () => {
    const world = smallWorld({ reconsiderRate: 1, standardTemperature: 2 });
    const policy = compilePolicy(world.base, [
      { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 3 },
    ]);
    const access = linkAccess(world, policy);
    expectUnchanged([world, policy, access], () =>
      reconsiderStandards(world.base, policy, access, world.standard, world.revenue, createRng(1)),
    );
  });
});
