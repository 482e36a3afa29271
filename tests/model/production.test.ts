import { sectorSpec } from '../../src/model/calibration.ts';
import { describe, expect, it } from 'vitest';
import { valueAddedCost } from '../../src/model/learning.ts';
import { compilePolicy } from '../../src/model/policy.ts';
import { produce } from '../../src/model/production.ts';
import { log2 } from '../../src/model/detmath.ts';
import { linkAccess, source } from '../../src/model/sourcing.ts';
import type { Measure } from '../../src/model/types.ts';
import { NS, sectorIndex, stateIndex, type World } from '../../src/model/world.ts';
import { control, expectUnchanged, firmIndex, smallWorld, tariff } from './helpers.ts';

function run(world: World, measures: Measure[] = [], unqualified = world.slotUnqualified) {
  const policy = compilePolicy(world.base, measures);
  const access = linkAccess(world, policy);
  const blocked = source(world, access).slotBlocked;
  return produce(world, policy, access, world.linkShare, unqualified, blocked);
}

function withCapacity(world: World, firm: string, factor: number): World {
  const capacity = world.capacity.slice();
  capacity[firmIndex(world, firm)]! *= factor;
  return { ...world, capacity };
}

/** a firm of a state and sector whose input slot for a sector includes the given supplier */
function buyerOf(world: World, supplier: string, state: 'USA' | 'CHN', sector: string): number {
  const base = world.base;
  const j = firmIndex(world, supplier);
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s]!;
    if (b >= base.nFirms || base.nodeState[b] !== stateIndex[state]) continue;
    if (base.firms[b]!.sector !== sector) continue;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++)
      if (base.linkSupplier[l] === j) return b;
  }
  throw new Error(`no ${sector} maker in ${state} buys from ${supplier}`);
}

