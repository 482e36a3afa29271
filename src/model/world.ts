// Builds the calibrated round-0 world: anchor firms with their real shares, generated firms drawn from the seed,
// the buyer-supplier links with round-0 shares, and the quantities and costs they imply.
//
// Layout: the world keeps plain typed arrays rather than one object per firm, because a 20,000-firm world steps
// hundreds of rounds. Buyers are "nodes": firms 0..F-1, then final buyers (one per state and device sector).
// Each node has one "slot" per input sector; a slot owns a contiguous run of links (one per candidate supplier).

import {
  copyFloat64,
  copyInt8,
  float64Of,
  int32Of,
  int8Of,
  newFloat64,
  newInt32,
  newInt8,
  newUint8,
} from './arrays.ts';
import { log } from './detmath.ts';
import {
  ANCHOR_FIRMS,
  DEVICE_DEMAND,
  MAX_FIRMS,
  MIN_FIRMS,
  SECTORS,
  STATES,
  TIERS,
  type SectorSpec,
} from './calibration.ts';
import { learningExponent } from './learning.ts';
import type { ModelParams } from './params.ts';
import type { LinkAccess } from './sourcing.ts';
import { GAP_SECTORS, gapFactor } from './technology.ts';
import { createRng, drawWeighted, type Rng } from './rng.ts';
import {
  marketStandardShares,
  solveHomeValues,
  type BlockedPartners,
  type InteropCost,
} from './standards.ts';
import {
  SECTOR_IDS,
  STATE_CODES,
  type FirmInfo,
  type Measure,
  type SectorId,
  type StateCode,
  type StateConfig,
} from './types.ts';

export const NS = STATE_CODES.length;
export const NK = SECTOR_IDS.length;
export const stateIndex: Record<StateCode, number> = Object.fromEntries(
  STATE_CODES.map((c, i) => [c, i]),
) as Record<StateCode, number>;
export const sectorIndex: Record<SectorId, number> = Object.fromEntries(
  SECTOR_IDS.map((c, i) => [c, i]),
) as Record<SectorId, number>;
const SECTOR_TIER = SECTOR_IDS.map((id) => TIERS.indexOf(SECTORS.find((s) => s.id === id)!.tier));
/** tier of the final buyers, one above devices */
const FINAL_TIER = TIERS.length;
/** each sector's inputs as [sector index, cost share], in the order its `inputs` lists them (made once, not per buyer) */
const SECTOR_INPUTS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = SECTORS.map((s) =>
  Object.entries(s.inputs).map(([k, a]) => [sectorIndex[k as SectorId], a] as const),
);
/** each sector's inputs' cost shares summed, in that order */
const SECTOR_INPUT_SHARE = SECTORS.map((s) => Object.values(s.inputs).reduce((a, c) => a + c, 0));

/**
 * The share of a state's critical sectors' demand (telecom networks, servers) that comes from critical-infrastructure
 * operators: its own share times the ciiShareScale parameter, at most all of it.
 */
export function ciiShareOf(base: WorldBase, state: StateCode): number {
  return Math.min(1, base.states[state].ciiShare * base.params.ciiShareScale);
}

/** What a slot's buyer bought of the slot's input at round 0: its output (or final demand) times the input's share. */
export function slotQuantity0(base: WorldBase, s: number): number {
  const b = base.slotNode[s]!;
  return (b < base.nFirms ? base.output0[b]! : base.finalDemand[b]!) * base.slotAlpha[s]!;
}

/**
 * The part of a slot's demand a CII purchase ban reaches: its state's CII share where the buying node is in a
 * critical sector (a server maker's memory, a state's final demand for telecom equipment), else none.
 */
export function slotCiiShare(base: WorldBase, s: number): number {
  const b = base.slotNode[s]!;
  return base.sectorCritical[base.nodeSector[b]!] === 1
    ? ciiShareOf(base, STATE_CODES[base.nodeState[b]!]!)
    : 0;
}

/** generated suppliers a firm buyer may use in each input sector, besides the sector's anchors */
const GENERATED_CANDIDATES = 6;
/** total world device demand at round 0, in units of base-price output */
const WORLD_DEMAND = 1000;

