// Sourcing: each buyer, for each input sector, prices its permitted suppliers and moves its shares toward a CES
// (Armington) target over the switching time (or the sector's qualification lag, if longer). Demand a measure cuts
// off is re-spread at once, and the part not yet qualified pays a shortage premium (see production.ts) until it is,
// over the qualification lag.

import { pow, powInt } from './detmath.ts';
import { banOn, controlBlock, type Policy } from './policy.ts';
import type { InteropCost } from './standards.ts';
import { GAP_SECTORS, gapFactor, madeLevels } from './technology.ts';
import { NK, NS, slotCiiShare, type World, type WorldBase } from './world.ts';
import { cacheArrays, newFloat64, newUint8 } from './arrays.ts';

/** How each link is open this round under the active measures. */
export interface LinkAccess {
  /** share of the link closed by controls, listings and full purchase bans */
  beta: Float64Array;
  /** the same without the buyer's own state's bans (for selfHarm) */
  betaOther: Float64Array;
  /** 1 where the buyer's own state bans its CII demand from buying this supplier */
  ciiBlocked: Uint8Array;
  /** tariff the buyer pays on this link */
  tariff: Float64Array;
  /** CII share to split the slot by, or 0 when no CII ban touches the slot */
  slotPhi: Float64Array;
  /** 1 where any of the buyer's own state's measures (tariffs, bans) touch the slot */
  slotOwn: Uint8Array;
  /** 1 where any link of the slot is closed in part (controls, listings, bans): the slow path of sourcing */
  slotClosed: Uint8Array;
  /** 1 where any link of the slot carries a tariff: elsewhere every link's tariff is 0 and passes may skip it */
  slotTaxed: Uint8Array;
}

export function linkAccess(world: Pick<World, 'base'>, policy: Policy): LinkAccess {
  const base = world.base;
  const L = base.linkSupplier.length;
  const S = base.slotNode.length;
  const access: LinkAccess = {
    beta: newFloat64(L),
    betaOther: newFloat64(L),
    ciiBlocked: newUint8(L),
    tariff: newFloat64(L),
    slotPhi: newFloat64(S),
    slotOwn: newUint8(S),
    slotClosed: newUint8(S),
    slotTaxed: newUint8(S),
  };
  const anyBan = policy.banAll.size > 0 || policy.banCii.size > 0;
  // Buyer states and sectors that some other state's export control covers: in every other slot controlBlock is 0 on
  // every link (unless a control names the buying firm), so it is not asked, link by link.
  const controlled = newUint8(NS * NK);
  if (policy.hasControls)
    for (let js = 0; js < NS; js++)
      for (let bs = 0; bs < NS; bs++)
        for (let k = 0; k < NK; k++)
          if (js !== bs && policy.controls[(js * NS + bs) * NK + k]) controlled[bs * NK + k] = 1;
  // Buyer states and sectors that tax some supplier state: in every other slot each link's tariff is 0.
  const taxed = newUint8(NS * NK);
  for (let bs = 0; bs < NS; bs++)
    for (let js = 0; js < NS; js++)
      for (let k = 0; k < NK; k++) if (policy.tariff[(bs * NS + js) * NK + k] !== 0) taxed[bs * NK + k] = 1;
  // Suppliers some state bans: banOn is null for every other one.
  const banned = newUint8(base.nFirms);
  for (const j of policy.banAll.keys()) banned[j] = 1;
  for (const j of policy.banCii.keys()) banned[j] = 1;
  const { linkSupplier, nodeState } = base;
  for (let s = 0; s < S; s++) {
    const b = base.slotNode[s]!;
    const k = base.slotSector[s]!;
    const bs = nodeState[b]!;
    const controls = controlled[bs * NK + k] === 1 || (b < base.nFirms && policy.firmControls.has(b));
    // A slot no tariff, control or ban reaches is open and untaxed on every link: the arrays' zeros say so already.
    if (!controls && !anyBan && taxed[bs * NK + k] === 0) continue;
    // A CII ban reaches this slot only if its buyer is in a critical sector (world.ts slotCiiShare).
    const phi = anyBan ? slotCiiShare(base, s) : 0;
    let cii = false;
    let own = false;
    let closed = false;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const j = linkSupplier[l]!;
      const t = policy.tariff[(bs * NS + nodeState[j]!) * NK + k]!;
      access.tariff[l] = t;
      if (t !== 0) access.slotTaxed[s] = 1;
      if (t > 0) own = true;
      const beta = controls ? controlBlock(policy, base, b, j, k) : 0;
      access.betaOther[l] = beta;
      access.beta[l] = beta;
      if (anyBan && banned[j] === 1) {
        const ban = banOn(policy, base, b, j);
        if (ban === 'all') access.beta[l] = 1;
        else if (ban === 'cii' && phi > 0) {
          access.ciiBlocked[l] = 1;
          cii = true;
        }
        if (ban === 'all' || cii) own = true;
      }
      if (access.beta[l]! > 0 || access.ciiBlocked[l]) closed = true;
    }
    if (cii) access.slotPhi[s] = phi;
    if (closed) access.slotClosed[s] = 1;
    if (own) access.slotOwn[s] = 1;
  }
  return access;
}

