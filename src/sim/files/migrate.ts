// Brings scenarios and workspaces written by older versions of the app up to the current format, and refuses those
// written by newer versions. It works on untrusted plain data (parsed JSON) and never changes what it is given.
//
// API (all pure; the validators in validate.ts call these before the schemas, so the UI rarely needs them directly):
//   migrateScenario(raw) -> Migration   a scenario of any known format, as the current format (not yet validated)
//   migrateWorkspace(raw) -> Migration  a workspace (or a bare scenario, as links once carried) as the current format
//   Migration = { ok: true, value, migrated } | { ok: false, message }
//     migrated: true when an older format was converted (the UI may say so); message names the formats on refusal.
//
// Formats of a scenario:
//   0  (before formats were numbered) has no `version` field; calls the scenario's name `title`; and gives each
//      state's habit of retaliation in a separate map, `strategies: { USA: 'titForTat', ... }`, where format 1 keeps
//      it with the state's other settings, `states: { USA: { strategy: 'titForTat' } }`.
//   1  the current format (src/model/scenario.ts).
// Formats of a workspace:
//   0  a link or autosave held one scenario, with no branches: the scenario itself, at the top level.
//   1  `{ version: 1, branches: [...], active, compare }`.
//   2  the current format (src/sim/workspace.ts): format 1 with what came later, both optional: `compareAlso` (more
//      compared branches after `compare`; without it a workspace compares `compare` alone) and a branch's `team`
//      (hot-seat team play: hidden moves, choices, score weights; src/sim/teamPlay.ts). Nothing needs converting, so
//      no notice. Files and links written between their coming and format 2 carry them under format 1, and are read.
//      A workspace is written in the lowest format that holds it (workspace.ts formatted): 2 only when it uses them.

import { SCENARIO_VERSION } from '../../model/scenario.ts';
import { STATE_CODES } from '../../model/types.ts';
import { MAIN_BRANCH, MAIN_BRANCH_NAME, WORKSPACE_VERSION } from '../workspace.ts';

export type Migration =
  { ok: true; value: unknown; migrated: boolean } | { ok: false; message: string; newer: Newer };
/** a format this version cannot read: what it is, its format number and the newest this version reads */
export interface Newer {
  what: 'scenario' | 'workspace';
  format: number;
  current: number;
}

type Plain = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format a piece of data says it has: 0 when it says nothing, undefined when `version` is not a format number. */
function formatOf(data: Plain): number | undefined {
  if (!Object.hasOwn(data, 'version')) return 0;
  const v = data.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function newerMessage({ what, format, current }: Newer): string {
  return (
    `was made by a newer version of Decoupling Lab (${what} format ${format}; this version reads formats up to ` +
    `${current}). Open it in the newer version of the app.`
  );
}

const newer = (n: Newer): Migration => ({ ok: false, message: newerMessage(n), newer: n });

/** A copy of the object with the same own keys (including a key named __proto__, kept as data, never as a prototype). */
function copyOf(data: Plain): Plain {
  const out: Plain = {};
  for (const key of Object.keys(data))
    Object.defineProperty(out, key, {
      value: data[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

function scenarioFrom0(old: Plain): Plain {
  const next = copyOf(old);
  next.version = 1;
  if (Object.hasOwn(next, 'title')) {
    if (!Object.hasOwn(next, 'name')) next.name = next.title;
    delete next.title;
  }
  const strategies = next.strategies;
  if (isPlainObject(strategies)) {
    const states: Plain = isPlainObject(next.states) ? copyOf(next.states) : {};
    for (const code of STATE_CODES) {
      if (!Object.hasOwn(strategies, code)) continue;
      const own = isPlainObject(states[code]) ? copyOf(states[code] as Plain) : {};
      // a strategy given with the state's own settings wins over the old separate map
      if (!Object.hasOwn(own, 'strategy')) own.strategy = strategies[code];
      states[code] = own;
    }
    // codes the old map had that are not states are kept, so that the schema names them
    for (const key of Object.keys(strategies)) {
      if (!(STATE_CODES as readonly string[]).includes(key)) states[key] = { strategy: strategies[key] };
    }
    next.states = states;
    delete next.strategies;
  }
  return next;
}

/**
 * A scenario in the current format, or a refusal when it comes from a newer version. Data that is not an object, or
 * whose version is not a format number, is passed through unchanged for the schema to describe.
 */
export function migrateScenario(raw: unknown): Migration {
  if (!isPlainObject(raw)) return { ok: true, value: raw, migrated: false };
  const format = formatOf(raw);
  if (format === undefined || format === SCENARIO_VERSION) return { ok: true, value: raw, migrated: false };
  if (format > SCENARIO_VERSION) return newer({ what: 'scenario', format, current: SCENARIO_VERSION });
  return { ok: true, value: scenarioFrom0(raw), migrated: true };
}

/** Data that looks like a scenario rather than a workspace: a format-0 link or autosave. */
function looksLikeScenario(data: Plain): boolean {
  return (
    !Object.hasOwn(data, 'branches') &&
    ['seed', 'rounds', 'name', 'title', 'timeline'].some((k) => Object.hasOwn(data, k))
  );
}

/** A workspace in the current format (its branches' scenarios migrated too), or a refusal naming the newer format. */
export function migrateWorkspace(raw: unknown): Migration {
  if (!isPlainObject(raw)) return { ok: true, value: raw, migrated: false };
  if (looksLikeScenario(raw)) {
    const scenario = migrateScenario(raw);
    if (!scenario.ok) return scenario;
    const value = {
      version: 1,
      branches: [
        { id: MAIN_BRANCH, name: MAIN_BRANCH_NAME, parent: null, fromRound: 0, scenario: scenario.value },
      ],
      active: MAIN_BRANCH,
      compare: null,
    };
    return { ok: true, value, migrated: true };
  }
  const format = formatOf(raw);
  if (format !== undefined && format > WORKSPACE_VERSION)
    return newer({ what: 'workspace', format, current: WORKSPACE_VERSION });
  if (!Array.isArray(raw.branches)) return { ok: true, value: raw, migrated: false };
  let migrated = false;
  const branches: unknown[] = [];
  for (const branch of raw.branches) {
    if (!isPlainObject(branch)) {
      branches.push(branch);
      continue;
    }
    const scenario = migrateScenario(branch.scenario);
    if (!scenario.ok) return scenario;
    migrated ||= scenario.migrated;
    const next = copyOf(branch);
    next.scenario = scenario.value;
    branches.push(next);
  }
  const value = copyOf(raw);
  value.branches = branches;
  return { ok: true, value, migrated };
}