/** What never changes during a run. */
export interface WorldBase {
  firms: FirmInfo[];
  firmIndex: Map<string, number>;
  nFirms: number;
  nNodes: number;
  nodeState: Int8Array;
  nodeSector: Int8Array;
  nodeTier: Int8Array;
  /** final demand of final-buyer nodes (0 for firms) */
  finalDemand: Float64Array;
  firmTech: Float64Array;
  slotNode: Int32Array;
  /** each node's slots are contiguous: the first one and how many */
  nodeFirstSlot: Int32Array;
  nodeSlotCount: Int32Array;
  slotSector: Int8Array;
  slotStart: Int32Array;
  slotLen: Int32Array;
  /** input cost share of the slot's sector in its buyer's unit cost */
  slotAlpha: Float64Array;
  linkSupplier: Int32Array;
  /** calibrated preference weight of each link (round-0 share at round-0 prices) */
  linkBase: Float64Array;
  linkShare0: Float64Array;
  /** value-added cost per unit at round 0 */
  va0: Float64Array;
  output0: Float64Array;
  effQ0: Float64Array;
  /** per firm: share of its round-0 revenue from each customer state (F x NS) */
  marketWeight0: Float64Array;
  /** per firm: share of its round-0 input spend on suppliers of each state (F x NS) */
  supplyWeight0: Float64Array;
  /** round-0 unit input cost of each firm, the Laspeyres base */
  inputCost0: Float64Array;
  /** per firm: capacity and cumulative output at round 0 (capacity pull, technology catch-up) */
  capacity0: Float64Array;
  cumOutput0: Float64Array;
  /** per slot: what a unit of the input cost its buyer at round 0, technology gaps included (see slotPrices0) */
  slotPrice0: Float64Array;
  /** per link: the tariff already in force in the starting world (timeline entries dated round 0), else 0 */
  linkTariff0: Float64Array;
  /**
   * per slot: the share of its demand that the closures in force in the starting world leave no permitted supplier
   * (bought around them at the workaround premium, as later closures are), else 0
   */
  slotBlocked0: Float64Array;
  /**
   * per link: the part of its buyer's demand the closures in force in the starting world close (a ban in full 1, a CII
   * ban the CII share, a control its coverage), else 0; what they close is not in the round-0 shares, so only what
   * later measures close beyond it cuts a firm off from partners it had (standards.ts blockedPartners)
   */
  linkClosed0: Float64Array;
  /** cross-border trade value at round 0: the unit in which measure intensities are expressed */
  trade0: number;
  params: ModelParams;
  sectorLearningExp: Float64Array;
  sectorElasticity: Float64Array;
  sectorLag: Float64Array;
  /** per sector: how many quarters a buyer takes to close the gap to its price-driven target shares (at least its lag) */
  sectorSwitch: Float64Array;
  sectorStandard: Uint8Array;
  /** per sector: 1 where critical-infrastructure operators buy its products (calibration.ts SectorSpec.critical) */
  sectorCritical: Uint8Array;
  states: Record<StateCode, StateConfig>;
  alignment0: Float64Array;
  /** per firm: the stack it started on at round 0 (0 = A, 1 = B, -1 = none) */
  standard0: Int8Array;
  /** per firm: its home value of the stack it started on, which makes the round-0 split an equilibrium (standards.ts) */
  homeValue: Float64Array;
  /** per firm, revenue by customer state at round 0 (F x NS): the installed base of each market's stacks */
  revenue0: Float64Array;
  /** per state: share of stack A in its market at round 0, the base of the interoperability cost (standards.ts) */
  marketShareA0: Float64Array;
}

export interface MeasureMeta {
  imposedRound: number;
  /** weighted intensity, in % of round-0 cross-border trade */
  intensity: number;
  /** intensity felt by each state (its own trade the measure bears on) */
  intensityByState: number[];
  /**
   * what the narrative follows of the firm a ban or listing targets, the round before it began (MeasureSpec
   * followedTrade): a banned firm's revenue from the maker's buyers, a listed firm's share of inputs from its firms
   */
  targetRevenueBefore?: number;
  source: 'timeline' | 'strategy' | 'human' | 'alliance';
}

/** Per-state memory of the retaliation strategies (plain data, so the world stays serialisable). */
export interface StrategyMemory {
  /** opponents that triggered grim trigger */
  grim: StateCode[];
  /** whether this state imposed a measure on each opponent last round (win-stay-lose-shift) */
  imposedLast: Partial<Record<StateCode, boolean>>;
  /** rounds in a row each opponent was not seen to act (generous tit for tat); only words depend on it */
  quiet?: Partial<Record<StateCode, number>>;
}

export interface ActRecord {
  from: StateCode;
  to: StateCode;
  kind: Measure['kind'];
  action: 'impose' | 'relax';
  intensity: number;
  /** the measure, so that an answer can name it */
  measureId?: string;
  sectors?: SectorId[];
  firm?: string;
}

