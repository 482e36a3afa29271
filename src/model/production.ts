// Production: final demand grows and answers last round's prices; demand flows upstream through this round's shares;
// a supplier serves what its capacity allows, and the overload sets its markup; capacity follows demand with a lag;
// unit cost follows the learning curve (learning.ts), is cut toward marginal cost where capacity stands idle, and
// carries what its inputs really cost downstream, tier by tier.

import { pow, powInt } from './detmath.ts';
import { idleLoss, idlePricing, valueAddedCost } from './learning.ts';
import type { Policy } from './policy.ts';
import type { LinkAccess } from './sourcing.ts';
import type { InteropCost } from './standards.ts';
import { incumbencyWeight } from './sourcing.ts';
import { sectorSpec } from './calibration.ts';
import { GAP_SECTORS, techLevel } from './technology.ts';
import { SECTOR_IDS } from './types.ts';
import { NK, NS, type World, type WorldBase } from './world.ts';
import { cacheArrays, newFloat64 } from './arrays.ts';

export interface ProductionResult {
  output: Float64Array;
  capacity: Float64Array;
  markup: Float64Array;
  served: Float64Array;
  cumOutput: Float64Array;
  spillStock: Float64Array;
  tech: Float64Array;
  unitCost: Float64Array;
  inputCost: Float64Array;
  inputCostNoOwn: Float64Array;
  revenue: Float64Array;
  flows: Float64Array;
  finalDemand: Float64Array;
  finalPrice: Float64Array;
  equipmentPrice: Float64Array;
  tariffRevenue: Float64Array;
  subsidyCost: Float64Array;
  producerRent: Float64Array;
}

/** Scratch space shared by the two CES passes over one slot, so weights and powers are computed once. */
interface PriceScratch {
  /** incumbency weight of each link, normalised within its slot */
  weight: Float64Array;
  /** each supplier's price before tariffs raised to (1 - sigma), filled in when first needed (NaN until then) */
  pricePower: Float64Array;
  /** per link: the interoperability cost (standards.ts interopFactors), if any */
  interop?: InteropCost;
  /** per link: (1 + tariff)^(1 - sigma), filled in when first needed (NaN until then), kept while the access is */
  tariffPower: Float64Array;
}

/**
 * Scratch space for one world's slots, allocated once and reused every round: kept per base.slotNode array, which a
 * run's twin and a branch's rebase share with the base they come from, so a seed task's run and twin share it too.
 */
interface ProductionScratch {
  demand: Float64Array;
  /** per firm: what it loses per unit below plan (for producerRent) */
  idleCut: Float64Array;
  weight?: Float64Array;
  pricePower: Float64Array;
  /** per slot: 1 where the buyer is a firm and the sector carries a technology gap */
  slotGap: Uint8Array;
  /** per slot: 1 where the input is equipment (tools a fab keeps in use for years) */
  slotEquipment: Uint8Array;
  /** per firm: 1 + its markup, and 1 + the shortage premium on the part of demand it could not serve */
  markupFactor: Float64Array;
  premium: Float64Array;
  /**
   * [(buyerState * NS + supplierState) * NK + k]: the round-0 value of sector k's links from one state's suppliers to
   * another's buyers (0 within a state), what the openness learning crosses a border with is weighed by; and the part
   * of it closed this round
   */
  crossTrade0: Float64Array;
  crossClosed: Float64Array;
  /** the same, as the share open: 1 - spilloverCut x closed / trade (1 where no trade or nothing closed) */
  openness: Float64Array;
  /** per state and sector: this round's output */
  sectorMade: Float64Array;
}

const scratches = new WeakMap<Int32Array, ProductionScratch>();

function scratchOf(base: WorldBase): ProductionScratch {
  let c = scratches.get(base.slotNode);
  if (c) return c;
  const { u8, f64 } = cacheArrays(base.slotNode);
  const slotGap = u8(base.slotNode.length);
  for (let s = 0; s < slotGap.length; s++)
    slotGap[s] = base.slotNode[s]! < base.nFirms && GAP_SECTORS[base.slotSector[s]!] ? 1 : 0;
  const slotEquipment = u8(base.slotNode.length);
  for (let s = 0; s < slotEquipment.length; s++)
    slotEquipment[s] = sectorSpec(SECTOR_IDS[base.slotSector[s]!]!).tier === 'equipment' ? 1 : 0;
  const crossTrade0 = f64(NS * NS * NK);
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s]!;
    const a = base.nodeState[b]!;
    const size = base.slotAlpha[s]! * (b < base.nFirms ? base.output0[b]! : base.finalDemand[b]!);
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const from = base.nodeState[base.linkSupplier[l]!]!;
      if (from !== a) crossTrade0[(a * NS + from) * NK + base.slotSector[s]!] += size * base.linkShare0[l]!;
    }
  }
  c = {
    demand: f64(base.nNodes),
    idleCut: f64(base.nFirms),
    pricePower: f64(base.nFirms),
    slotGap,
    slotEquipment,
    markupFactor: f64(base.nFirms),
    premium: f64(base.nFirms),
    crossTrade0,
    crossClosed: f64(NS * NS * NK),
    openness: f64(NS * NS * NK),
    sectorMade: f64(NS * NK),
  };
  scratches.set(base.slotNode, c);
  return c;
}

