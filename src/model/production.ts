// Production: final demand grows and answers last round's prices; demand flows upstream through this round's shares;
// a supplier serves what its capacity allows, and the overload sets its markup; capacity follows demand with a lag;
// unit cost follows the learning curve (learning.ts), is cut toward marginal cost where capacity stands idle, and
// carries what its inputs really cost downstream, tier by tier.

import { log2, pow, powInt } from './detmath.ts';
import { idleLoss, idlePricing, valueAddedCostOf } from './learning.ts';
import type { Policy } from './policy.ts';
import type { LinkAccess } from './sourcing.ts';
import type { InteropCost } from './standards.ts';
import { incumbencyWeight } from './sourcing.ts';
import { sectorSpec } from './calibration.ts';
import { GAP_SECTORS, madeLevels, techLevel } from './technology.ts';
import { SECTOR_IDS } from './types.ts';
import { NK, NS, slotQuantity0, type World, type WorldBase } from './world.ts';
import { cacheArrays, newFloat64 } from './arrays.ts';

export interface ProductionResult {
  output: Float64Array;
  capacity: Float64Array;
  markup: Float64Array;
  served: Float64Array;
  cumOutput: Float64Array;
  spillStock: Float64Array;
  tech: Float64Array;
  research: Float64Array;
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
  /** per firm: its price to buyers, unit cost x markup factor x premium (priceInputs) */
  asking: Float64Array;
  /** per firm: the share of its demand served x its unit cost x its markup factor (sell) */
  delivered: Float64Array;
  /** [j * NS + c]: what firm j's buyers in state c ask of it this round (carryDemandUpstream), which sell prices */
  bought: Float64Array;
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
  /** per firm: the level of what it makes, where research has added to it (technology.ts madeLevels) */
  made: Float64Array;
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
    const size = slotQuantity0(base, s);
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
    asking: f64(base.nFirms),
    delivered: f64(base.nFirms),
    bought: f64(base.nFirms * NS),
    crossTrade0,
    crossClosed: f64(NS * NS * NK),
    openness: f64(NS * NS * NK),
    sectorMade: f64(NS * NK),
    made: f64(base.nFirms),
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
    const size = slotQuantity0(base, s);
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
 *
 * Each pass below is a function of its own, handed the arrays it reads and writes. As one function of some 300 lines
 * V8 took 0.4-0.7 s to optimise it in a worker (several times, as it deoptimised), and its early on-stack-replacement
 * code, made before the first call had reached the end, bailed out at the end of nearly every call of the first
 * hundred seeds (a path with no feedback yet). Small functions are optimised once each, quickly, and whole.
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
  const work = scratchOf(base);
  const out = resultArrays(base, spare);
  finalDemandOf(base, world.round, world.finalPrice, work.demand, out.finalDemand);
  carryDemandUpstream(base, share, work.demand, work.bought);
  serveAndLearn(base, world, work, out);
  listedResearch(base, world, policy.listedAbroad, out);
  // Learning spills over from rivals at home, and from rivals abroad as far as the links from their state are open.
  const openness = learningOpenness(base, access, work);
  planCapacityAndCost(base, world, policy.subsidy, openness, work, out);
  priceInputs(world, access, share, unqualified, blocked, interop, selfHarm, work, out);
  sell(base, access, share, work, out);
  producerRents(base, work.idleCut, out);
  return out;
}

/**
 * The arrays of a production result: with a spare world (round.ts stepRound), its arrays, to be written over rather
 * than new ones made. Each is either written whole by the passes or cleared (or set to 1) here, so the numbers are
 * those new arrays would hold.
 */
