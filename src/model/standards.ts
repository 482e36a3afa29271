// Standards: standards-bearing firms now and then reconsider which technology stack they build on (increasing-returns
// adoption after W. Brian Arthur, 1989). A stack is worth its quality, plus a network benefit from trade partners on
// it, minus the partners on it that restrictions cut the firm off from, plus any home-state mandate. The choice is a
// seeded logit draw, so lock-in and path dependence can appear. The starting split is solved to be an equilibrium of
// this same choice (settleStandards), so that a world with no measures does not drift away from it.

import { exp, log, pow } from './detmath.ts';
import type { Policy } from './policy.ts';
import type { Rng } from './rng.ts';
import type { LinkAccess } from './sourcing.ts';
import { STANDARD_IDS, STATE_CODES } from './types.ts';
import { baseOf, slotQuantity0, type WorldBase } from './world.ts';
import { newFloat64 } from './arrays.ts';

/** number of states (world.ts has the same; kept here so that this module imports no values from world.ts) */
const NS = STATE_CODES.length;
const CHINA = STATE_CODES.indexOf('CHN');

export interface StandardValueInput {
  quality: number;
  networkBenefit: number;
  cutOffCost: number;
  /** trade-weighted share of partners on the standard that the firm may still trade with */
  reachable: number;
  /** trade-weighted share of partners on the standard that restrictions cut it off from */
  cutOff: number;
  mandate: number;
  /** the home value of the standard where the firm is based (see settleStandards); 0 if absent */
  home?: number;
}

export function standardValue(x: StandardValueInput): number {
  return x.quality + (x.home ?? 0) + x.networkBenefit * x.reachable - x.cutOffCost * x.cutOff + x.mandate;
}

