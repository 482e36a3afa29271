// Measure: the named reporters computed at the end of every round, global and per state where they apply.

import { powInt } from './detmath.ts';
import { isHostile } from './measures/index.ts';
import { ANCHOR_FIRMS, SECTORS } from './calibration.ts';
import {
  SECTOR_IDS,
  STATE_CODES,
  type Bloc,
  type RoundMetrics,
  type SectorId,
  type StateCode,
} from './types.ts';

export type { RoundMetrics };
import { blocOf, NK, NS, type World } from './world.ts';

/** numbers kept per anchor firm per round in RoundRecord.anchorDetail */
export const ANCHOR_DETAIL = ['unitCost', 'output', 'cumulativeOutput'] as const;

const DEVICE_TIER = SECTORS.map((s) => s.tier === 'devices');

/**
 * supplyChainCost: a Laspeyres index of device makers' input cost per unit of output, 100 at round 0, weighted by
 * round-0 output; per state over the device makers based there. selfHarm: the points of that index a state's own
 * measures (its tariffs and bans) add to its own device makers' costs.
 */
function costIndices(world: World): {
  cost: Record<'global' | StateCode, number>;
  selfHarm: Record<StateCode, number>;
} {
  const base = world.base;
  const num = new Float64Array(NS);
  const den = new Float64Array(NS);
  const own = new Float64Array(NS);
  for (let j = 0; j < base.nFirms; j++) {
    if (!DEVICE_TIER[base.nodeSector[j]]) continue;
    const s = base.nodeState[j];
    const q0 = base.output0[j];
    num[s] += q0 * world.inputCost[j];
    den[s] += q0 * base.inputCost0[j];
    own[s] += q0 * (world.inputCost[j] - world.inputCostNoOwn[j]);
  }
  const totalNum = num.reduce((a, b) => a + b, 0);
  const totalDen = den.reduce((a, b) => a + b, 0);
  const global = (100 * totalNum) / totalDen;
  const cost = { global } as Record<'global' | StateCode, number>;
  const selfHarm = {} as Record<StateCode, number>;
  STATE_CODES.forEach((c, s) => {
    cost[c] = den[s] > 0 ? (100 * num[s]) / den[s] : global;
    selfHarm[c] = den[s] > 0 ? Math.max(0, (100 * own[s]) / den[s]) : 0;
  });
  return { cost, selfHarm };
}

/** The blocs and the whole world, in the order standardShares lists them. */
const BLOC_KEYS = ['US', 'CN', 'NA', 'global'] as const;

/** Output-weighted share of stack A among standards-bearing firms based in each bloc. */
function standardsByBloc(
  world: World,
  blocs: Record<StateCode, Bloc>,
): { shares: Record<Bloc | 'global', number>; divergence: number } {
  const base = world.base;
  // Sums by BLOC_KEYS index (the last is global), in firm order: typed arrays, not records read by a variable key.
  const onA = new Float64Array(BLOC_KEYS.length);
  const all = new Float64Array(BLOC_KEYS.length);
  const blocOfState = STATE_CODES.map((c) => BLOC_KEYS.indexOf(blocs[c]));
  const global = BLOC_KEYS.length - 1;
  for (let j = 0; j < base.nFirms; j++) {
    const std = world.standard[j];
    if (std < 0) continue;
    const bloc = blocOfState[base.nodeState[j]];
    const q = world.output[j];
    all[bloc] += q;
    all[global] += q;
    if (std === 0) {
      onA[bloc] += q;
      onA[global] += q;
    }
  }
  const globalA = all[global] > 0 ? onA[global] / all[global] : 1;
  // A bloc with no standards-bearing firms reports the global share and adds no divergence.
  const shares = {} as Record<Bloc | 'global', number>;
  BLOC_KEYS.forEach((key, i) => (shares[key] = all[i] > 0 ? onA[i] / all[i] : globalA));
  const bothBlocs = all[BLOC_KEYS.indexOf('US')] > 0 && all[BLOC_KEYS.indexOf('CN')] > 0;
  return { shares, divergence: bothBlocs ? divergence(shares.US, shares.CN) : 0 };
}

