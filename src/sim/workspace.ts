// The workspace: everything a user has built, as plain data. It is what autosave stores, what a share link carries
// and what undo/redo steps through. A branch is a scenario that takes over from a round of its parent's run.

import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../model/scenario.ts';
import type { ScheduledScenario } from '../model/run.ts';
import { teamPlaySchema, type TeamPlay } from './teamPlay.ts';

/**
 * The newest workspace format this version reads and writes. Format 2 is format 1 with what came later: a branch's
 * `team` (hot-seat play) and the workspace's `compareAlso` (several compared branches). A workspace using neither is
 * still written as format 1 (formatted), so copies of the app from before them open it as before, and a copy from
 * before them refuses one that uses them as "made by a newer version" instead of naming a field it does not know.
 */
export const WORKSPACE_VERSION = 2;
export type WorkspaceFormat = 1 | typeof WORKSPACE_VERSION;
export const MAIN_BRANCH = 'main';
/** the name a new workspace's first branch is given (the app says it in the language on view: i18n/scenarioName.ts) */
export const MAIN_BRANCH_NAME = 'Main run';
/** most branches one workspace keeps: enough for a workshop's what-ifs, few enough to fit in a link */
export const MAX_BRANCHES = 12;
/** most branches compared with the one on view, on the same axes: `compare` and up to three more, so lines stay readable */
export const MAX_COMPARED = 4;
/** most branches compared besides `compare` (the first compared branch): `compareAlso` holds at most these */
export const MAX_COMPARE_ALSO = MAX_COMPARED - 1;

export interface BranchSpec {
  /** stable id, used as a key and in links */
  id: string;
  /** the user's name for it ("No ban"), shown as text, never as HTML */
  name: string;
  /** the branch it forks from; null for the main line */
  parent: string | null;
  /** first round computed with this branch's scenario; rounds before it are the parent's (0 for the main line) */
  fromRound: number;
  scenario: Scenario;
  /**
   * hot-seat team play on this branch (teamPlay.ts): hidden moves, "do nothing" and skipped choices, score weights.
   * Absent in files and links made before team play, and on every branch no team has played.
   */
  team?: TeamPlay;
}

export interface Workspace {
  /** the format it was read or made in; written as the lowest format that holds it (formatted) */
  version: WorkspaceFormat;
  branches: BranchSpec[];
  /** the branch on view */
  active: string;
  /** the branch drawn against the active one, or null; the first of the compared branches */
  compare: string | null;
  /**
   * more branches drawn against the active one after `compare`, in the order chosen (at most MAX_COMPARE_ALSO).
   * Absent in files and links made before several branches could be compared, and left out whenever it is empty, so
   * that a workspace comparing one branch is written exactly as before.
   */
  compareAlso?: string[];
}

export const branchSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().min(1).max(80),
  parent: z.string().max(40).nullable(),
  fromRound: z.number().int().min(0).max(400),
  scenario: scenarioSchema,
  team: teamPlaySchema.optional(),
});

export const workspaceSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(WORKSPACE_VERSION)]),
  branches: z.array(branchSchema).min(1).max(MAX_BRANCHES),
  active: z.string().max(40),
  compare: z.string().max(40).nullable(),
  compareAlso: z.array(z.string().max(40)).max(MAX_COMPARE_ALSO).optional(),
});

/** The lowest format that holds the workspace: 2 when a branch has `team` or `compareAlso` is there, else 1. */
export function formatNeeded(workspace: Workspace): WorkspaceFormat {
  const later = workspace.compareAlso !== undefined || workspace.branches.some((b) => b.team !== undefined);
  return later ? WORKSPACE_VERSION : 1;
}

/** The workspace as it is written (links, autosave, saved entries, files): stamped with formatNeeded. */
export function formatted(workspace: Workspace): Workspace {
  const version = formatNeeded(workspace);
  return workspace.version === version ? workspace : { ...workspace, version };
}

export function newWorkspace(scenario: Scenario): Workspace {
  return {
    version: 1,
    branches: [{ id: MAIN_BRANCH, name: MAIN_BRANCH_NAME, parent: null, fromRound: 0, scenario }],
    active: MAIN_BRANCH,
    compare: null,
  };
}

/**
 * The branches compared with the one on view, in order: `compare` first, then `compareAlso`; each once, never the
 * active branch, and only branches that exist (a file may name one that an edit has since removed).
 */
export function comparedIds(workspace: Workspace): string[] {
  const ids = [workspace.compare, ...(workspace.compareAlso ?? [])];
  const out: string[] = [];
  for (const id of ids) {
    if (id === null || id === workspace.active || out.includes(id)) continue;
    if (!workspace.branches.some((b) => b.id === id)) continue;
    out.push(id);
  }
  return out.slice(0, MAX_COMPARED);
}

/**
 * What the engine needs to run a branch: the main line's scenario and, in order, each ancestor's (and the branch's
 * own) scenario with the round it takes over from. Pass both to runScenario / startRun.
 */
export function scheduleOf(
  workspace: Workspace,
  branchId: string,
): { root: Scenario; schedule: ScheduledScenario[] } {
  const chain: BranchSpec[] = [];
  const seen = new Set<string>();
  let node = workspace.branches.find((b) => b.id === branchId);
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    chain.unshift(node);
    node = node.parent === null ? undefined : workspace.branches.find((b) => b.id === node!.parent);
  }
  if (chain.length === 0) throw new Error(`no branch "${branchId}"`);
  const [root, ...rest] = chain;
  return {
    root: root.scenario,
    schedule: rest.map((b) => ({ fromRound: b.fromRound, scenario: b.scenario })),
  };
}