/** Logit probability of choosing B over A at temperature T. */
export function probabilityOfB(valueA: number, valueB: number, temperature: number): number {
  const z = (valueA - valueB) / temperature;
  if (z > 50) return 0;
  if (z < -50) return 1;
  return 1 / (1 + exp(z));
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
 * trade with gives no network benefit, whichever side closes the link. Closures in force at round 0 count only for
 * what later ones close beyond them (WorldBase.linkClosed0). Only slots with a closed link are visited.
 */
export interface BlockedPartners {
  sell: Float64Array;
  buy: Float64Array;
}

export function blockedPartners(base: WorldBase, access: LinkAccess): BlockedPartners {
  const F = base.nFirms;
  const sell = newFloat64(F * NS);
  const buy = newFloat64(F * NS);
  for (let s = 0; s < base.slotNode.length; s++) {
    if (!access.slotClosed[s]) continue;
    const b = base.slotNode[s]!;
    const bs = base.nodeState[b]!;
    const buyerBears = b < F && base.sectorStandard[base.nodeSector[b]!] === 1;
    // A slot counts for a standards-bearing buyer (its purchases) or for standards-bearing suppliers (their sales).
    if (!buyerBears && base.sectorStandard[base.slotSector[s]!] !== 1) continue;
    const q0 = slotQuantity0(base, s);
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      let closed = Math.max(access.beta[l]!, access.ciiBlocked[l] ? access.slotPhi[s]! : 0);
      // the part closed since round 0, of the part open then: a closure in force at round 0 shaped the round-0 shares
      // and cuts nothing off that was traded
      const closed0 = base.linkClosed0[l]!;
      if (closed0 > 0) closed = closed0 < 1 ? Math.max(0, closed - closed0) / (1 - closed0) : 0;
      if (closed === 0) continue;
      const j = base.linkSupplier[l]!;
      if (base.sectorStandard[base.nodeSector[j]!] === 1)
        sell[j * NS + bs] += q0 * base.linkShare0[l]! * closed;
      if (buyerBears) buy[b * NS + base.nodeState[j]!] += base.slotAlpha[s]! * base.linkShare0[l]! * closed;
    }
  }
  // As shares of what the firm sold to, and bought from, each state at round 0 (at round-0 prices of 1).
  for (let f = 0; f < F; f++) {
    if (base.sectorStandard[base.nodeSector[f]!] !== 1) continue;
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

/**
 * What stacks A and B are worth to firm f (standardValue), given each market's share of stack A, the partners the
 * measures block (null: none) and the mandates in force (null: none).
 */
function stackValues(
  base: WorldBase,
  f: number,
  shareA: Float64Array,
  blocked: BlockedPartners | null,
  mandate: Float64Array | null,
): [number, number] {
  const p = base.params;
  const home = base.nodeState[f]!;
  const values: [number, number] = [0, 0];
  for (let std = 0; std < 2; std++) {
    let reachable = 0;
    let cutOff = 0;
    for (let m = 0; m < NS; m++) {
      const onStd = std === 0 ? shareA[m]! : 1 - shareA[m]!;
      const sell = base.marketWeight0[f * NS + m]!;
      const buy = base.supplyWeight0[f * NS + m]!;
      const sellCut = blocked ? blocked.sell[f * NS + m]! : 0;
      const buyCut = blocked ? blocked.buy[f * NS + m]! : 0;
      reachable += 0.5 * onStd * (sell * (1 - sellCut) + buy * (1 - buyCut));
      cutOff += 0.5 * onStd * (sell * sellCut + buy * buyCut);
    }
    values[std] = standardValue({
      quality: std === 1 ? p.qualityB : 0,
      home: std === base.standard0[f] ? base.homeValue[f]! : 0,
      networkBenefit: p.networkBenefit,
      cutOffCost: p.cutOffCost,
      reachable,
      cutOff,
      mandate: mandate ? mandate[home * STANDARD_IDS.length + std]! : 0,
    });
  }
  return values;
}

/**
 * The home value of stack B that makes the firms' mean logit probability of choosing B equal `target` (0-1, open),
 * given each firm's value of B over A without it (`gaps`). The mean rises with the home value, so bisection finds it;
 * the bracket is exact: at T logit(target) - max gap every firm's probability is at most the target, and at
 * T logit(target) - min gap at least.
 */
export function solveHomeValue(gaps: ArrayLike<number>, target: number, temperature: number): number {
  if (gaps.length === 0 || !(target > 0 && target < 1)) return 0;
  let gMin = Infinity;
  let gMax = -Infinity;
  for (let i = 0; i < gaps.length; i++) {
    gMin = Math.min(gMin, gaps[i]!);
    gMax = Math.max(gMax, gaps[i]!);
  }
  const logit = temperature * log(target / (1 - target));
  let lo = logit - gMax;
  let hi = logit - gMin;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = 0.5 * (lo + hi);
    let mean = 0;
    for (let k = 0; k < gaps.length; k++) mean += probabilityOfB(0, gaps[k]! + mid, temperature);
    if (mean / gaps.length < target) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** closest a solved choice probability comes to 0 or 1, so that home values stay finite */
const PROBABILITY_FLOOR = 1e-9;

/**
 * The solved start: why firms stay on the stack they start on. Network benefit alone would pull a minority over to
 * the stack most partners use, so a split start would drift even with no measures. The firms that start on the
 * stack the network under-predicts are read as tied to a home ecosystem of it (for China's firms on stack B:
 * domestic standards policy, as with TD-SCDMA and WAPI; their own operators and software), and value it above what its
 * network gives them. How much is solved region by region (China; everywhere else), as a market share reveals a
 * product's value in a logit model (Berry 1994): the value that makes the region's expected share of each stack, with
 * every standards-bearing firm choosing by the same logit rule as every round, equal the scenario's starting share
 * (initialStackB, initialStackBAbroad). Networks are valued at the expected start (each firm on B with its region's
 * share), so the value does not depend on which firms the seed happened to draw. The start is then an equilibrium of
 * the model's own choice, and a world with no measures has nothing to drift toward.
 *
 * Only one stack per region gets a home value, never a negative one; a region wholly on one stack has none. Quality
 * (qualityB) is left out: a better stack is a cause of change, not something the start explains away. From an even
 * start (half of each region on each stack) the value is 0, and which stack wins is chance (Arthur 1989).
 *
 * Returns each firm's home value of the stack it starts on (0 for most); nothing passed in is changed.
 */
export function solveHomeValues(base: WorldBase, standard: Int8Array, revenue: Float64Array): Float64Array {
  const p = base.params;
  const T = p.standardTemperature;
  const F = base.nFirms;
  const home = new Float64Array(F);
  const inChina = (f: number) => base.nodeState[f] === CHINA;
  const targetOf = (f: number) => (inChina(f) ? p.initialStackB : p.initialStackBAbroad);
  // Each market's expected share of stack A at the start (marketStandardShares, with probabilities for stacks).
  const shareA = new Float64Array(NS);
  const all = new Float64Array(NS);
  for (let j = 0; j < F; j++) {
    if (standard[j]! < 0) continue;
    for (let m = 0; m < NS; m++) {
      const v = revenue[j * NS + m]!;
      all[m] += v;
      shareA[m] += v * (1 - targetOf(j));
    }
  }
  for (let m = 0; m < NS; m++) shareA[m] = all[m]! > 0 ? shareA[m]! / all[m]! : 0.5;
  // The values the home value is solved from leave it and quality out.
  const plain = baseOf({ ...base, params: { ...p, qualityB: 0 }, homeValue: new Float64Array(F) });
  for (const china of [true, false]) {
    const target = china ? p.initialStackB : p.initialStackBAbroad;
    if (!(target > 0 && target < 1)) continue;
    // Each firm's value of B over A, grouped by the stack it starts on.
    const gaps: [number[], number[]] = [[], []];
    let expectedB = 0;
    for (let f = 0; f < F; f++) {
      if (standard[f]! < 0 || inChina(f) !== china) continue;
      const [a, b] = stackValues(plain, f, shareA, null, null);
      gaps[standard[f]!]!.push(b - a);
      expectedB += probabilityOfB(a, b, T);
    }
    const firms = gaps[0].length + gaps[1].length;
    if (firms === 0 || expectedB === target * firms) continue;
    // The firms on the stack the network under-predicts must choose it this often, on average, for the region to
    // expect its starting share on it. A home value of A is solved as one of B with the gaps' signs turned.
    const std = expectedB < target * firms ? 1 : 0;
    const share = std === 1 ? target : 1 - target;
    const sign = std === 1 ? 1 : -1;
    const mine = gaps[std].map((g) => sign * g);
    const others = gaps[1 - std]!;
    if (mine.length === 0) continue;
    let fromOthers = 0;
    for (const g of others) fromOthers += probabilityOfB(0, sign * g, T);
    const needed = others.length > 0 ? (share - (1 - share) * (fromOthers / others.length)) / share : share;
    const h = solveHomeValue(mine, Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, needed)), T);
    if (!(h > 0)) continue;
    for (let f = 0; f < F; f++) if (standard[f] === std && inChina(f) === china) home[f] = h;
  }
  return home;
}

/** The interoperability cost of every link, for one round. */
export interface InteropCost {
  /** the multiple of the supplier's price the buyer pays */
  price: Float64Array;
  /** price^-sigma: the multiple of the buyer's CES preference weight for the supplier (sourcing.ts) */
  sourcing: Float64Array;
  /** price^(1-sigma): the multiple of the supplier's term in the buyer's CES price index (production.ts) */
  pricing: Float64Array;
  /** whether any link's price moved (if not, every array is all ones and callers may skip it) */
  moved: boolean;
}

/**
 * Interoperability cost: what a buyer pays on each link, as a multiple of the supplier's price, for a supplier whose
 * products are built for another stack than its own market uses. A standards-bearing supplier's products are built
 * for its stack; any other supplier's, when sold to a standards-bearing firm, for the stack mix of the supplier's home
 * market (a chip designed in Korea is designed for the devices Korea's market uses). Links that touch no stack cost
 * nothing extra. A market's stack mix is its installed base: the share of its round-0 purchases of standards-bearing
 * goods made from firms now on stack A, so it moves when a firm switches stack, not with every shift of trade. The
 * mismatch x is the gap between two shares of stack A: for a supplier on one stack, the share of the buyer's market
 * on the other; for other inputs, how far apart the two markets' stack mixes are. The buyer pays
 *
 *   price x (1 + interopCost x) / (1 + interopCost x0),
 *
 * with x0 the link's mismatch at round 0: round-0 prices and shares already carry round-0 frictions (as every round-0
 * price is 1), so only a change in the stacks moves a price, and the round-0 world stays calibrated. Divergence thus
 * raises what buyers pay across the split and moves them toward suppliers on their market's stack.
 *
 * Returns, per link, the price multiple and the two powers of it that sourcing and pricing use (CES with the
 * elasticity sigma of the link's sector). Links of one class (same buyer state and sector, and the same supplier state,
 * or the same supplier stack now and at round 0) share one value, so powers are taken once per class, not per link.
 *
 * Pure: returns new arrays over links (1 where nothing changed); nothing passed in is changed.
 */
export function interopFactors(base: WorldBase, standard: Int8Array): InteropCost {
  const L = base.linkSupplier.length;
  const price = newFloat64(L).fill(1);
  const sourcing = newFloat64(L).fill(1);
  const pricing = newFloat64(L).fill(1);
  // One result object, made on every call: V8 optimised this function before any call had reached a literal at its
  // end (most calls return early, with every firm on its first stack) and bailed out there a dozen times a worker.
  const result: InteropCost = { price, sourcing, pricing, moved: false };
  const c = base.params.interopCost;
  if (!(c > 0)) return result;
  const F = base.nFirms;
  // While every firm is on the stack it started on, nothing has changed since round 0.
  let changed = false;
  for (let j = 0; j < F && !changed; j++) changed = standard[j] !== base.standard0[j];
  if (!changed) return result;
  const mix = marketStandardShares(base, standard, base.revenue0);
  const mix0 = base.marketShareA0;
  const NK = base.sectorElasticity.length;
  const multiple = (x: number, x0: number) => (x === x0 ? 1 : (1 + c * x) / (1 + c * x0));
  // Price multiples by class: inputs of standards-bearing firms by (buyer state, supplier state); standards-bearing
  // goods by (buyer state, supplier's stack now, its stack at round 0), A counting as 1 and B as 0.
  const inputs = new Float64Array(NS * NS);
  const goods = new Float64Array(NS * 4);
  for (let bs = 0; bs < NS; bs++) {
    for (let js = 0; js < NS; js++)
      inputs[bs * NS + js] = multiple(Math.abs(mix[js]! - mix[bs]!), Math.abs(mix0[js]! - mix0[bs]!));
    for (let now = 0; now < 2; now++)
      for (let then = 0; then < 2; then++)
        goods[bs * 4 + now * 2 + then] = multiple(Math.abs(now - mix[bs]!), Math.abs(then - mix0[bs]!));
  }
  // Their powers, by class and sector, taken when first needed (NaN until then).
  const inputWeights = new Float64Array(NS * NS * NK).fill(NaN);
  const goodsWeights = new Float64Array(NS * 4 * NK).fill(NaN);
  const { linkSupplier, nodeState, standard0 } = base;
  let moved = false;
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s]!;
    const bs = base.nodeState[b]!;
    const k = base.slotSector[s]!;
    const sigma = base.sectorElasticity[k]!;
    const start = base.slotStart[s]!;
    const end = start + base.slotLen[s]!;
    if (base.sectorStandard[k] === 1) {
      for (let l = start; l < end; l++) {
        const j = linkSupplier[l]!;
        const cls = bs * 4 + (standard[j] === 0 ? 2 : 0) + (standard0[j] === 0 ? 1 : 0);
        const f = goods[cls]!;
        if (f === 1) continue;
        let w = goodsWeights[cls * NK + k]!;
        if (w !== w) goodsWeights[cls * NK + k] = w = pow(f, -sigma);
        price[l] = f;
        sourcing[l] = w;
        pricing[l] = w * f;
        moved = true;
      }
    } else if (b < F && base.sectorStandard[base.nodeSector[b]!] === 1) {
      for (let l = start; l < end; l++) {
        const cls = bs * NS + nodeState[linkSupplier[l]!]!;
        const f = inputs[cls]!;
        if (f === 1) continue;
        let w = inputWeights[cls * NK + k]!;
        if (w !== w) inputWeights[cls * NK + k] = w = pow(f, -sigma);
        price[l] = f;
        sourcing[l] = w;
        pricing[l] = w * f;
        moved = true;
      }
    }
  }
  result.moved = moved;
  return result;
}