/**
 * standardsDivergence D = 1 - sum over standards of min(share in US bloc, share in China bloc). With two stacks this is
 * |share of A in one bloc - share of A in the other|. 0 when a bloc has no standards-bearing firms.
 */
export function divergence(shareA_US: number, shareA_CN: number): number {
  const common = Math.min(shareA_US, shareA_CN) + Math.min(1 - shareA_US, 1 - shareA_CN);
  return Math.min(1, Math.max(0, 1 - common));
}

/** Herfindahl-Hirschman index on the 0-10,000 scale, from revenue shares. */
export function hhi(shares: readonly number[]): number {
  let total = 0;
  for (const s of shares) total += s;
  if (total <= 0) return 0;
  let h = 0;
  for (const s of shares) h += ((100 * s) / total) * ((100 * s) / total);
  return h;
}

/** Every ordered pair of distinct states, with its averageTariff key "USA->CHN", made once rather than every round. */
const TARIFF_PAIRS = STATE_CODES.flatMap((maker, mi) =>
  STATE_CODES.flatMap((target, ti) => (mi === ti ? [] : [{ mi, ti, key: `${maker}->${target}` }])),
);

/** Average tariff each state charges on each other state's goods, weighted by round-0 trade by sector. */
function averageTariffs(
  world: World,
  tariff: Float64Array,
  trade0BySector: Float64Array,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { mi, ti, key } of TARIFF_PAIRS) {
    let w = 0;
    let t = 0;
    for (let k = 0; k < NK; k++) {
      const v = trade0BySector[(ti * NS + mi) * NK + k];
      w += v;
      t += v * tariff[(mi * NS + ti) * NK + k];
    }
    let plain = 0;
    for (let k = 0; k < NK; k++) plain += tariff[(mi * NS + ti) * NK + k] / NK;
    out[key] = w > 0 ? t / w : plain;
  }
  return out;
}

/**
 * Each state's households' real spending power over devices: their device budget (round-0 prices, grown with
 * demand) plus the tariff revenue their state collects, less the subsidies it pays, plus its firms' margins over their
 * normal cost (World.producerRent), divided by the device price index (round-0 weights). Compared with the same quantity in the twin run it gives welfare.
 */
function realIncomes(world: World): Record<StateCode, number> {
  const base = world.base;
  const budget = new Float64Array(NS);
  const priced = new Float64Array(NS);
  const growth = powInt(1 + base.params.demandGrowth, world.round);
  for (let b = base.nFirms; b < base.nNodes; b++) {
    const s = base.nodeState[b];
    budget[s] += base.finalDemand[b];
    priced[s] += base.finalDemand[b] * world.finalPrice[b];
  }
  const out = {} as Record<StateCode, number>;
  STATE_CODES.forEach((c, s) => {
    const price = budget[s] > 0 ? priced[s] / budget[s] : 1;
    out[c] =
      (budget[s] * growth + world.tariffRevenue[s] - world.subsidyCost[s] + world.producerRent[s]) / price;
  });
  return out;
}

function anchorDetail(world: World): Float64Array {
  const n = Math.min(ANCHOR_FIRMS.length, world.base.nFirms);
  const out = new Float64Array(n * ANCHOR_DETAIL.length);
  for (let j = 0; j < n; j++) {
    out[j * 3] = world.unitCost[j];
    out[j * 3 + 1] = world.output[j];
    out[j * 3 + 2] = world.cumOutput[j];
  }
  return out;
}

export interface MetricInputs {
  tariff: Float64Array;
  trade0BySector: Float64Array;
}

/**
 * With `outcomesOnly` (round.ts RunContext.outcomesOnly) hhi, averageTariff and tradeFlows are empty objects and
 * anchorDetail an empty array, and with its `firms` false firmShare and firmRevenue too; the rest is as without.
 */
