import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/model/policy.ts';
import { createRng } from '../../src/model/rng.ts';
import { linkAccess, source } from '../../src/model/sourcing.ts';
import { produce } from '../../src/model/production.ts';
import {
  blockedPartners,
  interopFactors,
  marketStandardShares,
  probabilityOfB,
  reconsiderStandards,
  solveHomeValue,
  solveHomeValues,
  standardValue,
} from '../../src/model/standards.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import type { Measure, StateCode } from '../../src/model/types.ts';
import { NS, stateIndex, type World } from '../../src/model/world.ts';
import { runScenario } from '../../src/model/run.ts';
import { SECTOR_IDS, type StandardId } from '../../src/model/types.ts';
import { ban, control, expectUnchanged, firmIndex, impose, scenario, smallWorld } from './helpers.ts';
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

describe('blockedPartners', () => {
  const world = smallWorld();
  const blockedFor = (measures: Measure[]) => {
    const policy = compilePolicy(world.base, measures);
    return blockedPartners(world.base, linkAccess(world, policy));
  };
  const at = (a: Float64Array, firm: string, state: StateCode) =>
    a[firmIndex(world, firm) * NS + stateIndex[state]]!;
  const listing = (maker: StateCode, firm: string): Measure => ({
    kind: 'entityListing',
    id: `${maker}-list-${firm}`,
    maker,
    firm,
  });

  it.each([
    {
      name: 'with no measures, no partner is blocked',
      measures: [],
      expect: [{ side: 'sell', firm: 'apple', state: 'CHN', share: 0 }],
    },
    {
      name: 'a full purchase ban blocks all the firm’s sales to the banning state, and nothing else',
      measures: [ban('CHN', 'apple', 'all')],
      expect: [
        { side: 'sell', firm: 'apple', state: 'CHN', share: 1 },
        { side: 'sell', firm: 'apple', state: 'EU', share: 0 },
        { side: 'buy', firm: 'apple', state: 'CHN', share: 0 },
      ],
    },
    {
      name: 'a CII ban blocks the banning state’s critical-infrastructure share of a telecom maker’s sales',
      measures: [ban('CHN', 'cisco', 'cii')],
      expect: [{ side: 'sell', firm: 'cisco', state: 'CHN', share: 1 }],
    },
    {
      name: 'a CII ban leaves a phone maker’s sales open: phone buyers are not critical infrastructure',
      measures: [ban('CHN', 'apple', 'cii')],
      expect: [{ side: 'sell', firm: 'apple', state: 'CHN', share: 0 }],
    },
    {
      name: 'an export control on the firm’s own sector blocks its sales to the target (the selling side)',
      measures: [control('USA', 'CHN', ['phones'])],
      expect: [
        { side: 'sell', firm: 'apple', state: 'CHN', share: 1 },
        { side: 'sell', firm: 'xiaomi', state: 'USA', share: 0 },
      ],
    },
    {
      name: 'an export control on the firm’s inputs blocks its purchases from the controlling state (the buying side)',
      measures: [control('USA', 'CHN', ['memory', 'logic', 'gallium', 'germanium'])],
      expect: [
        { side: 'buy', firm: 'huawei', state: 'USA', share: 1 },
        { side: 'sell', firm: 'huawei', state: 'USA', share: 0 },
      ],
    },
    {
      name: 'an entity listing blocks the listed firm’s purchases from the listing state, not its sales',
      measures: [listing('USA', 'huawei')],
      expect: [
        { side: 'buy', firm: 'huawei', state: 'USA', share: 1 },
        { side: 'sell', firm: 'huawei', state: 'USA', share: 0 },
      ],
    },
  ] as Array<{
    name: string;
    measures: Measure[];
    expect: Array<{ side: 'sell' | 'buy'; firm: string; state: StateCode; share: number }>;
  }>)('$name', ({ measures, expect: cases }) => {
    const b = blockedFor(measures);
    for (const c of cases) {
      const weight = c.side === 'sell' ? world.base.marketWeight0 : world.base.supplyWeight0;
      expect(at(weight, c.firm, c.state), 'the firm trades with the state at round 0').toBeGreaterThan(0);
      expect(at(b[c.side], c.firm, c.state), `${c.side} ${c.firm} ${c.state}`).toBeCloseTo(c.share, 9);
    }
  });

  it('gives shares between 0 and 1', () => {
    const b = blockedFor([control('USA', 'ALL', [...SECTOR_IDS], { id: 'all' }), ban('CHN', 'apple', 'cii')]);
    for (const x of [...b.sell, ...b.buy]) expect(x >= 0 && x <= 1).toBe(true);
  });

  it('does not modify its input', () => {
    const policy = compilePolicy(world.base, [
      control('USA', 'CHN', [...SECTOR_IDS], { id: 'all' }),
      ban('CHN', 'apple', 'cii'),
    ]);
    const access = linkAccess(world, policy);
    expectUnchanged([world.base, access], () => blockedPartners(world.base, access));
  });
});

