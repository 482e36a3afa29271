// The model's tunable parameters: each with its unit, default, allowed range, group and the reason for its value.
// The rulebook, the scenario schema and the app's sliders all read this one table.

export type ParamGroup = 'world' | 'trade' | 'standards' | 'behaviour';

export interface ParamSpec {
  key: ParamKey;
  label: string;
  group: ParamGroup;
  unit: string;
  default: number;
  min: number;
  max: number;
  step: number;
  help: string;
  source: string;
  /** shapes only the starting world: a branch from a later round keeps the value the run began with */
  startOnly?: boolean;
}

export const PARAM_KEYS = [
  'shortagePremium',
  'scarcityMarkup',
  'capacityAdjustment',
  'targetUtilisation',
  'fixedCostShare',
  'learningSpillover',
  'learningHistory',
  'incumbency',
  'homeBias',
  'qualificationLagScale',
  'elasticityScale',
  'networkBenefit',
  'cutOffCost',
  'standardTemperature',
  'reconsiderRate',
  'initialStackB',
  'qualityB',
  'blockedPremium',
  'joinRate',
  'joinLag',
  'alignmentDrift',
  'escalationFactor',
  'proportionalShare',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
export type ModelParams = Record<ParamKey, number>;

export const PARAM_SPECS: readonly ParamSpec[] = [
  {
    key: 'shortagePremium',
    label: 'Shortage premium',
    group: 'trade',
    unit: 'share of price',
    default: 0.3,
    min: 0.05,
    max: 2,
    step: 0.05,
    help: 'Extra cost a buyer pays on demand cut off by a measure until a new supplier is qualified (spot buying, redesign, expediting).',
    source:
      'Assumption; no published figure. 0.3 matches spot-market memory premiums seen in 2021 shortages.',
  },
  {
    key: 'scarcityMarkup',
    label: 'Scarcity markup (kappa)',
    group: 'trade',
    unit: 'markup per 100% over capacity',
    default: 0.6,
    min: 0,
    max: 3,
    step: 0.05,
    help: 'How steeply a supplier raises its price when demand exceeds its capacity: m = kappa x (demand / capacity - 1).',
    source:
      'Assumption, chosen so a 20% overload raises prices about 12%, within the range of 2021 chip price moves.',
  },
  {
    key: 'capacityAdjustment',
    label: 'Capacity adjustment',
    group: 'trade',
    unit: 'share of gap per quarter',
    default: 0.1,
    min: 0.01,
    max: 1,
    step: 0.01,
    help: 'How fast capacity moves toward demand: 0.1 closes a tenth of the gap each quarter (a fab takes two to three years).',
    source:
      'Fab construction takes 2-3 years (SIA/BCG 2021); 0.1 per quarter closes 65% of a gap in 10 quarters.',
  },
  {
    key: 'targetUtilisation',
    label: 'Target utilisation',
    group: 'trade',
    unit: 'share of capacity',
    default: 0.9,
    min: 0.5,
    max: 1,
    step: 0.01,
    help: 'Share of capacity firms plan to use; the rest is headroom that absorbs a shift of demand before prices rise.',
    source: 'Industry fab utilisation runs 80-95% outside downturns (SEMI).',
  },
  {
    key: 'fixedCostShare',
    label: 'Fixed cost share',
    group: 'trade',
    unit: 'share of value added',
    default: 0.2,
    min: 0,
    max: 0.8,
    step: 0.05,
    help: 'Part of a firm’s own cost that does not shrink with output, so unit cost rises when a firm loses scale.',
    source: 'Assumption; depreciation is 20-35% of semiconductor revenue in annual reports.',
  },
  {
    key: 'learningSpillover',
    label: 'Learning spill-over',
    group: 'trade',
    unit: 'weight of rivals’ output',
    default: 1 / 3,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'How much a firm learns from rivals’ cumulative output relative to its own (own output counts 1).',
    source:
      'Irwin and Klenow 1994: firms learn about three times more from their own output than from rivals’.',
  },
  {
    key: 'learningHistory',
    startOnly: true,
    label: 'Production history',
    group: 'trade',
    unit: 'quarters of output',
    default: 80,
    min: 4,
    max: 400,
    step: 4,
    help: 'Cumulative output before round 0, in quarters of round-0 output. A longer history means slower learning from here on.',
    source:
      'Assumption: memory and logic have been produced at scale for decades; 80 quarters keeps learning gentle.',
  },
  {
    key: 'incumbency',
    label: 'Incumbency weight',
    group: 'trade',
    unit: 'preference per unit of share',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.1,
    help: 'How much buyers favour suppliers they already buy from; a supplier that lost share comes back slowly when a measure ends.',
    source: 'Assumption standing for qualification and relationship costs.',
  },
  {
    key: 'homeBias',
    startOnly: true,
    label: 'Home bias',
    group: 'world',
    unit: 'preference multiple',
    default: 1.5,
    min: 1,
    max: 5,
    step: 0.1,
    help: 'How much more a buyer buys from firms of its own state at round 0 than global shares alone would give.',
    source:
      'Assumption; calibrated so about a quarter of Micron’s revenue comes from China-headquartered buyers (Micron 8-K, June 2023).',
  },
  {
    key: 'qualificationLagScale',
    label: 'Qualification lag scale',
    group: 'trade',
    unit: 'multiple of sector lags',
    default: 1,
    min: 0.25,
    max: 4,
    step: 0.25,
    help: 'Multiplies every sector’s supplier qualification lag (memory 2 quarters, lithography 6, ...).',
    source: 'Sector lags are assumptions with ranges in the rulebook; no published figures.',
  },
  {
    key: 'elasticityScale',
    label: 'Substitution scale',
    group: 'trade',
    unit: 'multiple of sector elasticities',
    default: 1,
    min: 0.25,
    max: 3,
    step: 0.05,
    help: 'Multiplies every sector’s elasticity of substitution between suppliers (memory 4, lithography 1.5, ...).',
    source:
      'Sector elasticities follow trade-elasticity estimates for electronics (Broda and Weinstein 2006 range 2-10).',
  },
  {
    key: 'networkBenefit',
    label: 'Network benefit (gamma)',
    group: 'standards',
    unit: 'value per share of partners',
    default: 2,
    min: 0,
    max: 10,
    step: 0.1,
    help: 'Value of a standard per unit share of trade partners using it. Large values give lock-in.',
    source:
      'Arthur 1989 increasing returns; value chosen so one global standard is stable without restrictions.',
  },
  {
    key: 'cutOffCost',
    label: 'Cut-off cost',
    group: 'standards',
    unit: 'value per share of partners',
    default: 2,
    min: 0,
    max: 10,
    step: 0.1,
    help: 'Loss of value per unit share of partners on a standard that restrictions stop a firm trading with.',
    source:
      'Assumption, set equal to the network benefit: a partner one may not trade with is worth nothing.',
  },
  {
    key: 'standardTemperature',
    label: 'Choice noise (T)',
    group: 'standards',
    unit: 'value units',
    default: 0.25,
    min: 0.05,
    max: 3,
    step: 0.05,
    help: 'Noise in the logit choice of standard. Small T makes firms follow value closely; large T makes choices near random.',
    source: 'Assumption; logit choice as in Brock and Durlauf 2001.',
  },
  {
    key: 'reconsiderRate',
    label: 'Reconsider rate (rho)',
    group: 'standards',
    unit: 'share of firms per quarter',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    help: 'Share of standards-bearing firms that reconsider their standard each quarter (product cycles of about 2.5 years).',
    source: 'Assumption from 2-3 year network-equipment product cycles.',
  },
  {
    key: 'initialStackB',
    startOnly: true,
    label: 'Initial China-stack share',
    group: 'standards',
    unit: 'share of Chinese firms',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'Share of China-based standards-bearing firms on stack B at round 0; everyone else starts on the shared stack A.',
    source: 'Assumption; 5G is one global standard (3GPP) with national variants at the margin.',
  },
  {
    key: 'qualityB',
    label: 'Stack B quality edge',
    group: 'standards',
    unit: 'value units',
    default: 0,
    min: -2,
    max: 2,
    step: 0.1,
    help: 'Intrinsic value of stack B minus that of stack A. Zero means neither stack is better on its own merits.',
    source: '5G standard-essential patent families: China 39.9%, US 34.6% (CNIPA 2022): near parity, so 0.',
  },
  {
    key: 'blockedPremium',
    label: 'Workaround premium',
    group: 'trade',
    unit: 'share of price',
    default: 1,
    min: 0.05,
    max: 5,
    step: 0.1,
    help: 'Most a buyer pays above the open-market price for an input it may no longer buy from its permitted suppliers (stockpiles, grey market, redesign).',
    source: 'Assumption; caps the CES price of a nearly closed-off input so that costs stay finite.',
  },
  {
    key: 'joinRate',
    label: 'Ally join rate',
    group: 'behaviour',
    unit: 'probability per quarter',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'Chance per quarter, once the lag has passed, that a fully aligned ally joins an export control (scaled by alignment).',
    source:
      'Japan and the Netherlands joined the October 2022 controls 9-11 months later (METI; Dutch government).',
  },
  {
    key: 'joinLag',
    label: 'Ally join lag',
    group: 'behaviour',
    unit: 'quarters',
    default: 3,
    min: 0,
    max: 12,
    step: 1,
    help: 'Quarters before an aligned state can join an export control it did not make.',
    source:
      'Japan (effective July 2023) and the Netherlands (September 2023) after the October 2022 US rule.',
  },
  {
    key: 'alignmentDrift',
    label: 'Alignment drift',
    group: 'behaviour',
    unit: 'alignment per unit of pressure',
    default: 0.02,
    min: 0,
    max: 0.2,
    step: 0.005,
    help: 'How far a state’s alignment moves away from a bloc that restricts it, per quarter and unit of intensity.',
    source: 'Assumption; alignment also relaxes 5% of the way back to its starting value each quarter.',
  },
  {
    key: 'escalationFactor',
    label: 'Escalator multiple',
    group: 'behaviour',
    unit: 'multiple of harm',
    default: 1.5,
    min: 1,
    max: 4,
    step: 0.1,
    help: 'How much larger than the harm received an escalator answers.',
    source: 'Assumption for the classroom.',
  },
  {
    key: 'proportionalShare',
    label: 'Proportional share',
    group: 'behaviour',
    unit: 'share of harm',
    default: 0.75,
    min: 0.1,
    max: 1,
    step: 0.05,
    help: 'Share of the harm received that a proportional state answers.',
    source: 'Assumption for the classroom.',
  },
];

export const DEFAULT_PARAMS: ModelParams = Object.fromEntries(
  PARAM_SPECS.map((p) => [p.key, p.default]),
) as ModelParams;

export function paramSpec(key: ParamKey): ParamSpec {
  const spec = PARAM_SPECS.find((p) => p.key === key);
  if (!spec) throw new Error(`unknown parameter ${key}`);
  return spec;
}