function resultArrays(base: WorldBase, spare: ProductionResult | undefined): ProductionResult {
  const F = base.nFirms;
  const N = base.nNodes;
  const S = base.slotNode.length;
  if (spare)
    return {
      output: spare.output,
      capacity: spare.capacity,
      markup: spare.markup,
      served: spare.served,
      cumOutput: spare.cumOutput,
      spillStock: spare.spillStock,
      tech: spare.tech,
      research: spare.research,
      unitCost: spare.unitCost,
      inputCost: spare.inputCost.fill(0),
      inputCostNoOwn: spare.inputCostNoOwn.fill(0),
      revenue: spare.revenue,
      flows: spare.flows.fill(0),
      finalDemand: spare.finalDemand,
      finalPrice: spare.finalPrice.fill(1),
      equipmentPrice: spare.equipmentPrice.fill(1),
      tariffRevenue: spare.tariffRevenue.fill(0),
      subsidyCost: spare.subsidyCost.fill(0),
      producerRent: spare.producerRent.fill(0),
    };
  return {
    output: newFloat64(F),
    capacity: newFloat64(F),
    markup: newFloat64(F),
    served: newFloat64(F),
    cumOutput: newFloat64(F),
    spillStock: newFloat64(F),
    tech: newFloat64(F),
    research: newFloat64(F),
    unitCost: newFloat64(F),
    inputCost: newFloat64(F),
    inputCostNoOwn: newFloat64(F),
    revenue: newFloat64(F * NS),
    flows: newFloat64(NS * NS),
    finalDemand: newFloat64(N),
    finalPrice: newFloat64(N).fill(1),
    equipmentPrice: newFloat64(S).fill(1),
    tariffRevenue: newFloat64(NS),
    subsidyCost: newFloat64(NS),
    producerRent: newFloat64(NS),
  };
}

/**
 * Final demand grows, and falls where last round's device prices rose (and rises where they fell): into `demand`
 * (firms' entries cleared, for the upstream pass to fill) and `finalDemand`.
 */
function finalDemandOf(
  base: WorldBase,
  round: number,
  lastPrice: Float64Array,
  demand: Float64Array,
  finalDemand: Float64Array,
): void {
  const p = base.params;
  const F = base.nFirms;
  const N = base.nNodes;
  const elasticity = p.demandElasticity;
  demand.fill(0, 0, F);
  const scale = powInt(1 + p.demandGrowth, round + 1);
  for (let b = F; b < N; b++) {
    const price = lastPrice[b]!;
    demand[b] =
      base.finalDemand[b]! * scale * (price === 1 || elasticity === 0 ? 1 : pow(price, -elasticity));
  }
  finalDemand.set(demand.subarray(F), F);
}

/**
 * Quantities, downstream to upstream: slots are ordered by buyer tier, final buyers first. Each firm's demand is also
 * summed by its buyers' state into `bought`, which sell prices once per firm and state rather than once per link.
 */
function carryDemandUpstream(
  base: WorldBase,
  share: Float64Array,
  demand: Float64Array,
  bought: Float64Array,
): void {
  const { slotNode, slotStart, slotLen, slotAlpha, linkSupplier, nodeState } = base;
  const S = slotNode.length;
  bought.fill(0);
  for (let s = 0; s < S; s++) {
    const b = slotNode[s]!;
    const q = demand[b]! * slotAlpha[s]!;
    const bs = nodeState[b]!;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++) {
      const j = linkSupplier[l]!;
      const x = q * share[l]!;
      demand[j] = demand[j]! + x;
      bought[j * NS + bs] = bought[j * NS + bs]! + x;
    }
  }
}

/**
 * A supplier serves demand up to its capacity. Its overload calls for a markup of kappa per 100% of demand over
 * capacity (MODEL.md: m = kappa x (demand / capacity - 1), no ceiling: a supplier few can replace, as gallium
 * refiners outside China in 2023, may double its price), and it moves its markup that way by the price adjustment
 * each round, so prices do not swing between shortage and glut every other round (a cobweb). Buyers get the
 * unserved part elsewhere (spot market, stocks) at the shortage premium. Output adds to cumulative output, and
 * technology catches up with it; `sectorMade` sums output by state and sector, what rivals teach (planCapacityAndCost).
 */