/** Every link between the US-aligned states and China closed both ways, and each bloc mandating its own stack. */
function blockedBlocs(seed: number, params: Partial<ModelParams>) {
  const west: StateCode[] = ['USA', 'EU', 'JPN', 'KOR', 'TWN'];
  const mandate = (maker: StateCode, standard: StandardId): Measure => ({
    kind: 'standardMandate',
    id: `${maker}-stack`,
    maker,
    standard,
    strength: 1.5,
  });
  return scenario({
    seed,
    rounds: 40,
    params: { joinRate: 0, ...params },
    timeline: [
      ...west.flatMap((c) => [
        impose(1, control(c, 'CHN', [...SECTOR_IDS], { id: `${c}-all-CHN` })),
        impose(1, control('CHN', c, [...SECTOR_IDS], { id: `CHN-all-${c}` })),
      ]),
      impose(1, mandate('USA', 'A')),
      impose(1, mandate('CHN', 'B')),
    ],
  });
}

describe('a split behind closed borders', () => {
  // Before partners one may not sell to counted as blocked, a strong network benefit pulled China's firms back to
  // stack A through the US-bloc markets they could no longer reach, and D fell from 1 to 0 at gamma = 10.
  it.each([2, 5, 10])(
    'with every cross-bloc link blocked and bloc mandates, the split holds at network benefit %d',
    (networkBenefit) => {
      for (const seed of [1, 2, 3]) {
        const d = runScenario(blockedBlocs(seed, { networkBenefit })).records.map(
          (r) => r.standardsDivergence,
        );
        for (const x of d.slice(30)) expect(x, `seed ${seed}`).toBeGreaterThan(0.9);
      }
    },
  );
});

describe('solveHomeValue', () => {
  const meanP = (gaps: number[], h: number, t: number) =>
    gaps.reduce((sum, g) => sum + probabilityOfB(0, g + h, t), 0) / gaps.length;

  it.each([
    {
      name: 'is 0 when the firms already choose B half the time at an even target',
      gaps: [0, 0, 0],
      target: 0.5,
      t: 0.25,
      h: 0,
    },
    {
      name: 'is T logit(target) minus the gap for a single firm',
      gaps: [-2],
      target: 0.1,
      t: 0.25,
      h: 2 + 0.25 * Math.log(0.1 / 0.9),
    },
    { name: 'centres symmetric gaps on the target', gaps: [-1, -3], target: 0.5, t: 0.25, h: 2 },
    { name: 'is 0 for a target of 0 (nothing to explain)', gaps: [-2], target: 0, t: 0.25, h: 0 },
    { name: 'is 0 for a target of 1', gaps: [-2], target: 1, t: 0.25, h: 0 },
    { name: 'is 0 for no firms', gaps: [], target: 0.3, t: 0.25, h: 0 },
  ])('$name', ({ gaps, target, t, h }) => {
    expect(solveHomeValue(gaps, target, t)).toBeCloseTo(h, 9);
  });

  it('makes the mean choice probability equal the target, for spread-out gaps', () => {
    for (const [gaps, target, t] of [
      [[-3, -2.5, -1, 0.5], 0.1, 0.25],
      [[-0.2, -4, -1.3], 0.9, 1],
      [[2, 3], 0.02, 0.05],
    ] as const) {
      const h = solveHomeValue(gaps, target, t);
      expect(meanP([...gaps], h, t)).toBeCloseTo(target, 9);
    }
  });

  it('does not modify its input', () => {
    const gaps = [-1, -2, 0.5];
    expectUnchanged([gaps], () => solveHomeValue(gaps, 0.2, 0.25));
  });
});

