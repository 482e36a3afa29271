// Runs a scenario: builds the round-0 world, steps it round by round, and keeps every round's record. The clock lives
// with the caller (the CLI loops; the app's worker steps on request), so a run can also be advanced one round at a time.

import { computeMetrics, type RoundMetrics } from './metrics.ts';
import { specOf } from './measures/index.ts';
import { compilePolicy } from './policy.ts';
import { capitalise, describeStart } from './narrate.ts';
import { tradeView } from './retaliation.ts';
import { createRng, type Rng } from './rng.ts';
import { stepRound, type RunContext } from './round.ts';
import { startingWorld } from './startingWorld.ts';
import { resolveScenario, roundLabel, ScenarioError, type Scenario } from './scenario.ts';
import { PARAM_SPECS } from './params.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type TimelineEntry } from './types.ts';
import { baseOf, sectorElasticities, sectorLags, sectorSwitches, slotPrices0, type World } from './world.ts';

export interface Run {
  /** the scenario the run began with */
  root: Scenario;
  /** the scenario in force now (a branch's, once its first round is reached) */
  scenario: Scenario;
  /** later scenarios and the first round each governs: a branch's changes from that round on */
  schedule: ScheduledScenario[];
  firms: FirmInfo[];
  context: RunContext;
  rng: Rng;
  world: World;
  records: RoundRecord[];
  /**
   * the world before this one, once it is a stepped one (round 1 on): advance hands it to the next step as storage to
   * write over (round.ts stepRound), so a run allocates its per-round arrays twice, not every round. Nothing outside
   * the run may keep a world's arrays past the next advance; round records hold copies.
   */
  spare?: World;
}

/** A scenario that takes over from a round on: what a branch changes. */
export interface ScheduledScenario {
  fromRound: number;
  scenario: Scenario;
}

/**
 * Starts a run. With a schedule, each later scenario takes over at its round (see rebase); the seed and world size
 * must stay those of the first, because the firms and every random stream come from them.
 */
export function startRun(scenario: Scenario, schedule: ScheduledScenario[] = []): Run {
  for (const step of schedule) {
    if (
      step.fromRound > 1 &&
      (step.scenario.seed !== scenario.seed || step.scenario.firms !== scenario.firms)
    ) {
      throw new ScenarioError({ kind: 'branch-keeps-run' });
    }
  }
  const ordered = [...schedule].sort((a, b) => a.fromRound - b.fromRound);
  const fromStart = ordered.filter((s) => s.fromRound <= 1);
  if (fromStart.length > 0) {
    return startRun(
      fromStart[fromStart.length - 1].scenario,
      ordered.filter((s) => s.fromRound > 1),
    );
  }
  return runFrom(scenario, ordered, startingWorld(scenario));
}

/**
 * A run of a scenario from its round-0 world, built (startRun) or taken over from another run that starts from the
 * same world (a twin's, model/twin.ts). `ordered` is the schedule, sorted, every step from round 2 on. `sameStart`, a
 * run still at round 0 whose world holds the same numbers (the run a twin's world was copied from), lends its round-0
 * trade and metrics, which are functions of those numbers alone, rather than have them worked out again.
 */
export function runFrom(
  scenario: Scenario,
  ordered: ScheduledScenario[],
  world: World,
  sameStart?: Run,
): Run {
  const timeline = timelineByRound(scenario);
  const names = new Map(world.base.firms.map((f) => [f.id, f.name]));
  const context: RunContext = {
    scenario,
    timeline,
    metricInputs: {
      tariff: new Float64Array(0),
      trade0BySector: sameStart?.context.metricInputs.trade0BySector ?? tradeView(world).bySector,
    },
    names: { firmName: (id) => names.get(id) ?? id },
  };
  const metrics = sameStart
    ? metricsOf(sameStart.records[0]!)
    : computeMetrics(world, {
        ...context.metricInputs,
        tariff: compilePolicy(world.base, world.measures).tariff,
      });
  // the measures in force at the start: tariffs, read into prices, and the others (bans, listings, controls)
  const tariffs = world.measures.filter((m) => specOf(m).inStartingWorld === 'prices').length;
  const closures = world.measures.length - tariffs;
  const start = {
    what: 'start',
    firms: world.base.nFirms,
    tariffs,
    ...(closures > 0 ? { closures } : {}),
  } as const;
  const record0: RoundRecord = {
    round: 0,
    label: roundLabel(scenario, 0),
    ...metrics,
    measures: world.measures,
    events: [
      {
        round: 0,
        text: `${roundLabel(scenario, 0)}: ${capitalise(describeStart(start.firms, tariffs, closures))}`,
        states: [],
        kind: 'summary',
        facts: start,
      },
    ],
    hostileActs: [],
  };
  return {
    root: scenario,
    scenario,
    schedule: ordered,
    firms: world.base.firms,
    context,
    rng: createRng(scenario.seed),
    world,
    records: [record0],
  };
}