/** Everything that changes from round to round. A new World is made each round; the old one is never changed. */
export interface World {
  base: WorldBase;
  round: number;
  linkShare: Float64Array;
  /** share of each slot's demand re-spread by a measure and not yet re-qualified */
  slotUnqualified: Float64Array;
  capacity: Float64Array;
  unitCost: Float64Array;
  markup: Float64Array;
  output: Float64Array;
  cumOutput: Float64Array;
  /**
   * per firm: what it has learned from rivals' output, in units of output (its effective cumulative output less its
   * own); production.ts adds each round's rival output, as far as the links it would come over are open
   */
  spillStock: Float64Array;
  /** per firm: input cost per unit this round (Laspeyres numerator) */
  inputCost: Float64Array;
  /** per firm: the same without the measures of its own state (for selfHarm) */
  inputCostNoOwn: Float64Array;
  /** standard of each firm: 0 = A, 1 = B, -1 = none */
  standard: Int8Array;
  /** per firm, revenue by customer state (F x NS) */
  revenue: Float64Array;
  /** trade between states this round, flows[from * NS + to] */
  flows: Float64Array;
  alignment: Float64Array;
  measures: Measure[];
  meta: Record<string, MeasureMeta>;
  /** acts taken this round, observed by their targets next round */
  acts: ActRecord[];
  memory: Record<StateCode, StrategyMemory>;
  /** per firm: technology level now (round-0 level plus catch-up): what it needs of its suppliers, and with `research` what it makes */
  tech: Float64Array;
  /**
   * per firm: what its own research, done while another state had it on its entity list, adds to the level of what it
   * makes (not of what it needs); kept once it is delisted, 0 for a firm never listed (production.ts, technology.ts)
   */
  research: Float64Array;
  /** per firm: share of the demand on it that its capacity could serve this round (1 when under capacity) */
  served: Float64Array;
  /** per node: final demand this round (devices bought by each state's households; 0 for firms) */
  finalDemand: Float64Array;
  /** per node: price of a unit of final demand relative to round 0 (1 for firms) */
  finalPrice: Float64Array;
  /**
   * per slot: for a fab's tools (equipment slots), the price relative to round 0 of the tools it has in use, which
   * moves toward the price paid this round by 1 / toolLife a quarter; 1 in every other slot
   */
  equipmentPrice: Float64Array;
  /** per state: tariff revenue collected and subsidies paid this round, in output units at producer prices */
  tariffRevenue: Float64Array;
  subsidyCost: Float64Array;
  /** per state: its firms' margins over full cost this round (scarcity rents less idle capacity sold below cost) */
  producerRent: Float64Array;
  /** global supplyChainCost of this round, so the narrative can tell when it crosses a 5-point band */
  costIndex: number;
  /** which links this round's measures closed or taxed (and the trade partners that blocks for the standards
   * choice), kept for the next round while the measures stay the same */
  access?: { key: string; links: LinkAccess; blocked?: BlockedPartners };
  /** the interoperability cost paid this round and the stacks it was computed from, kept while no firm switches */
  interop?: { standard: Int8Array; cost: InteropCost };
}

/** Elasticity of substitution per sector, scaled; kept above 1.1 so that a price rise always loses share. */
export function sectorElasticities(params: ModelParams): Float64Array {
  return Float64Array.from(SECTORS.map((s) => Math.max(1.1, s.elasticity * params.elasticityScale)));
}

/** Qualification lag per sector in rounds, scaled; at least one round. */
export function sectorLags(params: ModelParams): Float64Array {
  return Float64Array.from(
    SECTORS.map((s) => Math.max(1, s.qualificationLag * params.qualificationLagScale)),
  );
}

/** Per sector, the quarters buyers take to move toward cheaper suppliers: the switching time, or the lag if longer. */
export function sectorSwitches(params: ModelParams, lags: Float64Array = sectorLags(params)): Float64Array {
  return lags.map((lag) => Math.max(lag, params.switchingTime));
}

export interface WorldOptions {
  seed: number;
  firms: number;
  params: ModelParams;
  states: Record<StateCode, StateConfig>;
  /**
   * Settles the round-0 shares around measures already in force in the starting world (startingWorld.ts), given the
   * round-0 output they would give without them: rewrites base.linkShare0 and base.linkBase, and says whether it
   * changed anything. Absent, the drawn shares stand.
   */
  settle?: (base: WorldBase, output: Float64Array) => boolean;
}

interface Draft {
  info: FirmInfo;
  share: number;
}

