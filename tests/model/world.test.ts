import { describe, expect, it } from 'vitest';
import { ANCHOR_FIRMS, MAX_FIRMS, SECTORS } from '../../src/model/calibration.ts';
import { isKnownFirm, resolveScenario } from '../../src/model/scenario.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import { BLOC_THRESHOLD, blocOf, buildWorld, NS, stateIndex } from '../../src/model/world.ts';
import { expectUnchanged, scenario, slotSums, snapshot, worldOf } from './helpers.ts';

describe('buildWorld', () => {
  it.each([100, 137, 400])('builds exactly %i firms', (firms) => {
    const w = worldOf(scenario({ firms }));
    expect(w.base.nFirms).toBe(firms);
    expect(w.base.firms).toHaveLength(firms);
  });

  it('builds exactly 20,000 firms at the largest size', { timeout: 60_000 }, () => {
    const w = worldOf(scenario({ firms: MAX_FIRMS }));
    expect(w.base.nFirms).toBe(MAX_FIRMS);
    expect(new Set(w.base.firms.map((f) => f.id)).size).toBe(MAX_FIRMS);
    for (const sum of slotSums(w)) expect(sum).toBeCloseTo(1, 9);
  });

  const w = worldOf(scenario());

  it('has every anchor firm under its own id, name, state and sector', () => {
    for (const a of ANCHOR_FIRMS) {
      const j = w.base.firmIndex.get(a.id);
      expect(j, a.id).toBeDefined();
      expect(w.base.firms[j!]).toEqual({
        id: a.id,
        name: a.name,
        state: a.state,
        sector: a.sector,
        anchor: true,
        techLevel: a.tech,
      });
    }
  });

  it('gives generated firms unique ids the scenario format recognises', () => {
    const ids = w.base.firms.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of w.base.firms) {
      expect(isKnownFirm(f.id), f.id).toBe(true);
      expect(f.techLevel).toBeGreaterThanOrEqual(0.05);
      expect(f.techLevel).toBeLessThanOrEqual(1);
      if (!f.anchor) expect(f.id.startsWith(`${f.sector}-${f.state.toLowerCase()}-`)).toBe(true);
    }
  });

  it('gives every state at least one device maker, so each has a cost index', () => {
    for (const c of STATE_CODES) {
      const devices = w.base.firms.filter(
        (f) => f.state === c && SECTORS.find((s) => s.id === f.sector)!.tier === 'devices',
      );
      expect(devices.length, c).toBeGreaterThan(0);
    }
  });

  it('makes the shares of every slot sum to 1, none negative', () => {
    for (const sum of slotSums(w)) expect(sum).toBeCloseTo(1, 12);
    for (const x of w.linkShare) expect(x).toBeGreaterThanOrEqual(0);
  });

  it('orders slots by buyer tier, final buyers first, so demand flows upstream in one pass', () => {
    const tiers = Array.from(w.base.slotNode, (b) => w.base.nodeTier[b]!);
    for (let s = 1; s < tiers.length; s++) expect(tiers[s]).toBeLessThanOrEqual(tiers[s - 1]!);
  });

  it('makes round-0 output the demand that flows upstream through the round-0 shares', () => {
    const base = w.base;
    const demand = Float64Array.from(base.finalDemand);
    for (let s = 0; s < base.slotNode.length; s++) {
      const q = demand[base.slotNode[s]!]! * base.slotAlpha[s]!;
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++)
        demand[base.linkSupplier[l]!] += q * base.linkShare0[l]!;
    }
    for (let j = 0; j < base.nFirms; j++) expect(w.output[j]).toBeCloseTo(Math.max(demand[j]!, 1e-6), 9);
  });

  it('sets round-0 capacity so that every firm runs at its target utilisation, with no markup', () => {
    const u = w.base.params.targetUtilisation;
    for (let j = 0; j < w.base.nFirms; j++) {
      expect(w.output[j]! / w.capacity[j]!).toBeCloseTo(u, 12);
      expect(w.markup[j]).toBe(0);
    }
  });

  it('starts every firm at unit cost 1: value added plus inputs at their round-0 cost', () => {
    for (let j = 0; j < w.base.nFirms; j++) {
      expect(w.unitCost[j]).toBe(1);
      expect(w.base.va0[j]! + w.base.inputCost0[j]!).toBeCloseTo(1, 12);
      expect(w.inputCost[j]).toBe(w.base.inputCost0[j]);
    }
  });

  it('starts with no measures, an index of 100 and cross-border trade to measure intensities by', () => {
    expect(w.round).toBe(0);
    expect(w.measures).toEqual([]);
    expect(w.costIndex).toBe(100);
    expect(w.base.trade0).toBeGreaterThan(0);
  });

  it('puts only China-based firms on stack B at round 0, and only in standards sectors', () => {
    for (let j = 0; j < w.base.nFirms; j++) {
      const f = w.base.firms[j]!;
      const bearing = SECTORS.find((s) => s.id === f.sector)!.standard;
      if (!bearing) expect(w.standard[j]).toBe(-1);
      else if (f.state !== 'CHN') expect(w.standard[j]).toBe(0);
      else expect([0, 1]).toContain(w.standard[j]);
    }
  });

  it('market and supply weights of each firm sum to 1 (or 0 where it buys nothing)', () => {
    for (let j = 0; j < w.base.nFirms; j++) {
      let m = 0;
      let s = 0;
      for (let k = 0; k < NS; k++) {
        m += w.base.marketWeight0[j * NS + k]!;
        s += w.base.supplyWeight0[j * NS + k]!;
      }
      expect(m).toBeCloseTo(1, 12);
      expect(s === 0 || Math.abs(s - 1) < 1e-12).toBe(true);
    }
  });

  it('builds the same world from the same seed', () => {
    expect(snapshot(worldOf(scenario({ seed: 3 })))).toEqual(snapshot(worldOf(scenario({ seed: 3 }))));
  });

  it('builds different generated firms from a different seed, with the same counts', () => {
    const a = worldOf(scenario({ seed: 3 }));
    const b = worldOf(scenario({ seed: 4 }));
    expect(a.base.nFirms).toBe(b.base.nFirms);
    expect(snapshot(a.base.linkShare0)).not.toEqual(snapshot(b.base.linkShare0));
  });

  it('follows the states handed in for alignment', () => {
    const r = resolveScenario(scenario({ states: { EU: { alignment: -0.4 } } }));
    const world = buildWorld({ seed: 1, firms: 100, params: r.params, states: r.states });
    expect(world.alignment[stateIndex.EU]).toBe(-0.4);
  });

  it('does not modify its input', () => {
    const r = resolveScenario(scenario());
    const opts = { seed: 5, firms: 120, params: r.params, states: r.states };
    expectUnchanged([opts], () => buildWorld(opts));
  });

  it('the unchanged-input check notices a single changed element of a typed array', () => {
    const world = worldOf(scenario());
    const before = snapshot(world);
    world.linkShare[3] = world.linkShare[3]! + 1e-12;
    expect(snapshot(world)).not.toEqual(before);
  });
});

describe('blocOf', () => {
  it.each([
    [1, 'US'],
    [BLOC_THRESHOLD, 'US'],
    [BLOC_THRESHOLD - 1e-9, 'NA'],
    [0, 'NA'],
    [-BLOC_THRESHOLD + 1e-9, 'NA'],
    [-BLOC_THRESHOLD, 'CN'],
    [-1, 'CN'],
  ])('alignment %d is in bloc %s', (a, bloc) => {
    expect(blocOf(a)).toBe(bloc);
  });
});