/**
 * Each supplier's pull on buyers, before links, into `pull`: its price as buyers see it (unit cost, scarcity markup,
 * and the premium on the part of demand it could not serve) raised to -sigma, times its capacity growth beyond the
 * market's to the power `capacityPreference` (buyers favour suppliers that have grown). One loop writing an array,
 * not a call per firm returning a number (which V8 boxes).
 */
export function supplierPulls(world: World, pull: Float64Array): void {
  const base = world.base;
  const p = base.params;
  const { unitCost, markup, served, capacity } = world;
  const { capacity0, sectorElasticity, nodeSector } = base;
  const shortagePremium = p.shortagePremium;
  const preference = p.capacityPreference;
  const marketGrowth = powInt(1 + p.demandGrowth, world.round);
  for (let j = 0; j < base.nFirms; j++) {
    const sigma = sectorElasticity[nodeSector[j]!]!;
    const price = unitCost[j]! * (1 + markup[j]!) * (1 + shortagePremium * (1 - served[j]!));
    // Only growth beyond the market's pulls: a supplier that shrank because one market closed serves its other
    // buyers as before.
    const grown = capacity[j]! / (capacity0[j]! * marketGrowth);
    pull[j] = pow(price, -sigma) * (preference === 0 || grown <= 1 ? 1 : pow(grown, preference));
  }
}

/**
 * How a link's technology gap moves the buyer's choice: its gap factor now (the buyer's level against what the
 * supplier makes, its level plus its research) over its gap factor at round 0 (already in the calibrated preference),
 * raised to -sigma. 1 where the supplier's sector carries no gap or nothing moved.
 */
export function gapPower(world: World, b: number, j: number, k: number, sigma: number): number {
  const base = world.base;
  if (b >= base.nFirms || !GAP_SECTORS[k]) return 1;
  const cost = base.params.techGapCost;
  const now = gapFactor(world.tech[b]!, world.tech[j]! + world.research[j]!, cost);
  const then = gapFactor(base.firmTech[b]!, base.firmTech[j]!, cost);
  return now === then ? 1 : pow(now / then, -sigma);
}

/**
 * What sourcing keeps for a whole run: scratch space reused every round, and values that depend only on the base's
 * links and the incumbency parameter, so no round allocates or recomputes them. Kept per set of links (the base's
 * linkShare0 array), not per WorldBase object: a run's twin and a branch's rebase make new bases over the same links,
 * and a seed task's run and twin, played in turn, share one cache. A cache is made again when the incumbency differs.
 */