/**
 * How open this round's links are to learning from one state's firms to another's, per sector (ProductionScratch
 * openness), or null where every one is open (nothing closed, or spilloverCut 0). A link counts as closed as far as
 * controls, listings and full bans close it (`beta`), weighted by its round-0 value; only slots with a closed link
 * are visited.
 */
function learningOpenness(base: WorldBase, access: LinkAccess, work: ProductionScratch): Float64Array | null {
  const cut = base.params.spilloverCut;
  if (cut === 0) return null;
  const { crossTrade0, crossClosed, openness } = work;
  crossClosed.fill(0);
  let any = false;
  for (let s = 0; s < base.slotNode.length; s++) {
    if (!access.slotClosed[s]) continue;
    const b = base.slotNode[s]!;
    const a = base.nodeState[b]!;
    const size = base.slotAlpha[s]! * (b < base.nFirms ? base.output0[b]! : base.finalDemand[b]!);
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const beta = access.beta[l]!;
      const from = base.nodeState[base.linkSupplier[l]!]!;
      if (beta === 0 || from === a) continue;
      crossClosed[(a * NS + from) * NK + base.slotSector[s]!] += size * base.linkShare0[l]! * beta;
      any = true;
    }
  }
  if (!any) return null;
  for (let i = 0; i < openness.length; i++)
    openness[i] = crossTrade0[i]! > 0 ? 1 - (cut * crossClosed[i]!) / crossTrade0[i]! : 1;
  return openness;
}

/**
 * This round's output of firm j's rivals in its sector k that it learns from: all of what its own state's rivals made,
 * and each other state's as far as the links from there are open (learningOpenness; all of it where that is null).
 */
function rivalOutput(
  j: number,
  k: number,
  sectorMade: Float64Array,
  output: Float64Array,
  base: WorldBase,
  openness: Float64Array | null,
): number {
  const a = base.nodeState[j]!;
  let sum = 0;
  for (let b = 0; b < NS; b++) {
    const made = sectorMade[b * NK + k]! - (b === a ? output[j]! : 0);
    if (made === 0) continue;
    sum += b === a || openness === null ? made : openness[(a * NS + b) * NK + k]! * made;
  }
  return sum;
}

/** (1 + tariff)^(1 - sigma) per link, for one access and base: NaN until a CES index first needs it. */
const tariffPowers = new WeakMap<LinkAccess, { base: WorldBase; power: Float64Array }>();

function tariffPowerOf(base: WorldBase, access: LinkAccess): Float64Array {
  const kept = tariffPowers.get(access);
  if (kept && kept.base === base) return kept.power;
  const power = newFloat64(access.tariff.length).fill(NaN);
  tariffPowers.set(access, { base, power });
  return power;
}

/**
 * The CES price index of one slot under the measures, with or without the buyer's own state's measures. Used only
 * for the share of a buyer's cost its own state's measures cause (selfHarm), as a ratio of the two; never above
 * (1 + workaround premium) times the index with nothing closed.
 */