describe('produce', () => {
  // Without demand growth, round 1 at round-0 shares is the round-0 world again.
  const world = smallWorld({ demandGrowth: 0 });
  const open = run(world);

  it('with round-0 shares, demand flows upstream to the round-0 outputs', () => {
    for (let j = 0; j < world.base.nFirms; j++)
      expect(Math.max(open.output[j]!, 1e-6)).toBeCloseTo(world.output[j]!, 9);
  });

  it('at target utilisation there is no scarcity markup and capacity stays put', () => {
    expect(open.markup.every((m) => m === 0)).toBe(true);
    for (let j = 0; j < world.base.nFirms; j++) expect(open.capacity[j]).toBeCloseTo(world.capacity[j]!, 9);
  });

  it('with no measures, unit costs do not drift upward (learning only lowers them)', () => {
    for (let j = 0; j < world.base.nFirms; j++) {
      expect(open.unitCost[j]).toBeLessThanOrEqual(world.unitCost[j]! + 1e-12);
      expect(open.unitCost[j]).toBeGreaterThan(0.5);
    }
  });

  it('adds each round’s output to cumulative output', () => {
    for (let j = 0; j < world.base.nFirms; j++)
      expect(open.cumOutput[j]).toBeCloseTo(world.cumOutput[j]! + open.output[j]!, 9);
  });

  it('with nothing closed, a firm learns from every rival’s output this round: its stock grows by the spill-over weight times their output', () => {
    const base = world.base;
    for (let j = 0; j < base.nFirms; j++) {
      let rivals = 0;
      for (let i = 0; i < base.nFirms; i++)
        if (i !== j && base.nodeSector[i] === base.nodeSector[j]) rivals += open.output[i]!;
      expect(open.spillStock[j]).toBeCloseTo(
        world.spillStock[j]! + base.params.learningSpillover * rivals,
        9,
      );
    }
  });

  it('a closed link stops what a firm learns from the rivals beyond it, by spilloverCut; what it learned stays', () => {
    // The USA controls every chip and tool to China: China's chip makers no longer learn from US rivals' output.
    const cutOff = control('USA', 'CHN', ['memory', 'logic', 'lithography', 'process'], { id: 'all-chips' });
    const base = world.base;
    const smic = firmIndex(world, 'smic');
    const tsmc = firmIndex(world, 'tsmc');
    const learned = (w: World) => {
      const r = run(w, [cutOff]);
      return r.spillStock[smic]! - w.spillStock[smic]!;
    };
    const full = learned(world);
    const none = learned(smallWorld({ demandGrowth: 0, spilloverCut: 0 }));
    const half = learned(smallWorld({ demandGrowth: 0, spilloverCut: 0.5 }));
    expect(full).toBeGreaterThan(0);
    expect(full).toBeLessThan(none);
    expect(half).toBeGreaterThan(full);
    expect(half).toBeLessThan(none);
    // TSMC (Taiwan) is not cut off from its rivals: it learns as in the open world
    const r = run(world, [cutOff]);
    expect(r.spillStock[tsmc]! - world.spillStock[tsmc]!).toBeCloseTo(
      open.spillStock[tsmc]! - world.spillStock[tsmc]!,
      6,
    );
    // the stock never falls: a control stops new learning, not what was learned
    for (let j = 0; j < base.nFirms; j++)
      expect(r.spillStock[j]).toBeGreaterThanOrEqual(world.spillStock[j]!);
  });

  it('makes unit cost the learned value added plus the input cost', () => {
    const base = world.base;
    const p = base.params;
    const sectorCum = new Float64Array(11);
    for (let j = 0; j < base.nFirms; j++) sectorCum[base.nodeSector[j]!] += open.cumOutput[j]!;
    for (const id of ['samsung', 'tsmc', 'apple', 'asml', 'cn-gallium']) {
      const j = firmIndex(world, id);
      const k = base.nodeSector[j]!;
      const va = valueAddedCost({
        va0: base.va0[j]!,
        effQ: open.cumOutput[j]! + p.learningSpillover * (sectorCum[k]! - open.cumOutput[j]!),
        effQ0: base.effQ0[j]!,
        learningExponent: base.sectorLearningExp[k]!,
        utilisation: open.output[j]! / world.capacity[j]! / p.targetUtilisation,
        fixedCostShare: p.fixedCostShare,
        subsidy: 0,
      });
      expect(open.unitCost[j]! - open.inputCost[j]!, id).toBeCloseTo(va, 12);
    }
  });

  it('a supplier over capacity serves what its capacity allows, moves its markup toward kappa per 100% over capacity by the price adjustment, and grows capacity toward demand', () => {
    const w = withCapacity(world, 'samsung', 0.5);
    const r = run(w);
    const j = firmIndex(w, 'samsung');
    const p = w.base.params;
    const demand = open.output[j]!;
    // Demand is 1.8 times the halved capacity: it serves 1 / 1.8 of it.
    expect(r.output[j]).toBeCloseTo(w.capacity[j]!, 9);
    expect(r.served[j]).toBeCloseTo(w.capacity[j]! / demand, 9);
    // from no markup last round, it goes the price adjustment's share of the way at once
    expect(w.markup[j]).toBe(0);
    expect(r.markup[j]).toBeCloseTo(p.priceAdjustment * p.scarcityMarkup * (demand / w.capacity[j]! - 1), 12);
    expect(r.capacity[j]).toBeCloseTo(
      w.capacity[j]! + p.capacityAdjustment * (demand / p.targetUtilisation - w.capacity[j]!),
      9,
    );
  });

  it('the scarcity markup has no ceiling: it grows with the overload, by kappa per 100% over capacity', () => {
    const j = firmIndex(world, 'samsung');
    const p = world.base.params;
    const demand = open.output[j]!;
    const markups = [1, 0.5, 0.1, 0.01].map((f) => {
      const w = withCapacity(world, 'samsung', f);
      const m = run(w).markup[j]!;
      expect(m).toBeCloseTo(
        p.priceAdjustment * p.scarcityMarkup * Math.max(0, demand / w.capacity[j]! - 1),
        9,
      );
      return m;
    });
    for (let i = 1; i < markups.length; i++) expect(markups[i]).toBeGreaterThan(markups[i - 1]!);
    expect(markups[markups.length - 1]).toBeGreaterThan(p.scarcityMarkup * 10);
  });

  it('a markup already in force moves toward the overload’s level by the price adjustment, and decays without one', () => {
    const j = firmIndex(world, 'samsung');
    const p = world.base.params;
    const markup = world.markup.slice();
    markup[j] = 0.4;
    // no overload: the markup falls by the price adjustment's share of itself
    expect(run({ ...world, markup }).markup[j]).toBeCloseTo(0.4 * (1 - p.priceAdjustment), 12);
    // at full adjustment it goes straight to the overload's level
    const w = withCapacity(
      { ...world, markup, base: { ...world.base, params: { ...p, priceAdjustment: 1 } } },
      'samsung',
      0.5,
    );
    const demand = open.output[j]!;
    expect(run(w).markup[j]).toBeCloseTo(p.scarcityMarkup * (demand / w.capacity[j]! - 1), 9);
  });

  it('buyers of a supplier over capacity pay the shortage premium on the part it cannot serve', () => {
    const w = withCapacity(world, 'samsung', 0.5);
    const r = run(w);
    const phone = buyerOf(world, 'samsung', 'USA', 'phones');
    expect(r.inputCost[phone]).toBeGreaterThan(open.inputCost[phone]! + 1e-6);
  });

  it('with demand growth, final demand and capacity grow at the same pace and nothing is marked up', () => {
    const g = smallWorld({ demandGrowth: 0.02 });
    const r = run(g);
    const j = firmIndex(g, 'tsmc');
    expect(r.output[j]! / g.output[j]!).toBeCloseTo(1.02, 9);
    expect(r.capacity[j]! / g.capacity[j]!).toBeCloseTo(1.02, 2);
    expect(r.markup.every((m) => m === 0)).toBe(true);
  });

  it('final demand falls where device prices rose last round, by the demand elasticity', () => {
    const F = world.base.nFirms;
    const finalPrice = world.finalPrice.slice();
    finalPrice.fill(1.1, F);
    const dearer = run({ ...world, finalPrice });
    const eta = world.base.params.demandElasticity;
    for (let b = F; b < world.base.nNodes; b++)
      expect(dearer.finalDemand[b]! / world.base.finalDemand[b]!).toBeCloseTo(1.1 ** -eta, 12);
  });

  it('a subsidy has a fiscal cost, paid by the state that grants it', () => {
    const r = run(world, [{ kind: 'subsidy', id: 's', maker: 'KOR', sectors: ['memory'], rate: 0.2 }]);
    expect(r.subsidyCost[stateIndex.KOR]).toBeGreaterThan(0);
    expect(open.subsidyCost.every((x) => x === 0)).toBe(true);
    for (const c of ['USA', 'CHN', 'EU'] as const) expect(r.subsidyCost[stateIndex[c]]).toBe(0);
  });

  it('a tariff raises revenue for the state that charges it', () => {
    const r = run(world, [tariff('USA', 'CHN', 0.25)]);
    expect(r.tariffRevenue[stateIndex.USA]).toBeGreaterThan(0);
    expect(r.tariffRevenue[stateIndex.CHN]).toBe(0);
  });

  it('a buyer made to use tools below its own level pays the technology gap', () => {
    // Cut YMTC (level 0.9) off from every foreign tool: what it still buys is Chinese, and further behind.
    const cut = [
      control('USA', 'ymtc', ['lithography', 'process'], { joined: ['JPN', 'EU', 'KOR', 'TWN', 'ROW'] }),
    ];
    const ymtc = firmIndex(world, 'ymtc');
    const cost = (techGapCost: number, toolLife = 1) => {
      const w = smallWorld({ demandGrowth: 0, techGapCost, toolLife });
      const policy = compilePolicy(w.base, cut);
      const access = linkAccess(w, policy);
      const s = source(w, access);
      return produce(w, policy, access, s.linkShare, new Float64Array(s.slotUnqualified.length)).inputCost[
        ymtc
      ]!;
    };
    expect(cost(1.5)).toBeGreaterThan(cost(0) + 0.01);
    expect(cost(3)).toBeGreaterThan(cost(1.5) + 0.01);
    // Tools last: with a tool life of 20 quarters, a twentieth of the rise in the tools' price reaches the fab's cost
    // in the first quarter (the tools in use were priced at 1 before it).
    expect(cost(3, 20) - cost(0, 20)).toBeCloseTo((cost(3) - cost(0)) / 20, 9);
    expect(cost(3, 20) - cost(0, 20)).toBeGreaterThan(0);
  });

  it('a subsidy adds capacity and lowers its firms’ own costs', () => {
    const r = run(world, [{ kind: 'subsidy', id: 's', maker: 'KOR', sectors: ['memory'], rate: 0.2 }]);
    const j = firmIndex(world, 'samsung');
    expect(r.capacity[j]).toBeGreaterThan(open.capacity[j]!);
    expect(r.unitCost[j]).toBeLessThan(open.unitCost[j]!);
    const other = firmIndex(world, 'micron');
    expect(r.unitCost[other]).toBeCloseTo(open.unitCost[other]!, 12);
  });

  it('a state’s own tariff raises its buyers’ input cost but not their cost without own measures', () => {
    const r = run(world, [{ ...tariff('USA', 'KOR', 0.25), sectors: ['memory'] } as Measure]);
    const b = buyerOf(world, 'samsung', 'USA', 'phones');
    expect(r.inputCost[b]).toBeGreaterThan(open.inputCost[b]! + 1e-6);
    // Without its own tariff the buyer would pay about the open price: the own share of its cost is the tariff's.
    expect(r.inputCostNoOwn[b]).toBeLessThan(r.inputCost[b]!);
    expect(r.inputCostNoOwn[b]).toBeCloseTo(open.inputCost[b]!, 2);
    const chn = buyerOf(world, 'samsung', 'CHN', 'phones');
    expect(r.inputCost[chn]).toBeCloseTo(open.inputCost[chn]!, 12);
  });

  it('costs flow downstream: a tariff on lithography tools reaches the phones that use the chips they make', () => {
    // Korea taxes European lithography: Samsung's costs rise, and so do those of US phone makers buying Samsung memory.
    const r = run(world, [{ ...tariff('KOR', 'EU', 0.5), sectors: ['lithography'] } as Measure]);
    const samsung = firmIndex(world, 'samsung');
    expect(r.unitCost[samsung]).toBeGreaterThan(open.unitCost[samsung]! + 1e-6);
    const phone = buyerOf(world, 'samsung', 'USA', 'phones');
    expect(r.inputCost[phone]).toBeGreaterThan(open.inputCost[phone]! + 1e-9);
    // ...which the USA did not cause: it is not its own measure.
    expect(r.inputCostNoOwn[phone]).toBeCloseTo(r.inputCost[phone]!, 12);
  });

  it('unqualified demand pays the shortage premium in proportion to its share', () => {
    const phone = buyerOf(world, 'samsung', 'USA', 'phones');
    const slot = world.base.nodeFirstSlot[phone]!;
    const unq = (u: number) => {
      const a = new Float64Array(world.slotUnqualified.length);
      a[slot] = u;
      return a;
    };
    const half = run(world, [], unq(0.5)).inputCost[phone]! - open.inputCost[phone]!;
    const full = run(world, [], unq(1)).inputCost[phone]! - open.inputCost[phone]!;
    expect(half).toBeGreaterThan(0);
    expect(full).toBeCloseTo(2 * half, 12);
    // The premium scales the extra cost: twice the premium, twice the rise.
    const rise = (shortagePremium: number) => {
      const w = smallWorld({ shortagePremium });
      return run(w, [], unq(1)).inputCost[phone]! - run(w).inputCost[phone]!;
    };
    expect(rise(0.6)).toBeCloseTo(2 * rise(0.3), 12);
  });

  it('an input closed off entirely costs the open price plus the workaround premium', () => {
    // Intel's gallium comes only from abroad; every other state closes gallium to the USA.
    const closeAll = [control('CHN', 'USA', ['gallium'], { joined: ['JPN', 'EU', 'KOR', 'TWN', 'ROW'] })];
    const intel = firmIndex(world, 'intel');
    const rise = (blockedPremium: number) => {
      const w = smallWorld({ blockedPremium });
      return run(w, closeAll).inputCost[intel]! - run(w).inputCost[intel]!;
    };
    expect(rise(0.05)).toBeCloseTo(0.05 * rise(1), 12);
    expect(rise(1)).toBeGreaterThan(0);
    expect(rise(2)).toBeCloseTo(2 * rise(1), 12);
    // The open price of gallium is about 1 at round 0, so the rise is about gallium's cost share in a logic chip.
    expect(rise(1)).toBeCloseTo(sectorSpec('logic').inputs.gallium!, 3);
  });

  it('revenue by customer state adds up to output at producer prices, and flows to the same total', () => {
    let revenue = 0;
    for (let j = 0; j < world.base.nFirms; j++) {
      let r = 0;
      for (let s = 0; s < NS; s++) r += open.revenue[j * NS + s]!;
      expect(r).toBeCloseTo(open.output[j]! * open.unitCost[j]! * (1 + open.markup[j]!), 9);
      expect(open.served[j]).toBe(1);
      revenue += r;
    }
    expect(open.flows.reduce((a, b) => a + b, 0)).toBeCloseTo(revenue, 6);
  });

  it("prices each firm's sales by customer state, and tariffs on each taxed link, as the sum over the links", () => {
    // A shortage (served < 1, a markup) and a tariff, so that every factor of a sale is in play.
    const w = withCapacity(world, 'tsmc', 0.7);
    const policy = compilePolicy(w.base, [tariff('USA', 'CHN', 0.25), tariff('CHN', 'USA', 0.1)]);
    const access = linkAccess(w, policy);
    const sourced = source(w, access);
    const r = produce(w, policy, access, sourced.linkShare, sourced.slotUnqualified, sourced.slotBlocked);
    const base = w.base;
    const F = base.nFirms;
    const bought = new Float64Array(F * NS);
    const taxes = new Float64Array(NS);
    for (let s = 0; s < base.slotNode.length; s++) {
      const b = base.slotNode[s]!;
      const demand = b >= F ? r.finalDemand[b]! : r.output[b]! / r.served[b]!;
      const bs = base.nodeState[b]!;
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
        const j = base.linkSupplier[l]!;
        const v = demand * base.slotAlpha[s]! * sourced.linkShare[l]!;
        bought[j * NS + bs] += v;
        taxes[bs] += v * r.served[j]! * r.unitCost[j]! * (1 + r.markup[j]!) * access.tariff[l]!;
      }
    }
    expect(r.served.some((x) => x < 1)).toBe(true);
    for (let j = 0; j < F; j++)
      for (let c = 0; c < NS; c++) {
        const expected = bought[j * NS + c]! * r.served[j]! * r.unitCost[j]! * (1 + r.markup[j]!);
        expect(Math.abs(r.revenue[j * NS + c]! - expected)).toBeLessThanOrEqual(1e-12 * (1 + expected));
      }
    expect(taxes[stateIndex.USA]).toBeGreaterThan(0);
    expect(taxes[stateIndex.CHN]).toBeGreaterThan(0);
    for (let c = 0; c < NS; c++)
      expect(Math.abs(r.tariffRevenue[c]! - taxes[c]!)).toBeLessThanOrEqual(1e-12 * (1 + taxes[c]!));
  });

  it('does not modify its input', () => {
    const w = withCapacity(world, 'tsmc', 0.7);
    const policy = compilePolicy(w.base, [control('USA', 'CHN', ['logic']), tariff('CHN', 'USA', 0.2)]);
    const access = linkAccess(w, policy);
    const share = w.linkShare.slice();
    const unq = new Float64Array(w.slotUnqualified.length).fill(0.1);
    const blocked = new Float64Array(w.slotUnqualified.length).fill(0.05);
    expectUnchanged([w, policy, access, share, unq, blocked], () =>
      produce(w, policy, access, share, unq, blocked),
    );
  });

  it('leaves firms of sectors without a measure unchanged when a measure hits another sector', () => {
    const r = run(world, [{ ...tariff('USA', 'CHN', 0.3), sectors: ['cars'] } as Measure]);
    const asml = firmIndex(world, 'asml');
    expect(r.unitCost[asml]).toBeCloseTo(open.unitCost[asml]!, 12);
    expect(world.base.nodeSector[asml]).toBe(sectorIndex.lithography);
  });
});

