import { describe, expect, it } from 'vitest';
import {
  banOn,
  compilePolicy,
  controlBlock,
  itemLevel,
  coverage,
  coveredTrade,
  PRODUCT_LINE_SPAN,
} from '../../src/model/policy.ts';
import { SECTOR_IDS, STATE_CODES, type Measure, type StateCode } from '../../src/model/types.ts';
import { NK, NS, sectorIndex, stateIndex } from '../../src/model/world.ts';
import {
  ban,
  control,
  criticalSlot,
  expectUnchanged,
  firmIndex,
  linksTo,
  smallWorld,
  tariff,
} from './helpers.ts';

const world = smallWorld();
const base = world.base;
const tIdx = (buyer: StateCode, supplier: StateCode, k: (typeof SECTOR_IDS)[number]) =>
  (stateIndex[buyer] * NS + stateIndex[supplier]) * NK + sectorIndex[k];
const cIdx = (supplier: StateCode, buyer: StateCode, k: (typeof SECTOR_IDS)[number]) =>
  (stateIndex[supplier] * NS + stateIndex[buyer]) * NK + sectorIndex[k];

/** a firm node of the test world in a state and sector */
function firmIn(state: StateCode, sector: (typeof SECTOR_IDS)[number]): number {
  const j = base.firms.findIndex((f) => f.state === state && f.sector === sector);
  if (j < 0) throw new Error(`no ${sector} firm in ${state}`);
  return j;
}

describe('coverage', () => {
  it.each([
    { tech: 0.5, threshold: 0, covered: 1 },
    { tech: 0.05, threshold: 0, covered: 1 },
    { tech: 0.5, threshold: 0.6, covered: 0 },
    { tech: 0.6, threshold: 0.6, covered: 0 },
    { tech: 0.6 + PRODUCT_LINE_SPAN / 2, threshold: 0.6, covered: 0.5 },
    { tech: 0.6 + PRODUCT_LINE_SPAN, threshold: 0.6, covered: 1 },
    { tech: 1, threshold: 0.2, covered: 1 },
  ])(
    'a firm at tech $tech under threshold $threshold is covered $covered',
    ({ tech, threshold, covered }) => {
      expect(coverage(tech, threshold)).toBeCloseTo(covered, 12);
    },
  );
});