export interface StandardSwitch {
  firm: number;
  from: number;
  to: number;
}

/**
 * Returns the new standard of every firm and the switches made; nothing passed in is changed. `blocked` may be passed
 * when already known for this access (it depends on nothing else).
 */
export function reconsiderStandards(
  base: WorldBase,
  policy: Policy,
  access: LinkAccess,
  standard: Int8Array,
  revenue: Float64Array,
  rng: Rng,
  blocked: BlockedPartners = blockedPartners(base, access),
): { standard: Int8Array; switches: StandardSwitch[] } {
  const p = base.params;
  const next = standard.slice();
  const switches: StandardSwitch[] = [];
  const shareA = marketStandardShares(base, standard, revenue);
  for (let f = 0; f < base.nFirms; f++) {
    if (standard[f]! < 0) continue;
    // Draw for every standards-bearing firm in the same order, so the stream does not depend on the measures.
    const reconsider = rng.next() < p.reconsiderRate;
    const u = rng.next();
    if (!reconsider) continue;
    const [valueA, valueB] = stackValues(base, f, shareA, blocked, policy.mandate);
    const choice = u < probabilityOfB(valueA, valueB, p.standardTemperature) ? 1 : 0;
    if (choice !== standard[f]) {
      next[f] = choice;
      switches.push({ firm: f, from: standard[f]!, to: choice });
    }
  }
  return { standard: next, switches };
}
