// Sensitivity and sweeps: which assumption moves a result, and how. Both are lists of seed tasks (ensemble.ts), so the
// app plays them on its worker pool and the CLI plays them in turn, and both read the results with the same pure
// functions below, so the same seeds give the same numbers in both.
//
// One at a time (the tornado): the world as it is (the base), then each parameter at the low and at the high end of
// its documented range (PARAM_SPECS tornado, where the evidence bounds it, else min and max) with everything else as in the base, all played on the same seeds.
// For each end the change is read seed by seed (that end minus the base at the same seed, so the seed's luck cancels)
// and summed up as the median with 50% and 90% bands; parameters are ranked by swing, the length of the two bars
// drawn together from zero. A parameter changes in the root scenario and in every takeover of a branch; those that
// only shape the starting world (startOnly) change the world the run and its twin start from.
//
// A sweep: one path (a parameter, or any numeric scenario field) over FROM..TO in STEPS values, or two as a grid,
// times the seeds; the outcome's median and bands at each value.

import { PARAM_KEYS, PARAM_SPECS, type ParamBasis, type ParamKey, type ParamSpec } from '../model/params.ts';
import { csvCell, round6 } from '../model/report.ts';
import type { ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import {
  bandOf,
  valueAt,
  type Band,
  type Outcome,
  type Reading,
  type SeedSeries,
  type SeedTask,
} from './ensemble.ts';
import { checkScenario, type Reason } from './files/validate.ts';

/** Seeds a tornado or sweep plays unless told otherwise: a tornado of 30 parameters stays well under a minute. */
export const DEFAULT_SENSITIVITY_SEEDS = 8;
/** Most values along one sweep axis. */
export const MAX_SWEEP_STEPS = 50;

/** A scenario and the schedule of the branch played from it. */
export interface PlayedWorld {
  root: Scenario;
  schedule: readonly ScheduledScenario[];
}

/** Why a sensitivity or sweep is refused, as data, so that the app can word it in any language. */
export type SensitivityProblem =
  | { kind: 'no-seed'; of: 'sensitivity' | 'sweep' }
  | { kind: 'not-allowed'; path: string; value: number; detail: string; reason?: Reason }
  | { kind: 'not-field'; path: string }
  | { kind: 'seed-swept' }
  | { kind: 'needs-numbers'; path: string }
  | { kind: 'steps'; max: number; steps: number }
  | { kind: 'out-of-range'; key: string; label: string; min: number; max: number; from: number; to: number }
  | { kind: 'not-number'; path: string }
  | { kind: 'path-count' }
  | { kind: 'same-paths' }
  | { kind: 'spec'; text: string };

/** A refusal in English: the CLI's message and the app's English. */
export function sensitivityProblemText(p: SensitivityProblem): string {
  switch (p.kind) {
    case 'no-seed':
      return `A ${p.of} needs at least one seed.`;
    case 'not-allowed':
      return `A sweep of ${p.path} to ${p.value} is not allowed: ${p.detail}.`;
    case 'not-field':
      return `"${p.path}" is not a field of a scenario.`;
    case 'seed-swept':
      return 'The seed cannot be swept: the runs already vary it.';
    case 'needs-numbers':
      return `A sweep of ${p.path} needs two numbers, FROM and TO.`;
    case 'steps':
      return `A sweep takes 2 to ${p.max} steps, got ${p.steps}.`;
    case 'out-of-range':
      return `${p.label} (${p.key}) runs from ${p.min} to ${p.max}; ${p.from} to ${p.to} goes outside it.`;
    case 'not-number':
      return `"${p.path}" is not a number field of the scenario.`;
    case 'path-count':
      return 'A sweep takes one or two paths.';
    case 'same-paths':
      return 'The two paths of a sweep must differ.';
    case 'spec':
      return `--sweep expects PATH=FROM:TO:STEPS (e.g. elasticityScale=0.25:3:6), got "${p.text}".`;
  }
}

/** Thrown for a sweep or parameter request that cannot be played; the message is one sentence for the user. */
export class SensitivityError extends Error {
  constructor(readonly problem: SensitivityProblem) {
    super(sensitivityProblemText(problem));
    this.name = 'SensitivityError';
  }
}

/** The world with `change` made to its root and to every scenario that takes over in its branch. */
function everywhere(world: PlayedWorld, change: (s: Scenario) => Scenario): PlayedWorld {
  return {
    root: change(world.root),
    schedule: world.schedule.map((s) => ({ fromRound: s.fromRound, scenario: change(s.scenario) })),
  };
}

/** The world at another size (firms), for a faster tornado in a smaller world. */
export function withFirms(world: PlayedWorld, firms: number): PlayedWorld {
  return everywhere(world, (s) => ({ ...s, firms }));
}

/** The world with one parameter at `value` throughout. */
export function withParam(world: PlayedWorld, key: ParamKey, value: number): PlayedWorld {
  return everywhere(world, (s) => ({ ...s, params: { ...s.params, [key]: value } }));
}

/** The value a parameter has in the world's root scenario (its own, or the default). */
export function paramValue(world: PlayedWorld, key: ParamKey): number {
  const own = (world.root.params as Partial<Record<ParamKey, number>>)[key];
  return own ?? specOf(key).default;
}

const SPEC_BY_KEY = new Map(PARAM_SPECS.map((p) => [p.key, p]));
function specOf(key: ParamKey): ParamSpec {
  return SPEC_BY_KEY.get(key)!;
}

/** Whether the world already has the parameter at `value` everywhere (so that end is the base itself). */
function hasEverywhere(world: PlayedWorld, key: ParamKey, value: number): boolean {
  const of = (s: Scenario) => (s.params as Partial<Record<ParamKey, number>>)[key] ?? specOf(key).default;
  return of(world.root) === value && world.schedule.every((s) => of(s.scenario) === value);
}

function tasksAt(world: PlayedWorld, seeds: readonly number[]): SeedTask[] {
  return seeds.map((seed) => ({ root: world.root, schedule: world.schedule, seed, finalOnly: true }));
}

// ---------------------------------------------------------------------------------------------------------------
// One at a time

export type End = 'low' | 'high';

/** One end of one parameter: its value and where its seeds start in the plan's tasks (0 when it is the base). */
export interface Variant {
  key: ParamKey;
  end: End;
  value: number;
  offset: number;
}

export interface SensitivityPlan {
  seeds: number[];
  /** the base's value of each parameter varied */
  baseValues: Partial<Record<ParamKey, number>>;
  variants: Variant[];
  /** the base at every seed first, then each variant's seeds in turn */
  tasks: SeedTask[];
  firms: number;
  rounds: number;
}

/**
 * The tasks of a tornado: the base on `seeds`, then each parameter (all of PARAM_KEYS unless `keys` is given) at the
 * low and high end of its range on the same seeds. An end equal to the base's value reuses the base's seeds.
 */
export function sensitivityPlan(
  world: PlayedWorld,
  seeds: readonly number[],
  keys: readonly ParamKey[] = PARAM_KEYS,
): SensitivityPlan {
  if (seeds.length === 0) throw new SensitivityError({ kind: 'no-seed', of: 'sensitivity' });
  const tasks = tasksAt(world, seeds);
  const variants: Variant[] = [];
  const baseValues: Partial<Record<ParamKey, number>> = {};
  for (const key of PARAM_KEYS.filter((k) => keys.includes(k))) {
    const spec = specOf(key);
    baseValues[key] = paramValue(world, key);
    const range = spec.tornado ?? { low: spec.min, high: spec.max };
    for (const [end, value] of [
      ['low', range.low],
      ['high', range.high],
    ] as const) {
      if (hasEverywhere(world, key, value)) {
        variants.push({ key, end, value, offset: 0 });
        continue;
      }
      variants.push({ key, end, value, offset: tasks.length });
      tasks.push(...tasksAt(withParam(world, key, value), seeds));
    }
  }
  return {
    seeds: [...seeds],
    baseValues,
    variants,
    tasks,
    firms: world.root.firms,
    rounds: world.root.rounds,
  };
}

/** The outcome at the last kept round of one seed. */
function finalValue(series: SeedSeries | undefined, outcome: Outcome, reading: Reading): number {
  if (!series) return Number.NaN;
  return valueAt(series, outcome, reading, series.run.length - 1);
}

/** The outcome's words and unit, as exports carry them. */
export interface OutcomeInfo {
  id: string;
  label: string;
  unit: string;
}

const infoOf = (o: Outcome): OutcomeInfo => ({ id: o.id, label: o.label, unit: o.unit });

export interface EndResult {
  value: number;
  /** per-seed change of the outcome against the base at the same seed; null when no seed gave a number */
  change: Band | null;
}

export interface TornadoRow {
  key: ParamKey;
  label: string;
  unit: string;
  basis: ParamBasis;
  startOnly: boolean;
  /** the parameter's value in the base */
  base: number;
  low: EndResult;
  high: EndResult;
  /** length of the two median bars drawn together from zero: max(0, low, high) - min(0, low, high) */
  swing: number;
}

export interface Tornado {
  outcome: OutcomeInfo;
  reading: Reading;
  seeds: number[];
  firms: number;
  rounds: number;
  /** the outcome itself in the base, over the seeds */
  base: Band | null;
  /** ranked by swing, largest first; ties in PARAM_KEYS order */
  rows: TornadoRow[];
}

/** The per-seed differences of one variant against the base, paired by seed (tasks are in seed order in both). */
function changeBand(
  plan: SensitivityPlan,
  results: readonly SeedSeries[],
  offset: number,
  outcome: Outcome,
  reading: Reading,
): Band | null {
  const values: number[] = [];
  for (let k = 0; k < plan.seeds.length; k++) {
    const base = results[k];
    const variant = results[offset + k];
    if (!base || !variant || base.seed !== variant.seed) continue;
    values.push(finalValue(variant, outcome, reading) - finalValue(base, outcome, reading));
  }
  const last = results[0]?.run.at(-1);
  return bandOf(values, last?.round ?? plan.rounds, last?.label ?? '');
}

/** Reads a played plan (results in task order) as a ranked tornado of one outcome. */
export function tornadoOf(
  plan: SensitivityPlan,
  results: readonly SeedSeries[],
  outcome: Outcome,
  reading: Reading,
): Tornado {
  const last = results[0]?.run.at(-1);
  const base = bandOf(
    plan.seeds.map((_, k) => finalValue(results[k], outcome, reading)),
    last?.round ?? plan.rounds,
    last?.label ?? '',
  );
  const rows: TornadoRow[] = [];
  for (const key of PARAM_KEYS) {
    const low = plan.variants.find((v) => v.key === key && v.end === 'low');
    const high = plan.variants.find((v) => v.key === key && v.end === 'high');
    if (!low || !high) continue;
    const spec = specOf(key);
    const end = (v: Variant): EndResult => ({
      value: v.value,
      change: changeBand(plan, results, v.offset, outcome, reading),
    });
    const lo = end(low);
    const hi = end(high);
    const a = lo.change?.p50 ?? 0;
    const b = hi.change?.p50 ?? 0;
    rows.push({
      key,
      label: spec.label,
      unit: spec.unit,
      basis: spec.basis,
      startOnly: spec.startOnly === true,
      base: plan.baseValues[key] ?? spec.default,
      low: lo,
      high: hi,
      swing: Math.max(0, a, b) - Math.min(0, a, b),
    });
  }
  const order = (k: ParamKey) => PARAM_KEYS.indexOf(k);
  rows.sort((x, y) => y.swing - x.swing || order(x.key) - order(y.key));
  return {
    outcome: infoOf(outcome),
    reading,
    seeds: [...plan.seeds],
    firms: plan.firms,
    rounds: plan.rounds,
    base,
    rows,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sweeps

export interface SweepAxis {
  /** dotted scenario path, e.g. params.elasticityScale or noise */
  path: string;
  label: string;
  unit: string;
  values: number[];
}

/** FROM..TO in STEPS evenly spaced values, both ends included (float noise rounded away). */
export function stepsOf(from: number, to: number, steps: number): number[] {
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, k) =>
    k === steps - 1 ? to : Number((from + ((to - from) * k) / (steps - 1)).toPrecision(12)),
  );
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** A sweep path in full: a bare parameter key means params.KEY. */
export function sweepPath(path: string): string {
  return (PARAM_KEYS as readonly string[]).includes(path) ? `params.${path}` : path;
}

/** The parameter a path names, if it names one. */
export function paramOfPath(path: string): ParamSpec | undefined {
  const full = sweepPath(path);
  return full.startsWith('params.') ? SPEC_BY_KEY.get(full.slice(7) as ParamKey) : undefined;
}

function setIn(node: unknown, keys: readonly string[], value: number): unknown {
  const [key, ...rest] = keys;
  const obj = (typeof node === 'object' && node !== null ? node : {}) as Record<string, unknown>;
  return { ...obj, [key]: rest.length === 0 ? value : setIn(obj[key], rest, value) };
}

/** The scenario with a numeric field at `value`, checked as the app checks a scenario. */
function scenarioWith(scenario: Scenario, path: string, value: number): Scenario {
  const keys = path.split('.');
  const checked = checkScenario(setIn(scenario, keys, value));
  if (!checked.ok)
    throw new SensitivityError({
      kind: 'not-allowed',
      path,
      value,
      detail: checked.detail,
      reason: checked.reason,
    });
  return checked.value;
}

/** One sweep axis, checked: the path is a number field of the scenario, the values within its range. */
export function sweepAxis(
  world: PlayedWorld,
  path: string,
  from: number,
  to: number,
  steps: number,
): SweepAxis {
  const full = sweepPath(path);
  const keys = full.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN.has(k))) throw new SensitivityError({ kind: 'not-field', path });
  if (full === 'seed') throw new SensitivityError({ kind: 'seed-swept' });
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new SensitivityError({ kind: 'needs-numbers', path });
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS)
    throw new SensitivityError({ kind: 'steps', max: MAX_SWEEP_STEPS, steps });
  const spec = paramOfPath(full);
  if (spec && (Math.min(from, to) < spec.min || Math.max(from, to) > spec.max))
    throw new SensitivityError({
      kind: 'out-of-range',
      key: spec.key,
      label: spec.label,
      min: spec.min,
      max: spec.max,
      from,
      to,
    });
  const values = stepsOf(from, to, steps);
  if (!spec) {
    const current = keys.reduce<unknown>(
      (node, k) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[k] : undefined,
      world.root,
    );
    if (current !== undefined && typeof current !== 'number')
      throw new SensitivityError({ kind: 'not-number', path });
    for (const v of values) scenarioWith(world.root, full, v);
  }
  return {
    path: full,
    label: spec ? spec.label : full,
    unit: spec ? spec.unit : '',
    values,
  };
}