describe('a listed firm’s own research (listedResearch)', () => {
  const listing: Measure = { kind: 'entityListing', id: 'us-smic', maker: 'USA', firm: 'smic' };
  const worldAt = (listedResearch: number) => smallWorld({ demandGrowth: 0, listedResearch });
  const w0 = worldAt(0);
  const smic = firmIndex(w0, 'smic');
  const none = run(w0, [listing]);
  const some = run(worldAt(0.25), [listing]);

  /** the firms that buy from firm j, directly or through their suppliers (final buyers left out) */
  function downstreamOf(w: World, j: number): Set<number> {
    const base = w.base;
    const reach = new Set([j]);
    for (let grew = true; grew;) {
      grew = false;
      for (let s = 0; s < base.slotNode.length; s++) {
        const b = base.slotNode[s]!;
        if (b >= base.nFirms || reach.has(b)) continue;
        for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
          if (!reach.has(base.linkSupplier[l]!)) continue;
          reach.add(b);
          grew = true;
          break;
        }
      }
    }
    reach.delete(j);
    return reach;
  }

  it('raises what the listed firm makes by listedResearch x techCatchUp per doubling of its output, not what it needs', () => {
    const p = w0.base.params;
    const doublings = log2(some.cumOutput[smic]! / w0.cumOutput[smic]!);
    expect(doublings).toBeGreaterThan(0);
    expect(some.research[smic]).toBeCloseTo(0.25 * p.techCatchUp * doublings, 15);
    expect(some.research[smic]).toBeGreaterThan(0);
    // its level, which is also what it needs of its suppliers, is the catch-up alone: its own costs do not move
    expect(some.tech).toEqual(none.tech);
    expect(some.inputCost[smic]).toBe(none.inputCost[smic]);
    expect(some.unitCost[smic]).toBe(none.unitCost[smic]);
    // no other firm does research
    for (let j = 0; j < w0.base.nFirms; j++) if (j !== smic) expect(some.research[j]).toBe(0);
  });

  it('its buyers pay a smaller gap, and a firm that buys nothing from it, directly or through its suppliers, pays the same to the bit', () => {
    const downstream = downstreamOf(w0, smic);
    let cheaper = 0;
    for (let j = 0; j < w0.base.nFirms; j++) {
      // the round's quantities come from last round's prices: research changes none of them
      expect(some.output[j]).toBe(none.output[j]);
      if (!downstream.has(j)) {
        expect(some.unitCost[j]).toBe(none.unitCost[j]);
        continue;
      }
      expect(some.unitCost[j]).toBeLessThanOrEqual(none.unitCost[j]!);
      if (some.unitCost[j]! < none.unitCost[j]!) cheaper++;
    }
    expect(downstream.size).toBeGreaterThan(0);
    expect(cheaper).toBeGreaterThan(0);
  });

  it('at 0 a listing adds no research, and with no firm listed the parameter changes nothing, to the bit', () => {
    expect(none.research.every((r) => r === 0)).toBe(true);
    expect(run(worldAt(0.6))).toEqual(run(w0));
  });

  it('what the firm gained stays once it is taken off the list, and its buyers go on paying the smaller gap', () => {
    const ahead = worldAt(0.25);
    ahead.research[smic] = 0.01;
    const delisted = run(ahead);
    expect(delisted.research[smic]).toBe(0.01);
    expect(delisted.tech).toEqual(run(w0).tech);
    const cheaper = [...downstreamOf(ahead, smic)].filter(
      (j) => delisted.unitCost[j]! < run(w0).unitCost[j]!,
    );
    expect(cheaper.length).toBeGreaterThan(0);
  });
});
