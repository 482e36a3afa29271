import { sectorSpec } from '../../src/model/calibration.ts';
import { describe, expect, it } from 'vitest';
import { valueAddedCost } from '../../src/model/learning.ts';
import { compilePolicy } from '../../src/model/policy.ts';
import { MAX_MARKUP, produce } from '../../src/model/production.ts';
import { linkAccess } from '../../src/model/sourcing.ts';
import type { Measure } from '../../src/model/types.ts';
import { NS, sectorIndex, stateIndex, type World } from '../../src/model/world.ts';
import { control, expectUnchanged, firmIndex, smallWorld, tariff } from './helpers.ts';

function run(world: World, measures: Measure[] = [], unqualified = world.slotUnqualified) {
  const policy = compilePolicy(world.base, measures);
  const access = linkAccess(world, policy);
  return produce(world, policy, access, world.linkShare, unqualified);
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
  const world = smallWorld();
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

  it('a supplier over capacity charges kappa times the overload as a markup, and grows capacity toward demand', () => {
    const w = withCapacity(world, 'samsung', 0.5);
    const r = run(w);
    const j = firmIndex(w, 'samsung');
    const load = r.output[j]! / w.capacity[j]!;
    expect(load).toBeCloseTo(2 * w.base.params.targetUtilisation, 9);
    expect(r.markup[j]).toBeCloseTo(w.base.params.scarcityMarkup * (load - 1), 12);
    const p = w.base.params;
    expect(r.capacity[j]).toBeCloseTo(
      w.capacity[j]! + p.capacityAdjustment * (r.output[j]! / p.targetUtilisation - w.capacity[j]!),
      9,
    );
  });

  it('caps the scarcity markup', () => {
    const r = run(withCapacity(world, 'samsung', 1e-6));
    expect(r.markup[firmIndex(world, 'samsung')]).toBe(MAX_MARKUP);
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
    expect(r.inputCostNoOwn[b]).toBeCloseTo(open.inputCost[b]!, 12);
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
      revenue += r;
    }
    expect(open.flows.reduce((a, b) => a + b, 0)).toBeCloseTo(revenue, 6);
  });

  it('does not modify its input', () => {
    const w = withCapacity(world, 'tsmc', 0.7);
    const policy = compilePolicy(w.base, [control('USA', 'CHN', ['logic']), tariff('CHN', 'USA', 0.2)]);
    const access = linkAccess(w, policy);
    const share = w.linkShare.slice();
    const unq = new Float64Array(w.slotUnqualified.length).fill(0.1);
    expectUnchanged([w, policy, access, share, unq], () => produce(w, policy, access, share, unq));
  });

  it('leaves firms of sectors without a measure unchanged when a measure hits another sector', () => {
    const r = run(world, [{ ...tariff('USA', 'CHN', 0.3), sectors: ['cars'] } as Measure]);
    const asml = firmIndex(world, 'asml');
    expect(r.unitCost[asml]).toBeCloseTo(open.unitCost[asml]!, 12);
    expect(world.base.nodeSector[asml]).toBe(sectorIndex.lithography);
  });
});