interface SourcingCache {
  /** the incumbency parameter baseWeight was made with */
  incumbency: number;
  /** per slot: 1 where the buyer is a firm and the sector carries a technology gap (gapPower can differ from 1) */
  slotGap: Uint8Array;
  /** per link: its calibrated base over the denominator of incumbencyWeight, base / (1 + incumbency x round-0 share) */
  baseWeight: Float64Array;
  pricePower: Float64Array;
  wNon: Float64Array;
  wCii: Float64Array;
  /** per link of the slot in hand: its weight with nothing closed */
  wAll: Float64Array;
  /** per link of the slot in hand: the share a measure newly cuts from it, outside and inside the CII segment */
  cutNon: Float64Array;
  cutCii: Float64Array;
  /** per slot: the share of demand with no permitted supplier, when a spare world is given (see source) */
  blocked: Float64Array;
  /** per firm: the level of what it makes, where research has added to it (technology.ts madeLevels) */
  made: Float64Array;
}

const caches = new WeakMap<Float64Array, SourcingCache>();

function cacheOf(base: WorldBase): SourcingCache {
  const incumbency = base.params.incumbency;
  let c = caches.get(base.linkShare0);
  if (c && c.incumbency === incumbency) return c;
  const { u8, f64 } = cacheArrays(base.linkShare0);
  const S = base.slotNode.length;
  const slotGap = u8(S);
  const baseWeight = f64(base.linkSupplier.length);
  const maxLen = fillBaseWeights(base, incumbency, slotGap, baseWeight);
  c = {
    incumbency,
    slotGap,
    baseWeight,
    pricePower: f64(base.nFirms),
    wNon: f64(maxLen),
    wCii: f64(maxLen),
    wAll: f64(maxLen),
    cutNon: f64(maxLen),
    cutCii: f64(maxLen),
    blocked: f64(S),
    made: f64(base.nFirms),
  };
  caches.set(base.linkShare0, c);
  return c;
}

/**
 * Each link's round-0 weight without incumbency, and which slots carry a technology gap; returns the longest slot.
 * A function of its own, ending with its loop: this loop runs once per world, so V8 compiles it on the stack (OSR)
 * and enters that code at every world's first call; code after the loop in the same function, with no feedback in
 * that code, bailed out at every world (100 times in 100 seeds).
 */
function fillBaseWeights(
  base: WorldBase,
  incumbency: number,
  slotGap: Uint8Array,
  baseWeight: Float64Array,
): number {
  const { slotNode, slotStart, slotLen, slotSector, linkBase, linkShare0, nFirms } = base;
  let maxLen = 0;
  for (let s = 0; s < slotNode.length; s++) {
    const b = slotNode[s]!;
    const start = slotStart[s]!;
    const end = start + slotLen[s]!;
    maxLen = Math.max(maxLen, end - start);
    slotGap[s] = b < nFirms && GAP_SECTORS[slotSector[s]!] ? 1 : 0;
    for (let l = start; l < end; l++) baseWeight[l] = linkBase[l]! / (1 + incumbency * linkShare0[l]!);
  }
  return maxLen;
}

/**
 * Per link of a slot with a tariff (access.slotTaxed), (1 + tariff)^-sigma (1 where the link has none), kept while the
 * access is. Other slots' entries are never read and left unwritten.
 */
const tariffPowers = new WeakMap<LinkAccess, { base: WorldBase; power: Float64Array }>();

function tariffPowerOf(base: WorldBase, access: LinkAccess): Float64Array {
  const kept = tariffPowers.get(access);
  if (kept && kept.base === base) return kept.power;
  const power = newFloat64(access.tariff.length);
  for (let s = 0; s < base.slotNode.length; s++) {
    if (!access.slotTaxed[s]) continue;
    const sigma = base.sectorElasticity[base.slotSector[s]!]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const tariff = access.tariff[l]!;
      power[l] = tariff !== 0 ? pow(1 + tariff, -sigma) : 1;
    }
  }
  tariffPowers.set(access, { base, power });
  return power;
}

/** Preference weight of a link: its calibrated base, scaled by incumbency (a supplier now used is preferred). */
export function incumbencyWeight(base: number, share: number, share0: number, incumbency: number): number {
  // the round-0 part first: source keeps it per link (SourcingCache.baseWeight), so both give the same bits
  return (base / (1 + incumbency * share0)) * (1 + incumbency * share);
}