/** A round's metrics: its record without the round's own label, measures, events and acts. */
function metricsOf(record: RoundRecord): RoundMetrics {
  const {
    round: _round,
    label: _label,
    measures: _measures,
    events: _events,
    hostileActs: _acts,
    ...metrics
  } = record;
  return metrics;
}

/** Rounds the run will reach: the last scenario's round count. */
export function finalRound(run: Run): number {
  const last = run.schedule[run.schedule.length - 1];
  return last ? last.scenario.rounds : run.scenario.rounds;
}

/**
 * Hands the run to another scenario from the next round on: its parameters, strategies and timeline govern what
 * follows, while everything that has happened stays. Parameters that only shape the starting world (see
 * PARAM_SPECS[].startOnly) keep the values the world was built with.
 */
export function rebase(run: Run, scenario: Scenario): void {
  const { params, states } = resolveScenario(scenario);
  const old = run.world.base;
  const kept = Object.fromEntries(
    PARAM_SPECS.filter((p) => p.startOnly).map((p) => [p.key, old.params[p.key]]),
  );
  const nextParams = { ...params, ...kept };
  const base = baseOf({
    ...old,
    params: nextParams,
    states,
    sectorElasticity: sectorElasticities(nextParams),
    sectorLag: sectorLags(nextParams),
    sectorSwitch: sectorSwitches(nextParams),
  });
  base.slotPrice0 = slotPrices0(base);
  const alignment = run.world.alignment.slice();
  STATE_CODES.forEach((c, i) => {
    if (states[c].alignment !== old.states[c].alignment) alignment[i] = states[c].alignment;
  });
  // Link access depends on the states' CII shares, and the interoperability cost on the parameters, which a branch
  // may change: build them afresh (the old links stay, so that sourcing still knows what was closed before and does
  // not cut it again).
  const access = run.world.access ? { key: '', links: run.world.access.links } : undefined;
  run.world = { ...run.world, base, alignment, access, interop: undefined };
  run.scenario = scenario;
  run.context = { ...run.context, scenario, timeline: timelineByRound(scenario) };
}

function timelineByRound(scenario: Scenario): Map<number, TimelineEntry[]> {
  const timeline = new Map<number, TimelineEntry[]>();
  for (const entry of scenario.timeline) {
    const list = timeline.get(entry.round) ?? [];
    list.push(entry as TimelineEntry);
    timeline.set(entry.round, list);
  }
  return timeline;
}

/** Advances a run by one round (changes the Run in place; the worlds themselves are never changed). */
export function advance(run: Run): RoundRecord {
  const next = run.world.round + 1;
  const takeover = run.schedule.find((s) => s.fromRound === next);
  if (takeover) rebase(run, takeover.scenario);
  const { world, record } = stepRound(run.world, run.context, run.rng, run.spare);
  // The world just left is read no more once the next one exists (the round-0 world is never written over: some of
  // its arrays began as copies the base may share).
  run.spare = run.world.round > 0 ? run.world : undefined;
  run.world = world;
  run.records.push(record);
  return record;
}

export function runScenario(
  scenario: Scenario,
  onRound?: (record: RoundRecord) => void,
  schedule: ScheduledScenario[] = [],
): Run {
  const run = startRun(scenario, schedule);
  onRound?.(run.records[0]);
  const end = finalRound(run);
  while (run.world.round < end) {
    // advance first: `onRound?.(advance(run))` would skip the round when there is no callback
    const record = advance(run);
    onRound?.(record);
  }
  return run;
}