function generateFirms(total: number, rng: Rng): Draft[] {
  const drafts: Draft[] = ANCHOR_FIRMS.map((a) => ({
    info: { id: a.id, name: a.name, state: a.state, sector: a.sector, anchor: true, techLevel: a.tech },
    share: a.share,
  }));
  const generated = Math.max(0, total - drafts.length);
  // Largest-remainder split of the generated firms over sectors, so counts are exact and independent of the seed.
  const weights = SECTORS.map((s) => s.generatedShare);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / wsum) * generated);
  const counts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0, left = generated - counts.reduce((a, b) => a + b, 0); i < left; i++)
    counts[order[i]![1]]!++;

  const gen = rng.fork('firms');
  // a plain loop over a module-level function, not a callback made each call: V8 compiled that callback anew
  // (Maglev, then TurboFan) some fifteen times a worker in a 1,000-seed run
  for (let k = 0; k < SECTORS.length; k++) {
    const sector = SECTORS[k]!;
    const n = counts[k]!;
    if (n === 0) continue;
    const anchorShare = drafts.filter((d) => d.info.sector === sector.id).reduce((a, d) => a + d.share, 0);
    generateSectorFirms(sector, n, Math.max(0.02, 1 - anchorShare), gen, drafts);
  }
  return drafts;
}

/** The generated firms of one sector, n of them sharing `rest` of its market, appended to drafts. */
function generateSectorFirms(sector: SectorSpec, n: number, rest: number, gen: Rng, drafts: Draft[]): void {
  const homes = STATE_CODES.map((c) => sector.generatedHomes[c] ?? 0);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) sizes.push(-log(1 - gen.next() * 0.999));
  const sizeSum = sizes.reduce((a, b) => a + b, 0);
  // Firms counted per state by the state's index, not in an object keyed by state code: keys added in the order the
  // draws give made a new shape of object in nearly every world build, and V8 threw away and made again the code of
  // every function that had seen the last one (a worker's compiler kept busy for its first few hundred seeds).
  const perState = new Int32Array(NS);
  for (let i = 0; i < n; i++) {
    // Every state gets device makers first, so each has buyers to measure costs for.
    let home: StateCode;
    if (sector.tier === 'devices' && i < NS && sector.id === 'phones') home = STATE_CODES[i]!;
    else home = STATE_CODES[Math.max(0, drawWeighted(gen, homes))]!;
    const tech0 = sector.generatedTech[home] ?? 0.4;
    const tech = Math.min(1, Math.max(0.05, tech0 + (gen.next() - 0.5) * 0.2));
    const count = ++perState[stateIndex[home]]!;
    drafts.push({
      info: {
        id: `${sector.id}-${home.toLowerCase()}-${count}`,
        name: `${sector.label} maker ${home}-${count}`,
        state: home,
        sector: sector.id,
        anchor: false,
        techLevel: Math.round(tech * 1000) / 1000,
      },
      share: (rest * sizes[i]!) / sizeSum,
    });
  }
}

/**
 * Draws up to n distinct indices from candidates, with probability proportional to the weights whose running sums
 * are `cum` (total `cum[last]`).
 */
function sampleDistinct(
  rng: Rng,
  candidates: readonly number[],
  cum: Float64Array,
  n: number,
  seen: Uint8Array,
): number[] {
  if (candidates.length <= n) return candidates.slice();
  const total = cum[cum.length - 1]!;
  // `seen` (one entry per firm, all 0 on entry and on return) marks what is picked: a Set's work without a Set
  const picked: number[] = [];
  for (let tries = 0; picked.length < n && tries < n * 20; tries++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    const i = candidates[lo]!;
    if (seen[i] === 0) {
      seen[i] = 1;
      picked.push(i);
    }
  }
  for (const i of picked) seen[i] = 0;
  return ascending(picked);
}

/**
 * Sorts a short list of distinct indices in place, smallest first, and returns it: what `.sort((a, b) => a - b)` gives,
 * without a comparator call per step (a world build sorts a few thousand lists of about ten).
 */
function ascending(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let k = i - 1;
    while (k >= 0 && list[k]! > x) {
      list[k + 1] = list[k]!;
      k--;
    }
    list[k + 1] = x;
  }
  return list;
}

/** A sector's suppliers as a buyer in one state sees them: anchors, generated firms and their running weights. */
interface CandidatePool {
  anchors: number[];
  gens: number[];
  cum: Float64Array;
}

/** The slots of a world's buyers and the links of each slot, as drawLinks makes them. */
interface Links {
  slotNode: number[];
  slotSector: number[];
  slotStart: number[];
  slotLen: number[];
  slotAlpha: number[];
  linkSupplier: number[];
  linkShare0: number[];
}