describe('solveHomeValues (the solved start)', () => {
  const homes = (world: World) => {
    const out = { chinaB: [] as number[], other: [] as number[] };
    for (let f = 0; f < world.base.nFirms; f++) {
      const v = world.base.homeValue[f]!;
      const chinaB = world.base.nodeState[f] === stateIndex.CHN && world.standard[f] === 1;
      (chinaB ? out.chinaB : out.other).push(v);
    }
    return out;
  };

  it.each([
    {
      name: 'at the defaults, only China’s firms on stack B have a home value, and it is positive',
      params: {},
      chinaB: 'positive',
    },
    {
      name: 'from an even start, no firm has a home value',
      params: { initialStackB: 0.5, initialStackBAbroad: 0.5 },
      chinaB: 'zero',
    },
    {
      name: 'a region wholly on one stack has no home value',
      params: { initialStackB: 0, initialStackBAbroad: 0 },
      chinaB: 'zero',
    },
    {
      name: 'a quality edge is not explained away by a home value',
      params: { initialStackB: 0.5, initialStackBAbroad: 0.5, qualityB: 1 },
      chinaB: 'zero',
    },
  ] as Array<{ name: string; params: Partial<ModelParams>; chinaB: 'positive' | 'zero' }>)(
    '$name',
    ({ params, chinaB }) => {
      const h = homes(smallWorld(params));
      for (const v of h.other) expect(v).toBe(0);
      for (const v of h.chinaB) {
        if (chinaB === 'positive') expect(v).toBeGreaterThan(0);
        else expect(v).toBe(0);
      }
    },
  );

  it('makes the start an equilibrium: reconsidering all at once, China keeps as many firms on stack B on average', () => {
    const world = smallWorld({ reconsiderRate: 1 });
    const china = bearers(world, 'CHN');
    const onB = (standard: Int8Array) => china.filter((j) => standard[j] === 1).length;
    expect(onB(world.standard)).toBeGreaterThan(0);
    let total = 0;
    const seeds = 200;
    for (let seed = 0; seed < seeds; seed++) total += onB(reconsider(world, [], seed).standard);
    expect(Math.abs(total / seeds - onB(world.standard))).toBeLessThan(0.25);
  });

  it('does not modify its input', () => {
    const world = smallWorld();
    expectUnchanged([world.base, world.standard, world.revenue], () =>
      solveHomeValues(world.base, world.standard, world.revenue),
    );
  });
});

/** Every round's share of stack A in a bloc, for a preset scenario at a seed, with parameters changed. */
function sharesOf(
  seed: number,
  params: Partial<ModelParams>,
  rounds = 40,
  bloc: 'global' | 'US' | 'CN' = 'global',
) {
  const s = parseScenario({ ...presetScenario('open-world'), seed, rounds, params });
  return runScenario(s).records.map((r) => r.standardShares[bloc]);
}

const SEEDS = Array.from({ length: 20 }, (_, i) => i);

