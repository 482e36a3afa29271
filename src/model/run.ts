// Runs a scenario: builds the round-0 world, steps it round by round, and keeps every round's record. The clock lives
// with the caller (the CLI loops; the app's worker steps on request), so a run can also be advanced one round at a time.

import { computeMetrics } from './metrics.ts';
import { compilePolicy } from './policy.ts';
import { tradeView } from './retaliation.ts';
import { createRng, type Rng } from './rng.ts';
import { stepRound, type RoundInput, type RunContext } from './round.ts';
import { resolveScenario, roundLabel, type Scenario } from './scenario.ts';
import type { FirmInfo, RoundRecord, TimelineEntry } from './types.ts';
import { buildWorld, type World } from './world.ts';

export interface Run {
  scenario: Scenario;
  firms: FirmInfo[];
  context: RunContext;
  rng: Rng;
  world: World;
  records: RoundRecord[];
}

export function startRun(scenario: Scenario): Run {
  const { params, states } = resolveScenario(scenario);
  const world = buildWorld({ seed: scenario.seed, firms: scenario.firms, params, states });
  const timeline = new Map<number, TimelineEntry[]>();
  for (const entry of scenario.timeline) {
    const list = timeline.get(entry.round) ?? [];
    list.push(entry as TimelineEntry);
    timeline.set(entry.round, list);
  }
  const names = new Map(world.base.firms.map((f) => [f.id, f.name]));
  const context: RunContext = {
    scenario,
    timeline,
    metricInputs: { tariff: new Float64Array(0), trade0BySector: tradeView(world).bySector },
    names: { firmName: (id) => names.get(id) ?? id },
  };
  const metrics = computeMetrics(world, { ...context.metricInputs, tariff: compilePolicy(world.base, []).tariff });
  const record0: RoundRecord = {
    round: 0,
    label: roundLabel(scenario, 0),
    ...metrics,
    measures: [],
    events: [
      {
        round: 0,
        text: `${roundLabel(scenario, 0)}: The calibrated starting world: ${world.base.nFirms} firms in seven states, no measures in force.`,
        states: [],
        kind: 'summary',
      },
    ],
    hostileActs: [],
  };
  return { scenario, firms: world.base.firms, context, rng: createRng(scenario.seed), world, records: [record0] };
}

/** Advances a run by one round (changes the Run in place; the worlds themselves are never changed). */
export function advance(run: Run, input: RoundInput = {}): RoundRecord {
  const { world, record } = stepRound(run.world, run.context, run.rng, input);
  run.world = world;
  run.records.push(record);
  return record;
}

export function runScenario(scenario: Scenario, onRound?: (record: RoundRecord) => void): Run {
  const run = startRun(scenario);
  onRound?.(run.records[0]);
  while (run.world.round < scenario.rounds) {
    // advance first: `onRound?.(advance(run))` would skip the round when there is no callback
    const record = advance(run);
    onRound?.(record);
  }
  return run;
}