/**
 * Every buyer's slots, one per input sector, ordered by buyer tier from final buyers down (so one forward pass carries
 * demand upstream and one backward pass carries costs downstream), and the links of each slot to the suppliers it
 * draws, with their round-0 shares. Apart from buildWorld so that V8 optimises each in less time: as one function the
 * build took about 0.3 s of a helper thread to optimise, and was optimised three times over in a worker's first seeds.
 */
function drawLinks(
  drafts: readonly Draft[],
  nodes: { nodeState: Int8Array; nodeSector: Int8Array; nodeTier: Int8Array; share: Float64Array },
  homeBias: number,
  linkRng: Rng,
): Links {
  const { nodeState, nodeSector, nodeTier, share } = nodes;
  const F = drafts.length;
  // made in a plain loop: as SECTOR_IDS.map(() => []) V8's code for drawLinks bailed out at these lists (wrong map)
  // and was optimised again, TurboFan twice and Maglev five times in a worker's first 400 seeds
  const bySector: number[][] = [];
  for (let k = 0; k < NK; k++) bySector.push([]);
  for (let i = 0; i < F; i++) bySector[nodeSector[i]!]!.push(i);

  const nodesByTier = Array.from(nodeTier.keys()).sort((a, b) => nodeTier[b]! - nodeTier[a]! || a - b);
  // The result is made before the loop and the function ends with it: V8 compiles this loop on the stack (OSR) during
  // the first world's build and enters that code in every build after; code after the loop, with no feedback when it
  // was compiled, bailed out at every build (62 times in 300 seeds).
  const links: Links = {
    slotNode: [],
    slotSector: [],
    slotStart: [],
    slotLen: [],
    slotAlpha: [],
    linkSupplier: [],
    linkShare0: [],
  };
  const { slotNode, slotSector, slotStart, slotLen, slotAlpha, linkSupplier, linkShare0 } = links;
  const pools: Array<CandidatePool | undefined> = [];
  const seen = newUint8(F);
  for (const b of nodesByTier) {
    const bState = nodeState[b]!;
    const inputs = b >= F ? [[nodeSector[b]!, 1] as const] : SECTOR_INPUTS[nodeSector[b]!]!;
    for (const [k, alpha] of inputs) {
      const pool = bySector[k]!;
      if (pool.length === 0) continue;
      let cands: number[];
      let genScale = 1;
      if (b >= F) cands = pool;
      else {
        // The pool depends only on the sector and the buyer's state: built once for each, not once per buyer.
        const key = k * NS + bState;
        let cp = pools[key];
        if (!cp) {
          const gens = pool.filter((i) => !drafts[i]!.info.anchor);
          const cum = newFloat64(gens.length);
          let total = 0;
          gens.forEach((i, n) => (cum[n] = total += share[i]! * (nodeState[i] === bState ? homeBias : 1)));
          cp = pools[key] = { anchors: pool.filter((i) => drafts[i]!.info.anchor), gens, cum };
        }
        const { anchors, gens } = cp;
        const picked = sampleDistinct(linkRng, gens, cp.cum, GENERATED_CANDIDATES, seen);
        // A buyer sees a few of the many small suppliers; each stands for its share of all of them.
        genScale = picked.length > 0 ? gens.length / picked.length : 1;
        cands = ascending([...anchors, ...picked]);
      }
      // Plain loops, not map and reduce with closures: a world build makes about a thousand slots. The draws and the
      // sum go in candidate order, as before.
      const weights: number[] = [];
      let wsum = 0;
      for (const i of cands) {
        const scale = b < F && !drafts[i]!.info.anchor ? genScale : 1;
        const jitter = b < F ? 0.8 + 0.4 * linkRng.next() : 1;
        const w = share[i]! * scale * jitter * (nodeState[i] === bState ? homeBias : 1);
        weights.push(w);
        wsum += w;
      }
      slotNode.push(b);
      slotSector.push(k);
      slotStart.push(linkSupplier.length);
      slotLen.push(cands.length);
      slotAlpha.push(alpha);
      for (let n = 0; n < cands.length; n++) {
        linkSupplier.push(cands[n]!);
        linkShare0.push(weights[n]! / wsum);
      }
    }
  }
  return links;
}

/** Round-0 quantities: what each node makes and each firm sells to each state, as final demand flows upstream. */
interface Flow {
  /** per node: output (firms) or final demand (final buyers) */
  output: Float64Array;
  /** per firm, sales by customer state (F x NS) */
  revenue: Float64Array;
  /** trade between states, flows[from * NS + to] */
  flows: Float64Array;
  /** per firm, input spend by supplier state (F x NS) */
  spendByState: Float64Array;
}

