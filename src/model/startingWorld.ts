// The starting world of a scenario: the calibrated round-0 world with the measures already in force at round 0
// (timeline entries dated round 0: the 2017 tariffs before the 2018 war, US carriers' exclusion of Huawei since 2012).
// The observed world is read as the world under those measures, so that nothing moves at round 1 unless something new
// happens: a tariff is read into buyers' preferences, a closure (purchase ban, entity listing, export control) into
// their shares, with every firm's calibrated output kept.

import { pow } from './detmath.ts';
import { compilePolicy, coveredTrade } from './policy.ts';
import { accessKeyOf } from './round.ts';
import { ScenarioError } from './errors.ts';
import { resolveScenario, type Scenario } from './scenario.ts';
import { coveredTargets, linkAccess, type LinkAccess } from './sourcing.ts';
import { blockedPartners } from './standards.ts';
import type { Measure } from './types.ts';
import { buildWorld, slotPrices0, type World, type WorldBase } from './world.ts';

/** settling stops once every firm sells within this fraction of its calibrated output */
const SETTLE_TOLERANCE = 1e-12;
/** and after this many passes at most (a firm cut off from nearly all its buyers may need many) */
const SETTLE_PASSES = 2000;
/** a firm left further than this from its calibrated output after the last pass cannot be settled: the run is refused */
const SETTLE_FAILED = 1e-6;

/** The round-0 world of a scenario: built from its seed, size, parameters and states, with its round-0 measures. */
export function startingWorld(scenario: Scenario): World {
  const { params, states } = resolveScenario(scenario);
  const starting = scenario.timeline.flatMap((e) =>
    e.round === 0 && e.action === 'impose' ? [e.measure] : [],
  );
  // the shares as drawn, before the closures in force were settled around (kept for the measures' intensities)
  let drawn: Float64Array | undefined;
  // settled only where a measure closes a link: tariffs alone leave the shares as drawn (settleShares changes nothing)
  const settle =
    starting.length > 0
      ? (base: WorldBase, output: Float64Array) => {
          drawn = settleShares(base, linkAccess({ base }, compilePolicy(base, starting)), output);
          return drawn !== undefined;
        }
      : undefined;
  const world = buildWorld({ seed: scenario.seed, firms: scenario.firms, params, states, settle });
  return startWith(world, starting, drawn);
}

/**
 * Measures dated round 0 are part of the starting world. Tariffs: buyers' round-0 shares are read as their choice
 * under those tariffs (the preference weights absorb them) and round-0 prices include them. Closures have already
 * shaped the shares (settleShares); the links they close are recorded as closed at round 0, so that round 1 does not
 * cut them again. Changes the freshly built world in place.
 */
function startWith(world: World, measures: Measure[], drawn: Float64Array | undefined): World {
  if (measures.length === 0) return world;
  const base = world.base;
  const access = linkAccess(world, compilePolicy(base, measures));
  for (let s = 0; s < base.slotNode.length; s++) {
    const sigma = base.sectorElasticity[base.slotSector[s]!]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const t = access.tariff[l]!;
      if (t === 0) continue;
      base.linkTariff0[l] = t;
      base.linkBase[l] = base.linkBase[l]! * pow(1 + t, sigma);
    }
  }
  for (let s = 0; s < base.slotNode.length; s++) {
    if (!access.slotClosed[s]) continue;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++)
      base.linkClosed0[l] = Math.max(access.beta[l]!, access.ciiBlocked[l] ? access.slotPhi[s]! : 0);
  }
  base.slotPrice0 = slotPrices0(base);
  // A measure's intensity is the trade it bears on, in the world as it would be without the closures in force: a full
  // ban at round 0 leaves nothing to bear on in the shares it shaped, and would otherwise count for nothing.
  const unshaped = drawn ? { ...world, linkShare: drawn } : world;
  const unit = 100 / base.trade0;
  for (const m of measures) {
    const byState = Array.from(coveredTrade(unshaped, [m]), (v) => v * unit);
    world.meta[m.id] = {
      imposedRound: 0,
      intensity: byState.reduce((a, b) => a + b, 0),
      intensityByState: byState,
      source: 'timeline',
    };
  }
  world.measures = measures;
  if (access.slotClosed.includes(1))
    world.access = { key: accessKeyOf(measures), links: access, blocked: blockedPartners(base, access) };
  return world;
}