function cesIndex(
  world: World,
  scratch: PriceScratch,
  unitCost: Float64Array,
  markup: Float64Array,
  access: LinkAccess,
  s: number,
  ignoreOwn: boolean,
): number {
  const base = world.base;
  const p = base.params;
  const k = base.slotSector[s]!;
  const sigma = base.sectorElasticity[k]!;
  const phi = ignoreOwn ? 0 : access.slotPhi[s]!;
  const start = base.slotStart[s]!;
  const end = start + base.slotLen[s]!;
  const { weight, pricePower } = scratch;
  let all = 0;
  let non = 0;
  let cii = 0;
  for (let l = start; l < end; l++) {
    const j = base.linkSupplier[l]!;
    let q = pricePower[j]!;
    if (q !== q) {
      q = pow(unitCost[j]! * (1 + markup[j]!), 1 - sigma);
      pricePower[j] = q;
    }
    const tariff = ignoreOwn ? 0 : access.tariff[l]!;
    const open = 1 - (ignoreOwn ? access.betaOther[l]! : access.beta[l]!);
    let x = weight[l]! * q;
    if (tariff !== 0) {
      let t = scratch.tariffPower[l]!;
      if (t !== t) scratch.tariffPower[l] = t = pow(1 + tariff, 1 - sigma);
      x *= t;
    }
    // Interoperability cost (standards.ts interopFactors): the buyer pays price x interop[l].
    if (scratch.interop) x *= scratch.interop.pricing[l]!;
    all += x;
    non += x * open;
    if (!access.ciiBlocked[l] || ignoreOwn) cii += x * open;
  }
  const exponent = 1 / (1 - sigma);
  const ceiling = pow(all, exponent) * (1 + p.blockedPremium);
  const pNon = non > 0 ? Math.min(pow(non, exponent), ceiling) : ceiling;
  const pCii = cii > 0 ? Math.min(pow(cii, exponent), ceiling) : ceiling;
  return (1 - phi) * pNon + phi * pCii;
}

/**
 * With `selfHarm` false the CES indices behind selfHarm are not taken and inputCostNoOwn equals inputCost (a run
 * played for its outcomes alone, round.ts RunContext.outcomesOnly); no other number changes.
 */