describe('path dependence from an even start (Arthur 1989)', () => {
  const EVEN = { initialStackB: 0.5, initialStackBAbroad: 0.5 };
  /** share of stack A on either side of 0.5 by this much counts as a lead that decides the race */
  const MARGIN = 0.3;
  const runs = SEEDS.map((seed) => sharesOf(seed, EVEN, 60));

  it('either stack can win: each wins in at least a quarter of 20 seeds', () => {
    const winsA = runs.filter((s) => s[s.length - 1]! > 0.5).length;
    expect(winsA).toBeGreaterThanOrEqual(5);
    expect(20 - winsA).toBeGreaterThanOrEqual(5);
  });

  it('lock-in: once a stack leads by the margin, it leads to the end, and the lead comes early', () => {
    for (const [seed, s] of runs.entries()) {
      const decided = s.findIndex((x) => Math.abs(x - 0.5) >= MARGIN);
      expect(decided, `seed ${seed} has a leader`).toBeGreaterThanOrEqual(0);
      expect(decided, `seed ${seed} is decided within 40 rounds`).toBeLessThanOrEqual(40);
      const leaderA = s[decided]! > 0.5;
      for (const x of s.slice(decided)) expect(x > 0.5, `seed ${seed}`).toBe(leaderA);
    }
  });

  it('the winner is decided by chance, not by the start alone: in some seeds the stack behind at round 0 wins', () => {
    const upsets = runs.filter((s) => s[0]! > 0.5 !== s[s.length - 1]! > 0.5).length;
    expect(upsets).toBeGreaterThanOrEqual(2);
  });
});

describe('the open world does not drift from its start', () => {
  // Tolerance 0.05: a firm on its home stack still leaves it with a small logit probability now and then, and one
  // mid-sized firm moves its bloc's share by a few percent; a drift toward one stack would move it far more (before
  // the solved start, D fell from up to 0.32 to 0 within 40 rounds).
  const TOLERANCE = 0.05;
  it('over 20 seeds, D and every bloc’s stack shares stay within 0.05 of round 0 for 40 rounds', () => {
    for (const seed of SEEDS) {
      const run = runScenario(parseScenario({ ...presetScenario('open-world'), seed }));
      const first = run.records[0]!;
      for (const r of run.records) {
        expect(Math.abs(r.standardsDivergence - first.standardsDivergence), `seed ${seed}`).toBeLessThan(
          TOLERANCE,
        );
        for (const key of ['US', 'CN', 'NA', 'global'] as const)
          expect(
            Math.abs(r.standardShares[key] - first.standardShares[key]),
            `seed ${seed} ${key}`,
          ).toBeLessThan(TOLERANCE);
      }
    }
  });
});

