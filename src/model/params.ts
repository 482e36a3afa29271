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
  /**
   * the range the sensitivity view (the tornado) tries, where the evidence bounds the value more tightly than the
   * slider's allowed range (min to max, kept wide so no saved scenario is refused); without it the tornado tries min
   * and max. The source says where the range comes from.
   */
  tornado?: { low: number; high: number };
  /**
   * what the default rests on: 'sourced' when it is a published figure or follows from one by a stated conversion
   * (the source names it); 'assumption' when it is the modeller's choice, even an informed or calibrated one. The
   * sensitivity view tells the two apart, so a workshop sees whether a result hangs on evidence or on a guess.
   */
  basis: ParamBasis;
  /**
   * one of the handful of settings the app's simple mode shows a class, with a label and help in plain words (the
   * full label, unit and source stay one switch away, under All settings)
   */
  classroom?: { label: string; help: string };
}

export type ParamBasis = 'sourced' | 'assumption';

export const PARAM_KEYS = [
  'shortagePremium',
  'scarcityMarkup',
  'priceAdjustment',
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
  'techGapCost',
  'techCatchUp',
  'capacityPreference',
  'demandGrowth',
  'demandElasticity',
  'initialStackBAbroad',
  'interopCost',
  'subsidyScale',
  'mandateScale',
  'ciiShareScale',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];
export type ModelParams = Record<ParamKey, number>;

