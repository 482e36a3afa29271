import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/model/policy.ts';
import { incumbencyWeight, linkAccess, source } from '../../src/model/sourcing.ts';
import type { Measure } from '../../src/model/types.ts';
import { sectorIndex, stateIndex, type World } from '../../src/model/world.ts';
import {
  ban,
  control,
  criticalSlot,
  expectUnchanged,
  firmIndex,
  linksTo,
  slotSums,
  smallWorld,
  tariff,
} from './helpers.ts';

function accessOf(world: World, measures: Measure[]) {
  return linkAccess(world, compilePolicy(world.base, measures));
}

/** the world with one firm's unit cost changed, as if last round had made it so */
function withCost(world: World, firm: string, cost: number): World {
  const unitCost = world.unitCost.slice();
  unitCost[firmIndex(world, firm)] = cost;
  return { ...world, unitCost };
}

/** CES target of a slot at the world's prices, with no measures and round-0 shares (so weights are the base) */
function cesTarget(world: World, slot: number): number[] {
  const base = world.base;
  const sigma = base.sectorElasticity[base.slotSector[slot]!]!;
  const w: number[] = [];
  for (let l = base.slotStart[slot]!, end = l + base.slotLen[slot]!; l < end; l++) {
    const j = base.linkSupplier[l]!;
    w.push(base.linkBase[l]! * (world.unitCost[j]! * (1 + world.markup[j]!)) ** -sigma);
  }
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

function sliceOf(share: Float64Array, world: World, slot: number): number[] {
  const start = world.base.slotStart[slot]!;
  return Array.from(share.subarray(start, start + world.base.slotLen[slot]!));
}

describe('linkAccess', () => {
  const world = smallWorld();
  const base = world.base;

  it('with no measures, every link is open and untaxed', () => {
    const a = accessOf(world, []);
    expect(a.beta.every((x) => x === 0)).toBe(true);
    expect(a.betaOther.every((x) => x === 0)).toBe(true);
    expect(a.tariff.every((x) => x === 0)).toBe(true);
    expect(a.ciiBlocked.every((x) => x === 0)).toBe(true);
    expect(a.slotPhi.every((x) => x === 0)).toBe(true);
    expect(a.slotOwn.every((x) => x === 0)).toBe(true);
  });

  it('puts a tariff on exactly the links from the target to the maker’s buyers, and marks those slots own', () => {
    const a = accessOf(world, [{ ...tariff('USA', 'KOR', 0.25), sectors: ['memory'] } as Measure]);
    let taxed = 0;
    for (let s = 0; s < base.slotNode.length; s++) {
      let own = false;
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
        const expected =
          base.nodeState[base.slotNode[s]!] === stateIndex.USA &&
          base.nodeState[base.linkSupplier[l]!] === stateIndex.KOR &&
          base.slotSector[s] === sectorIndex.memory
            ? 0.25
            : 0;
        expect(a.tariff[l]).toBe(expected);
        if (expected > 0) {
          own = true;
          taxed++;
        }
      }
      expect(a.slotOwn[s]).toBe(own ? 1 : 0);
    }
    expect(taxed).toBeGreaterThan(0);
  });

  it('a CII ban marks the maker’s links to the firm as CII-blocked, leaves them open otherwise, and splits the slot by the CII share', () => {
    const micron = firmIndex(world, 'micron');
    const a = accessOf(world, [ban('CHN', 'micron', 'cii')]);
    const chn = linksTo(world, micron, 'CHN');
    // Micron sells to China's server and telecom makers, which the ban reaches, and to its phone and car makers.
    expect(chn.filter(({ slot }) => criticalSlot(world, slot)).length).toBeGreaterThan(0);
    expect(chn.filter(({ slot }) => !criticalSlot(world, slot)).length).toBeGreaterThan(0);
    for (const { slot, link } of chn) {
      const reached = criticalSlot(world, slot);
      expect(a.ciiBlocked[link]).toBe(reached ? 1 : 0);
      expect(a.beta[link]).toBe(0);
      expect(a.slotPhi[slot]).toBe(reached ? base.states.CHN.ciiShare : 0);
      if (reached) expect(a.slotOwn[slot]).toBe(1);
    }
    for (const { slot, link } of linksTo(world, micron, 'USA')) {
      expect(a.ciiBlocked[link]).toBe(0);
      expect(a.slotPhi[slot]).toBe(0);
    }
  });

  it('a full ban closes the maker’s links to the firm, but not in betaOther (the state’s own bans left out)', () => {
    const micron = firmIndex(world, 'micron');
    const a = accessOf(world, [ban('CHN', 'micron', 'all')]);
    for (const { link } of linksTo(world, micron, 'CHN')) {
      expect(a.beta[link]).toBe(1);
      expect(a.betaOther[link]).toBe(0);
      expect(a.ciiBlocked[link]).toBe(0);
    }
  });

  it('an export control closes the maker’s links to the target in both beta and betaOther', () => {
    const micron = firmIndex(world, 'micron');
    const a = accessOf(world, [control('USA', 'CHN', ['memory'])]);
    for (const { link } of linksTo(world, micron, 'CHN')) {
      expect(a.beta[link]).toBe(1);
      expect(a.betaOther[link]).toBe(1);
    }
    for (const { link } of linksTo(world, micron, 'EU')) expect(a.beta[link]).toBe(0);
  });

  it('does not modify its input', () => {
    const policy = compilePolicy(base, [ban('CHN', 'micron'), tariff('USA', 'CHN', 0.1)]);
    expectUnchanged([world, policy], () => linkAccess(world, policy));
  });
});