/**
 * A control or ban refuses a share of what the buyer would otherwise buy from a supplier: the covered part of each
 * supplier's plain CES share (its share with nothing closed) cannot be bought from it, and what is left open is bought
 * as before. Demand refused this way is rationed (Neary and Roberts 1980): it goes only to suppliers no measure covers,
 * in proportion to their plain shares, never to another covered supplier (a threshold or a licence regime covers the
 * same items for all of a state's firms). With one supplier wholly closed this is the plain CES share over the open
 * suppliers. Where no supplier is free of the measures, the refused part stays with the suppliers the buyer has (grey
 * market, work-arounds) and is returned as stuck, to pay the work-around premium.
 * `all` holds each link's weight with nothing closed, `open` its open weight (weight x (1 - covered)); `open` is
 * overwritten with the targets, which sum to 1. Returns the stuck share (0 when a free supplier takes it all).
 */
export function coveredTargets(all: Float64Array, open: Float64Array, len: number): number {
  let sumAll = 0;
  let sumFree = 0;
  let refused = 0;
  for (let n = 0; n < len; n++) {
    const a = all[n]!;
    sumAll += a;
    if (open[n] === a) sumFree += a;
    else refused += a - open[n]!;
  }
  refused /= sumAll;
  const stuck = sumFree > 0 ? 0 : refused;
  let total = 0;
  for (let n = 0; n < len; n++) {
    const a = all[n]!;
    const t = a / sumAll;
    // a free supplier takes the refused demand in proportion to its plain share; a covered one keeps its open part
    // (and, with nobody free, its plain share, the refused part being bought around the measure)
    const target =
      open[n] === a ? t + (sumFree > 0 ? (refused * a) / sumFree : 0) : stuck > 0 ? t : open[n]! / sumAll;
    open[n] = target;
    total += target;
  }
  if (total > 0) for (let n = 0; n < len; n++) open[n] = open[n]! / total;
  return stuck;
}

/** What a link's own cut adds to the pull on it, per unit of its target t: cut / (1 - t), 0 for a sole target. */
function cutBack(cut: number, t: number): number {
  return t < 1 ? cut / (1 - t) : 0;
}

export interface SourcingResult {
  linkShare: Float64Array;
  slotUnqualified: Float64Array;
  /** share of each slot's demand with no permitted supplier at all */
  slotBlocked: Float64Array;
}

/**
 * New shares for every slot, priced at last round's unit costs and markups, times each link's interoperability cost
 * (standards.ts interopFactors; none when absent). Links a measure newly closes (against last round's access,
 * world.access) lose that part of their share at once. Returns new arrays, or, with `spare`, that world's arrays
 * written over (and slotBlocked in scratch space the next call reuses); the world passed in is not changed.
 */