export const PARAM_SPECS: readonly ParamSpec[] = [
  {
    key: 'shortagePremium',
    basis: 'assumption',
    label: 'Shortage premium',
    group: 'trade',
    unit: 'share of price',
    default: 0.3,
    min: 0.05,
    max: 2,
    step: 0.05,
    help: 'Extra cost a buyer pays on demand cut off by a measure until a new supplier is qualified, and on demand its suppliers cannot serve because they are over capacity (spot buying, redesign, expediting).',
    source:
      'Assumption; no published figure. 0.3 matches spot-market memory premiums seen in 2021 shortages.',
  },
  {
    key: 'scarcityMarkup',
    basis: 'assumption',
    label: 'Scarcity markup',
    group: 'trade',
    unit: 'markup per 100% over capacity',
    default: 0.6,
    min: 0,
    max: 3,
    step: 0.05,
    tornado: { low: 0.3, high: 1.2 },
    help: 'How steeply a supplier raises its price when demand exceeds its capacity: m = kappa x (demand / capacity - 1), with no ceiling, so a supplier few can replace may double its price.',
    source:
      'Assumption, chosen so a 20% overload raises prices about 12%, within the range of 2021 chip price moves. The gallium row of the calibration table is a fit of it, not a test: over four seeds 0.3 gives +31 to +50% against the 2023 price outside China (+114%) and 1.2 gives +119 to +192%, so the sensitivity view tries 0.3 to 1.2.',
  },
  {
    key: 'priceAdjustment',
    basis: 'assumption',
    label: 'Price adjustment',
    group: 'trade',
    unit: 'share of the gap per quarter',
    default: 0.5,
    min: 0.1,
    max: 1,
    step: 0.05,
    help: 'How far a supplier moves its scarcity markup toward the level its overload calls for each quarter (1: all the way at once). Below 1, prices cannot swing from shortage to glut and back every quarter.',
    source:
      'Assumption: a damping of prices (partial adjustment, as under costs of changing prices: Rotemberg 1982). At 1 the two-blocs world runs a cobweb cycle, China’s cost turning nearly every quarter (tests/model/cobweb.test.ts). Contract prices reset monthly or quarterly would argue for faster adjustment.',
  },
  {
    key: 'capacityAdjustment',
    basis: 'sourced',
    label: 'Capacity adjustment',
    group: 'trade',
    unit: 'share of gap per quarter',
    default: 0.1,
    min: 0.01,
    max: 1,
    step: 0.01,
    tornado: { low: 0.05, high: 0.2 },
    help: 'How fast capacity moves toward demand: 0.1 closes a tenth of the gap each quarter (a fab takes two to three years).',
    source:
      'Fab construction takes 2-3 years (SIA/BCG 2021); 0.1 per quarter closes 65% of a gap in 10 quarters. The sensitivity view tries 0.05 (40% in 10 quarters) to 0.2 (89%); the slider allows 0.01 to 1 for exploring.',
  },
  {
    key: 'targetUtilisation',
    basis: 'sourced',
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
    basis: 'assumption',
    label: 'Fixed cost share',
    group: 'trade',
    unit: 'share of value added',
    default: 0.2,
    min: 0,
    max: 0.8,
    step: 0.05,
    help: 'Part of a firm’s own cost that does not shrink with output. A firm with idle capacity cuts its price toward the rest (its marginal cost), by this share times the part of its plan left idle, and bears the fixed cost of the idle part itself.',
    source: 'Assumption; depreciation is 20-35% of semiconductor revenue in annual reports.',
  },
  {
    key: 'learningSpillover',
    basis: 'sourced',
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
    basis: 'assumption',
    startOnly: true,
    label: 'Production history',
    group: 'trade',
    unit: 'quarters of output',
    default: 24,
    min: 4,
    max: 400,
    step: 4,
    help: 'Cumulative output before round 0, in quarters of round-0 output. A longer history means slower learning from here on.',
    source:
      'Assumption: 24 quarters of today’s output stands for about a decade of output growing 6% a year. With a 20% learning rate (Irwin and Klenow 1994) it makes memory makers’ own costs fall about 3% a year with no measures (docs/calibration.md).',
  },
  {
    key: 'incumbency',
    basis: 'assumption',
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
    basis: 'assumption',
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
    basis: 'assumption',
    label: 'Qualification lag scale',
    group: 'trade',
    unit: 'multiple of sector lags',
    default: 1,
    min: 0.25,
    max: 4,
    step: 0.25,
    help: 'Multiplies every sector’s supplier qualification lag (memory 2 quarters, lithography 6, ...).',
    source: 'Sector lags are assumptions with ranges in the rulebook; no published figures.',
    classroom: {
      label: 'Time to trust a new supplier',
      help: '1 is the model’s estimate (memory buyers need 2 quarters to qualify a new supplier, fabs 6 for a new tool maker); 2 doubles every wait, 0.5 halves it.',
    },
  },
  {
    key: 'elasticityScale',
    basis: 'sourced',
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
    classroom: {
      label: 'How easily buyers switch suppliers',
      help: '1 is the model’s estimate from trade studies; 2 makes every buyer twice as ready to move to a cheaper supplier, 0.5 half as ready.',
    },
  },
  {
    key: 'networkBenefit',
    basis: 'assumption',
    label: 'Network benefit',
    group: 'standards',
    unit: 'value per share of partners',
    default: 2,
    min: 0,
    max: 10,
    step: 0.1,
    help: 'Value of a standard per unit share of trade partners using it. Large values give lock-in.',
    source:
      'Arthur 1989 increasing returns; value chosen so one global standard is stable without restrictions.',
    classroom: {
      label: 'Pull to share one standard',
      help: 'How much a firm gains from using the same technology stack as its trade partners: the larger it is, the harder it is for a firm to leave its partners’ stack.',
    },
  },
  {
    key: 'cutOffCost',
    basis: 'assumption',
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
    basis: 'assumption',
    label: 'Noise in choosing a standard',
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
    basis: 'assumption',
    label: 'Reconsider rate',
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
    basis: 'assumption',
    startOnly: true,
    label: 'Initial China-stack share',
    group: 'standards',
    unit: 'share of Chinese firms',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'Share of China-based standards-bearing firms on stack B at round 0. The model infers the home value of stack B in China that makes this share the firms’ own choice, so the start is an equilibrium.',
    source: 'Assumption; 5G is one global standard (3GPP) with national variants at the margin.',
  },
  {
    key: 'initialStackBAbroad',
    basis: 'assumption',
    startOnly: true,
    label: 'Initial stack-B share elsewhere',
    group: 'standards',
    unit: 'share of firms outside China',
    default: 0,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'Share of standards-bearing firms based outside China on stack B at round 0. Set it and the China share to 0.5 for an even start, from which either stack can win by chance.',
    source:
      'Assumption; 0 because outside China the 5G stack in use is the global one (3GPP). Raise it to explore other starts.',
  },
  {
    key: 'interopCost',
    basis: 'assumption',
    label: 'Interoperability cost',
    group: 'standards',
    unit: 'share of price per unit share of the buyer’s market on the other stack',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    help: 'Extra a buyer pays to integrate a supplier built for another stack than its market uses: 0.1 adds 10% to the price of a supplier on B in a market wholly on A. Inputs of standards-bearing firms count the gap between the supplier’s and the buyer’s markets. Only changes from round 0 move prices.',
    source:
      'Assumption; no published figure for the cost of integrating a component built for another stack. 0.1 keeps it well below the workaround premium (1) for an input one may not buy at all; 0 turns it off.',
    classroom: {
      label: 'Cost of mixing standards',
      help: 'Extra a buyer pays for a part built for the other stack: 0.1 adds 10% to its price.',
    },
  },
  {
    key: 'qualityB',
    basis: 'sourced',
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
    basis: 'assumption',
    label: 'Workaround premium',
    group: 'trade',
    unit: 'share of price',
    default: 1,
    min: 0.05,
    max: 5,
    step: 0.1,
    help: 'Extra a buyer pays on the part of an input that no permitted supplier may sell it at all (stockpiles, grey market, redesign). Only wholly closed inputs pay it; every other input is priced by the suppliers left.',
    source:
      'Assumption, shown in the sensitivity view. In the presets hardly any input is wholly closed: a home supplier always remains.',
  },
  {
    key: 'joinRate',
    basis: 'assumption',
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
    classroom: {
      label: 'How readily allies join a control',
      help: 'Chance each quarter that a close ally joins another state’s export control (Japan and the Netherlands took 9 to 11 months in 2022-23).',
    },
  },
  {
    key: 'joinLag',
    basis: 'sourced',
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
    basis: 'assumption',
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
    basis: 'assumption',
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
    basis: 'assumption',
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
  {
    key: 'techGapCost',
    basis: 'assumption',
    label: 'Technology-gap cost',
    group: 'trade',
    unit: 'share of price per unit of gap',
    default: 1.5,
    min: 0,
    max: 5,
    step: 0.1,
    help: 'A firm that must make do with tools or chips below its own technology level pays this much more per unit for each unit of gap (lower yields, more process steps). The gap narrows as home suppliers catch up.',
    source:
      'Assumption, shown in the sensitivity view. Order of size: making 7 nm chips with older DUV tools by multi-patterning is reported to cost roughly a third to a half more than with EUV, a gap of about 0.2-0.3 on the model’s scale.',
  },
  {
    key: 'techCatchUp',
    basis: 'assumption',
    label: 'Technology catch-up',
    group: 'trade',
    unit: 'technology level per doubling of output',
    default: 0.04,
    min: 0,
    max: 0.2,
    step: 0.01,
    help: 'How far a firm’s technology level rises each time its cumulative output doubles (learning by doing). A small supplier flooded with demand its rivals may no longer meet catches up fastest.',
    source:
      'Assumption. Chinese foundries moved about one node (0.1 on this scale) per two to three doublings of output in 2015-2023; 0.04 per doubling is within that.',
  },
  {
    key: 'capacityPreference',
    basis: 'assumption',
    label: 'Capacity pull',
    group: 'trade',
    unit: 'elasticity of preference to capacity',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    help: 'How much buyers favour a supplier as its capacity grows (more products, shorter lead times): its preference weight is its round-0 weight times capacity growth to this power. Below 1, so shares stay stable in an open world.',
    source:
      'Assumption; in monopolistic-competition trade models a producer’s range of varieties grows with its size (Krugman 1980), which this stands for in part.',
  },
  {
    key: 'demandGrowth',
    basis: 'sourced',
    label: 'Demand growth',
    group: 'world',
    unit: 'share per quarter',
    default: 0.015,
    min: 0,
    max: 0.05,
    step: 0.005,
    tornado: { low: 0.005, high: 0.025 },
    help: 'How fast final demand for devices grows each quarter, before any response to price. Growth is what lets firms pile up doublings of output, and so learn.',
    source:
      'Semiconductor sales grew about 6% a year in the long run (WSTS); 1.5% a quarter is 6.1% a year. The sensitivity view tries 0.5% (2% a year) to 2.5% (10% a year); the slider allows up to 5% a quarter (22% a year) for exploring.',
  },
  {
    key: 'demandElasticity',
    basis: 'assumption',
    label: 'Demand elasticity',
    group: 'world',
    unit: '% demand per % price',
    default: 1,
    min: 0,
    max: 3,
    step: 0.1,
    help: 'How much final demand for devices falls when their price rises: 1 means a 10% dearer device sells about 10% fewer units. This is what turns higher costs into lost consumption.',
    source:
      'Assumption near estimates of the own-price elasticity of demand for consumer electronics, which cluster around 1 (see docs/calibration-sources.md).',
  },
  {
    key: 'subsidyScale',
    basis: 'assumption',
    label: 'Subsidy scale',
    group: 'trade',
    unit: 'multiple of every subsidy’s rate',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    tornado: { low: 0.5, high: 2 },
    help: 'Multiplies the rate of every subsidy in the timeline (and those strategies grant): 2 doubles each programme, 0 turns them all off. A state still pays no more than its subsidy budget.',
    source:
      'The presets’ rates follow published sums (the CHIPS and Science Act for the USA; about $150bn of Chinese state support from 2015, Bruegel 2022), but counts of support differ with what they include (state funds only, or cheap credit and tax breaks too), so the sensitivity view halves and doubles them.',
  },
  {
    key: 'mandateScale',
    basis: 'assumption',
    label: 'Mandate strength scale',
    group: 'standards',
    unit: 'multiple of every stack mandate’s strength',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    tornado: { low: 0, high: 2 },
    help: 'Multiplies the strength of every stack mandate: 0 leaves the mandates in the timeline but without pull, 2 doubles it.',
    source:
      'Assumption; a mandate’s strength is in the same value units as the network benefit, and no published figure measures how hard a state can push its firms onto a stack. The sensitivity view runs it from none to double.',
  },
  {
    key: 'ciiShareScale',
    basis: 'assumption',
    label: 'Critical-infrastructure share scale',
    group: 'trade',
    unit: 'multiple of every state’s CII share',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    tornado: { low: 0.5, high: 2 },
    help: 'Multiplies every state’s share of demand from critical-infrastructure operators, the part a CII purchase ban reaches (at most all of it).',
    source:
      'Assumption; China’s 2021 CII regulation leaves which operators count to sector regulators, so no published share exists. The sensitivity view halves and doubles each state’s share.',
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
