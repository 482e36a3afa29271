// The vocabulary of the model: states, sectors, firms, measures, and what one round records.
// Everything here is plain data so that a run can cross a Web Worker boundary and be stored as JSON.

import type { Measure, MeasureKind } from './measures/index.ts';

export const STATE_CODES = ['USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN', 'ROW'] as const;
export type StateCode = (typeof STATE_CODES)[number];

export const SECTOR_IDS = [
  'gallium',
  'germanium',
  'wafers',
  'lithography',
  'process',
  'memory',
  'logic',
  'telecom',
  'servers',
  'phones',
  'cars',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** Tiers of the supply chain, upstream first: costs flow down them, quantities flow up. */
export type Tier = 'materials' | 'equipment' | 'chips' | 'devices';

export const STRATEGY_IDS = [
  'passive',
  'titForTat',
  'generousTitForTat',
  'proportional',
  'escalator',
  'grimTrigger',
  'winStayLoseShift',
  'scripted',
  'human',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export const STANDARD_IDS = ['A', 'B'] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

/** Blocs are derived from alignment each round: US-aligned, China-aligned, or non-aligned. */
export type Bloc = 'US' | 'CN' | 'NA';

// The measures themselves live in measures/, one module per kind.
export type {
  EntityListingMeasure,
  ExportControlMeasure,
  Measure,
  MeasureKind,
  PurchaseBanMeasure,
  StandardMandateMeasure,
  SubsidyMeasure,
  TariffMeasure,
} from './measures/index.ts';

/** A scheduled change to the set of active measures. Imposing an id that is active replaces it (a new rate). */
export type TimelineEntry =
  | { round: number; action: 'impose'; measure: Measure; note?: string }
  | { round: number; action: 'relax'; measureId: string; note?: string }
  | { round: number; action: 'join'; measureId: string; state: StateCode; note?: string };

/** An action a state takes in one round: from its strategy, the timeline, a human team, or joining an ally. */
export type Action =
  | { action: 'impose'; measure: Measure; source: ActionSource }
  | { action: 'relax'; measureId: string; source: ActionSource };
export type ActionSource = 'timeline' | 'strategy' | 'human' | 'alliance';

/** What a state saw another state do to it (perhaps misperceived). */
export interface Observation {
  from: StateCode;
  kind: MeasureKind;
  /** 'impose' a hostile act, or 'relax' one */
  action: 'impose' | 'relax';
  /** weighted intensity as seen (see metrics.measureIntensity) */
  intensity: number;
  /** true when noise invented, enlarged or shrank it */
  misperceived: boolean;
  /** how noise changed it, when it did */
  misread?: Misread;
  /** the measure the act imposed, tightened or relaxed; absent for an act noise invented */
  measureId?: string;
  /** the measure's sectors, where it names them (a tariff on some sectors, an export control) */
  sectors?: SectorId[];
  /** the firm a purchase ban or entity listing singles out */
  firm?: string;
}

/** How an observation differs from the act: seen one size larger, one size smaller, or where none was taken. */
export type Misread = 'larger' | 'smaller' | 'invented';

export interface StateConfig {
  strategy: StrategyId;
  /** -1 China-aligned .. +1 US-aligned */
  alignment: number;
  /**
   * share of this state's critical sectors' demand (servers, telecom equipment: calibration.ts SectorSpec.critical)
   * that comes from critical-infrastructure operators, the part a CII purchase ban reaches, 0-1
   */
  ciiShare: number;
  /** subsidy the state can pay per round, as a share of its firms' round-0 output value, 0-0.5 */
  subsidyBudget: number;
  /** probability that generous tit-for-tat forgives a hostile act, 0-1 */
  forgiveness: number;
}

export interface EventEntry {
  round: number;
  text: string;
  /** states the event concerns, for filtering */
  states: StateCode[];
  kind: 'measure' | 'relax' | 'alliance' | 'market' | 'standards' | 'bloc' | 'summary';
  /** why a state acted: on every 'measure', 'relax' and 'alliance' event (the text ends with it in words) */
  cause?: EventCause;
  /**
   * What the sentence says, as data (narrate.ts describeFacts words it), so that the app can say it again in another
   * language. Not part of the report or the fingerprint: `text` is the record.
   */
  facts?: EventFacts;
}

/**
 * An event's content: a measure imposed (or replacing `previous`), relaxed or joined; a state changing bloc; a followed
 * firm's revenue from the maker's buyers (`since`: once buyers have had time to re-qualify); firms of one state and
 * sector switching stack (`anchors`: the ids of the named firms among them); the cost index crossing a band; the
 * starting world.
 */
export type EventFacts =
  | { what: 'start'; firms: number; tariffs: number; closures?: number }
  | { what: 'impose'; measure: Measure; previous?: Measure }
  | { what: 'relax'; measure: Measure }
  | { what: 'join'; state: StateCode; measure: Measure }
  | { what: 'bloc'; state: StateCode; from: Bloc; to: Bloc }
  | { what: 'revenue'; firm: string; maker: StateCode; before: number; after: number; since: boolean }
  /** a listed firm's inputs from the maker's firms (cost-share-weighted link shares: round.ts firmPurchasesFrom) */
  | { what: 'purchases'; firm: string; maker: StateCode; before: number; after: number; since: boolean }
  | {
      what: 'switch';
      state: StateCode;
      sector: SectorId;
      stack: StandardId;
      count: number;
      anchors: string[];
    }
  | { what: 'cost'; index: number };

/**
 * The rule that made a state act. The timeline's and a team's moves ('script', 'team'); an ally joining an export
 * control ('joinAlly'); and the strategies' rules: answer in kind and size ('mirror', tit for tat and generous tit for
 * tat when it does not forgive), answer a share of the harm ('share', proportional), answer larger ('escalate'),
 * answer once with the largest moves ('grimTrigger'), relax when the other relaxed ('relaxInReturn'), relax after
 * quiet rounds ('forgive', generous tit for tat), and win-stay-lose-shift's 'shift' after a bad round and 'stay'
 * after a good one.
 */
export const CAUSE_RULES = [
  'script',
  'team',
  'joinAlly',
  'mirror',
  'share',
  'escalate',
  'grimTrigger',
  'relaxInReturn',
  'forgive',
  'shift',
  'stay',
] as const;
export type CauseRule = (typeof CAUSE_RULES)[number];

/** The act a state answered, as it saw it: an Observation with the round the act was taken in. */
export interface CauseAct extends Observation {
  /** round in which the other state acted (the answer comes one round later) */
  round: number;
}

/** Why a state acted, as plain data: who decided, by which rule, and in answer to which act. */
export interface EventCause {
  source: ActionSource;
  rule: CauseRule;
  /** the strategy whose rule fired (source 'strategy') */
  strategy?: StrategyId;
  /** the act answered (mirror, share, escalate, grimTrigger, relaxInReturn, shift) */
  act?: CauseAct;
  /** the state a rule with no act concerns: whom generous tit for tat forgives, whom win-stay stays hostile to */
  toward?: StateCode;
  /** consecutive rounds in which `toward` was not seen to act (forgive) */
  quietRounds?: number;
  /** size of the answer over the size of the act seen (share, escalate) */
  ratio?: number;
  /** the timeline entry's note (script, team) */
  note?: string;
  /** the state whose export control an ally joins, and the round that control began (joinAlly) */
  ally?: StateCode;
  since?: number;
}

/** What a round measures at its end (metrics.ts computeMetrics): the reporters, global and per state. */
export interface RoundMetrics {
  supplyChainCost: Record<'global' | StateCode, number>;
  standardsDivergence: number;
  crossBlocTradeShare: number;
  escalation: number;
  activeMeasures: number;
  averageTariff: Record<string, number>;
  hhi: Record<SectorId, number>;
  selfHarm: Record<StateCode, number>;
  /** trade between states this round, value at producer prices: flows[from][to] */
  tradeFlows: Record<StateCode, Record<StateCode, number>>;
  /** share of standard A among standards-bearing output, per bloc and global */
  standardShares: Record<Bloc | 'global', number>;
  blocs: Record<StateCode, Bloc>;
  alignment: Record<StateCode, number>;
  /** per firm index (see RunResult.firms): market share in its sector */
  firmShare: Float64Array;
  /** per firm index, revenue by customer state in STATE_CODES order: firmRevenue[i * 7 + s] */
  firmRevenue: Float64Array;
  /** per anchor firm (the first firms of the run), three numbers: unit cost, output, cumulative output */
  anchorDetail: Float64Array;
  /**
   * per state: households' real spending power over devices: the device budget (round-0 prices, grown with demand)
   * plus tariff revenue less subsidies paid, plus its firms' margins over normal cost, over the device price index.
   * Welfare compares it with the twin.
   */
  realIncome: Record<StateCode, number>;
}

/**
 * Per-round record of everything the views and the CLI need; small enough to keep every round. The one definition of
 * a round's shape: the report's SeriesPoint (report.ts), the worker's TwinPoint (sim/effects.ts) and the golden
 * files pick from it.
 */
export interface RoundRecord extends RoundMetrics {
  round: number;
  label: string;
  measures: Measure[];
  events: EventEntry[];
  /** what each state did this round, for the tournament payoffs and the escalation timeline */
  hostileActs: Array<{ from: StateCode; to: StateCode; kind: MeasureKind }>;
}

/** Static description of a firm, the same for every round of a run. */
export interface FirmInfo {
  id: string;
  name: string;
  state: StateCode;
  sector: SectorId;
  anchor: boolean;
  techLevel: number;
}
