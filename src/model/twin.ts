// The twin: the same world without the measures. Same seed, size, parameters, start and noise, and the tariffs already
// in force in the starting world (timeline entries dated round 0); nothing else from the timeline, and every state
// passive, so nothing new is ever imposed. Random streams are drawn by name and in the same order whatever the
// measures (rng.ts), so the twin sees the same draws wherever measures do not change what is drawn: an effect read
// as "run minus twin" is the measures' doing, not the luck of the seed.

import { finalRound, startRun, advance, type Run } from './run.ts';
import type { Scenario } from './scenario.ts';
import { STATE_CODES, type StateCode } from './types.ts';

export function twinScenario(scenario: Scenario): Scenario {
  const states = { ...scenario.states };
  for (const c of STATE_CODES) states[c] = { ...states[c], strategy: 'passive' };
  const twin: Scenario = { ...scenario, timeline: scenario.timeline.filter((e) => e.round === 0), states };
  delete twin.tournament;
  return twin;
}

/** A run's twin at round 0 (branches included: each scheduled scenario is replaced by its twin), to be advanced. */
export function startTwin(run: Run): Run {
  return startRun(
    twinScenario(run.root),
    run.schedule.map((s) => ({ fromRound: s.fromRound, scenario: twinScenario(s.scenario) })),
  );
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
  return run.records.map((r, t) => {
    const base = twin.records[t]?.realIncome;
    const out = {} as Record<StateCode, number>;
    for (const c of STATE_CODES) {
      const b = base?.[c] ?? 0;
      out[c] = b > 0 ? 100 * (r.realIncome[c] / b - 1) : 0;
    }
    return out;
  });
}
