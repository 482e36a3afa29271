// One round of the model as a pure function: stepRound(world, context, rng) -> next world and its record.
// Everyone decides from round t, then one apply step makes round t+1, so the order of states and firms never
// changes a result.

import { allianceJoins } from './alliance.ts';
import { bearsOn as aimsAt, isHostile, isJoinable, specOf } from './measures/index.ts';
import { computeMetrics, type MetricInputs } from './metrics.ts';
import { capitalise, describeCause, describeFacts, type NameBook } from './narrate.ts';
import { observe } from './perception.ts';
import { compilePolicy, coveredTrade, type Policy } from './policy.ts';
import { produce } from './production.ts';
import {
  responseMenu,
  STRATEGIES,
  tradeView,
  type Candidate,
  type Move,
  type TradeView,
} from './retaliation.ts';
import type { Rng } from './rng.ts';
import { roundLabel, type Scenario } from './scenario.ts';
import { linkAccess, source } from './sourcing.ts';
import { blockedPartners, interopFactors, reconsiderStandards } from './standards.ts';
import { sectorSpec } from './calibration.ts';
import {
  STATE_CODES,
  type EventCause,
  type EventEntry,
  type EventFacts,
  type Measure,
  type RoundRecord,
  type StateCode,
  type SectorId,
  type TimelineEntry,
} from './types.ts';
import {
  blocOf,
  NK,
  NS,
  stateIndex,
  type ActRecord,
  type MeasureMeta,
  type StrategyMemory,
  type World,
} from './world.ts';

/** What stays fixed for a whole run and every round reads. */
export interface RunContext {
  scenario: Scenario;
  timeline: Map<number, TimelineEntry[]>;
  metricInputs: MetricInputs;
  names: NameBook;
  /**
   * Set when a run is played only for the outcomes an ensemble reads (sim/ensemble.ts playSeed): its rounds then
   * write no event text, leave selfHarm at 0 (production skips the CES indices it takes) and leave out the reporters
   * no ensemble reads (metrics.ts computeMetrics: hhi, averageTariff, tradeFlows, anchorDetail, and with `firms`
   * false firmShare and firmRevenue too). Everything else, and every number the next round reads, is the same to the
   * bit. Absent: everything is made.
   */
  outcomesOnly?: { firms: boolean };
}

interface Action {
  state: StateCode;
  intent: Move | { action: 'join'; measureId: string };
  /** who decided and why; its source is the measure's, and its words (or the timeline's note) follow the event */
  cause: EventCause;
}

/** index points between the cost milestones the narrative reports */
const COST_BAND = 5;

/** Alignment relaxes this share of the way back to its starting value each round. */
const ALIGNMENT_REVERSION = 0.05;

function decide(
  world: World,
  ctx: RunContext,
  rng: Rng,
  round: number,
): {
  actions: Action[];
  memory: Record<StateCode, StrategyMemory>;
} {
  const tense = tensions(world);
  const seen = observe(world.acts, ctx.scenario.noise, rng.fork('observe'), (a, b) => tense.has(`${a}>${b}`));
  let view: TradeView | undefined;
  const actions: Action[] = [];
  for (const entry of ctx.timeline.get(round) ?? []) {
    const state =
      entry.action === 'impose'
        ? entry.measure.maker
        : entry.action === 'join'
          ? entry.state
          : makerOf(world, entry.measureId);
    if (!state) continue;
    const intent =
      entry.action === 'impose'
        ? ({ action: 'impose', measure: entry.measure } as const)
        : entry.action === 'relax'
          ? ({ action: 'relax', measureId: entry.measureId } as const)
          : ({ action: 'join', measureId: entry.measureId } as const);
    // A state played by a team makes its moves as timeline steps (the app schedules them so).
    const team = world.base.states[state].strategy === 'human';
    const cause: EventCause = { source: team ? 'human' : 'timeline', rule: team ? 'team' : 'script' };
    if (entry.note !== undefined) cause.note = entry.note;
    actions.push({ state, intent, cause });
  }
  const memory = { ...world.memory };
  for (const self of STATE_CODES) {
    const config = world.base.states[self];
    const menus = new Map<StateCode, Candidate[]>();
    const decision = STRATEGIES[config.strategy].decide({
      self,
      round,
      observations: seen[self],
      memory: world.memory[self],
      config,
      params: world.base.params,
      rng: rng.fork(`decide/${self}`),
      menu: (offender) => {
        let m = menus.get(offender);
        if (!m) {
          view ??= tradeView(world);
          m = responseMenu(world, view, self, offender, round);
          menus.set(offender, m);
        }
        return m;
      },
      activeAgainst: (offender) =>
        world.measures.filter((m) => m.maker === self && bearsOn(world, m, offender)),
    });
    memory[self] = decision.memory;
    // a team playing a state by hand decides nothing here: its moves are timeline entries (the "human" strategy)
    for (const intent of decision.intents) actions.push({ state: self, intent, cause: intent.cause });
  }
  return { actions, memory };
}