export function computeMetrics(
  world: World,
  inputs: MetricInputs,
  outcomesOnly?: { firms: boolean },
): RoundMetrics {
  const base = world.base;
  const F = base.nFirms;
  const { cost, selfHarm } = costIndices(world);
  const blocs = {} as Record<StateCode, Bloc>;
  const alignment = {} as Record<StateCode, number>;
  STATE_CODES.forEach((c, i) => {
    blocs[c] = blocOf(world.alignment[i]);
    alignment[c] = world.alignment[i];
  });
  const standards = standardsByBloc(world, blocs);
  const tradeFlows = {} as Record<StateCode, Record<StateCode, number>>;
  let crossBorder = 0;
  let crossBloc = 0;
  STATE_CODES.forEach((from, a) => {
    if (!outcomesOnly) tradeFlows[from] = {} as Record<StateCode, number>;
    STATE_CODES.forEach((to, b) => {
      const v = world.flows[a * NS + b];
      if (!outcomesOnly) tradeFlows[from][to] = v;
      if (a === b) return;
      crossBorder += v;
      const f = blocs[from];
      const t = blocs[to];
      if ((f === 'US' && t === 'CN') || (f === 'CN' && t === 'US')) crossBloc += v;
    });
  });

  let escalation = 0;
  for (const m of world.measures) if (isHostile(m)) escalation += world.meta[m.id]?.intensity ?? 0;
  const headline = {
    supplyChainCost: cost,
    standardsDivergence: standards.divergence,
    crossBlocTradeShare: crossBorder > 0 ? crossBloc / crossBorder : 0,
    escalation,
    activeMeasures: world.measures.length,
    selfHarm,
    standardShares: standards.shares,
    blocs,
    alignment,
    realIncome: realIncomes(world),
  };
  if (outcomesOnly && !outcomesOnly.firms)
    return {
      ...headline,
      averageTariff: {},
      hhi: {} as Record<SectorId, number>,
      tradeFlows,
      firmShare: new Float64Array(0),
      firmRevenue: new Float64Array(0),
      anchorDetail: new Float64Array(0),
    };

  const sectorRevenue = new Float64Array(NK);
  const firmTotal = new Float64Array(F);
  for (let j = 0; j < F; j++) {
    let r = 0;
    for (let s = 0; s < NS; s++) r += world.revenue[j * NS + s];
    firmTotal[j] = r;
    sectorRevenue[base.nodeSector[j]] += r;
  }
  const firmShare = new Float64Array(F);
  const bySector: number[][] = SECTOR_IDS.map(() => []);
  for (let j = 0; j < F; j++) {
    const k = base.nodeSector[j];
    firmShare[j] = sectorRevenue[k] > 0 ? firmTotal[j] / sectorRevenue[k] : 0;
    bySector[k].push(firmTotal[j]);
  }
  if (outcomesOnly)
    return {
      ...headline,
      averageTariff: {},
      hhi: {} as Record<SectorId, number>,
      tradeFlows,
      firmShare,
      firmRevenue: world.revenue.slice(),
      anchorDetail: new Float64Array(0),
    };
  const hhiBySector = Object.fromEntries(SECTOR_IDS.map((k, i) => [k, hhi(bySector[i])])) as Record<
    SectorId,
    number
  >;

  // the keys in the order reports have always listed them
  return {
    supplyChainCost: headline.supplyChainCost,
    standardsDivergence: headline.standardsDivergence,
    crossBlocTradeShare: headline.crossBlocTradeShare,
    escalation,
    activeMeasures: headline.activeMeasures,
    averageTariff: averageTariffs(world, inputs.tariff, inputs.trade0BySector),
    hhi: hhiBySector,
    selfHarm,
    tradeFlows,
    standardShares: standards.shares,
    blocs,
    alignment,
    firmShare,
    firmRevenue: world.revenue.slice(),
    anchorDetail: anchorDetail(world),
    realIncome: headline.realIncome,
  };
}