describe('interopFactors (the interoperability cost)', () => {
  // Everyone on stack A at round 0, so every market's installed base is wholly A and no link has a mismatch.
  const world = smallWorld({ initialStackB: 0, interopCost: 0.1 });
  const base = world.base;
  const apple = firmIndex(world, 'apple');
  const switched = world.standard.slice();
  switched[apple] = 1;
  const mix = marketStandardShares(base, switched, base.revenue0);
  const linksFrom = (j: number) => {
    const out: Array<{ l: number; buyerState: number; buyer: number }> = [];
    for (let s = 0; s < base.slotNode.length; s++)
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++)
        if (base.linkSupplier[l] === j)
          out.push({ l, buyerState: base.nodeState[base.slotNode[s]!]!, buyer: base.slotNode[s]! });
    return out;
  };

  it.each([
    {
      name: 'is 1 on every link when the cost is 0, even after a switch',
      world: smallWorld({ initialStackB: 0, interopCost: 0 }),
      standard: (w: World) => w.standard.map((s) => (s < 0 ? s : 1)),
    },
    {
      name: 'is 1 on every link while every firm is on the stack it started on',
      world,
      standard: (w: World) => w.standard,
    },
  ])('$name', ({ world: w, standard }) => {
    const f = interopFactors(w.base, standard(w));
    for (const a of [f.price, f.sourcing, f.pricing]) expect(a.every((x) => x === 1)).toBe(true);
    expect(f.moved).toBe(false);
  });

  it('charges buyers in a market on A for a supplier that moved to B: 1 + cost x the market’s share on A', () => {
    const f = interopFactors(base, switched).price;
    const links = linksFrom(apple);
    expect(links.length).toBeGreaterThan(0);
    for (const { l, buyerState } of links) expect(f[l]).toBeCloseTo(1 + 0.1 * mix[buyerState]!, 12);
  });

  it('charges a standards-bearing buyer for inputs from a market whose stack mix moved away from its own', () => {
    const f = interopFactors(base, switched).price;
    const chn = stateIndex.CHN;
    const usa = stateIndex.USA;
    // A Chinese phone maker buying from a US chip maker: the US market's mix moved (Apple is on B), China's less.
    const buyer = firmIndex(world, 'xiaomi');
    const expected = 1 + 0.1 * Math.abs(mix[usa]! - mix[chn]!);
    let seen = 0;
    for (let s = base.nodeFirstSlot[buyer]!, last = s + base.nodeSlotCount[buyer]!; s < last; s++)
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
        if (base.nodeState[base.linkSupplier[l]!] !== usa) continue;
        expect(f[l]).toBeCloseTo(expected, 12);
        seen++;
      }
    expect(seen).toBeGreaterThan(0);
    expect(expected).toBeGreaterThan(1);
  });

  it('leaves links that touch no stack alone: a chip maker buying tools pays nothing extra', () => {
    const f = interopFactors(base, switched).price;
    const tsmc = firmIndex(world, 'tsmc');
    for (let s = base.nodeFirstSlot[tsmc]!, last = s + base.nodeSlotCount[tsmc]!; s < last; s++)
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) expect(f[l]).toBe(1);
  });

  it('measures change from round 0: a firm that starts on B in a market on A pays less once it moves to A', () => {
    const w = smallWorld({ interopCost: 0.1 });
    const onB = bearers(w, 'CHN').find((j) => w.standard[j] === 1)!;
    expect(onB).toBeDefined();
    const moved = w.standard.slice();
    moved[onB] = 0;
    const f = interopFactors(w.base, moved).price;
    let cheaper = 0;
    for (let s = 0; s < w.base.slotNode.length; s++)
      for (let l = w.base.slotStart[s]!, end = l + w.base.slotLen[s]!; l < end; l++)
        if (w.base.linkSupplier[l] === onB && w.base.nodeState[w.base.slotNode[s]!] === stateIndex.USA) {
          expect(f[l]).toBeLessThan(1);
          cheaper++;
        }
    expect(cheaper).toBeGreaterThan(0);
  });

  it('gives each link the powers of its price multiple that sourcing (-sigma) and pricing (1 - sigma) use', () => {
    const { price, sourcing, pricing, moved: any } = interopFactors(base, switched);
    expect(any).toBe(true);
    let moved = 0;
    for (let s = 0; s < base.slotNode.length; s++) {
      const sigma = base.sectorElasticity[base.slotSector[s]!]!;
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
        expect(sourcing[l]).toBeCloseTo(price[l]! ** -sigma, 12);
        expect(pricing[l]).toBeCloseTo(price[l]! ** (1 - sigma), 12);
        if (price[l] !== 1) moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('does not modify its input', () => {
    expectUnchanged([base, switched], () => interopFactors(base, switched));
  });
});

describe('the interoperability cost in sourcing and prices', () => {
  const world = smallWorld({ initialStackB: 0 });
  const access = linkAccess(world, compilePolicy(world.base, []));
  const base = world.base;
  // Raise one link's price by 20% and compare with no interoperability cost.
  const slot = base.slotNode.findIndex((b, s) => b < base.nFirms && base.slotLen[s]! > 2);
  const link = base.slotStart[slot]!;
  const sigma = base.sectorElasticity[base.slotSector[slot]!]!;
  const ones = () => new Float64Array(base.linkSupplier.length).fill(1);
  const interop = { price: ones(), sourcing: ones(), pricing: ones(), moved: true };
  interop.price[link] = 1.2;
  interop.sourcing[link] = 1.2 ** -sigma;
  interop.pricing[link] = 1.2 ** (1 - sigma);

  it('moves the buyer’s target away from a supplier whose price carries it', () => {
    const without = source(world, access);
    const withCost = source(world, access, interop);
    expect(withCost.linkShare[link]).toBeLessThan(without.linkShare[link]!);
  });

  it('raises what the buyer pays for that input', () => {
    const policy = compilePolicy(base, []);
    const b = base.slotNode[slot]!;
    const without = produce(world, policy, access, world.linkShare, world.slotUnqualified);
    const withCost = produce(
      world,
      policy,
      access,
      world.linkShare,
      world.slotUnqualified,
      undefined,
      interop,
    );
    expect(withCost.inputCost[b]).toBeGreaterThan(without.inputCost[b]!);
  });

  it('with all factors 1, changes nothing', () => {
    expect(source(world, access, { price: ones(), sourcing: ones(), pricing: ones(), moved: false })).toEqual(
      source(world, access),
    );
  });
});

/** Each bloc mandates its own stack, with no trade measure: the split alone moves cost and trade. */
function mandatedSplit(interopCost: number, seed = 3) {
  const mandate = (maker: StateCode, standard: StandardId): Measure => ({
    kind: 'standardMandate',
    id: `${maker}-stack`,
    maker,
    standard,
    strength: 3,
  });
  return runScenario(
    scenario({
      seed,
      rounds: 30,
      params: { interopCost },
      timeline: [impose(1, mandate('USA', 'A')), impose(1, mandate('CHN', 'B'))],
    }),
  ).records;
}

describe('divergence feeds back into cost and trade', () => {
  it('with the interoperability cost on, a split raises the cost index and lowers cross-bloc trade against the same run at 0', () => {
    for (const seed of [1, 2, 3]) {
      const on = mandatedSplit(0.1, seed);
      const off = mandatedSplit(0, seed);
      const end = on.length - 1;
      expect(on[end]!.standardsDivergence, `seed ${seed}`).toBeGreaterThan(0.8);
      expect(off[end]!.standardsDivergence, `seed ${seed}`).toBeGreaterThan(0.8);
      expect(
        on[end]!.supplyChainCost.global - off[end]!.supplyChainCost.global,
        `seed ${seed}`,
      ).toBeGreaterThan(0.1);
      expect(on[end]!.supplyChainCost.CHN, `seed ${seed}`).toBeGreaterThan(off[end]!.supplyChainCost.CHN);
      expect(on[end]!.crossBlocTradeShare, `seed ${seed}`).toBeLessThan(off[end]!.crossBlocTradeShare);
    }
  });

  // the rulebook (Standards, the interoperability cost): the size of the effect in the default world, over 20 seeds
  it('in the default world (400 firms, 40 rounds) a split by mandates at interopCost 0.1 raises the global cost index 0.35 to 0.8 points, China’s 0.6 to 1.2 and the USA’s 0.27 to 0.75, and lowers cross-bloc trade by 0.004 to 0.016, against the same run at 0, in each of 20 seeds', () => {
    const atSeed = (seed: number, interopCost: number) =>
      runScenario({
        ...scenario({ seed, rounds: 40, params: { interopCost } }),
        firms: 400,
        timeline: [
          impose(1, { kind: 'standardMandate', id: 'USA-stack', maker: 'USA', standard: 'A', strength: 3 }),
          impose(1, { kind: 'standardMandate', id: 'CHN-stack', maker: 'CHN', standard: 'B', strength: 3 }),
        ],
      }).records.at(-1)!;
    for (let i = 0; i < 20; i++) {
      const seed = 1000 + 7919 * i;
      const [on, off] = [atSeed(seed, 0.1), atSeed(seed, 0)];
      const rise = (c: 'global' | 'CHN' | 'USA') => on.supplyChainCost[c] - off.supplyChainCost[c];
      const within = (x: number, lo: number, hi: number, what: string) => {
        expect(x, `${what}, seed ${seed}`).toBeGreaterThanOrEqual(lo);
        expect(x, `${what}, seed ${seed}`).toBeLessThanOrEqual(hi);
      };
      within(rise('global'), 0.35, 0.8, 'global');
      within(rise('CHN'), 0.6, 1.2, 'CHN');
      within(rise('USA'), 0.27, 0.75, 'USA');
      within(off.crossBlocTradeShare - on.crossBlocTradeShare, 0.004, 0.016, 'cross-bloc trade');
    }
  });

  it('with no change of stack, the interoperability cost changes nothing', () => {
    const run = (interopCost: number) =>
      runScenario(scenario({ rounds: 10, params: { interopCost, reconsiderRate: 0 } })).records.map((r) => [
        r.supplyChainCost.global,
        r.crossBlocTradeShare,
      ]);
    expect(run(0.3)).toEqual(run(0));
  });
});