/** Pairs of states with a hostile measure in force between them, either way: "USA>CHN" and "CHN>USA". */
function tensions(world: World): Set<string> {
  const out = new Set<string>();
  for (const m of world.measures) {
    if (!isHostile(m)) continue;
    const makers = specOf(m).makers(m);
    for (const target of STATE_CODES) {
      if (!bearsOn(world, m, target)) continue;
      for (const maker of makers) {
        if (maker === target) continue;
        out.add(`${maker}>${target}`).add(`${target}>${maker}`);
      }
    }
  }
  return out;
}

function makerOf(world: World, measureId: string): StateCode | undefined {
  return world.measures.find((m) => m.id === measureId)?.maker;
}

/** Whether a measure is aimed at a state (or at one of its firms). */
export function bearsOn(world: World, m: Measure, state: StateCode): boolean {
  return aimsAt(m, state, (firm) => homeOf(world, firm));
}

function homeOf(world: World, firm: string): StateCode | undefined {
  const j = world.base.firmIndex.get(firm);
  return j === undefined ? undefined : world.base.firms[j].state;
}

function intensityOf(world: World, measures: Measure[]): { total: number; byState: number[] } {
  const felt = coveredTrade(world, measures);
  const unit = 100 / world.base.trade0;
  const byState = Array.from(felt, (v) => v * unit);
  return { total: byState.reduce((a, b) => a + b, 0), byState };
}

/** What an act was, so that the state answering it can name it: the measure, its sectors, its firm. */
function actSubject(m: Measure): Pick<ActRecord, 'measureId' | 'sectors' | 'firm'> {
  return { measureId: m.id, ...specOf(m).subject(m) };
}

function firmRevenueFrom(world: World, firmId: string, state: StateCode): number {
  const j = world.base.firmIndex.get(firmId);
  return j === undefined ? 0 : world.revenue[j * NS + stateIndex[state]];
}

/**
 * The share of a firm's inputs it buys from one state's firms: over its input slots, each slot's cost share times the
 * shares of its links to that state's suppliers (what an entity listing by that state cuts).
 */
function firmPurchasesFrom(world: World, firmId: string, state: StateCode): number {
  const base = world.base;
  const b = base.firmIndex.get(firmId);
  if (b === undefined) return 0;
  const from = stateIndex[state];
  let bought = 0;
  for (let s = base.nodeFirstSlot[b], end = s + base.nodeSlotCount[b]; s < end; s++) {
    let share = 0;
    for (let l = base.slotStart[s], last = l + base.slotLen[s]; l < last; l++)
      if (base.nodeState[base.linkSupplier[l]] === from) share += world.linkShare[l];
    bought += base.slotAlpha[s] * share;
  }
  return bought;
}

/** What the narrative follows of a firm a measure singles out (MeasureSpec.followedTrade), now. */
function followedTradeOf(world: World, m: Measure, firm: string): number {
  return specOf(m).followedTrade === 'purchases'
    ? firmPurchasesFrom(world, firm, m.maker)
    : firmRevenueFrom(world, firm, m.maker);
}

/** Pays each state's subsidies out of its budget: rates are scaled down where their cost would exceed it. */
function fundSubsidies(world: World, policy: Policy): void {
  // with no subsidy in force there is nothing to scale
  if (policy.subsidy.every((rate) => rate === 0)) return;
  const base = world.base;
  const cost = new Float64Array(NS);
  const budget = new Float64Array(NS);
  for (let j = 0; j < base.nFirms; j++) {
    const s = base.nodeState[j];
    budget[s] += base.output0[j];
    cost[s] += policy.subsidy[s * NK + base.nodeSector[j]] * base.va0[j] * world.output[j];
  }
  STATE_CODES.forEach((c, s) => {
    const allowed = base.states[c].subsidyBudget * budget[s];
    if (cost[s] > allowed && cost[s] > 0) {
      const scale = allowed / cost[s];
      for (let k = 0; k < NK; k++) policy.subsidy[s * NK + k] *= scale;
    }
  });
}