/**
 * A world base with exactly these fields, made by one object literal: every base (the world build's, a twin's, a
 * branch's rebase, the standards' start) then has one hidden class in V8, so the engine's code that reads a base is
 * made for one shape rather than several, and is not thrown away when it meets another (a twin's base made by
 * spreading had a shape of its own, and each hot function bailed out once on meeting it).
 */
export function baseOf(fields: WorldBase): WorldBase {
  return {
    firms: fields.firms,
    firmIndex: fields.firmIndex,
    nFirms: fields.nFirms,
    nNodes: fields.nNodes,
    nodeState: fields.nodeState,
    nodeSector: fields.nodeSector,
    nodeTier: fields.nodeTier,
    finalDemand: fields.finalDemand,
    firmTech: fields.firmTech,
    slotNode: fields.slotNode,
    nodeFirstSlot: fields.nodeFirstSlot,
    nodeSlotCount: fields.nodeSlotCount,
    slotSector: fields.slotSector,
    slotStart: fields.slotStart,
    slotLen: fields.slotLen,
    slotAlpha: fields.slotAlpha,
    linkSupplier: fields.linkSupplier,
    linkBase: fields.linkBase,
    linkShare0: fields.linkShare0,
    va0: fields.va0,
    output0: fields.output0,
    effQ0: fields.effQ0,
    marketWeight0: fields.marketWeight0,
    supplyWeight0: fields.supplyWeight0,
    inputCost0: fields.inputCost0,
    capacity0: fields.capacity0,
    cumOutput0: fields.cumOutput0,
    slotPrice0: fields.slotPrice0,
    linkTariff0: fields.linkTariff0,
    slotBlocked0: fields.slotBlocked0,
    linkClosed0: fields.linkClosed0,
    trade0: fields.trade0,
    params: fields.params,
    sectorLearningExp: fields.sectorLearningExp,
    sectorElasticity: fields.sectorElasticity,
    sectorLag: fields.sectorLag,
    sectorSwitch: fields.sectorSwitch,
    sectorStandard: fields.sectorStandard,
    sectorCritical: fields.sectorCritical,
    states: fields.states,
    alignment0: fields.alignment0,
    standard0: fields.standard0,
    homeValue: fields.homeValue,
    revenue0: fields.revenue0,
    marketShareA0: fields.marketShareA0,
  };
}

/** Carries final demand upstream through the round-0 shares (slots are in tier order, buyers before suppliers). */
function flowUpstream(base: WorldBase): Flow {
  const F = base.nFirms;
  const nodeState = base.nodeState;
  const output = newFloat64(base.nNodes);
  output.set(base.finalDemand);
  const revenue = newFloat64(F * NS);
  const flows = new Float64Array(NS * NS);
  const spendByState = newFloat64(F * NS);
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s]!;
    const q = output[b]! * base.slotAlpha[s]!;
    const bs = nodeState[b]!;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const j = base.linkSupplier[l]!;
      const v = q * base.linkShare0[l]!;
      output[j] = output[j]! + v;
      revenue[j * NS + bs] = revenue[j * NS + bs]! + v;
      flows[nodeState[j]! * NS + bs] = flows[nodeState[j]! * NS + bs]! + v;
      if (b < F) spendByState[b * NS + nodeState[j]!] = spendByState[b * NS + nodeState[j]!]! + v;
    }
  }
  return { output, revenue, flows, spendByState };
}