/**
 * Settles the round-0 shares around the links the measures in force close. The drawn shares are what buyers would
 * buy with nothing closed; under the closures each buyer's shares are the targets sourcing would give it (a closed
 * link's refused part goes to the suppliers free of the measure, sourcing.ts coveredTargets), and each supplier's
 * preference weight is scaled by one factor, the same in every slot, found so that every firm of the sector still
 * sells its calibrated round-0 output (`output`, the world's without the closures): its observed share of the world
 * market, sold to the buyers it may sell to. This is a biproportional (RAS) balancing of the share matrix, as input-
 * output tables are balanced (Bacharach 1970), with CES targets in place of plain row scaling. Only the sectors where
 * a link is closed are touched; base.linkBase becomes the settled weights as shares (what each buyer would buy were
 * the measures lifted), base.linkShare0 the shares under the measures. Returns the shares as drawn, or undefined
 * where no link is closed and nothing changed.
 */
function settleShares(base: WorldBase, access: LinkAccess, output: Float64Array): Float64Array | undefined {
  const S = base.slotNode.length;
  const F = base.nFirms;
  const closedSectors = new Set<number>();
  for (let s = 0; s < S; s++) if (access.slotClosed[s]) closedSectors.add(base.slotSector[s]!);
  if (closedSectors.size === 0) return undefined;
  const drawn = base.linkShare0.slice();
  let maxLen = 0;
  for (let s = 0; s < S; s++) maxLen = Math.max(maxLen, base.slotLen[s]!);
  const scratch = {
    w: new Float64Array(maxLen),
    t: new Float64Array(maxLen),
    non: new Float64Array(maxLen),
    cii: new Float64Array(maxLen),
  };
  const factor = new Float64Array(F).fill(1);
  const sales = new Float64Array(F);
  for (const k of closedSectors) {
    const slots: number[] = [];
    for (let s = 0; s < S; s++) if (base.slotSector[s] === k) slots.push(s);
    const firms: number[] = [];
    for (let j = 0; j < F; j++) if (base.nodeSector[j] === k) firms.push(j);
    refuseUnsellable(base, access, slots, firms, output);
    let worst = 0;
    for (let pass = 0; pass < SETTLE_PASSES; pass++) {
      for (const j of firms) sales[j] = 0;
      for (const s of slots) {
        const q = output[base.slotNode[s]!]! * base.slotAlpha[s]!;
        slotTargets(base, access, s, drawn, factor, scratch);
        for (let n = 0, l = base.slotStart[s]!; n < base.slotLen[s]!; n++, l++)
          sales[base.linkSupplier[l]!] += q * scratch.t[n]!;
      }
      worst = 0;
      for (const j of firms) {
        // a firm every buyer is closed to sells nothing whatever its weight
        if (!(output[j]! > 0) || !(sales[j]! > 0)) continue;
        const ratio = output[j]! / sales[j]!;
        worst = Math.max(worst, Math.abs(ratio - 1));
        factor[j] = factor[j]! * ratio;
      }
      if (worst < SETTLE_TOLERANCE) break;
    }
    if (worst > SETTLE_FAILED) {
      // the most a firm can sell is within reach, but the balancing did not get there: refused, as an unsellable one
      let j = firms[0]!;
      let far = 0;
      for (const f of firms) {
        const off = output[f]! > 0 ? Math.abs(sales[f]! / output[f]! - 1) : 0;
        if (off > far) [j, far] = [f, off];
      }
      throw unsellable(base, j, Math.min(sales[j]!, output[j]!) / output[j]!);
    }
    for (const s of slots) {
      // the part of the slot's demand no permitted supplier may take is bought around the closures at the workaround
      // premium from the start: the observed round-0 price includes it (slotPrices0), so round 1 does not add it
      base.slotBlocked0[s] = slotTargets(base, access, s, drawn, factor, scratch);
      for (let n = 0, l = base.slotStart[s]!; n < base.slotLen[s]!; n++, l++) {
        base.linkBase[l] = scratch.w[n]!;
        base.linkShare0[l] = scratch.t[n]!;
      }
    }
  }
  return drawn;
}