describe('incumbencyWeight', () => {
  it.each([
    { name: 'an unchanged share keeps the base weight', args: [0.4, 0.3, 0.3, 2], weight: 0.4 },
    { name: 'no incumbency keeps the base weight', args: [0.4, 0.9, 0.3, 0], weight: 0.4 },
    {
      name: 'a supplier that gained share is preferred',
      args: [0.4, 0.5, 0.3, 1],
      weight: (0.4 * 1.5) / 1.3,
    },
    {
      name: 'a supplier that lost all its share is less preferred',
      args: [0.4, 0, 0.3, 1],
      weight: 0.4 / 1.3,
    },
  ])('$name', ({ args, weight }) => {
    const [b, s, s0, inc] = args as [number, number, number, number];
    expect(incumbencyWeight(b, s, s0, inc)).toBeCloseTo(weight, 12);
  });
});

describe('source', () => {
  it('with round-0 prices and no measures, shares stay where they are', () => {
    const world = smallWorld();
    const r = source(world, accessOf(world, []));
    r.linkShare.forEach((x, l) => expect(x).toBeCloseTo(world.linkShare[l]!, 12));
    expect(r.slotUnqualified.every((x) => x === 0)).toBe(true);
    expect(r.slotBlocked.every((x) => x === 0)).toBe(true);
  });

  it('with a one-round lag and switching time, shares jump to the CES target w_j ∝ a_j p_j^-sigma', () => {
    // Memory's lag is 2 quarters; a scale of 0.25 makes it the one-round floor.
    const world = withCost(smallWorld({ qualificationLagScale: 0.25, switchingTime: 1 }), 'micron', 1.25);
    expect(world.base.sectorLag[sectorIndex.memory]).toBe(1);
    const r = source(world, accessOf(world, []));
    const slots = [...new Set(linksTo(world, firmIndex(world, 'micron')).map((x) => x.slot))];
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      const target = cesTarget(world, s);
      sliceOf(r.linkShare, world, s).forEach((x, n) => expect(x).toBeCloseTo(target[n]!, 12));
    }
  });

  it('a slot whose weights do not sum to a finite number keeps its shares rather than taking a NaN', () => {
    const world = smallWorld();
    const micron = firmIndex(world, 'micron');
    for (const bad of [NaN, Infinity]) {
      const unitCost = world.unitCost.slice();
      unitCost[micron] = bad === Infinity ? 0 : NaN; // a zero price pulls infinitely
      const r = source({ ...world, unitCost }, accessOf(world, []));
      const slots = [...new Set(linksTo(world, micron).map((x) => x.slot))];
      expect(slots.length).toBeGreaterThan(0);
      for (const s of slots) {
        const before = sliceOf(world.linkShare, world, s);
        const total = before.reduce((a, b) => a + b, 0);
        sliceOf(r.linkShare, world, s).forEach((x, n) => expect(x).toBeCloseTo(before[n]! / total, 12));
      }
      expect(r.linkShare.every((x) => Number.isFinite(x))).toBe(true);
    }
  });

  it('a dearer supplier loses share, more so where the sector substitutes easily', () => {
    const world = withCost(smallWorld(), 'micron', 1.25);
    const r = source(world, accessOf(world, []));
    for (const { link } of linksTo(world, firmIndex(world, 'micron'))) {
      expect(r.linkShare[link]).toBeLessThan(world.linkShare[link]!);
    }
  });

  it.each([
    { switchingTime: 1, moves: 6, why: 'the qualification lag alone' },
    { switchingTime: 4, moves: 6, why: 'the lag, longer than the switching time' },
    { switchingTime: 8, moves: 8, why: 'the switching time, longer than the lag' },
  ])(
    'moves shares one part in $moves of the way to the target each round (lithography, lag 6; switching time $switchingTime: $why)',
    ({ switchingTime, moves }) => {
      const world = withCost(smallWorld({ switchingTime }), 'asml', 1.2);
      expect(world.base.sectorLag[sectorIndex.lithography]!).toBe(6);
      const r = source(world, accessOf(world, []));
      const slots = [...new Set(linksTo(world, firmIndex(world, 'asml')).map((x) => x.slot))];
      expect(slots.length).toBeGreaterThan(0);
      for (const s of slots) {
        const target = cesTarget(world, s);
        const before = sliceOf(world.linkShare, world, s);
        sliceOf(r.linkShare, world, s).forEach((x, n) =>
          expect(x).toBeCloseTo(before[n]! + (target[n]! - before[n]!) / moves, 12),
        );
      }
    },
  );

  it('a full ban re-spreads the banned share at once over permitted suppliers and marks it unqualified', () => {
    const world = smallWorld();
    const micron = firmIndex(world, 'micron');
    const r = source(world, accessOf(world, [ban('CHN', 'micron', 'all')]));
    const links = linksTo(world, micron, 'CHN');
    expect(links.length).toBeGreaterThan(0);
    for (const { slot, link } of links) {
      expect(r.linkShare[link]).toBe(0);
      expect(r.slotUnqualified[slot]).toBeCloseTo(world.linkShare[link]!, 12);
    }
    for (const sum of slotSums(world, r.linkShare)) expect(sum).toBeCloseTo(1, 12);
    // Other states' buyers are untouched.
    for (const { link } of linksTo(world, micron, 'USA'))
      expect(r.linkShare[link]).toBeCloseTo(world.linkShare[link]!, 12);
  });

  it('a CII ban removes only the CII share of critical buyers’ demand: there the firm keeps (1 - ciiShare) of what it would have had, elsewhere all of it', () => {
    const world = withCost(smallWorld({}, { CHN: { ciiShare: 0.4 } }), 'samsung', 1.1);
    const micron = firmIndex(world, 'micron');
    const phi = world.base.states.CHN.ciiShare;
    expect(phi).toBe(0.4);
    const open = source(world, accessOf(world, []));
    const banned = source(world, accessOf(world, [ban('CHN', 'micron', 'cii')]));
    for (const { slot, link } of linksTo(world, micron, 'CHN')) {
      if (!criticalSlot(world, slot)) {
        expect(banned.linkShare[link]).toBe(open.linkShare[link]);
        expect(banned.slotUnqualified[slot]).toBe(open.slotUnqualified[slot]);
        continue;
      }
      expect(banned.linkShare[link]).toBeCloseTo((1 - phi) * open.linkShare[link]!, 12);
      expect(banned.slotUnqualified[slot]).toBeCloseTo(phi * world.linkShare[link]!, 12);
      expect(banned.slotBlocked[slot]).toBe(0);
    }
    for (const sum of slotSums(world, banned.linkShare)) expect(sum).toBeCloseTo(1, 12);
  });

  it('a slot with no permitted supplier keeps its shares and is reported blocked', () => {
    // The USA has no gallium refiners: closing every other state's gallium to it leaves its buyers nowhere to go.
    const world = smallWorld();
    const everyoneElse = ['JPN', 'EU', 'KOR', 'TWN', 'ROW'] as const;
    const access = accessOf(world, [control('CHN', 'USA', ['gallium'], { joined: [...everyoneElse] })]);
    const r = source(world, access);
    const base = world.base;
    let seen = 0;
    for (let s = 0; s < base.slotNode.length; s++) {
      const usGallium =
        base.slotSector[s] === sectorIndex.gallium && base.nodeState[base.slotNode[s]!] === stateIndex.USA;
      expect(r.slotBlocked[s]).toBe(usGallium ? 1 : 0);
      if (!usGallium) continue;
      seen++;
      sliceOf(r.linkShare, world, s).forEach((x, n) =>
        expect(x).toBeCloseTo(sliceOf(world.linkShare, world, s)[n]!, 12),
      );
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('unqualified demand decays by 1/lag each round', () => {
    const world = smallWorld();
    const unq = new Float64Array(world.slotUnqualified.length).fill(0.6);
    const r = source({ ...world, slotUnqualified: unq }, accessOf(world, []));
    for (let s = 0; s < unq.length; s++) {
      const lag = world.base.sectorLag[world.base.slotSector[s]!]!;
      expect(r.slotUnqualified[s]).toBeCloseTo(0.6 * (1 - 1 / lag), 12);
    }
  });

  it('does not modify its input', () => {
    const world = withCost(smallWorld(), 'samsung', 1.3);
    const access = accessOf(world, [ban('CHN', 'micron'), control('USA', 'CHN', ['logic'])]);
    expectUnchanged([world, access], () => source(world, access));
  });
});
