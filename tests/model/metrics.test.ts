import { describe, expect, it } from 'vitest';
import { isHostile, MEASURE_KINDS } from '../../src/model/measures/index.ts';
import { computeMetrics, divergence, hhi, type MetricInputs } from '../../src/model/metrics.ts';
import { compilePolicy } from '../../src/model/policy.ts';
import { tradeView } from '../../src/model/retaliation.ts';
import { SECTOR_IDS, STATE_CODES, type Measure } from '../../src/model/types.ts';
import { blocOf, NS, stateIndex, type World } from '../../src/model/world.ts';
import { SECTORS } from '../../src/model/calibration.ts';
import { control, expectUnchanged, smallWorld, tariff, withMeasures } from './helpers.ts';

function inputs(world: World, measures: Measure[] = []): MetricInputs {
  return { tariff: compilePolicy(world.base, measures).tariff, trade0BySector: tradeView(world).bySector };
}

const DEVICE = new Set(SECTORS.filter((s) => s.tier === 'devices').map((s) => s.id));

describe('computeMetrics', () => {
  const world = smallWorld();
  const m = computeMetrics(world, inputs(world));

  it('puts the supply-chain cost index at 100 at round 0, globally and for every state', () => {
    expect(m.supplyChainCost.global).toBeCloseTo(100, 12);
    for (const c of STATE_CODES) expect(m.supplyChainCost[c]).toBeCloseTo(100, 12);
  });

  it('reports no self-harm, escalation or measures at round 0', () => {
    for (const c of STATE_CODES) expect(m.selfHarm[c]).toBe(0);
    expect(m.escalation).toBe(0);
    expect(m.activeMeasures).toBe(0);
    for (const v of Object.values(m.averageTariff)) expect(v).toBe(0);
  });

  it('reports the cross-bloc share of cross-border trade, in [0, 1]', () => {
    let cross = 0;
    let bloc = 0;
    for (let a = 0; a < NS; a++) {
      for (let b = 0; b < NS; b++) {
        if (a === b) continue;
        const v = world.flows[a * NS + b]!;
        cross += v;
        const pair = [blocOf(world.alignment[a]!), blocOf(world.alignment[b]!)];
        if (pair.includes('US') && pair.includes('CN')) bloc += v;
      }
    }
    expect(m.crossBlocTradeShare).toBeCloseTo(bloc / cross, 12);
    expect(m.crossBlocTradeShare).toBeGreaterThan(0);
    expect(m.crossBlocTradeShare).toBeLessThan(1);
  });

  it('reports divergence 0 when both blocs use stack A only', () => {
    const w = smallWorld({ initialStackB: 0 });
    const r = computeMetrics(w, inputs(w));
    expect(r.standardsDivergence).toBe(0);
    expect(r.standardShares).toEqual({ US: 1, CN: 1, NA: 1, global: 1 });
  });

  it('reports divergence 1 when the China-aligned bloc is all on stack B and the US bloc all on A', () => {
    const w = smallWorld({ initialStackB: 1 });
    const r = computeMetrics(w, inputs(w));
    expect(r.standardShares.US).toBe(1);
    expect(r.standardShares.CN).toBe(0);
    expect(r.standardsDivergence).toBe(1);
  });

  it('keeps divergence in [0, 1] for a mixed start', () => {
    const w = smallWorld({ initialStackB: 0.5 });
    const r = computeMetrics(w, inputs(w));
    expect(r.standardsDivergence).toBeGreaterThan(0);
    expect(r.standardsDivergence).toBeLessThan(1);
    expect(r.standardsDivergence).toBeCloseTo(1 - r.standardShares.CN, 12);
  });

  it('gives every sector an HHI in (0, 10,000] and firm shares that sum to 1 per sector', () => {
    for (const k of SECTOR_IDS) {
      expect(m.hhi[k]).toBeGreaterThan(0);
      expect(m.hhi[k]).toBeLessThanOrEqual(10_000);
      let sum = 0;
      world.base.firms.forEach((f, j) => f.sector === k && (sum += m.firmShare[j]!));
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it('reads blocs and alignment from the world', () => {
    for (const c of STATE_CODES) {
      expect(m.alignment[c]).toBe(world.alignment[stateIndex[c]]);
      expect(m.blocs[c]).toBe(blocOf(world.alignment[stateIndex[c]]!));
    }
  });

  it('weighs a state’s device makers’ input costs against round 0, and counts its own measures’ share as self-harm', () => {
    // US device makers pay 10% more for inputs, all of it from US measures.
    const inputCost = world.inputCost.slice();
    const noOwn = world.inputCostNoOwn.slice();
    world.base.firms.forEach((f, j) => {
      if (f.state === 'USA' && DEVICE.has(f.sector)) inputCost[j] = world.base.inputCost0[j]! * 1.1;
    });
    const w = { ...world, inputCost, inputCostNoOwn: noOwn };
    const r = computeMetrics(w, inputs(w));
    expect(r.supplyChainCost.USA).toBeCloseTo(110, 9);
    expect(r.selfHarm.USA).toBeCloseTo(10, 9);
    expect(r.supplyChainCost.CHN).toBeCloseTo(100, 9);
    expect(r.supplyChainCost.global).toBeGreaterThan(100);
    expect(r.supplyChainCost.global).toBeLessThan(110);
  });

  it('counts escalation as the intensity of hostile measures only, and every measure as active', () => {
    const w = withMeasures(world, [
      tariff('USA', 'CHN', 0.1),
      control('USA', 'CHN', ['logic']),
      { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['logic'], rate: 0.2 },
    ]);
    const r = computeMetrics(w, inputs(w));
    expect(r.activeMeasures).toBe(3);
    expect(r.escalation).toBe(2);
  });

  it('averages tariffs over sectors by round-0 trade', () => {
    const measures = [tariff('USA', 'CHN', 0.2)];
    const r = computeMetrics(world, inputs(world, measures));
    expect(r.averageTariff['USA->CHN']).toBeCloseTo(0.2, 12);
    expect(r.averageTariff['CHN->USA']).toBe(0);
    expect(Object.keys(r.averageTariff)).toHaveLength(NS * (NS - 1));
  });

  it('does not modify its input', () => {
    const i = inputs(world, [tariff('USA', 'CHN', 0.2)]);
    expectUnchanged([world, i], () => computeMetrics(world, i));
  });
});

describe('divergence', () => {
  it.each([
    [1, 1, 0],
    [0, 0, 0],
    [1, 0, 1],
    [0, 1, 1],
    [0.3, 0.7, 0.4],
    [0.9, 0.85, 0.05],
  ])('shares of A %d and %d give D = %d', (a, b, d) => {
    expect(divergence(a, b)).toBeCloseTo(d, 12);
  });

  it('stays in [0, 1] and is symmetric over a grid of shares', () => {
    for (let a = 0; a <= 1; a += 0.05) {
      for (let b = 0; b <= 1; b += 0.05) {
        const d = divergence(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(d).toBeCloseTo(divergence(b, a), 12);
      }
    }
  });
});

describe('hhi', () => {
  it.each([
    { shares: [1], h: 10_000 },
    { shares: [5, 5], h: 5_000 },
    { shares: [1, 1, 1, 1], h: 2_500 },
    { shares: [3, 1], h: 75 ** 2 + 25 ** 2 },
    { shares: [], h: 0 },
    { shares: [0, 0], h: 0 },
  ])('revenues $shares give HHI $h', ({ shares, h }) => {
    expect(hhi(shares)).toBeCloseTo(h, 9);
  });

  it('does not depend on the scale of revenues', () => {
    expect(hhi([2, 3, 5])).toBeCloseTo(hhi([20, 30, 50]), 9);
  });

  it('does not modify its input', () => {
    const shares = [3, 1, 2];
    expectUnchanged([shares], () => hhi(shares));
  });
});

describe('isHostile', () => {
  const samples: Record<(typeof MEASURE_KINDS)[number], Measure> = {
    tariff: tariff('USA', 'CHN', 0.1),
    exportControl: control('USA', 'CHN', ['logic']),
    purchaseBan: { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'micron', scope: 'cii' },
    entityListing: { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' },
    subsidy: { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['logic'], rate: 0.2 },
    standardMandate: { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 1 },
  };
  it.each([
    ['tariff', true],
    ['exportControl', true],
    ['purchaseBan', true],
    ['entityListing', true],
    ['subsidy', false],
    ['standardMandate', false],
  ] as const)('a %s is hostile: %s', (kind, hostile) => {
    expect(isHostile(samples[kind])).toBe(hostile);
  });
});
