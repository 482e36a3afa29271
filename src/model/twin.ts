// The twin: the same world without the measures. Same seed, size, parameters, start and noise, and the measures already
// in force in the starting world (timeline entries dated round 0); nothing else from the timeline, and every state
// passive, so nothing new is ever imposed. Random streams are drawn by name and in the same order whatever the
// measures (rng.ts), so the twin sees the same draws wherever measures do not change what is drawn: an effect read
// as "run minus twin" is the measures' doing, not the luck of the seed.

import { copyFloat64, copyInt8 } from './arrays.ts';
import { finalRound, startRun, advance, runFrom, type Run } from './run.ts';
import { resolveScenario, type Scenario } from './scenario.ts';
import { STATE_CODES, type RoundRecord, type StateCode, type StateConfig } from './types.ts';
import { baseOf, type World } from './world.ts';

export function twinScenario(scenario: Scenario): Scenario {
  const states = { ...scenario.states };
  for (const c of STATE_CODES) states[c] = { ...states[c], strategy: 'passive' };
  const twin: Scenario = { ...scenario, timeline: scenario.timeline.filter((e) => e.round === 0), states };
  delete twin.tournament;
  return twin;
}

/**
 * A run's twin at round 0 (branches included: each scheduled scenario is replaced by its twin), to be advanced. While
 * the run is still at round 0 the twin starts from the run's own round-0 world rather than building it again (see
 * twinWorld): an ensemble's seed task saves a world build, with the same bits.
 */
export function startTwin(run: Run): Run {
  const root = twinScenario(run.root);
  const schedule = run.schedule.map((s) => ({ fromRound: s.fromRound, scenario: twinScenario(s.scenario) }));
  if (run.world.round !== 0) return startRun(root, schedule);
  return runFrom(root, schedule, twinWorld(run.world, resolveScenario(root).states), run);
}

/**
 * A run's round-0 world as its twin's: the twin keeps the seed, size, parameters, the states' settings and the round-0
 * measures, which are all a world is built from (buildWorld reads no strategy), so the build is the same but for the
 * strategies in base.states. The twin gets its own states and its own copies of everything a round reads from the
 * world before it, so neither run can reach into the other; the base's arrays, which no round changes, are shared.
 */
function twinWorld(world: World, states: Record<StateCode, StateConfig>): World {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(world)) {
    if (key === 'base') continue;
    copy[key] =
      value instanceof Float64Array
        ? copyFloat64(value)
        : value instanceof Int8Array
          ? copyInt8(value)
          : ArrayBuffer.isView(value)
            ? (value as Uint8Array).slice()
            : structuredClone(value);
  }
  return { ...(copy as unknown as World), base: baseOf({ ...world.base, states }) };
}

/** The twin of a run, played to the same end. */
export function twinOf(run: Run): Run {
  const twin = startTwin(run);
  const end = Math.max(finalRound(twin), run.records.length - 1);
  while (twin.world.round < end) advance(twin);
  return twin;
}

/** Welfare of each state at each round: real income in percent of the twin's at the same round (0 = no change). */
export function welfareOf(run: Run, twin: Run): Array<Record<StateCode, number>> {
  return run.records.map((r, t) => welfareAt(r, twin.records[t]));
}

/** Welfare at one round: the run's record against the twin's for the same round (0 where the twin has none). */
export function welfareAt(record: RoundRecord, twin: RoundRecord | undefined): Record<StateCode, number> {
  const base = twin?.realIncome;
  const out = {} as Record<StateCode, number>;
  for (const c of STATE_CODES) {
    const b = base?.[c] ?? 0;
    out[c] = b > 0 ? 100 * (record.realIncome[c] / b - 1) : 0;
  }
  return out;
}
