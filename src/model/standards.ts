// Standards: standards-bearing firms now and then reconsider which technology stack they build on (increasing-returns
// adoption after W. Brian Arthur, 1989). A stack is worth its quality, plus a network benefit from trade partners on
// it, minus the partners on it that restrictions cut the firm off from, plus any home-state mandate. The choice is a
// seeded logit draw, so lock-in and path dependence can appear.

import type { Policy } from './policy.ts';
import type { Rng } from './rng.ts';
import type { LinkAccess } from './sourcing.ts';
import { STANDARD_IDS, STATE_CODES } from './types.ts';
import { NS, type WorldBase } from './world.ts';

export interface StandardValueInput {
  quality: number;
  networkBenefit: number;
  cutOffCost: number;
  /** trade-weighted share of partners on the standard that the firm may still trade with */
  reachable: number;
  /** trade-weighted share of partners on the standard that restrictions cut it off from */
  cutOff: number;
  mandate: number;
}

export function standardValue(x: StandardValueInput): number {
  return x.quality + x.networkBenefit * x.reachable - x.cutOffCost * x.cutOff + x.mandate;
}

/** Logit probability of choosing B over A at temperature T. */
export function probabilityOfB(valueA: number, valueB: number, temperature: number): number {
  const z = (valueA - valueB) / temperature;
  if (z > 50) return 0;
  if (z < -50) return 1;
  return 1 / (1 + Math.exp(z));
}

/** Share of stack A in each state's market this round (revenue-weighted over standards-bearing firms). */
export function marketStandardShares(
  base: WorldBase,
  standard: Int8Array,
  revenue: Float64Array,
): Float64Array {
  const onA = new Float64Array(NS);
  const all = new Float64Array(NS);
  for (let j = 0; j < base.nFirms; j++) {
    if (standard[j]! < 0) continue;
    for (let m = 0; m < NS; m++) {
      const v = revenue[j * NS + m]!;
      all[m] += v;
      if (standard[j] === 0) onA[m] += v;
    }
  }
  // A market with no standards-bearing sales counts as split evenly, so it pulls toward neither stack.
  return onA.map((a, m) => (all[m]! > 0 ? a / all[m]! : 0.5));
}

export interface StandardSwitch {
  firm: number;
  from: number;
  to: number;
}

/** Returns the new standard of every firm and the switches made; the array passed in is not changed. */
export function reconsiderStandards(
  base: WorldBase,
  policy: Policy,
  access: LinkAccess,
  standard: Int8Array,
  revenue: Float64Array,
  rng: Rng,
): { standard: Int8Array; switches: StandardSwitch[] } {
  const p = base.params;
  const next = standard.slice();
  const switches: StandardSwitch[] = [];
  const shareA = marketStandardShares(base, standard, revenue);
  const cutSell = new Float64Array(NS);
  const supplyTotal = new Float64Array(NS);
  const supplyCut = new Float64Array(NS);
  for (let f = 0; f < base.nFirms; f++) {
    if (standard[f]! < 0) continue;
    // Draw for every standards-bearing firm in the same order, so the stream does not depend on the measures.
    const reconsider = rng.next() < p.reconsiderRate;
    const u = rng.next();
    if (!reconsider) continue;
    // Selling side: markets that ban the firm (entirely, or their CII share).
    for (let m = 0; m < NS; m++) {
      cutSell[m] = policy.banAll.get(f)?.has(m)
        ? 1
        : policy.banCii.get(f)?.has(m)
          ? base.states[STATE_CODES[m]!].ciiShare
          : 0;
      supplyTotal[m] = 0;
      supplyCut[m] = 0;
    }
    // Buying side: the share of the firm's round-0 input from each state that controls now close.
    for (let s = base.nodeFirstSlot[f]!, last = s + base.nodeSlotCount[f]!; s < last; s++) {
      for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
        const m = base.nodeState[base.linkSupplier[l]!]!;
        const w = base.slotAlpha[s]! * base.linkShare0[l]!;
        supplyTotal[m] += w;
        supplyCut[m] += w * access.beta[l]!;
      }
    }
    const home = base.nodeState[f]!;
    const values = STANDARD_IDS.map((_, std) => {
      let reachable = 0;
      let cutOff = 0;
      for (let m = 0; m < NS; m++) {
        const onStd = std === 0 ? shareA[m]! : 1 - shareA[m]!;
        const sell = base.marketWeight0[f * NS + m]!;
        const buy = base.supplyWeight0[f * NS + m]!;
        const buyCut = supplyTotal[m]! > 0 ? supplyCut[m]! / supplyTotal[m]! : 0;
        reachable += 0.5 * onStd * (sell * (1 - cutSell[m]!) + buy * (1 - buyCut));
        cutOff += 0.5 * onStd * (sell * cutSell[m]! + buy * buyCut);
      }
      return standardValue({
        quality: std === 1 ? p.qualityB : 0,
        networkBenefit: p.networkBenefit,
        cutOffCost: p.cutOffCost,
        reachable,
        cutOff,
        mandate: policy.mandate[home * STANDARD_IDS.length + std]!,
      });
    });
    const choice = u < probabilityOfB(values[0]!, values[1]!, p.standardTemperature) ? 1 : 0;
    if (choice !== standard[f]) {
      next[f] = choice;
      switches.push({ firm: f, from: standard[f]!, to: choice });
    }
  }
  return { standard: next, switches };
}
