// The scenario format: everything a run depends on, as versioned plain data. The schema (zod) refuses an invalid
// scenario with a message naming the field and what was expected; resolveScenario fills in every default.

import { z } from 'zod';
import { ANCHOR_IDS, MAX_FIRMS, MIN_FIRMS, STATES } from './calibration.ts';
import { DEFAULT_PARAMS, PARAM_KEYS, PARAM_SPECS, type ModelParams } from './params.ts';
import { ScenarioError, scenarioProblemText, type ScenarioProblem } from './errors.ts';
import { MEASURE_KINDS, measureSchema, specOf } from './measures/index.ts';
import { id, share, stateCode } from './measures/spec.ts';
import {
  SECTOR_IDS,
  STATE_CODES,
  STRATEGY_IDS,
  type Measure,
  type StateCode,
  type StateConfig,
  type TimelineEntry,
} from './types.ts';

export const SCENARIO_VERSION = 1;
export const MIN_ROUNDS = 1;
export const MAX_ROUNDS = 400;
/** longest id or name the format accepts, so a pasted file cannot smuggle in megabytes of text */
const MAX_TEXT = 200;

const round = z.number().int().min(1).max(MAX_ROUNDS);
/** an imposed measure may be dated round 0: already in force in the starting world (startingWorld.ts; kinds: spec.ts) */
const imposeRound = z.number().int().min(0).max(MAX_ROUNDS);
const note = z.string().max(MAX_TEXT).optional();
const timelineEntrySchema = z.discriminatedUnion('action', [
  z.strictObject({ round: imposeRound, action: z.literal('impose'), measure: measureSchema, note }),
  z.strictObject({ round, action: z.literal('relax'), measureId: id, note }),
  z.strictObject({ round, action: z.literal('join'), measureId: id, state: stateCode, note }),
]);

const paramShape = Object.fromEntries(
  PARAM_SPECS.map((p) => [p.key, z.number().min(p.min).max(p.max).optional()]),
) as Record<(typeof PARAM_KEYS)[number], z.ZodOptional<z.ZodNumber>>;

const stateConfigSchema = z.strictObject({
  strategy: z.enum(STRATEGY_IDS).optional(),
  alignment: z.number().min(-1).max(1).optional(),
  ciiShare: share.optional(),
  subsidyBudget: z.number().min(0).max(0.5).optional(),
  forgiveness: share.optional(),
});

export const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  preset: z.string().max(80).optional(),
  name: z.string().min(1).max(MAX_TEXT),
  description: z.string().max(4000).default(''),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  firms: z.number().int().min(MIN_FIRMS).max(MAX_FIRMS),
  start: z
    .strictObject({ year: z.number().int().min(1900).max(2200), quarter: z.number().int().min(1).max(4) })
    .optional(),
  noise: z.number().min(0).max(0.5).default(0),
  params: z.strictObject(paramShape).default({}),
  states: z.partialRecord(stateCode, stateConfigSchema).default({}),
  timeline: z.array(timelineEntrySchema).max(2000).default([]),
  sources: z.array(z.string().max(1000)).max(50).optional(),
  tournament: z.strictObject({ rotations: z.number().int().min(1).max(7) }).optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export { ScenarioError, scenarioProblemText, type ScenarioProblem };

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'scenario';
  return `${where}: ${issue.message}`;
}

/** Checks a scenario (from a preset, a file or a link) and fills in defaults; throws ScenarioError naming the field. */
export function parseScenario(input: unknown): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ScenarioError(first ? describeIssue(first) : 'scenario: not a valid scenario');
  }
  const scenario = result.data as Scenario;
  checkReferences(scenario);
  return scenario;
}

/** Firm ids must name a firm of the world; ids a timeline relaxes must have been imposed before. */
function checkReferences(scenario: Scenario): void {
  const imposed = new Set<string>();
  const entries = [...scenario.timeline]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.round - b.e.round || a.i - b.i);
  for (const { e, i } of entries) {
    const where = `timeline.${i}`;
    if (e.round > scenario.rounds) continue;
    if (e.action === 'impose') {
      const m = e.measure;
      const spec = specOf(m);
      if (e.round === 0 && !spec.inStartingWorld) {
        throw new ScenarioError({ kind: 'round-zero', path: `${where}.round`, measure: m.kind });
      }
      const refused = spec.check(m, isKnownFirm);
      if (refused !== null) throw new ScenarioError({ ...refused, path: `${where}.${refused.path}` });
      if ('target' in m && m.target === m.maker) {
        throw new ScenarioError({ kind: 'self-target', path: `${where}.measure.target` });
      }
      imposed.add(m.id);
    } else if (!imposed.has(e.measureId)) {
      throw new ScenarioError({
        kind: 'not-imposed',
        path: `${where}.measureId`,
        measureId: e.measureId,
        round: e.round,
      });
    }
  }
}

/** Generated firm ids look like sector-state-n (phones-chn-3); anchors are listed in the calibration. */
const GENERATED_ID = new RegExp(
  `^(${SECTOR_IDS.join('|')})-(${STATE_CODES.map((s) => s.toLowerCase()).join('|')})-\\d+$`,
);
export function isKnownFirm(firm: string): boolean {
  return ANCHOR_IDS.has(firm) || GENERATED_ID.test(firm);
}

export interface ResolvedScenario {
  scenario: Scenario;
  params: ModelParams;
  states: Record<StateCode, StateConfig>;
}

export function resolveScenario(scenario: Scenario): ResolvedScenario {
  const params = { ...DEFAULT_PARAMS, ...(scenario.params as Partial<ModelParams>) };
  const states = Object.fromEntries(
    STATES.map((s) => [s.code, { ...s.defaults, ...(scenario.states[s.code] ?? {}) }]),
  ) as Record<StateCode, StateConfig>;
  return { scenario, params, states };
}

/** The label of a round: a calendar quarter where the scenario has a start date, else "Round n". */
export function roundLabel(scenario: Pick<Scenario, 'start'>, round: number): string {
  if (!scenario.start) return `Round ${round}`;
  const q = scenario.start.quarter - 1 + round;
  return `Q${(q % 4) + 1} ${scenario.start.year + Math.floor(q / 4)}`;
}

export type { Measure, TimelineEntry };
export { MEASURE_KINDS };