/** The world with a sweep axis at one value, in the root and every takeover. */
function withPath(world: PlayedWorld, path: string, value: number): PlayedWorld {
  const spec = paramOfPath(path);
  if (spec) return withParam(world, spec.key, value);
  return everywhere(world, (s) => scenarioWith(s, path, value));
}

export interface SweepPlan {
  axes: SweepAxis[];
  seeds: number[];
  /** every combination of values, the first axis slowest */
  cells: number[][];
  /** each cell's seeds in turn */
  tasks: SeedTask[];
  firms: number;
  rounds: number;
}

export function sweepPlan(
  world: PlayedWorld,
  axes: readonly SweepAxis[],
  seeds: readonly number[],
): SweepPlan {
  if (axes.length < 1 || axes.length > 2) throw new SensitivityError({ kind: 'path-count' });
  if (axes.length === 2 && axes[0].path === axes[1].path) throw new SensitivityError({ kind: 'same-paths' });
  if (seeds.length === 0) throw new SensitivityError({ kind: 'no-seed', of: 'sweep' });
  const cells: number[][] =
    axes.length === 1
      ? axes[0].values.map((v) => [v])
      : axes[0].values.flatMap((a) => axes[1].values.map((b) => [a, b]));
  const tasks: SeedTask[] = [];
  for (const cell of cells) {
    let w = world;
    cell.forEach((v, i) => (w = withPath(w, axes[i].path, v)));
    tasks.push(...tasksAt(w, seeds));
  }
  return {
    axes: [...axes],
    seeds: [...seeds],
    cells,
    tasks,
    firms: world.root.firms,
    rounds: world.root.rounds,
  };
}