export function produce(
  world: World,
  policy: Policy,
  access: LinkAccess,
  share: Float64Array,
  unqualified: Float64Array,
  blocked: Float64Array = new Float64Array(unqualified.length),
  interop?: InteropCost,
  spare?: ProductionResult,
  selfHarm = true,
): ProductionResult {
  const base = world.base;
  const p = base.params;
  const F = base.nFirms;
  const N = base.nNodes;
  const S = base.slotNode.length;
  const growth = 1 + p.demandGrowth;

  const work = scratchOf(base);
  // The world's arrays as locals: the loops below visit every link, several times a round.
  const { slotNode, slotStart, slotLen, slotAlpha, linkSupplier, nodeState, nodeSector } = base;
  // Final demand grows, and falls where last round's device prices rose (and rises where they fell).
  const demand = work.demand;
  demand.fill(0, 0, F);
  const scale = powInt(growth, world.round + 1);
  for (let b = F; b < N; b++) {
    const price = world.finalPrice[b]!;
    demand[b] =
      base.finalDemand[b]! *
      scale *
      (price === 1 || p.demandElasticity === 0 ? 1 : pow(price, -p.demandElasticity));
  }
  // With a spare world (round.ts stepRound), its arrays are written over rather than new ones made: each is either
  // written whole below or cleared first, so the numbers are those new arrays would hold.
  const fresh = newFloat64;
  const finalDemand = spare ? spare.finalDemand : fresh(N);
  finalDemand.set(demand.subarray(F), F);

  // Quantities, downstream to upstream: slots are ordered by buyer tier, final buyers first.
  for (let s = 0; s < S; s++) {
    const b = slotNode[s]!;
    const q = demand[b]! * slotAlpha[s]!;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++) {
      const j = linkSupplier[l]!;
      demand[j] = demand[j]! + q * share[l]!;
    }
  }

  // A supplier serves demand up to its capacity. Its overload calls for a markup of kappa per 100% of demand over
  // capacity (MODEL.md: m = kappa x (demand / capacity - 1), no ceiling: a supplier few can replace, as gallium
  // refiners outside China in 2023, may double its price), and it moves its markup that way by the price adjustment
  // each round, so prices do not swing between shortage and glut every other round (a cobweb). Buyers get the
  // unserved part elsewhere (spot market, stocks) at the shortage premium.
  const output = spare ? spare.output : fresh(F);
  const served = spare ? spare.served : fresh(F);
  const markup = spare ? spare.markup : fresh(F);
  const capacity = spare ? spare.capacity : fresh(F);
  const cumOutput = spare ? spare.cumOutput : fresh(F);
  const spillStock = spare ? spare.spillStock : fresh(F);
  const tech = spare ? spare.tech : fresh(F);
  const unitCost = spare ? spare.unitCost : fresh(F);
  const subsidyCost = spare ? spare.subsidyCost.fill(0) : fresh(NS);
  const idleCut = work.idleCut.fill(0);
  const { markupFactor, premium } = work;
  // this round's output by state and sector: what rivals add to each firm's learning (below)
  const sectorMade = work.sectorMade.fill(0);
  for (let j = 0; j < F; j++) {
    const d = demand[j]!;
    const cap = world.capacity[j]!;
    served[j] = d > cap ? cap / d : 1;
    output[j] = d * served[j]!;
    const scarcity = d > cap ? p.scarcityMarkup * (d / cap - 1) : 0;
    markup[j] = world.markup[j]! + p.priceAdjustment * (scarcity - world.markup[j]!);
    // the two per-supplier factors every link of the cost pass multiplies by, taken once per firm (same bits)
    markupFactor[j] = 1 + markup[j]!;
    premium[j] = 1 + p.shortagePremium * (1 - served[j]!);
    cumOutput[j] = world.cumOutput[j]! + output[j]!;
    sectorMade[nodeState[j]! * NK + nodeSector[j]!] += output[j]!;
    tech[j] = techLevel(base.firmTech[j]!, cumOutput[j]!, base.cumOutput0[j]!, p.techCatchUp);
  }
  // Learning spills over from rivals at home, and from rivals abroad as far as the links from their state are open.
  const openness = learningOpenness(base, access, work);
  for (let j = 0; j < F; j++) {
    const k = base.nodeSector[j]!;
    const cap = world.capacity[j]!;
    const subsidy = Math.min(0.9, policy.subsidy[base.nodeState[j]! * NK + k]!);
    // Capacity is planned for the demand seen, growing with the market; a subsidy funds more than demand needs.
    const wanted = (demand[j]! / p.targetUtilisation) * (1 + subsidy);
    capacity[j] = Math.max(1e-9, growth * (cap + p.capacityAdjustment * (wanted - cap)));
    spillStock[j] =
      world.spillStock[j]! + p.learningSpillover * rivalOutput(j, k, sectorMade, output, base, openness);
    const effQ = cumOutput[j]! + spillStock[j]!;
    const utilisation = output[j]! / cap / p.targetUtilisation;
    const va = valueAddedCost({
      va0: base.va0[j]!,
      effQ,
      effQ0: base.effQ0[j]!,
      learningExponent: base.sectorLearningExp[k]!,
      utilisation,
      fixedCostShare: p.fixedCostShare,
      subsidy,
    });
    unitCost[j] = va;
    // what the firm loses per unit below plan: its price cut and its idle capacity's fixed cost (learning.ts)
    const pricing = idlePricing(utilisation, p.fixedCostShare);
    if (pricing < 1) idleCut[j] = (va / (pricing * (1 - subsidy))) * idleLoss(utilisation, p.fixedCostShare);
    if (subsidy > 0) subsidyCost[base.nodeState[j]!] += ((va * subsidy) / (1 - subsidy)) * output[j]!;
  }

  // Costs, upstream to downstream: walk the slots backwards so a supplier's cost is complete before it is used.
  // A unit of input costs what the buyer pays on each link (price, markup, shortage premium on the unserved part,
  // tariff, the technology gap, and the interoperability cost of a supplier on another stack), averaged over its
  // shares, relative to round 0.
  let scratch: PriceScratch | undefined;
  const priceScratch = (): PriceScratch => {
    if (scratch) return scratch;
    work.weight ??= new Float64Array(share.length);
    work.pricePower.fill(NaN);
    return (scratch = {
      weight: work.weight,
      pricePower: work.pricePower,
      interop,
      tariffPower: tariffPowerOf(base, access),
    });
  };
  const slotGap = work.slotGap;
  const gapCost = p.techGapCost;
  const linkTariff = access.tariff;
  const slotPrice0 = base.slotPrice0;
  const interopPrice = interop?.price;
  const inputCost = spare ? spare.inputCost.fill(0) : fresh(F);
  const inputCostNoOwn = spare ? spare.inputCostNoOwn.fill(0) : fresh(F);
  const finalPrice = (spare ? spare.finalPrice : fresh(N)).fill(1);
  // A fab's tools last for years (toolLife quarters): what it pays for them this round prices only the part of its
  // tools it replaces or adds, so the tools' price in its cost moves toward this round's by 1 / toolLife a quarter
  // (the average over its tools' vintages, as depreciation spreads their cost). Other inputs are used up as bought.
  const slotEquipment = work.slotEquipment;
  const toolsBefore = world.equipmentPrice;
  const equipmentPrice = (spare ? spare.equipmentPrice : fresh(S)).fill(1);
  const toolLife = p.toolLife;
  for (let s = S - 1; s >= 0; s--) {
    const b = slotNode[s]!;
    const gaps = slotGap[s] === 1;
    const tb = tech[b]!;
    const taxed = access.slotTaxed[s] === 1;
    let paid = 0;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++) {
      const w = share[l]!;
      if (w === 0) continue;
      const j = linkSupplier[l]!;
      // In the order the formula reads, each factor left out where it is exactly 1 (no bit changes): the tariff's
      // outside slots with a tariff.
      let x = w * unitCost[j]! * markupFactor[j]! * premium[j]!;
      if (taxed) x *= 1 + linkTariff[l]!;
      if (gaps) {
        const tj = tech[j]!;
        if (tb > tj) x *= 1 + gapCost * (tb - tj);
      }
      if (interopPrice) x *= interopPrice[l]!;
      paid += x;
    }
    let price =
      (paid / slotPrice0[s]!) *
      (1 + p.shortagePremium * unqualified[s]!) *
      (1 + p.blockedPremium * blocked[s]!);
    if (slotEquipment[s] === 1) {
      if (toolLife > 1) price = toolsBefore[s]! + (price - toolsBefore[s]!) / toolLife;
      equipmentPrice[s] = price;
    }
    if (b >= F) {
      finalPrice[b] = price;
      continue;
    }
    const cost = slotAlpha[s]! * price;
    inputCost[b] = inputCost[b]! + cost;
    unitCost[b] = unitCost[b]! + cost;
    let noOwn = cost;
    if (selfHarm && access.slotOwn[s]) {
      const sc = priceScratch();
      normaliseWeights(world, sc, share, s);
      const full = cesIndex(world, sc, unitCost, markup, access, s, false);
      const without = cesIndex(world, sc, unitCost, markup, access, s, true);
      noOwn = full > 0 ? cost * Math.min(1, without / full) : cost;
    }
    inputCostNoOwn[b] = inputCostNoOwn[b]! + noOwn;
  }

  // Revenue at producer prices for what was served, by customer state; trade between states; tariff revenue.
  const revenue = spare ? spare.revenue.fill(0) : fresh(F * NS);
  const flows = spare ? spare.flows.fill(0) : fresh(NS * NS);
  const tariffRevenue = spare ? spare.tariffRevenue.fill(0) : fresh(NS);
  for (let s = 0; s < S; s++) {
    const b = slotNode[s]!;
    const q = demand[b]! * slotAlpha[s]!;
    const bs = nodeState[b]!;
    const taxedSlot = access.slotTaxed[s] === 1;
    let taxed = tariffRevenue[bs]!;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++) {
      const j = linkSupplier[l]!;
      const v = q * share[l]! * served[j]! * unitCost[j]! * markupFactor[j]!;
      revenue[j * NS + bs] = revenue[j * NS + bs]! + v;
      const f = nodeState[j]! * NS + bs;
      flows[f] = flows[f]! + v;
      // outside slots with a tariff v x 0 adds 0 (v is finite, and the sum, from +0, is never -0)
      if (taxedSlot) taxed = taxed + v * linkTariff[l]!;
    }
    tariffRevenue[bs] = taxed;
  }
  // Firms' margins over their normal cost at planned output, counted to their home state's income: scarcity rents,
  // less what firms below plan lose (their price cut and their idle capacity's fixed cost).
  const producerRent = spare ? spare.producerRent.fill(0) : fresh(NS);
  for (let j = 0; j < F; j++) {
    const margin = unitCost[j]! * markup[j]! - idleCut[j]!;
    if (margin !== 0) producerRent[nodeState[j]!] += margin * output[j]!;
  }
  return {
    output,
    capacity,
    markup,
    served,
    cumOutput,
    spillStock,
    tech,
    unitCost,
    inputCost,
    inputCostNoOwn,
    revenue,
    flows,
    finalDemand,
    finalPrice,
    equipmentPrice,
    tariffRevenue,
    subsidyCost,
    producerRent,
  };
}

/** Incumbency weights of one slot's links, normalised, for its CES indices. */
function normaliseWeights(world: World, scratch: PriceScratch, share: Float64Array, s: number): void {
  const base = world.base;
  const p = base.params;
  const start = base.slotStart[s]!;
  const end = start + base.slotLen[s]!;
  let sum = 0;
  for (let l = start; l < end; l++) {
    scratch.weight[l] = incumbencyWeight(base.linkBase[l]!, share[l]!, base.linkShare0[l]!, p.incumbency);
    sum += scratch.weight[l]!;
  }
  if (sum > 0) for (let l = start; l < end; l++) scratch.weight[l] = scratch.weight[l]! / sum;
}