function serveAndLearn(base: WorldBase, world: World, work: ProductionScratch, out: ProductionResult): void {
  const p = base.params;
  const F = base.nFirms;
  const { demand, markupFactor, premium, sectorMade } = work;
  const { served, output, markup, cumOutput, tech } = out;
  const capacityBefore = world.capacity;
  const markupBefore = world.markup;
  const cumBefore = world.cumOutput;
  const { nodeSector, nodeState } = base;
  sectorMade.fill(0);
  for (let j = 0; j < F; j++) {
    const d = demand[j]!;
    const cap = capacityBefore[j]!;
    served[j] = d > cap ? cap / d : 1;
    output[j] = d * served[j]!;
    const scarcity = d > cap ? p.scarcityMarkup * (d / cap - 1) : 0;
    markup[j] = markupBefore[j]! + p.priceAdjustment * (scarcity - markupBefore[j]!);
    // the per-supplier factors of the asking price (priceInputs) and of what sales bring (sell), taken once per firm
    markupFactor[j] = 1 + markup[j]!;
    premium[j] = 1 + p.shortagePremium * (1 - served[j]!);
    cumOutput[j] = cumBefore[j]! + output[j]!;
    sectorMade[nodeState[j]! * NK + nodeSector[j]!] += output[j]!;
    tech[j] = techLevel(base.firmTech[j]!, cumOutput[j]!, base.cumOutput0[j]!, p.techCatchUp);
  }
}

/**
 * A firm on another state's entity list does more of its own research (docs/model.md, "A listed firm's own research"):
 * while listed, the level of what it makes climbs listedResearch x techCatchUp per doubling of its cumulative output,
 * on top of the catch-up every firm has. The gain is a stock of its own (World.research), kept once the firm is
 * delisted, which only its buyers read (priceInputs, sourcing.ts): research makes better products; it does not make
 * the firm's own process need better tools, as its level would.
 */
function listedResearch(base: WorldBase, world: World, listed: Set<number>, out: ProductionResult): void {
  const { research, cumOutput } = out;
  research.set(world.research);
  const rate = base.params.listedResearch * base.params.techCatchUp;
  if (rate === 0) return;
  const cumBefore = world.cumOutput;
  for (const j of listed) {
    const before = cumBefore[j]!;
    const now = cumOutput[j]!;
    if (now > before) research[j] = research[j]! + rate * log2(now / before);
  }
}

/**
 * Capacity is planned for the demand seen, growing with the market; a subsidy funds more than demand needs. A firm's
 * own cost per unit (learning.ts) starts its unit cost, to which priceInputs adds its inputs; what it loses per unit
 * below plan goes to `idleCut`, and what its state pays toward its cost to subsidyCost. What it learns from rivals
 * this round (rivalOutput, as far as `openness` lets it) adds to its spill-over stock.
 */
function planCapacityAndCost(
  base: WorldBase,
  world: World,
  subsidies: Float64Array,
  openness: Float64Array | null,
  work: ProductionScratch,
  out: ProductionResult,
): void {
  const p = base.params;
  const F = base.nFirms;
  const growth = 1 + p.demandGrowth;
  const { demand, sectorMade } = work;
  const idleCut = work.idleCut.fill(0);
  const { capacity, cumOutput, spillStock, output, unitCost, subsidyCost } = out;
  const capacityBefore = world.capacity;
  const stockBefore = world.spillStock;
  for (let j = 0; j < F; j++) {
    const k = base.nodeSector[j]!;
    const cap = capacityBefore[j]!;
    const subsidy = Math.min(0.9, subsidies[base.nodeState[j]! * NK + k]!);
    const wanted = (demand[j]! / p.targetUtilisation) * (1 + subsidy);
    capacity[j] = Math.max(1e-9, growth * (cap + p.capacityAdjustment * (wanted - cap)));
    spillStock[j] =
      stockBefore[j]! + p.learningSpillover * rivalOutput(j, k, sectorMade, output, base, openness);
    const effQ = cumOutput[j]! + spillStock[j]!;
    const utilisation = output[j]! / cap / p.targetUtilisation;
    const va = valueAddedCostOf(
      base.va0[j]!,
      effQ,
      base.effQ0[j]!,
      base.sectorLearningExp[k]!,
      utilisation,
      p.fixedCostShare,
      subsidy,
    );
    unitCost[j] = va;
    // what the firm loses per unit below plan: its price cut and its idle capacity's fixed cost (learning.ts)
    const pricing = idlePricing(utilisation, p.fixedCostShare);
    if (pricing < 1) idleCut[j] = (va / (pricing * (1 - subsidy))) * idleLoss(utilisation, p.fixedCostShare);
    if (subsidy > 0) subsidyCost[base.nodeState[j]!] += ((va * subsidy) / (1 - subsidy)) * output[j]!;
  }
}

