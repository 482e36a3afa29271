// Hand-made round records for the chart helper tests: every field present, values chosen per test.

import { STATE_CODES, type Measure, type RoundRecord, type StateCode } from '../../../src/model/types.ts';

type Flows = Record<StateCode, Record<StateCode, number>>;

export function flows(value: (from: StateCode, to: StateCode) => number): Flows {
  return Object.fromEntries(
    STATE_CODES.map((from) => [from, Object.fromEntries(STATE_CODES.map((to) => [to, value(from, to)]))]),
  ) as Flows;
}

export interface RecordInput {
  round: number;
  label?: string;
  global?: number;
  states?: Partial<Record<StateCode, number>>;
  divergence?: number;
  crossBloc?: number;
  escalation?: number;
  measures?: Measure[];
  tradeFlows?: Flows;
  firmShare?: number[];
  standardShares?: Partial<RoundRecord['standardShares']>;
}

export function record(input: RecordInput): RoundRecord {
  const cost = Object.fromEntries(STATE_CODES.map((c) => [c, input.states?.[c] ?? 100]));
  return {
    round: input.round,
    label: input.label ?? `Round ${input.round}`,
    supplyChainCost: { global: input.global ?? 100, ...cost } as RoundRecord['supplyChainCost'],
    standardsDivergence: input.divergence ?? 0,
    crossBlocTradeShare: input.crossBloc ?? 0.3,
    escalation: input.escalation ?? 0,
    activeMeasures: input.measures?.length ?? 0,
    averageTariff: {},
    hhi: {} as RoundRecord['hhi'],
    selfHarm: Object.fromEntries(STATE_CODES.map((c) => [c, 0])) as RoundRecord['selfHarm'],
    tradeFlows: input.tradeFlows ?? flows(() => 1),
    standardShares: { US: 1, CN: 1, NA: 1, global: 1, ...input.standardShares },
    blocs: Object.fromEntries(STATE_CODES.map((c) => [c, 'NA'])) as RoundRecord['blocs'],
    alignment: Object.fromEntries(STATE_CODES.map((c) => [c, 0])) as RoundRecord['alignment'],
    firmShare: Float64Array.from(input.firmShare ?? []),
    firmRevenue: new Float64Array(0),
    anchorDetail: new Float64Array(0),
    realIncome: Object.fromEntries(STATE_CODES.map((c) => [c, 100])) as RoundRecord['realIncome'],
    measures: input.measures ?? [],
    events: [],
    hostileActs: [],
  };
}

/** Quarterly labels from Q3 2022, the calendar of the chip-controls preset. */
export function quarter(round: number): string {
  const q = 2 + round;
  return `Q${(q % 4) + 1} ${2022 + Math.floor(q / 4)}`;
}

export const tariff = (id: string, rate = 0.25): Measure => ({
  kind: 'tariff',
  id,
  maker: 'USA',
  target: 'CHN',
  rate,
});
