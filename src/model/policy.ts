// The active set of measures, compiled into lookup tables that the sourcing and production passes read per link:
// which tariffs apply, which links export controls and bans close (and by how much), and where subsidies go.

import { specOf } from './measures/index.ts';
import { STANDARD_IDS, type Measure } from './types.ts';
import { TIERS } from './calibration.ts';
import { NK, NS, slotCiiShare, type World, type WorldBase } from './world.ts';
import { newFloat64 } from './arrays.ts';

/** tech-level span of a firm's product line: a control with threshold t covers the part of the line above t */
export const PRODUCT_LINE_SPAN = 0.3;

/** the tier of chip makers (TIERS: materials, equipment, chips, devices): the buyers whose own level caps what they buy */
const CHIPS_TIER = TIERS.indexOf('chips');

/**
 * Technology level of what a buyer buys on a link: the supplier cannot sell above its own level, and a fab buys tools
 * and materials for the processes it runs, so nothing above its own level either. Device makers and final buyers take
 * the product as made: a server maker buying advanced computing chips buys them at the chips' level, as the controls
 * on them (keyed on the chip's performance, whoever buys it) read it. A control therefore bites by what is bought:
 * ASML's mature tools sold to a fab at level 0.5 stay below a threshold of 0.7, its leading-edge tools sold to a fab at
 * 0.85 do not, and a chip at 0.9 is covered whichever device maker buys it.
 */
export function itemLevel(base: WorldBase, b: number, j: number): number {
  const made = base.firmTech[j]!;
  return base.nodeTier[b] === CHIPS_TIER ? Math.min(made, base.firmTech[b]!) : made;
}

export interface ControlRule {
  threshold: number;
  size: number;
}

export interface FirmControlRule extends ControlRule {
  makers: Set<number>;
  /** null covers every sector (an entity listing) */
  sectors: Set<number> | null;
}

export interface Policy {
  /** tariff charged by the buyer's state on the supplier's state, per sector: [(buyer * NS + supplier) * NK + k] */
  tariff: Float64Array;
  /** export controls by supplier state, buyer state and sector: [(supplier * NS + buyer) * NK + k] */
  controls: Array<ControlRule[] | undefined>;
  hasControls: boolean;
  /** controls and listings aimed at one buying firm */
  firmControls: Map<number, FirmControlRule[]>;
  /** firms on the entity list of a state other than their home (production.ts: their own research) */
  listedAbroad: Set<number>;
  /** purchase bans by supplier firm: buyer states that ban it entirely, and those that ban their CII demand */
  banAll: Map<number, Set<number>>;
  banCii: Map<number, Set<number>>;
  /** subsidy rate by [state * NK + k] */
  subsidy: Float64Array;
  /** mandate strength per [state * 2 + standard] */
  mandate: Float64Array;
}

export function coverage(tech: number, threshold: number): number {
  if (threshold <= 0) return 1;
  return Math.min(1, Math.max(0, (tech - threshold) / PRODUCT_LINE_SPAN));
}

export function compilePolicy(base: WorldBase, measures: readonly Measure[]): Policy {
  const policy: Policy = {
    tariff: newFloat64(NS * NS * NK),
    controls: new Array(NS * NS * NK),
    hasControls: false,
    firmControls: new Map(),
    listedAbroad: new Set(),
    banAll: new Map(),
    banCii: new Map(),
    subsidy: newFloat64(NS * NK),
    mandate: newFloat64(NS * STANDARD_IDS.length),
  };
  for (const m of measures) specOf(m).compile(m, base, policy);
  for (let i = 0; i < policy.subsidy.length; i++) policy.subsidy[i] = Math.min(0.9, policy.subsidy[i]!);
  return policy;
}

/**
 * How much of the link from supplier j to buyer node b (buying sector k) export controls and listings close, 0-1: the
 * part of what is bought (itemLevel) at or above each control's threshold. Domestic links are never closed by a
 * state's own controls.
 */
export function controlBlock(policy: Policy, base: WorldBase, b: number, j: number, k: number): number {
  const bs = base.nodeState[b]!;
  const js = base.nodeState[j]!;
  if (bs === js) return 0;
  let beta = 0;
  if (policy.hasControls) {
    const rules = policy.controls[(js * NS + bs) * NK + k];
    if (rules)
      for (const r of rules) beta = Math.max(beta, r.size * coverage(itemLevel(base, b, j), r.threshold));
  }
  if (b < base.nFirms && policy.firmControls.size > 0) {
    const rules = policy.firmControls.get(b);
    if (rules) {
      for (const r of rules) {
        if (!r.makers.has(js) || (r.sectors && !r.sectors.has(k))) continue;
        beta = Math.max(beta, r.size * coverage(itemLevel(base, b, j), r.threshold));
      }
    }
  }
  return beta;
}

/** Whether the buyer's own state bans buying from j entirely ('all') or for its CII demand ('cii'). */
export function banOn(policy: Policy, base: WorldBase, b: number, j: number): 'all' | 'cii' | null {
  const bs = base.nodeState[b]!;
  if (policy.banAll.get(j)?.has(bs)) return 'all';
  if (policy.banCii.get(j)?.has(bs)) return 'cii';
  return null;
}

/**
 * The trade a set of measures bears on, by the state that feels it (exporters for tariffs, controls' and
 * listings' targets, banned firms' home states), valued at the world's current flows and prices.
 * Tariffs count their rate times the trade; closures count the closed share.
 */
export function coveredTrade(world: World, measures: readonly Measure[]): Float64Array {
  const base = world.base;
  const policy = compilePolicy(base, measures);
  const felt = new Float64Array(NS);
  const F = base.nFirms;
  // A link adds to what is felt only where a tariff or a control applies to its (buyer state, sector), a control
  // aims at its buying firm, or a ban at its supplier: every other link adds nothing, so only those are visited.
  const touched = new Uint8Array(NS * NK);
  for (let bs = 0; bs < NS; bs++)
    for (let js = 0; js < NS; js++)
      for (let k = 0; k < NK; k++)
        if (policy.tariff[(bs * NS + js) * NK + k]! > 0 || policy.controls[(js * NS + bs) * NK + k])
          touched[bs * NK + k] = 1;
  const anyBan = policy.banAll.size > 0 || policy.banCii.size > 0;
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s]!;
    const k = base.slotSector[s]!;
    const bs = base.nodeState[b]!;
    const whole = touched[bs * NK + k] === 1 || (b < F && policy.firmControls.has(b));
    if (!whole && !anyBan) continue;
    const q = (b < F ? world.output[b]! : base.finalDemand[b]!) * base.slotAlpha[s]!;
    const phi = slotCiiShare(base, s);
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const j = base.linkSupplier[l]!;
      if (!whole && !policy.banAll.has(j) && !policy.banCii.has(j)) continue;
      const js = base.nodeState[j]!;
      const v = q * world.linkShare[l]! * world.unitCost[j]! * (1 + world.markup[j]!);
      if (v <= 0) continue;
      const t = policy.tariff[(bs * NS + js) * NK + k]!;
      if (t > 0) felt[js] += v * t;
      const beta = controlBlock(policy, base, b, j, k);
      const ban = banOn(policy, base, b, j);
      const closed = Math.max(beta, ban === 'all' ? 1 : ban === 'cii' ? phi : 0);
      if (closed > 0) {
        // A ban is felt by the banned firm's home state; a control or listing by the buyer it cuts off.
        felt[ban ? js : bs] += v * closed;
      }
    }
  }
  return felt;
}