export interface SweepCell {
  values: number[];
  band: Band | null;
}

export interface Sweep {
  outcome: OutcomeInfo;
  reading: Reading;
  axes: Array<Omit<SweepAxis, 'values'> & { values: number[] }>;
  seeds: number[];
  firms: number;
  rounds: number;
  cells: SweepCell[];
}

/** Reads a played sweep (results in task order): the outcome's band at each value or pair of values. */
export function sweepOf(
  plan: SweepPlan,
  results: readonly SeedSeries[],
  outcome: Outcome,
  reading: Reading,
): Sweep {
  const n = plan.seeds.length;
  const cells = plan.cells.map((values, c) => {
    const chunk = results.slice(c * n, c * n + n);
    const last = chunk[0]?.run.at(-1);
    return {
      values,
      band: bandOf(
        chunk.map((s) => finalValue(s, outcome, reading)),
        last?.round ?? plan.rounds,
        last?.label ?? '',
      ),
    };
  });
  return {
    outcome: infoOf(outcome),
    reading,
    axes: plan.axes.map((a) => ({ ...a, values: [...a.values] })),
    seeds: [...plan.seeds],
    firms: plan.firms,
    rounds: plan.rounds,
    cells,
  };
}

/** A sweep spec as the CLI takes it: PATH=FROM:TO:STEPS. */
export function parseSweepSpec(text: string): { path: string; from: number; to: number; steps: number } {
  const m = /^([^=]+)=(-?[\d.]+(?:e-?\d+)?):(-?[\d.]+(?:e-?\d+)?):(\d+)$/i.exec(text.trim());
  if (!m) throw new SensitivityError({ kind: 'spec', text });
  return { path: m[1], from: Number(m[2]), to: Number(m[3]), steps: Number(m[4]) };
}

