// The CLI's --sensitivity and --sweep: the plan of seed tasks from src/sim/sensitivity.ts, played in turn in this
// process, read by the same functions the app uses, printed as JSON or CSV. Progress goes to stderr on a terminal.

import type { ParamKey } from '../model/params.ts';
import { PARAM_KEYS } from '../model/params.ts';
import { scheduleOf } from '../sim/workspace.ts';
import type { BranchSource } from '../sim/branchReport.ts';
import {
  ensembleSeeds,
  OUTCOMES,
  outcomeById,
  playSeed,
  type Reading,
  type SeedTask,
} from '../sim/ensemble.ts';
import {
  parseSweepSpec,
  sensitivityPlan,
  SensitivityError,
  sweepAxis,
  sweepCsv,
  sweepJson,
  sweepOf,
  sweepPlan,
  tornadoCsv,
  tornadoJson,
  tornadoOf,
  type PlayedWorld,
} from '../sim/sensitivity.ts';

export const DEFAULT_OUTCOME = 'cost.global';

export interface SensitivityOptions {
  mode: 'sensitivity' | 'sweep';
  sweeps: string[];
  outcome: string;
  reading: Reading;
  runs: number;
  parameters?: ParamKey[];
  format: 'json' | 'csv';
}

/** Throws this for a request the user must change (the CLI turns it into a usage error). */
export class SensitivityUsage extends Error {}

export function worldOf(source: BranchSource): PlayedWorld {
  return 'workspace' in source
    ? scheduleOf(source.workspace, source.branchId)
    : { root: source.scenario, schedule: source.schedule ?? [] };
}

/** The outcome for an id, or a usage error that lists the ids. */
export function outcomeOf(id: string) {
  const outcome = outcomeById(id);
  if (!outcome)
    throw new SensitivityUsage(`unknown outcome "${id}"; outcomes: ${OUTCOMES.map((o) => o.id).join(', ')}`);
  return outcome;
}

/** A comma-separated list of parameter keys, checked. */
export function parseParameters(text: string): ParamKey[] {
  const keys = text.split(',').map((k) => k.trim());
  const bad = keys.filter((k) => !(PARAM_KEYS as readonly string[]).includes(k));
  if (bad.length > 0 || keys.length === 0)
    throw new SensitivityUsage(`unknown parameter "${bad[0] ?? ''}"; parameters: ${PARAM_KEYS.join(', ')}`);
  return keys as ParamKey[];
}

function playAll(tasks: readonly SeedTask[]) {
  const tty = process.stderr.isTTY;
  return tasks.map((task, k) => {
    if (tty && (k % 10 === 0 || k === tasks.length - 1))
      process.stderr.write(`\rplaying ${k + 1} of ${tasks.length}`);
    const out = playSeed(task);
    if (tty && k === tasks.length - 1) process.stderr.write('\n');
    return out;
  });
}

/** The text the CLI prints for a tornado or a sweep. */
export function sensitivityText(source: BranchSource, options: SensitivityOptions): string {
  const outcome = outcomeOf(options.outcome);
  const world = worldOf(source);
  const seeds = ensembleSeeds(world.root.seed, options.runs);
  try {
    if (options.mode === 'sensitivity') {
      const plan = sensitivityPlan(world, seeds, options.parameters);
      const tornado = tornadoOf(plan, playAll(plan.tasks), outcome, options.reading);
      return options.format === 'csv'
        ? tornadoCsv(tornado)
        : `${JSON.stringify({ sensitivity: tornadoJson(tornado) }, null, 2)}\n`;
    }
    const axes = options.sweeps.map((text) => {
      const spec = parseSweepSpec(text);
      return sweepAxis(world, spec.path, spec.from, spec.to, spec.steps);
    });
    const plan = sweepPlan(world, axes, seeds);
    const sweep = sweepOf(plan, playAll(plan.tasks), outcome, options.reading);
    return options.format === 'csv'
      ? sweepCsv(sweep)
      : `${JSON.stringify({ sweep: sweepJson(sweep) }, null, 2)}\n`;
  } catch (e) {
    if (e instanceof SensitivityError) throw new SensitivityUsage(e.message.replace(/\.$/, ''));
    throw e;
  }
}
