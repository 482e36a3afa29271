// Standards: standards-bearing firms now and then reconsider which technology stack they build on (increasing-returns
// adoption after W. Brian Arthur, 1989). A stack is worth its quality, plus a network benefit from trade partners on
// it, minus the partners on it that restrictions cut the firm off from, plus any home-state mandate. The choice is a
// seeded logit draw, so lock-in and path dependence can appear.

import type { Policy } from './policy.ts';
import type { Rng } from './rng.ts';
import type { LinkAccess } from './sourcing.ts';
import { STANDARD_IDS } from './types.ts';
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

/**
 * Per firm and state (F x NS): the share of the firm's round-0 sales to buyers in that state (`sell`) and of its
 * round-0 purchases from suppliers there (`buy`) that the measures in force now close. Controls on its sector to a
 * market, that market's bans on the firm (in full, or its CII share) and listings all count; a partner one may not
 * trade with gives no network benefit, whichever side closes the link. Only slots with a closed link are visited.
 */
export function blockedPartners(
  base: WorldBase,
  access: LinkAccess,
): { sell: Float64Array; buy: Float64Array } {
  const F = base.nFirms;
  const sell = new Float64Array(F * NS);
  const buy = new Float64Array(F * NS);
  for (let s = 0; s < base.slotNode.length; s++) {
    if (!access.slotClosed[s]) continue;
    const b = base.slotNode[s]!;
    const bs = base.nodeState[b]!;
    const buyerBears = b < F && base.sectorStandard[base.nodeSector[b]!] === 1;
    const q0 = (b < F ? base.output0[b]! : base.finalDemand[b]!) * base.slotAlpha[s]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const closed = Math.max(access.beta[l]!, access.ciiBlocked[l] ? access.slotPhi[s]! : 0);
      if (closed === 0) continue;
      const j = base.linkSupplier[l]!;
      if (base.sectorStandard[base.nodeSector[j]!] === 1)
        sell[j * NS + bs] += q0 * base.linkShare0[l]! * closed;
      if (buyerBears) buy[b * NS + base.nodeState[j]!] += base.slotAlpha[s]! * base.linkShare0[l]! * closed;
    }
  }
  // As shares of what the firm sold to, and bought from, each state at round 0 (at round-0 prices of 1).
  for (let f = 0; f < F; f++) {
    let perUnit = 0;
    for (let s = base.nodeFirstSlot[f]!, last = s + base.nodeSlotCount[f]!; s < last; s++)
      perUnit += base.slotAlpha[s]!;
    for (let m = 0; m < NS; m++) {
      const i = f * NS + m;
      const sold = base.output0[f]! * base.marketWeight0[i]!;
      const bought = perUnit * base.supplyWeight0[i]!;
      sell[i] = sold > 0 ? Math.min(1, sell[i]! / sold) : 0;
      buy[i] = bought > 0 ? Math.min(1, buy[i]! / bought) : 0;
    }
  }
  return { sell, buy };
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
  const blocked = blockedPartners(base, access);
  for (let f = 0; f < base.nFirms; f++) {
    if (standard[f]! < 0) continue;
    // Draw for every standards-bearing firm in the same order, so the stream does not depend on the measures.
    const reconsider = rng.next() < p.reconsiderRate;
    const u = rng.next();
    if (!reconsider) continue;
    const home = base.nodeState[f]!;
    const values = STANDARD_IDS.map((_, std) => {
      let reachable = 0;
      let cutOff = 0;
      for (let m = 0; m < NS; m++) {
        const onStd = std === 0 ? shareA[m]! : 1 - shareA[m]!;
        const sell = base.marketWeight0[f * NS + m]!;
        const buy = base.supplyWeight0[f * NS + m]!;
        const sellCut = blocked.sell[f * NS + m]!;
        const buyCut = blocked.buy[f * NS + m]!;
        reachable += 0.5 * onStd * (sell * (1 - sellCut) + buy * (1 - buyCut));
        cutOff += 0.5 * onStd * (sell * sellCut + buy * buyCut);
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