// ---------------------------------------------------------------------------------------------------------------
// Exports: one writer each, for the CLI and the app, numbers rounded as the run report's (six significant digits or ten decimal places)

const BAND_KEYS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** A cell of the tornado's or the sweep's CSV: numbers rounded as the report's, written by the report's csvCell. */
function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  return csvCell(typeof v === 'number' ? round6(v) : String(v));
}

const bandCells = (b: Band | null) => BAND_KEYS.map((k) => (b ? b[k] : null));

/** A band rounded as the exports are. */
function roundBand(b: Band | null): Band | null {
  return b ? { ...b, ...Object.fromEntries(BAND_KEYS.map((k) => [k, round6(b[k])])) } : null;
}

/** The tornado as JSON-ready data, numbers rounded as the CSV's. */
export function tornadoJson(t: Tornado): Tornado {
  return {
    ...t,
    base: roundBand(t.base),
    rows: t.rows.map((r) => ({
      ...r,
      base: round6(r.base),
      low: { value: round6(r.low.value), change: roundBand(r.low.change) },
      high: { value: round6(r.high.value), change: roundBand(r.high.change) },
      swing: round6(r.swing),
    })),
  };
}

export function tornadoCsv(t: Tornado): string {
  const header = [
    'rank',
    'key',
    'label',
    'unit',
    'basis',
    'start_only',
    'outcome',
    'reading',
    'seeds',
    'base_p50',
    'base_value',
    'low_value',
    ...BAND_KEYS.map((k) => `low_change_${k}`),
    'high_value',
    ...BAND_KEYS.map((k) => `high_change_${k}`),
    'swing',
  ];
  const rows = t.rows.map((r, i) =>
    [
      i + 1,
      r.key,
      r.label,
      r.unit,
      r.basis,
      r.startOnly,
      t.outcome.id,
      t.reading,
      t.seeds.length,
      t.base?.p50 ?? null,
      r.base,
      r.low.value,
      ...bandCells(r.low.change),
      r.high.value,
      ...bandCells(r.high.change),
      r.swing,
    ]
      .map(cell)
      .join(','),
  );
  return [header.map(cell).join(','), ...rows].join('\n') + '\n';
}

/** The sweep as JSON-ready data, numbers rounded as the CSV's. */
export function sweepJson(s: Sweep): Sweep {
  return { ...s, cells: s.cells.map((c) => ({ values: c.values.map(round6), band: roundBand(c.band) })) };
}

export function sweepCsv(s: Sweep): string {
  const header = ['outcome', 'reading', ...s.axes.map((a) => a.path), 'seeds', ...BAND_KEYS];
  const rows = s.cells.map((c) =>
    [s.outcome.id, s.reading, ...c.values, c.band?.n ?? 0, ...bandCells(c.band)].map(cell).join(','),
  );
  return [header.map(cell).join(','), ...rows].join('\n') + '\n';
}