/**
 * Costs, upstream to downstream: walk the slots backwards so a supplier's cost is complete before it is used. A unit
 * of input costs what the buyer pays on each link (price, markup, shortage premium on the unserved part, tariff, the
 * technology gap, and the interoperability cost of a supplier on another stack), averaged over its shares, relative to
 * round 0. A fab's tools last for years (toolLife quarters): what it pays for them this round prices only the part of
 * its tools it replaces or adds, so the tools' price in its cost moves toward this round's by 1 / toolLife a quarter
 * (the average over its tools' vintages, as depreciation spreads their cost). Other inputs are used up as bought.
 */
function priceInputs(
  world: World,
  access: LinkAccess,
  share: Float64Array,
  unqualified: Float64Array,
  blocked: Float64Array,
  interop: InteropCost | undefined,
  selfHarm: boolean,
  work: ProductionScratch,
  out: ProductionResult,
): void {
  const base = world.base;
  const p = base.params;
  const F = base.nFirms;
  const S = base.slotNode.length;
  const { slotNode, slotStart, slotLen, slotAlpha, linkSupplier, slotPrice0 } = base;
  const { slotGap, slotEquipment, markupFactor, premium, asking } = work;
  const nodeFirstSlot = base.nodeFirstSlot;
  const { tech, unitCost, markup, inputCost, inputCostNoOwn, finalPrice, equipmentPrice } = out;
  // a buyer needs tools and chips at its level (tech); a supplier makes them at its level plus its research (made)
  const made = madeLevels(tech, out.research, work.made);
  const gapCost = p.techGapCost;
  const shortagePremium = p.shortagePremium;
  const blockedPremium = p.blockedPremium;
  const linkTariff = access.tariff;
  const slotTaxed = access.slotTaxed;
  const slotOwn = access.slotOwn;
  const interopPrice = interop?.price;
  const toolsBefore = world.equipmentPrice;
  const toolLife = p.toolLife;
  let scratch: PriceScratch | undefined;
  // Each supplier's price to its buyers (before tariffs, gaps and interoperability), once per firm: a firm's own slots
  // all come after its buyers' (world.ts), so its unit cost is complete once its first slot is priced, and it is
  // taken again then; a firm with no inputs keeps the one taken here.
  for (let j = 0; j < F; j++) asking[j] = unitCost[j]! * markupFactor[j]! * premium[j]!;
  for (let s = S - 1; s >= 0; s--) {
    const b = slotNode[s]!;
    const gaps = slotGap[s] === 1;
    const tb = tech[b]!;
    const taxed = slotTaxed[s] === 1;
    let paid = 0;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++) {
      const w = share[l]!;
      if (w === 0) continue;
      const j = linkSupplier[l]!;
      // In the order the formula reads, each factor left out where it is exactly 1 (no bit changes): the tariff's
      // outside slots with a tariff.
      let x = w * asking[j]!;
      if (taxed) x *= 1 + linkTariff[l]!;
      if (gaps) {
        const tj = made[j]!;
        if (tb > tj) x *= 1 + gapCost * (tb - tj);
      }
      if (interopPrice) x *= interopPrice[l]!;
      paid += x;
    }
    let price =
      (paid / slotPrice0[s]!) * (1 + shortagePremium * unqualified[s]!) * (1 + blockedPremium * blocked[s]!);
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
    if (selfHarm && slotOwn[s]) {
      scratch ??= priceScratchOf(base, work, access, share, interop);
      normaliseWeights(world, scratch, share, s);
      const full = cesIndex(world, scratch, unitCost, markup, access, s, false);
      const without = cesIndex(world, scratch, unitCost, markup, access, s, true);
      noOwn = full > 0 ? cost * Math.min(1, without / full) : cost;
    }
    inputCostNoOwn[b] = inputCostNoOwn[b]! + noOwn;
    if (s === nodeFirstSlot[b]) asking[b] = unitCost[b]! * markupFactor[b]! * premium[b]!;
  }
}