export function source(
  world: World,
  access: LinkAccess,
  interop?: InteropCost,
  spare?: Pick<World, 'linkShare' | 'slotUnqualified'>,
): SourcingResult {
  const base = world.base;
  /** last round's access: what was already closed then */
  const prev = world.access?.links;
  const p = base.params;
  const cache = cacheOf(base);
  // With a spare world (round.ts stepRound), its arrays are written over rather than new ones made; every entry of
  // `share` and `unq` is written below, and `blocked`, which only production reads this round, lives in the cache.
  /** last round's shares, read; the new ones are written to `share` slot by slot (no copy of the whole array first) */
  const old = world.linkShare;
  const share = spare ? spare.linkShare : newFloat64(old.length);
  const unq = spare ? spare.slotUnqualified : newFloat64(world.slotUnqualified.length);
  const blocked = spare ? cache.blocked.fill(0) : newFloat64(world.slotUnqualified.length);
  const { wNon, wCii, wAll, cutNon, cutCii, pricePower, slotGap, baseWeight } = cache;
  const tariffPower = tariffPowerOf(base, access);
  const slotTaxed = access.slotTaxed;
  const { linkSupplier } = base;
  // a buyer needs tools and chips at its level (tech); a supplier makes them at its level plus its research (made)
  const tech = world.tech;
  const made = madeLevels(tech, world.research, cache.made);
  const tech0 = base.firmTech;
  const incumbency = p.incumbency;
  const gapCost = p.techGapCost;
  const sourcing = interop?.sourcing;
  // Each supplier's pull before tariffs and gaps, computed once, not once per buyer.
  supplierPulls(world, pricePower);
  for (let s = 0; s < base.slotNode.length; s++) {
    const k = base.slotSector[s]!;
    const sigma = base.sectorElasticity[k]!;
    const lag = base.sectorLag[k]!;
    // price-driven moves take the switching time (at least the lag); cut-off demand moves at once, whatever it is
    const move = base.sectorSwitch[k]!;
    const phi = access.slotPhi[s]!;
    const start = base.slotStart[s]!;
    const len = base.slotLen[s]!;
    const b = base.slotNode[s]!;
    const gap = slotGap[s] === 1;
    const tb = gap ? tech[b]! : 0;
    const tb0 = gap ? tech0[b]! : 0;
    const taxed = slotTaxed[s] === 1;
    // Each link's weight, into wAll: incumbency x pull x technology gap x tariff x interoperability, each factor
    // left out where it is exactly 1 (multiplying by 1 changes no bit), in the order incumbencyWeight, gapPower and
    // the rest define. Written out here, not as a helper called per link: a closure made each round is not always
    // inlined (under tsx, which names every function, it never is), and this loop is the hottest of a round.
    const closed = access.slotClosed[s] === 1;
    // with nothing closed, each link's weight goes straight to `share` (see the fast path below), else to wAll
    const weights = closed ? wAll : share;
    const at = closed ? 0 : start;
    let sum = 0;
    let sumOld = 0;
    for (let n = 0; n < len; n++) {
      const l = start + n;
      const j = linkSupplier[l]!;
      const w0 = old[l]!;
      sumOld += w0;
      let a = baseWeight[l]! * (1 + incumbency * w0);
      a *= pricePower[j]!;
      if (gap) {
        const tj = made[j]!;
        const now = tb > tj ? 1 + gapCost * (tb - tj) : 1;
        // gapFactor at round 0, worked out again rather than kept per link: the firms' round-0 levels are a few
        // kilobytes a cache holds, a per-link array is not
        const tj0 = tech0[j]!;
        const then = tb0 > tj0 ? 1 + gapCost * (tb0 - tj0) : 1;
        if (now !== then) a *= pow(now / then, -sigma);
      }
      // an untaxed link's power is 1, and multiplying by 1 changes no bit
      if (taxed) a *= tariffPower[l]!;
      if (sourcing) a *= sourcing[l]!;
      weights[at + n] = a;
      sum += a;
    }
    if (!closed) {
      // Fast path, the common case: nothing in the slot is closed, so there is nothing to re-spread. Each share moves
      // one part in `move` toward its target a / sum, w = old + (a / sum - old) / move, and the shares are scaled to
      // sum to 1: w is in proportion to old (move - 1) + a / sum, whose sum over the slot is (move - 1) sumOld + 1,
      // so one pass over the links does both (every term is at least 0). With no weight at all, or weights that do
      // not sum to a finite number (a NaN or an infinite weight, which no run makes), the shares stay.
      const usable = sum > 0 && sum < Infinity && 1 / sum < Infinity;
      const keep = usable ? move - 1 : 1;
      const total = keep * sumOld + (usable ? 1 : 0);
      const perTotal = total > 0 ? 1 / total : 0;
      if (usable) {
        const perSum = 1 / sum;
        for (let n = 0; n < len; n++) {
          const l = start + n;
          share[l] = (old[l]! * keep + share[l]! * perSum) * perTotal;
        }
      } else for (let n = start; n < start + len; n++) share[n] = old[n]! * perTotal;
      unq[s] = Math.min(1, world.slotUnqualified[s]! * (1 - 1 / lag));
      continue;
    }
    let sNon = 0;
    let sCii = 0;
    let anyCii = false;
    for (let n = 0; n < len; n++) {
      const l = start + n;
      const a = wAll[n]!;
      const open = 1 - access.beta[l]!;
      wNon[n] = a * open;
      if (access.ciiBlocked[l]) anyCii = true;
      wCii[n] = access.ciiBlocked[l] ? 0 : a * open;
      sNon += wNon[n]!;
      sCii += wCii[n]!;
    }
    // A segment with no permitted supplier keeps its current suppliers and pays the workaround premium (production.ts);
    // so does the part of a segment that measures refuse and no supplier free of them can take (coveredTargets).
    const nonOpen = sNon > 0;
    const ciiOpen = sCii > 0;
    const stuckNon = nonOpen ? coveredTargets(wAll, wNon, len) : 1;
    // With no CII ban in the slot the CII segment's weights are the others' (wCii equals wNon, entry for entry), and
    // so are its targets: copied, not worked out again.
    if (!anyCii) for (let n = 0; n < len; n++) wCii[n] = wNon[n]!;
    const stuckCii = !anyCii ? stuckNon : ciiOpen ? coveredTargets(wAll, wCii, len) : 1;
    blocked[s] = (1 - phi) * stuckNon + phi * stuckCii;
    // Only what a measure newly closes is cut and re-spread at once: a closure already in force last round has done
    // its cutting, and from then on the targets (which exclude closed links) do the work over the lag. Where last
    // round's access is this one (every round a set of measures lasts) nothing is newly closed: every cut would be 0,
    // and adding 0 changes no share, so the cut pass and the re-spread terms are skipped.
    const cutting = prev !== access;
    let removedNon = 0;
    let removedCii = 0;
    // per unit of target, what the other links' cuts bring: sum over links of cut / (1 - its own target)
    let pullNon = 0;
    let pullCii = 0;
    for (let n = 0; cutting && n < len; n++) {
      const l = start + n;
      // last round's share, less what is cut from it now: the slot's shares from here on are this round's
      const w = old[l]!;
      const beta = access.beta[l]!;
      const betaBefore = prev ? prev.beta[l]! : 0;
      const cii = access.ciiBlocked[l] ? 1 : beta;
      const ciiBefore = prev ? (prev.ciiBlocked[l] ? 1 : prev.beta[l]!) : 0;
      const newNon = beta > betaBefore ? (beta - betaBefore) / (1 - betaBefore) : 0;
      const newCii = cii > ciiBefore ? (cii - ciiBefore) / (1 - ciiBefore) : 0;
      const cn = nonOpen ? w * (1 - phi) * newNon : 0;
      const cc = ciiOpen ? w * phi * newCii : 0;
      cutNon[n] = cn;
      cutCii[n] = cc;
      share[l] = w - cn - cc;
      removedNon += cn;
      removedCii += cc;
      if (cn > 0 && wNon[n]! < 1) pullNon += cn / (1 - wNon[n]!);
      if (cc > 0 && wCii[n]! < 1) pullCii += cc / (1 - wCii[n]!);
    }
    let total = 0;
    for (let n = 0; n < len; n++) {
      const l = start + n;
      // last round's share, less this round's cut
      let w = cutting ? share[l]! : old[l]!;
      const tNon = nonOpen ? wNon[n]! : w;
      const tCii = ciiOpen ? wCii[n]! : w;
      // Cut-off demand goes at once to the other permitted suppliers, in proportion to their targets (a link that
      // is the only target keeps what was cut from it)...
      if (cutting && nonOpen)
        w += tNon * (pullNon - cutBack(cutNon[n]!, tNon)) + (tNon >= 1 ? cutNon[n]! : 0);
      if (cutting && ciiOpen)
        w += tCii * (pullCii - cutBack(cutCii[n]!, tCii)) + (tCii >= 1 ? cutCii[n]! : 0);
      // ...and every share moves toward the target by one part in the switching time (at least the lag) each round.
      const target = (1 - phi) * tNon + phi * tCii;
      w += (target - w) / move;
      share[l] = w > 0 ? w : 0;
      total += share[l]!;
    }
    if (total > 0) for (let n = 0; n < len; n++) share[start + n] = share[start + n]! / total;
    unq[s] = Math.min(1, world.slotUnqualified[s]! * (1 - 1 / lag) + removedNon + removedCii);
  }
  return { linkShare: share, slotUnqualified: unq, slotBlocked: blocked };
}
