// Production: demand flows upstream through this round's shares; suppliers over capacity raise a scarcity markup;
// capacity follows demand with a lag; unit cost follows the learning curve (learning.ts), loses scale when output
// falls, and carries its inputs' prices downstream tier by tier.

import { valueAddedCost } from './learning.ts';
import type { Policy } from './policy.ts';
import type { LinkAccess } from './sourcing.ts';
import type { InteropCost } from './standards.ts';
import { incumbencyWeight } from './sourcing.ts';
import { NK, NS, type World } from './world.ts';

/** highest scarcity markup, so that prices stay finite when a supplier is flooded with demand */
export const MAX_MARKUP = 3;

export interface ProductionResult {
  output: Float64Array;
  capacity: Float64Array;
  markup: Float64Array;
  cumOutput: Float64Array;
  unitCost: Float64Array;
  inputCost: Float64Array;
  inputCostNoOwn: Float64Array;
  revenue: Float64Array;
  flows: Float64Array;
}

/** Scratch space shared by the two price passes over one slot, so weights and powers are computed once. */
interface PriceScratch {
  /** incumbency weight of each link, normalised within its slot */
  weight: Float64Array;
  /** each supplier's price before tariffs raised to (1 - sigma), filled in when first needed (NaN until then) */
  pricePower: Float64Array;
  /** per link: the interoperability cost (standards.ts interopFactors), if any */
  interop?: InteropCost;
}

/**
 * The CES price index of one slot's input under the measures: the open-market index, raised as suppliers are closed
 * off (fewer, less preferred varieties) but never above (1 + workaround premium) times it.
 */
function slotPrice(
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
      // A supplier's cost is complete before any buyer prices it (slots are walked upstream first).
      q = (unitCost[j]! * (1 + markup[j]!)) ** (1 - sigma);
      pricePower[j] = q;
    }
    const tariff = ignoreOwn ? 0 : access.tariff[l]!;
    const open = 1 - (ignoreOwn ? access.betaOther[l]! : access.beta[l]!);
    let x = weight[l]! * q * (tariff === 0 ? 1 : (1 + tariff) ** (1 - sigma));
    // Interoperability cost (standards.ts interopFactors): the buyer pays price x interop[l].
    if (scratch.interop) x *= scratch.interop.pricing[l]!;
    all += x;
    non += x * open;
    if (!access.ciiBlocked[l] || ignoreOwn) cii += x * open;
  }
  const exponent = 1 / (1 - sigma);
  // The ceiling is the index as if nothing were closed off, tariffs included, plus the workaround premium.
  const ceiling = all ** exponent * (1 + p.blockedPremium);
  const pNon = non > 0 ? Math.min(non ** exponent, ceiling) : ceiling;
  const pCii = cii > 0 ? Math.min(cii ** exponent, ceiling) : ceiling;
  return (1 - phi) * pNon + phi * pCii;
}

export function produce(
  world: World,
  policy: Policy,
  access: LinkAccess,
  share: Float64Array,
  unqualified: Float64Array,
  interop?: InteropCost,
): ProductionResult {
  const base = world.base;
  const p = base.params;
  const F = base.nFirms;
  const S = base.slotNode.length;

  // Quantities, downstream to upstream: slots are ordered by buyer tier, final buyers first.
  const demand = new Float64Array(base.nNodes);
  demand.set(base.finalDemand);
  for (let s = 0; s < S; s++) {
    const b = base.slotNode[s]!;
    const q = demand[b]! * base.slotAlpha[s]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const j = base.linkSupplier[l]!;
      demand[j] = demand[j]! + q * share[l]!;
    }
  }
  const output = demand.slice(0, F);

  const markup = new Float64Array(F);
  const capacity = new Float64Array(F);
  const cumOutput = new Float64Array(F);
  const unitCost = new Float64Array(F);
  const sectorCum = new Float64Array(NK);
  for (let j = 0; j < F; j++) {
    cumOutput[j] = world.cumOutput[j]! + output[j]!;
    sectorCum[base.nodeSector[j]!] += cumOutput[j]!;
  }
  for (let j = 0; j < F; j++) {
    const k = base.nodeSector[j]!;
    const cap = world.capacity[j]!;
    const load = output[j]! / cap;
    markup[j] = Math.min(MAX_MARKUP, p.scarcityMarkup * Math.max(0, load - 1));
    const subsidy = Math.min(0.9, policy.subsidy[base.nodeState[j]! * NK + k]!);
    const wanted = (output[j]! / p.targetUtilisation) * (1 + subsidy);
    capacity[j] = Math.max(1e-9, cap + p.capacityAdjustment * (wanted - cap));
    const effQ = cumOutput[j]! + p.learningSpillover * (sectorCum[k]! - cumOutput[j]!);
    unitCost[j] = valueAddedCost({
      va0: base.va0[j]!,
      effQ,
      effQ0: base.effQ0[j]!,
      learningExponent: base.sectorLearningExp[k]!,
      utilisation: load / p.targetUtilisation,
      fixedCostShare: p.fixedCostShare,
      subsidy,
    });
  }

  // Costs, upstream to downstream: walk the slots backwards so a supplier's cost is complete before it is used.
  const scratch: PriceScratch = {
    weight: new Float64Array(share.length),
    pricePower: new Float64Array(F).fill(NaN),
    interop,
  };
  for (let s = 0; s < S; s++) {
    const start = base.slotStart[s]!;
    const end = start + base.slotLen[s]!;
    let sum = 0;
    for (let l = start; l < end; l++) {
      scratch.weight[l] = incumbencyWeight(base.linkBase[l]!, share[l]!, base.linkShare0[l]!, p.incumbency);
      sum += scratch.weight[l]!;
    }
    if (sum > 0) for (let l = start; l < end; l++) scratch.weight[l] = scratch.weight[l]! / sum;
  }
  const inputCost = new Float64Array(F);
  const inputCostNoOwn = new Float64Array(F);
  for (let s = S - 1; s >= 0; s--) {
    const b = base.slotNode[s]!;
    if (b >= F) continue;
    const alpha = base.slotAlpha[s]!;
    const price =
      slotPrice(world, scratch, unitCost, markup, access, s, false) *
      (1 + p.shortagePremium * unqualified[s]!);
    const cost = alpha * price;
    inputCost[b] = inputCost[b]! + cost;
    unitCost[b] = unitCost[b]! + cost;
    const noOwn = access.slotOwn[s]
      ? alpha *
        slotPrice(world, scratch, unitCost, markup, access, s, true) *
        (1 + p.shortagePremium * unqualified[s]!)
      : cost;
    inputCostNoOwn[b] = inputCostNoOwn[b]! + noOwn;
  }

  // Revenue at producer prices, by customer state, and trade between states.
  const revenue = new Float64Array(F * NS);
  const flows = new Float64Array(NS * NS);
  for (let s = 0; s < S; s++) {
    const b = base.slotNode[s]!;
    const q = demand[b]! * base.slotAlpha[s]!;
    const bs = base.nodeState[b]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const j = base.linkSupplier[l]!;
      const v = q * share[l]! * unitCost[j]! * (1 + markup[j]!);
      revenue[j * NS + bs] = revenue[j * NS + bs]! + v;
      const f = base.nodeState[j]! * NS + bs;
      flows[f] = flows[f]! + v;
    }
  }
  return { output, capacity, markup, cumOutput, unitCost, inputCost, inputCostNoOwn, revenue, flows };
}