/** The scratch of selfHarm's CES indices for one call of produce, made when first needed. */
function priceScratchOf(
  base: WorldBase,
  work: ProductionScratch,
  access: LinkAccess,
  share: Float64Array,
  interop: InteropCost | undefined,
): PriceScratch {
  work.weight ??= new Float64Array(share.length);
  work.pricePower.fill(NaN);
  return {
    weight: work.weight,
    pricePower: work.pricePower,
    interop,
    tariffPower: tariffPowerOf(base, access),
  };
}

/** Revenue at producer prices for what was served, by customer state; trade between states; tariff revenue. */
function sell(
  base: WorldBase,
  access: LinkAccess,
  share: Float64Array,
  work: ProductionScratch,
  out: ProductionResult,
): void {
  const { slotNode, slotStart, slotLen, slotAlpha, linkSupplier, nodeState } = base;
  const S = slotNode.length;
  const { demand, markupFactor, delivered, bought } = work;
  const { served, unitCost, revenue, flows, tariffRevenue } = out;
  const linkTariff = access.tariff;
  const slotTaxed = access.slotTaxed;
  // what a unit of each supplier's demand brings it: the part served, at its price (one product per firm, not per link)
  for (let j = 0; j < base.nFirms; j++) {
    const d = served[j]! * unitCost[j]! * markupFactor[j]!;
    delivered[j] = d;
    // a state that bought nothing from the firm pays it nothing, whatever its price (0 x a NaN price would be NaN)
    for (let c = 0; c < NS; c++) {
      const q = bought[j * NS + c]!;
      revenue[j * NS + c] = q !== 0 ? q * d : 0;
    }
  }
  // Tariff revenue: each taxed link's sales times its tariff, visiting only the slots with a tariff.
  for (let s = 0; s < S; s++) {
    if (slotTaxed[s] !== 1) continue;
    const b = slotNode[s]!;
    const q = demand[b]! * slotAlpha[s]!;
    const bs = nodeState[b]!;
    let taxed = tariffRevenue[bs]!;
    for (let l = slotStart[s]!, end = l + slotLen[s]!; l < end; l++)
      taxed = taxed + q * share[l]! * delivered[linkSupplier[l]!]! * linkTariff[l]!;
    tariffRevenue[bs] = taxed;
  }
  // Trade between states: each firm's revenue by customer state, summed over its home state's firms (once per firm,
  // not per link: a running sum per link waits on the one before it).
  for (let j = 0; j < base.nFirms; j++) {
    const from = nodeState[j]! * NS;
    for (let c = 0; c < NS; c++) flows[from + c] = flows[from + c]! + revenue[j * NS + c]!;
  }
}

/**
 * Firms' margins over their normal cost at planned output, counted to their home state's income: scarcity rents, less
 * what firms below plan lose (their price cut and their idle capacity's fixed cost).
 */
function producerRents(base: WorldBase, idleCut: Float64Array, out: ProductionResult): void {
  const F = base.nFirms;
  const nodeState = base.nodeState;
  const { unitCost, markup, output, producerRent } = out;
  for (let j = 0; j < F; j++) {
    const margin = unitCost[j]! * markup[j]! - idleCut[j]!;
    if (margin !== 0) producerRent[nodeState[j]!] += margin * output[j]!;
  }
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