export function buildWorld(opts: WorldOptions): World {
  const total = Math.round(Math.min(MAX_FIRMS, Math.max(MIN_FIRMS, opts.firms)));
  const params = opts.params;
  const rng = createRng(opts.seed).fork('world');
  const drafts = generateFirms(total, rng);
  const F = drafts.length;
  const deviceSectors = SECTOR_IDS.filter((k) => DEVICE_DEMAND[k] !== undefined);
  const nFinal = NS * deviceSectors.length;
  const N = F + nFinal;

  const nodeState = newInt8(N);
  const nodeSector = newInt8(N);
  const nodeTier = newInt8(N);
  const finalDemand = newFloat64(N);
  const firmTech = newFloat64(F);
  const share = newFloat64(F);
  drafts.forEach((d, i) => {
    nodeState[i] = stateIndex[d.info.state];
    nodeSector[i] = sectorIndex[d.info.sector];
    nodeTier[i] = SECTOR_TIER[nodeSector[i]!]!;
    firmTech[i] = d.info.techLevel;
    share[i] = d.share;
  });
  let node = F;
  for (const st of STATES) {
    for (const k of deviceSectors) {
      nodeState[node] = stateIndex[st.code];
      nodeSector[node] = sectorIndex[k];
      nodeTier[node] = FINAL_TIER;
      finalDemand[node] = WORLD_DEMAND * st.demandShare * DEVICE_DEMAND[k]!;
      node++;
    }
  }

  const { slotNode, slotSector, slotStart, slotLen, slotAlpha, linkSupplier, linkShare0 } = drawLinks(
    drafts,
    { nodeState, nodeSector, nodeTier, share },
    params.homeBias,
    rng.fork('links'),
  );

  const base = baseOf({
    firms: drafts.map((d) => d.info),
    firmIndex: new Map(drafts.map((d, i) => [d.info.id, i])),
    nFirms: F,
    nNodes: N,
    nodeState,
    nodeSector,
    nodeTier,
    finalDemand,
    firmTech,
    slotNode: int32Of(slotNode),
    nodeFirstSlot: newInt32(N),
    nodeSlotCount: newInt32(N),
    slotSector: int8Of(slotSector),
    slotStart: int32Of(slotStart),
    slotLen: int32Of(slotLen),
    slotAlpha: float64Of(slotAlpha),
    linkSupplier: int32Of(linkSupplier),
    linkBase: float64Of(linkShare0),
    linkShare0: float64Of(linkShare0),
    va0: newFloat64(F),
    output0: newFloat64(F),
    effQ0: newFloat64(F),
    marketWeight0: newFloat64(F * NS),
    supplyWeight0: newFloat64(F * NS),
    inputCost0: newFloat64(F),
    capacity0: newFloat64(F),
    cumOutput0: newFloat64(F),
    slotPrice0: newFloat64(slotNode.length),
    linkTariff0: newFloat64(linkSupplier.length),
    slotBlocked0: newFloat64(slotNode.length),
    linkClosed0: newFloat64(linkSupplier.length),
    trade0: 0,
    params,
    sectorLearningExp: Float64Array.from(SECTORS.map((s) => learningExponent(s.learningRate))),
    sectorElasticity: sectorElasticities(params),
    sectorLag: sectorLags(params),
    sectorSwitch: sectorSwitches(params),
    sectorStandard: Uint8Array.from(SECTORS.map((s) => (s.standard ? 1 : 0))),
    sectorCritical: Uint8Array.from(SECTORS.map((s) => (s.critical ? 1 : 0))),
    states: opts.states,
    alignment0: Float64Array.from(STATE_CODES.map((c) => opts.states[c].alignment)),
    standard0: newInt8(F).fill(-1),
    homeValue: newFloat64(F),
    revenue0: newFloat64(F * NS),
    marketShareA0: new Float64Array(NS).fill(1),
  });

  for (let s = slotNode.length - 1; s >= 0; s--) {
    base.nodeFirstSlot[slotNode[s]!] = s;
    base.nodeSlotCount[slotNode[s]!]++;
  }

  // Round-0 quantities: final demand flows upstream through the round-0 shares; where measures already in force close
  // links (opts.settle), the shares are settled around them and the quantities taken again.
  let flow = flowUpstream(base);
  if (opts.settle?.(base, flow.output)) flow = flowUpstream(base);
  const { output, revenue, flows, spendByState } = flow;
  let trade0 = 0;
  for (let a = 0; a < NS; a++) for (let b = 0; b < NS; b++) if (a !== b) trade0 += flows[a * NS + b]!;
  base.trade0 = Math.max(trade0, 1e-9);

  const firmOutput = copyFloat64(output, F);
  const sectorQ = new Float64Array(NK);
  for (let i = 0; i < F; i++) {
    const out = Math.max(firmOutput[i]!, 1e-6);
    firmOutput[i] = out;
    sectorQ[nodeSector[i]!] += out * params.learningHistory;
  }
  const cumOutput = newFloat64(F);
  for (let i = 0; i < F; i++) {
    const k = nodeSector[i]!;
    const alphaSum = SECTOR_INPUT_SHARE[k]!;
    base.va0[i] = 1 - alphaSum;
    base.inputCost0[i] = alphaSum;
    base.output0[i] = firmOutput[i]!;
    cumOutput[i] = firmOutput[i]! * params.learningHistory;
    base.cumOutput0[i] = cumOutput[i]!;
    base.capacity0[i] = firmOutput[i]! / params.targetUtilisation;
    base.effQ0[i] = cumOutput[i]! + params.learningSpillover * (sectorQ[k]! - cumOutput[i]!);
    let rsum = 0;
    let ssum = 0;
    for (let s = 0; s < NS; s++) {
      rsum += revenue[i * NS + s]!;
      ssum += spendByState[i * NS + s]!;
    }
    for (let s = 0; s < NS; s++) {
      base.marketWeight0[i * NS + s] = rsum > 0 ? revenue[i * NS + s]! / rsum : s === nodeState[i] ? 1 : 0;
      base.supplyWeight0[i * NS + s] = ssum > 0 ? spendByState[i * NS + s]! / ssum : 0;
    }
  }

  // Starting stacks at the scenario's shares, China's and everyone else's on streams of their own; then the home
  // value of stack B that makes this start an equilibrium of the standards choice (standards.ts).
  const standard = newInt8(F).fill(-1);
  const stdRng = rng.fork('standards0');
  const abroadRng = rng.fork('standards0/abroad');
  for (let i = 0; i < F; i++) {
    if (!base.sectorStandard[nodeSector[i]!]) continue;
    const onB =
      nodeState[i] === stateIndex.CHN
        ? stdRng.next() < params.initialStackB
        : abroadRng.next() < params.initialStackBAbroad;
    standard[i] = onB ? 1 : 0;
  }
  base.standard0 = copyInt8(standard);
  base.homeValue = solveHomeValues(base, standard, revenue);
  base.revenue0 = copyFloat64(revenue);
  base.marketShareA0 = marketStandardShares(base, standard, revenue);

  const memory = Object.fromEntries(
    STATE_CODES.map((c) => [c, { grim: [], imposedLast: {} } as StrategyMemory]),
  ) as Record<StateCode, StrategyMemory>;
  base.slotPrice0 = slotPrices0(base);
  return {
    base,
    round: 0,
    linkShare: copyFloat64(base.linkShare0),
    slotUnqualified: newFloat64(base.slotNode.length),
    capacity: copyFloat64(base.capacity0),
    unitCost: newFloat64(F).fill(1),
    markup: newFloat64(F),
    output: firmOutput,
    cumOutput,
    spillStock: Float64Array.from(base.effQ0, (q, i) => q - cumOutput[i]!),
    inputCost: copyFloat64(base.inputCost0),
    inputCostNoOwn: copyFloat64(base.inputCost0),
    standard,
    revenue,
    flows,
    tech: copyFloat64(firmTech),
    research: newFloat64(F),
    served: newFloat64(F).fill(1),
    finalDemand: copyFloat64(finalDemand),
    finalPrice: newFloat64(N).fill(1),
    equipmentPrice: newFloat64(base.slotNode.length).fill(1),
    tariffRevenue: new Float64Array(NS),
    subsidyCost: new Float64Array(NS),
    producerRent: new Float64Array(NS),
    alignment: base.alignment0.slice(),
    measures: [],
    meta: {},
    acts: [],
    memory,
    costIndex: 100,
  };
}