/** Each measure's JSON, made once: a measure in force is the same object round after round. */
const measureJson = new WeakMap<Measure, string>();

/**
 * The JSON of the measures that close or tax links (what link access depends on), as JSON.stringify of their list
 * writes it, from each measure's own JSON kept.
 */
export function accessKeyOf(active: readonly Measure[]): string {
  const parts: string[] = [];
  for (const m of active) {
    if (!specOf(m).shapesAccess) continue;
    let json = measureJson.get(m);
    if (json === undefined) measureJson.set(m, (json = JSON.stringify(m)));
    parts.push(json);
  }
  return `[${parts.join(',')}]`;
}

/** Adds an event to the round, worded from its facts. */
type Say = (facts: EventFacts, states: StateCode[], kind: EventEntry['kind']) => void;

/**
 * `spare`, when given, is a world of the same run that nothing reads any more (run.ts advance passes the one from
 * two rounds back): the new world's sourcing and production arrays are written over its arrays instead of being
 * allocated, which spares the garbage collector a few hundred kilobytes a round at 400 firms (tens of megabytes at
 * 10,000). The numbers are the same either way.
 */
export function stepRound(
  world: World,
  ctx: RunContext,
  rng: Rng,
  spare?: World,
): { world: World; record: RoundRecord } {
  const base = world.base;
  const round = world.round + 1;
  const label = roundLabel(ctx.scenario, round);
  const r = rng.fork(`round/${round}`);
  const events: EventEntry[] = [];
  /** whether the round writes its events in words (not for a run played for its outcomes alone) */
  const words = !ctx.outcomesOnly;
  const say: Say = (facts, states, kind) =>
    events.push({
      round,
      text: `${label}: ${capitalise(describeFacts(facts, ctx.names))}`,
      states,
      kind,
      facts,
    });
  // A state's act ends with why it acted; the cause goes with the event as data too.
  const sayWhy = (facts: EventFacts, states: StateCode[], kind: EventEntry['kind'], cause: EventCause) => {
    // states[0] is the state that acts: the maker, or the ally that joins.
    const why = describeCause(cause, states[0], ctx.names, (t) => roundLabel(ctx.scenario, t));
    const text = `${label}: ${capitalise(describeFacts(facts, ctx.names))} — ${why}`;
    events.push({ round, text, states, kind, cause, facts });
  };

  // 1-2. Observe and decide, all from round t.
  const { actions, memory } = decide(world, ctx, r, round);

  // 3. Align: allies consider joining export controls in force.
  for (const join of allianceJoins(world, round, r.fork('align'))) {
    actions.push({
      state: join.state,
      intent: { action: 'join', measureId: join.measureId },
      cause: join.cause,
    });
  }

  // 4. Apply policy: one step turns every intention into the new set of measures.
  const measures = new Map(world.measures.map((m) => [m.id, m]));
  const meta: Record<string, MeasureMeta> = { ...world.meta };
  const acts: ActRecord[] = [];
  const actStates = (m: Measure, byState: number[]) =>
    STATE_CODES.filter((c, i) => c !== m.maker && byState[i] > 1e-9);
  for (const { state, intent, cause } of actions) {
    const source = cause.source;
    if (intent.action === 'impose') {
      const m = intent.measure;
      const previous = measures.get(m.id);
      const { total, byState } = intensityOf(world, [m]);
      let actIntensity = byState;
      if (previous) {
        const before = meta[m.id]?.intensityByState ?? byState.map(() => 0);
        actIntensity = byState.map((v, i) => Math.max(0, v - before[i]));
      }
      const firm = specOf(m).followedFirm(m);
      measures.set(m.id, m);
      meta[m.id] = {
        imposedRound: previous ? (meta[m.id]?.imposedRound ?? round) : round,
        intensity: total,
        intensityByState: byState,
        targetRevenueBefore: firm ? followedTradeOf(world, m, firm) : undefined,
        source,
      };
      if (words)
        sayWhy(
          previous ? { what: 'impose', measure: m, previous } : { what: 'impose', measure: m },
          [m.maker, ...actStates(m, byState)],
          'measure',
          cause,
        );
      if (isHostile(m)) {
        for (const to of actStates(m, actIntensity)) {
          acts.push({
            from: state,
            to,
            kind: m.kind,
            action: 'impose',
            intensity: actIntensity[stateIndex[to]],
            ...actSubject(m),
          });
        }
      }
    } else if (intent.action === 'relax') {
      const m = measures.get(intent.measureId);
      if (!m) continue;
      measures.delete(m.id);
      const byState = meta[m.id]?.intensityByState ?? [];
      if (words) sayWhy({ what: 'relax', measure: m }, [m.maker, ...actStates(m, byState)], 'relax', cause);
      if (isHostile(m)) {
        for (const to of actStates(m, byState))
          acts.push({
            from: state,
            to,
            kind: m.kind,
            action: 'relax',
            intensity: byState[stateIndex[to]],
            ...actSubject(m),
          });
      }
    } else {
      const m = measures.get(intent.measureId);
      if (!m || !isJoinable(m) || m.maker === state || m.joined?.includes(state)) continue;
      const joined: Measure = { ...m, joined: [...(m.joined ?? []), state] };
      measures.set(m.id, joined);
      // meta[m.id] read once: V8's code for stepRound bailed out at a second read, keyed by the measure's id, about
      // once a second through a run of seeds (and was compiled again each time)
      const prior = meta[m.id];
      const before = prior?.intensityByState ?? [];
      const { total, byState } = intensityOf(world, [joined]);
      meta[m.id] = { ...(prior as MeasureMeta), intensity: total, intensityByState: byState };
      if (words)
        sayWhy(
          { what: 'join', state, measure: m },
          [state, m.maker, ...actStates(m, byState)],
          'alliance',
          cause,
        );
      for (const to of actStates(m, byState)) {
        const added = byState[stateIndex[to]] - (before[stateIndex[to]] ?? 0);
        if (added > 1e-9 && to !== state)
          acts.push({ from: state, to, kind: m.kind, action: 'impose', intensity: added, ...actSubject(m) });
      }
    }
  }
  const active = [...measures.values()];
  const policy = compilePolicy(base, active);
  fundSubsidies(world, policy);

  // Alignment drifts away from the bloc whose members restrict a state, and relaxes back toward where it began.
  const alignment = world.alignment.slice();
  const pressure = new Float64Array(NS);
  for (const m of active) {
    if (!isHostile(m)) continue;
    const bloc = blocOf(world.alignment[stateIndex[m.maker]]);
    if (bloc === 'NA') continue;
    const byState = meta[m.id]?.intensityByState ?? [];
    byState.forEach((v, i) => {
      if (STATE_CODES[i] !== m.maker) pressure[i] += bloc === 'US' ? -v : v;
    });
  }
  for (let i = 0; i < NS; i++) {
    const drifted =
      alignment[i] +
      base.params.alignmentDrift * pressure[i] +
      ALIGNMENT_REVERSION * (base.alignment0[i] - alignment[i]);
    alignment[i] = Math.min(1, Math.max(-1, drifted));
    const before = blocOf(world.alignment[i]);
    const after = blocOf(alignment[i]);
    if (words && before !== after)
      say({ what: 'bloc', state: STATE_CODES[i], from: before, to: after }, [STATE_CODES[i]], 'bloc');
  }

  // 5. Source, at last round's prices.
  // Which links are open depends only on the measures that close or tax them, so it is kept while they last.
  const accessKey = accessKeyOf(active);
  const kept = world.access?.key === accessKey ? world.access : undefined;
  const access = kept ? kept.links : linkAccess(world, policy);
  const blocked = kept?.blocked ?? blockedPartners(base, access);
  // Buyers pay an interoperability cost for suppliers on another stack than their market's, at last round's stacks
  // (kept while no firm changes stack).
  const sameStacks = world.interop && world.interop.standard.every((x, j) => x === world.standard[j]);
  const interop = sameStacks ? world.interop!.cost : interopFactors(base, world.standard);
  const priced = interop.moved ? interop : undefined;
  const sourced = source(world, access, priced, spare);

  // 6. Produce: quantities upstream, costs downstream.
  const made = produce(
    world,
    policy,
    access,
    sourced.linkShare,
    sourced.slotUnqualified,
    sourced.slotBlocked,
    priced,
    spare,
    !ctx.outcomesOnly,
  );

  // 7. Standards.
  const std = reconsiderStandards(
    base,
    policy,
    access,
    world.standard,
    made.revenue,
    r.fork('standards'),
    blocked,
  );

  const next: World = {
    base,
    round,
    linkShare: sourced.linkShare,
    slotUnqualified: sourced.slotUnqualified,
    capacity: made.capacity,
    unitCost: made.unitCost,
    markup: made.markup,
    output: made.output,
    cumOutput: made.cumOutput,
    spillStock: made.spillStock,
    inputCost: made.inputCost,
    inputCostNoOwn: made.inputCostNoOwn,
    standard: std.standard,
    revenue: made.revenue,
    flows: made.flows,
    tech: made.tech,
    research: made.research,
    served: made.served,
    finalDemand: made.finalDemand,
    finalPrice: made.finalPrice,
    equipmentPrice: made.equipmentPrice,
    tariffRevenue: made.tariffRevenue,
    subsidyCost: made.subsidyCost,
    producerRent: made.producerRent,
    alignment,
    measures: active,
    meta,
    acts,
    memory,
    costIndex: 100,
    access: { key: accessKey, links: access, blocked },
    interop: { standard: world.standard, cost: interop },
  };

  // 8. Measure and narrate.
  const metrics = computeMetrics(next, { ...ctx.metricInputs, tariff: policy.tariff }, ctx.outcomesOnly);
  next.costIndex = metrics.supplyChainCost.global;
  if (words) {
    narrateConsequences(world, next, ctx, round, say);
    narrateStandards(next, std.switches, say);
    const band = (x: number) => Math.trunc((x - 100) / COST_BAND);
    if (band(next.costIndex) !== band(world.costIndex))
      say({ what: 'cost', index: next.costIndex }, [], 'summary');
  }

  const record: RoundRecord = {
    round,
    label,
    ...metrics,
    measures: active,
    events,
    hostileActs: acts.filter((a) => a.action === 'impose').map(({ from, to, kind }) => ({ from, to, kind })),
  };
  return { world: next, record };
}