/**
 * Refuses a starting world no settling can make: a firm the measures in force leave fewer buyers than its calibrated
 * output needs, even were it to take all the demand open to it (a world that bans four-fifths of a market's supplier
 * everywhere but at home). Its most: in each slot, the part of the buyer's demand not closed to it.
 */
function refuseUnsellable(
  base: WorldBase,
  access: LinkAccess,
  slots: readonly number[],
  firms: readonly number[],
  output: Float64Array,
): void {
  const most = new Float64Array(base.nFirms);
  for (const s of slots) {
    const q = output[base.slotNode[s]!]! * base.slotAlpha[s]!;
    const phi = access.slotPhi[s]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const open = 1 - access.beta[l]!;
      most[base.linkSupplier[l]!] += q * ((1 - phi) * open + (access.ciiBlocked[l] ? 0 : phi * open));
    }
  }
  for (const j of firms)
    if (output[j]! > 0 && most[j]! < output[j]! * (1 - SETTLE_FAILED))
      throw unsellable(base, j, most[j]! / output[j]!);
}

/** The refusal of a starting world in which firm j can sell only `share` of its calibrated output. */
function unsellable(base: WorldBase, j: number, share: number): ScenarioError {
  // rounded down, so that a firm short of its output is never said to sell all of it
  const percent = Math.floor(share * 1000) / 10;
  return new ScenarioError({ kind: 'round-zero-unsellable', firm: base.firms[j]!.id, percent });
}

/**
 * One slot's weights (the drawn shares times the suppliers' factors, as shares: scratch.w) and the shares its buyer
 * takes under the closures (scratch.t), as sourcing forms its targets: the CII segment and the rest apart, each
 * refusing the closed part of a link to the suppliers free of the measures. A segment with no supplier open keeps the
 * weights (the buyer buys around the measure, as sourcing lets it). Returns the share of the slot's demand so bought
 * around the measures, with no permitted supplier, as sourcing reckons it (its `blocked`).
 */
function slotTargets(
  base: WorldBase,
  access: LinkAccess,
  s: number,
  drawn: Float64Array,
  factor: Float64Array,
  scratch: { w: Float64Array; t: Float64Array; non: Float64Array; cii: Float64Array },
): number {
  const { w, t, non, cii } = scratch;
  const start = base.slotStart[s]!;
  const len = base.slotLen[s]!;
  let sum = 0;
  for (let n = 0; n < len; n++) {
    w[n] = drawn[start + n]! * factor[base.linkSupplier[start + n]!]!;
    sum += w[n]!;
  }
  for (let n = 0; n < len; n++) w[n] = sum > 0 ? w[n]! / sum : 0;
  if (!access.slotClosed[s]) {
    for (let n = 0; n < len; n++) t[n] = w[n]!;
    return 0;
  }
  const phi = access.slotPhi[s]!;
  let sNon = 0;
  let sCii = 0;
  let anyCii = false;
  for (let n = 0; n < len; n++) {
    const l = start + n;
    const open = w[n]! * (1 - access.beta[l]!);
    non[n] = open;
    cii[n] = access.ciiBlocked[l] ? 0 : open;
    if (access.ciiBlocked[l]) anyCii = true;
    sNon += non[n]!;
    sCii += cii[n]!;
  }
  let stuckNon = 1;
  if (sNon > 0) stuckNon = coveredTargets(w, non, len);
  else for (let n = 0; n < len; n++) non[n] = w[n]!;
  let stuckCii = stuckNon;
  if (!anyCii) for (let n = 0; n < len; n++) cii[n] = non[n]!;
  else if (sCii > 0) stuckCii = coveredTargets(w, cii, len);
  else {
    stuckCii = 1;
    for (let n = 0; n < len; n++) cii[n] = w[n]!;
  }
  for (let n = 0; n < len; n++) t[n] = (1 - phi) * non[n]! + phi * cii[n]!;
  return (1 - phi) * stuckNon + phi * stuckCii;
}
