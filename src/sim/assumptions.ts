// Assumptions drawn with the seeds: an ensemble can read the spread of its outcomes across assumptions as well as
// across seeds. Each seed then also draws every assumed parameter the rulebook bounds (params.ts: basis
// 'assumption' with a tornado range, the range the sensitivity view tries), uniformly within that range and on the
// parameter's step, from its own stream of the seed. A parameter the scenario sets away from its default is the
// workshop's own choice and is kept; so is one a branch sets away from the root's value. Sourced parameters are never
// drawn. The same seed draws the same values in every branch, so differences between branches stay paired by seed.

import { DEFAULT_PARAMS, PARAM_SPECS, type ParamKey, type ParamSpec } from '../model/params.ts';
import { createRng } from '../model/rng.ts';
import type { ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';

/** The parameters an ensemble with drawn assumptions draws, in the rulebook's order. */
export const DRAWN_PARAMS: readonly (ParamSpec & { tornado: { low: number; high: number } })[] =
  PARAM_SPECS.flatMap((s) => (s.basis === 'assumption' && s.tornado ? [{ ...s, tornado: s.tornado }] : []));

/** A value in [low, high] on the parameter's step (a whole number of quarters stays whole), from u in [0, 1). */
function onStep(spec: ParamSpec, low: number, high: number, u: number): number {
  const steps = Math.floor((high - low) / spec.step + 1e-9);
  if (steps <= 0) return low;
  // steps + 1 values, each as likely: low, low + step, ..., the last at or under high
  const k = Math.min(steps, Math.floor(u * (steps + 1)));
  return Number((low + k * spec.step).toFixed(10));
}

/** The values seed `seed` draws for the drawn assumptions, by key. */
export function assumptionsAt(seed: number): Partial<Record<ParamKey, number>> {
  const rng = createRng(seed).fork('assumptions');
  const out: Partial<Record<ParamKey, number>> = {};
  // one draw per parameter in a fixed order, each from its own stream: adding a parameter moves no other one's draw
  for (const spec of DRAWN_PARAMS)
    out[spec.key] = onStep(spec, spec.tornado.low, spec.tornado.high, rng.fork(spec.key).next());
  return out;
}

const valueIn = (s: Scenario, key: ParamKey) =>
  (s.params as Partial<Record<ParamKey, number>>)[key] ?? DEFAULT_PARAMS[key];

/**
 * The scenario and its schedule with seed `seed`'s drawn assumptions: in the root, each drawn parameter left at its
 * default; in a scheduled scenario, each one it leaves at the root's value. Returns the same objects where nothing is
 * drawn.
 */
export function withAssumptions(
  root: Scenario,
  schedule: readonly ScheduledScenario[],
  seed: number,
): { root: Scenario; schedule: readonly ScheduledScenario[] } {
  const drawn = assumptionsAt(seed);
  const params = { ...root.params };
  for (const spec of DRAWN_PARAMS)
    if (valueIn(root, spec.key) === spec.default) params[spec.key] = drawn[spec.key]!;
  const drawnRoot = { ...root, params };
  return {
    root: drawnRoot,
    schedule: schedule.map((s) => {
      const own = { ...s.scenario.params };
      for (const spec of DRAWN_PARAMS)
        if (valueIn(s.scenario, spec.key) === valueIn(root, spec.key)) own[spec.key] = params[spec.key]!;
      return { fromRound: s.fromRound, scenario: { ...s.scenario, params: own } };
    }),
  };
}

/** What a report says was drawn: each drawn parameter and its range (the CLI's `ensemble.assumptions`). */
export function drawnAssumptions(): Array<{ key: ParamKey; low: number; high: number }> {
  return DRAWN_PARAMS.map((s) => ({ key: s.key, low: s.tornado.low, high: s.tornado.high }));
}