describe('compilePolicy', () => {
  it('with no measures, nothing is taxed, closed, banned, subsidised or mandated', () => {
    const p = compilePolicy(base, []);
    expect(p.tariff.every((x) => x === 0)).toBe(true);
    expect(p.hasControls).toBe(false);
    expect(p.controls.every((x) => x === undefined)).toBe(true);
    expect(p.firmControls.size + p.banAll.size + p.banCii.size).toBe(0);
    expect(p.subsidy.every((x) => x === 0)).toBe(true);
    expect(p.mandate.every((x) => x === 0)).toBe(true);
  });

  it('charges a tariff by sector only on the sectors it lists, and only on the target', () => {
    const p = compilePolicy(base, [
      { ...tariff('USA', 'CHN', 0.25), sectors: ['memory', 'logic'] } as Measure,
    ]);
    for (const k of SECTOR_IDS) {
      const expected = k === 'memory' || k === 'logic' ? 0.25 : 0;
      expect(p.tariff[tIdx('USA', 'CHN', k)], k).toBe(expected);
      expect(p.tariff[tIdx('CHN', 'USA', k)], k).toBe(0);
      expect(p.tariff[tIdx('USA', 'EU', k)], k).toBe(0);
    }
  });

  it('charges a tariff without sectors on every sector', () => {
    const p = compilePolicy(base, [tariff('CHN', 'USA', 0.1)]);
    for (const k of SECTOR_IDS) expect(p.tariff[tIdx('CHN', 'USA', k)]).toBe(0.1);
    expect(p.tariff.reduce((a, b) => a + b, 0)).toBeCloseTo(0.1 * NK, 12);
  });

  it('adds up two tariffs of one maker on one target, and ignores a tariff aimed at its maker', () => {
    const p = compilePolicy(base, [
      tariff('USA', 'CHN', 0.1, 'a'),
      tariff('USA', 'CHN', 0.15, 'b'),
      tariff('EU', 'EU', 0.5, 'self'),
    ]);
    expect(p.tariff[tIdx('USA', 'CHN', 'phones')]).toBeCloseTo(0.25, 12);
    expect(p.tariff[tIdx('EU', 'EU', 'phones')]).toBe(0);
  });

  it('an export control to a state closes its sectors from the maker and from joined states only', () => {
    const p = compilePolicy(base, [control('USA', 'CHN', ['lithography'], { joined: ['JPN', 'EU'] })]);
    expect(p.hasControls).toBe(true);
    for (const sup of STATE_CODES) {
      for (const buyer of STATE_CODES) {
        for (const k of SECTOR_IDS) {
          const on = ['USA', 'JPN', 'EU'].includes(sup) && buyer === 'CHN' && k === 'lithography';
          expect(p.controls[cIdx(sup, buyer, k)] !== undefined, `${sup}->${buyer} ${k}`).toBe(on);
        }
      }
    }
    expect(p.controls[cIdx('JPN', 'CHN', 'lithography')]).toEqual([{ threshold: 0, size: 1 }]);
  });

  it('an export control to ALL closes the sector to every buyer state but the maker', () => {
    const p = compilePolicy(base, [control('CHN', 'ALL', ['gallium'], { size: 0.5 })]);
    for (const buyer of STATE_CODES) {
      const rules = p.controls[cIdx('CHN', buyer, 'gallium')];
      if (buyer === 'CHN') expect(rules).toBeUndefined();
      else expect(rules).toEqual([{ threshold: 0, size: 0.5 }]);
    }
  });

  it('an export control aimed at a firm becomes a firm rule with its makers (joined included) and sectors', () => {
    const huawei = firmIndex(world, 'huawei');
    const p = compilePolicy(base, [control('USA', 'huawei', ['logic'], { threshold: 0.8, joined: ['TWN'] })]);
    expect(p.hasControls).toBe(false);
    const rules = p.firmControls.get(huawei)!;
    expect(rules).toHaveLength(1);
    expect(rules[0]!.threshold).toBe(0.8);
    expect([...rules[0]!.makers].sort()).toEqual([stateIndex.USA, stateIndex.TWN].sort());
    expect([...rules[0]!.sectors!]).toEqual([sectorIndex.logic]);
  });

  it('an entity listing closes every sector from the maker to the firm', () => {
    const huawei = firmIndex(world, 'huawei');
    const p = compilePolicy(base, [{ kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' }]);
    expect(p.firmControls.get(huawei)).toEqual([
      { threshold: 0, size: 1, makers: new Set([stateIndex.USA]), sectors: null },
    ]);
  });

  it('files purchase bans by scope under the banned firm, with the maker as buyer state', () => {
    const micron = firmIndex(world, 'micron');
    const p = compilePolicy(base, [ban('CHN', 'micron', 'cii'), ban('ROW', 'micron', 'all')]);
    expect(p.banCii.get(micron)).toEqual(new Set([stateIndex.CHN]));
    expect(p.banAll.get(micron)).toEqual(new Set([stateIndex.ROW]));
  });

  it('ignores measures naming a firm the world does not have', () => {
    const p = compilePolicy(base, [
      ban('CHN', 'memory-chn-999'),
      { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'memory-chn-999' },
      control('USA', 'memory-chn-999', ['logic']),
    ]);
    expect(p.banCii.size + p.firmControls.size).toBe(0);
  });

  it('caps subsidies of one state and sector at 90% when they add up above it', () => {
    const p = compilePolicy(base, [
      { kind: 'subsidy', id: 'a', maker: 'CHN', sectors: ['memory'], rate: 0.6 },
      { kind: 'subsidy', id: 'b', maker: 'CHN', sectors: ['memory', 'logic'], rate: 0.6 },
    ]);
    expect(p.subsidy[stateIndex.CHN * NK + sectorIndex.memory]).toBe(0.9);
    expect(p.subsidy[stateIndex.CHN * NK + sectorIndex.logic]).toBeCloseTo(0.6, 12);
    expect(p.subsidy[stateIndex.USA * NK + sectorIndex.memory]).toBe(0);
  });

  it('adds mandate strengths by state and standard', () => {
    const p = compilePolicy(base, [
      { kind: 'standardMandate', id: 'a', maker: 'CHN', standard: 'B', strength: 1.5 },
      { kind: 'standardMandate', id: 'b', maker: 'CHN', standard: 'B', strength: 1 },
    ]);
    expect(p.mandate[stateIndex.CHN * 2 + 1]).toBe(2.5);
    expect(p.mandate[stateIndex.CHN * 2]).toBe(0);
  });

  it('does not modify its input', () => {
    const measures: Measure[] = [
      tariff('USA', 'CHN', 0.1),
      control('USA', 'CHN', ['logic'], { joined: ['JPN'] }),
      ban('CHN', 'micron'),
      { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['memory'], rate: 0.95 },
    ];
    expectUnchanged([measures, base], () => compilePolicy(base, measures));
  });
});

describe('controlBlock', () => {
  // Huawei (level 0.9) and a generated Chinese phone maker (about 0.4): device makers, who buy chips as made.
  const chnLogicBuyer = firmIndex(world, 'huawei');
  const matureBuyer = firmIn('CHN', 'phones');
  const logic = sectorIndex.logic;
  const intel = firmIndex(world, 'intel');
  const smic = firmIndex(world, 'smic');
  const tsmc = firmIndex(world, 'tsmc');

  it('closes the covered part of a link from the maker to the target state', () => {
    const p = compilePolicy(base, [control('USA', 'CHN', ['logic'], { threshold: 0.75, size: 0.8 })]);
    // Intel is at tech 0.9: (0.9 - 0.75) / 0.3 = half its line is covered, and 80% of that is denied.
    expect(controlBlock(p, base, chnLogicBuyer, intel, logic)).toBeCloseTo(0.8 * 0.5, 12);
    expect(controlBlock(p, base, chnLogicBuyer, tsmc, logic)).toBe(0);
    expect(controlBlock(p, base, chnLogicBuyer, intel, sectorIndex.memory)).toBe(0);
  });

  it('bites by what is bought: a fab below the threshold keeps buying the same supplier’s mature tools', () => {
    const asml = firmIndex(world, 'asml');
    const litho = sectorIndex.lithography;
    // the least advanced Chinese chip maker: a fab whose processes need only mature tools
    const fabs = base.firms
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.state === 'CHN' && (f.sector === 'logic' || f.sector === 'memory'));
    const matureFab = fabs.reduce((a, b) => (base.firmTech[b.i]! < base.firmTech[a.i]! ? b : a)).i;
    const threshold = base.firmTech[matureFab]! + 0.01;
    expect(base.firmTech[smic]!).toBeGreaterThan(threshold);
    expect(base.firmTech[asml]!).toBeGreaterThan(threshold);
    const p = compilePolicy(base, [control('EU', 'CHN', ['lithography'], { threshold, size: 1 })]);
    expect(controlBlock(p, base, matureFab, asml, litho)).toBe(0);
    expect(controlBlock(p, base, smic, asml, litho)).toBeGreaterThan(0);
  });

  it('device makers buy chips as made: a control on advanced chips covers every device maker buying them', () => {
    // a generated Chinese phone maker sits near level 0.4, far below Intel's chips (0.9)
    const threshold = base.firmTech[matureBuyer]! + 0.01;
    const p = compilePolicy(base, [control('USA', 'CHN', ['logic'], { threshold, size: 1 })]);
    expect(itemLevel(base, matureBuyer, intel)).toBe(base.firmTech[intel]);
    expect(controlBlock(p, base, matureBuyer, intel, logic)).toBeGreaterThan(0);
    expect(controlBlock(p, base, matureBuyer, intel, logic)).toBe(
      controlBlock(p, base, chnLogicBuyer, intel, logic),
    );
  });

  it('never closes a domestic link', () => {
    const p = compilePolicy(base, [control('CHN', 'ALL', ['logic'])]);
    expect(controlBlock(p, base, chnLogicBuyer, smic, logic)).toBe(0);
    expect(controlBlock(p, base, firmIn('USA', 'phones'), smic, logic)).toBe(1);
  });

  it('closes links of joined states too', () => {
    const p = compilePolicy(base, [control('USA', 'CHN', ['logic'], { joined: ['TWN'] })]);
    expect(controlBlock(p, base, chnLogicBuyer, tsmc, logic)).toBe(1);
  });

  it('a firm-targeted control closes links to that firm only, and only from its makers', () => {
    const huawei = firmIndex(world, 'huawei');
    const zte = firmIndex(world, 'zte');
    const p = compilePolicy(base, [control('USA', 'huawei', ['logic'])]);
    expect(controlBlock(p, base, huawei, intel, logic)).toBe(1);
    expect(controlBlock(p, base, huawei, tsmc, logic)).toBe(0);
    expect(controlBlock(p, base, zte, intel, logic)).toBe(0);
  });

  it('an entity listing closes every sector from its maker to the firm', () => {
    const huawei = firmIndex(world, 'huawei');
    const micron = firmIndex(world, 'micron');
    const p = compilePolicy(base, [{ kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' }]);
    expect(controlBlock(p, base, huawei, intel, logic)).toBe(1);
    expect(controlBlock(p, base, huawei, micron, sectorIndex.memory)).toBe(1);
  });
});

describe('banOn', () => {
  it('reports the scope of the buyer state’s own ban, and nothing for other states', () => {
    const micron = firmIndex(world, 'micron');
    const p = compilePolicy(base, [ban('CHN', 'micron', 'cii'), ban('ROW', 'micron', 'all')]);
    expect(banOn(p, base, firmIn('CHN', 'phones'), micron)).toBe('cii');
    expect(banOn(p, base, firmIn('ROW', 'phones'), micron)).toBe('all');
    expect(banOn(p, base, firmIn('USA', 'phones'), micron)).toBeNull();
    expect(banOn(p, base, firmIn('CHN', 'phones'), firmIndex(world, 'samsung'))).toBeNull();
  });
});

describe('coveredTrade', () => {
  it('is zero for no measures', () => {
    expect(Array.from(coveredTrade(world, []))).toEqual(new Array(NS).fill(0));
  });

  it('a tariff is felt by the exporting state, in proportion to its rate', () => {
    const felt10 = coveredTrade(world, [tariff('USA', 'CHN', 0.1)]);
    const felt20 = coveredTrade(world, [tariff('USA', 'CHN', 0.2)]);
    expect(felt10[stateIndex.CHN]).toBeGreaterThan(0);
    expect(felt20[stateIndex.CHN]).toBeCloseTo(2 * felt10[stateIndex.CHN]!, 9);
    felt10.forEach((v, i) => i !== stateIndex.CHN && expect(v).toBe(0));
  });

  it('a ban is felt by the banned firm’s home state, a control by the buyer state it cuts off', () => {
    const banFelt = coveredTrade(world, [ban('CHN', 'micron')]);
    expect(banFelt[stateIndex.USA]).toBeGreaterThan(0);
    expect(banFelt[stateIndex.CHN]).toBe(0);
    const controlFelt = coveredTrade(world, [control('USA', 'CHN', ['memory'])]);
    expect(controlFelt[stateIndex.CHN]).toBeGreaterThan(0);
    expect(controlFelt[stateIndex.USA]).toBe(0);
  });

  it('a CII ban is felt less than a full ban: by the CII share of what the firm sells to critical buyers', () => {
    const w = smallWorld({}, { CHN: { ciiShare: 0.4 } });
    const cii = coveredTrade(w, [ban('CHN', 'micron', 'cii')])[stateIndex.USA]!;
    const all = coveredTrade(w, [ban('CHN', 'micron', 'all')])[stateIndex.USA]!;
    const micron = firmIndex(w, 'micron');
    let critical = 0;
    let total = 0;
    for (const { slot, link } of linksTo(w, micron, 'CHN')) {
      const b = w.base.slotNode[slot]!;
      const q = (b < w.base.nFirms ? w.output[b]! : w.base.finalDemand[b]!) * w.base.slotAlpha[slot]!;
      total += q * w.linkShare[link]!;
      if (criticalSlot(w, slot)) critical += q * w.linkShare[link]!;
    }
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(total);
    expect(cii / all).toBeCloseTo((0.4 * critical) / total, 9);
  });
});