/**
 * What a unit of each slot's input cost its buyer at round 0: the round-0 shares times each link's technology-gap
 * factor and starting tariff (prices are all 1 then), and the workaround premium on the part the closures in force
 * leave no permitted supplier. Costs are measured against it, so every firm's unit cost is 1 at round 0 whatever the
 * gap cost; it is computed again when a branch changes the gap cost or the premium.
 */
export function slotPrices0(base: WorldBase): Float64Array {
  const out = newFloat64(base.slotNode.length);
  const cost = base.params.techGapCost;
  for (let s = 0; s < out.length; s++) {
    const b = base.slotNode[s]!;
    const gaps = b < base.nFirms && GAP_SECTORS[base.slotSector[s]!];
    let p = 0;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) {
      const g = gaps ? gapFactor(base.firmTech[b]!, base.firmTech[base.linkSupplier[l]!]!, cost) : 1;
      p += base.linkShare0[l]! * g * (1 + base.linkTariff0[l]!);
    }
    // (1 + premium x 0) is exactly 1: a slot nothing blocks keeps its bits
    out[s] = (p > 0 ? p : 1) * (1 + base.params.blockedPremium * base.slotBlocked0[s]!);
  }
  return out;
}

export function blocOf(alignment: number): 'US' | 'CN' | 'NA' {
  if (alignment >= BLOC_THRESHOLD) return 'US';
  if (alignment <= -BLOC_THRESHOLD) return 'CN';
  return 'NA';
}

/** |alignment| from which a state counts as a member of a bloc */
export const BLOC_THRESHOLD = 0.25;