/** Follows the firm a ban or listing singled out: at once, and again once buyers have had time to re-qualify. */
function narrateConsequences(prev: World, next: World, ctx: RunContext, round: number, say: Say): void {
  for (const m of next.measures) {
    const spec = specOf(m);
    const firm = spec.followedFirm(m);
    const meta = next.meta[m.id];
    if (!firm || !meta || meta.targetRevenueBefore === undefined) continue;
    const purchases = spec.followedTrade === 'purchases';
    // a listed firm that bought nothing from the listing state had nothing to lose: no line
    if (purchases && !(meta.targetRevenueBefore > 0)) continue;
    const j = next.base.firmIndex.get(firm);
    if (j === undefined) continue;
    const lag = Math.ceil(
      sectorSpec(next.base.firms[j].sector).qualificationLag * next.base.params.qualificationLagScale,
    );
    const since = round - meta.imposedRound;
    if (since !== 0 && since !== lag + 1) continue;
    const after = followedTradeOf(next, m, firm);
    say(
      {
        what: purchases ? 'purchases' : 'revenue',
        firm,
        maker: m.maker,
        before: meta.targetRevenueBefore,
        after,
        since: since !== 0,
      },
      [m.maker, next.base.firms[j].state],
      'market',
    );
  }
  void prev;
}

function narrateStandards(
  world: World,
  switches: { firm: number; from: number; to: number }[],
  say: Say,
): void {
  const groups = new Map<string, Extract<EventFacts, { what: 'switch' }>>();
  for (const s of switches) {
    const f = world.base.firms[s.firm];
    const key = `${f.state}/${f.sector}/${s.to}`;
    const g = groups.get(key) ?? {
      what: 'switch',
      state: f.state,
      sector: f.sector as SectorId,
      stack: s.to === 0 ? 'A' : 'B',
      count: 0,
      anchors: [],
    };
    g.count++;
    if (f.anchor) g.anchors.push(f.id);
    groups.set(key, g);
  }
  for (const g of groups.values()) say(g, [g.state], 'standards');
}
