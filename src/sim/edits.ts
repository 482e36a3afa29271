// Every change a user can make to the workspace, each as an immer recipe for one undoable step (see history.ts).
// Checks that need the whole scenario (the schema, firm ids, a relax after its impose) run before the recipe, so an
// edit that would break the scenario is refused with a message and the workspace stays as it was.

import type { Draft } from 'immer';
import { parseScenario, ScenarioError, type Scenario, type TimelineEntry } from '../model/scenario.ts';
import type { ParamKey } from '../model/params.ts';
import type { StateCode, StrategyId } from '../model/types.ts';
import type { TeamPlay } from './teamPlay.ts';
import {
  comparedIds,
  MAIN_BRANCH,
  MAX_BRANCHES,
  MAX_COMPARED,
  type BranchSpec,
  type Workspace,
} from './workspace.ts';

export type Recipe = (draft: Draft<Workspace>) => void;

export function branchOf(workspace: Workspace, id: string): BranchSpec {
  const branch = workspace.branches.find((b) => b.id === id);
  if (!branch) throw new Error(`no branch "${id}"`);
  return branch;
}

export function activeBranch(workspace: Workspace): BranchSpec {
  return branchOf(workspace, workspace.active);
}

function draftBranch(draft: Draft<Workspace>, id: string) {
  const branch = draft.branches.find((b) => b.id === id);
  if (!branch) throw new Error(`no branch "${id}"`);
  return branch;
}

/** A branch and every branch made from it (or from those), the branch itself first. */
export function descendantsOf(workspace: Workspace, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const b of workspace.branches) if (b.parent === out[i] && !out.includes(b.id)) out.push(b.id);
  }
  return out;
}

export function setParam(branchId: string, key: ParamKey, value: number): Recipe {
  return (draft) => {
    draftBranch(draft, branchId).scenario.params[key] = value;
  };
}

export function setNoise(branchId: string, noise: number): Recipe {
  return (draft) => {
    draftBranch(draft, branchId).scenario.noise = noise;
  };
}

export function setStrategy(branchId: string, state: StateCode, strategy: StrategyId): Recipe {
  return (draft) => {
    const states = draftBranch(draft, branchId).scenario.states;
    states[state] = { ...(states[state] ?? {}), strategy };
  };
}

/**
 * The seed, the number of firms and the number of rounds belong to the whole workspace: a branch shares its parent's
 * firms and random streams, and two branches are compared round by round on the same axis.
 */
export function setShared(field: 'seed' | 'firms' | 'rounds', value: number): Recipe {
  return (draft) => {
    for (const b of draft.branches) b.scenario[field] = value;
  };
}

/** Checks a branch's scenario as the engine will read it; throws ScenarioError with the field and the reason. */
export function checkScenario(scenario: Scenario): Scenario {
  return parseScenario(structuredClone(scenario));
}

/**
 * Adds (index null) or replaces a timeline entry of a branch, after checking the whole scenario with it. A branch
 * cannot change rounds before its own first round: those are its parent's.
 */
export function putTimelineEntry(
  workspace: Workspace,
  branchId: string,
  index: number | null,
  entry: TimelineEntry,
): Recipe {
  const branch = branchOf(workspace, branchId);
  if (branch.parent !== null && entry.round < branch.fromRound) {
    throw new ScenarioError({ kind: 'branch-starts', from: branch.fromRound });
  }
  if (entry.round > branch.scenario.rounds) {
    throw new ScenarioError({ kind: 'run-ends', rounds: branch.scenario.rounds });
  }
  const timeline = [...branch.scenario.timeline];
  if (index === null) timeline.push(entry);
  else timeline[index] = entry;
  const checked = checkScenario({ ...branch.scenario, timeline });
  return (draft) => {
    draftBranch(draft, branchId).scenario.timeline = checked.timeline as Draft<TimelineEntry>[];
  };
}

export function removeTimelineEntry(workspace: Workspace, branchId: string, index: number): Recipe {
  const branch = branchOf(workspace, branchId);
  const entry = branch.scenario.timeline[index];
  if (!entry) throw new ScenarioError({ kind: 'no-entry', index });
  if (branch.parent !== null && entry.round < branch.fromRound) {
    throw new ScenarioError({ kind: 'before-branch', index, round: entry.round, from: branch.fromRound });
  }
  checkScenario({ ...branch.scenario, timeline: branch.scenario.timeline.filter((_, i) => i !== index) });
  return (draft) => {
    draftBranch(draft, branchId).scenario.timeline.splice(index, 1);
  };
}

/**
 * The entries that depend on a timeline entry (its index first): for an impose, every lift and join naming its
 * measure. Removing the entry alone would leave them naming a measure never imposed.
 */
export function dependentsOf(timeline: readonly TimelineEntry[], index: number): number[] {
  const entry = timeline[index];
  if (!entry || entry.action !== 'impose') return [];
  const id = entry.measure.id;
  // another impose of the same id would still stand for them (the schema allows one only, but be sure)
  if (timeline.some((e, i) => i !== index && e.action === 'impose' && e.measure.id === id)) return [];
  return timeline.flatMap((e, i) => (e.action !== 'impose' && e.measureId === id ? [i] : []));
}

/**
 * Removes several timeline entries of a branch as one step (a measure and the lifts and joins that name it), after
 * checking the scenario without them.
 */
export function removeTimelineEntries(
  workspace: Workspace,
  branchId: string,
  indices: readonly number[],
): Recipe {
  const branch = branchOf(workspace, branchId);
  const gone = new Set(indices);
  for (const index of gone) {
    const entry = branch.scenario.timeline[index];
    if (!entry) throw new ScenarioError({ kind: 'no-entry', index });
    if (branch.parent !== null && entry.round < branch.fromRound) {
      throw new ScenarioError({ kind: 'before-branch', index, round: entry.round, from: branch.fromRound });
    }
  }
  const timeline = branch.scenario.timeline.filter((_, i) => !gone.has(i));
  checkScenario({ ...branch.scenario, timeline });
  return (draft) => {
    const scenario = draftBranch(draft, branchId).scenario;
    scenario.timeline = scenario.timeline.filter((_, i) => !gone.has(i));
  };
}

/** A fresh id for a new branch: short, stable, and unused in this workspace. */
export function nextBranchId(workspace: Workspace): string {
  const used = new Set(workspace.branches.map((b) => b.id));
  let n = workspace.branches.length;
  while (used.has(`branch-${n}`)) n++;
  return `branch-${n}`;
}

/**
 * Starts a branch from the active one at a round: rounds before it are shared, and the copy of the scenario it gets
 * governs from that round on. The new branch becomes the active one; the one it came from is compared with it first,
 * and the branches compared before stay compared after it.
 */
export function createBranch(
  workspace: Workspace,
  name: string,
  fromRound: number,
): { id: string; recipe: Recipe } {
  if (workspace.branches.length >= MAX_BRANCHES) {
    throw new ScenarioError({ kind: 'branches-most', most: MAX_BRANCHES });
  }
  const parent = activeBranch(workspace);
  const id = nextBranchId(workspace);
  const clean = name.trim().slice(0, 80) || `Branch at round ${fromRound}`;
  const start = Math.max(fromRound, parent.fromRound);
  // the branches compared so far stay compared, after the parent (at most MAX_COMPARED in all)
  const before = comparedIds(workspace);
  return {
    id,
    recipe: (draft) => {
      draft.branches.push({
        id,
        name: clean,
        parent: parent.id,
        fromRound: start,
        scenario: structuredClone(parent.scenario) as Draft<Scenario>,
        // the teams' choices, hidden moves and score weights go with the timeline they belong to
        ...(parent.team ? { team: structuredClone(parent.team) as Draft<TeamPlay> } : {}),
      });
      draft.active = id;
      draft.compare = parent.id;
      draft.compareAlso = before.filter((b) => b !== parent.id);
      tidyCompared(draft);
    },
  };
}

export function renameBranch(branchId: string, name: string): Recipe {
  const clean = name.trim().slice(0, 80);
  if (clean.length === 0) throw new ScenarioError({ kind: 'branch-name' });
  return (draft) => {
    draftBranch(draft, branchId).name = clean;
  };
}

/** Deletes a branch and the branches made from it; the main line stays. */
export function deleteBranch(workspace: Workspace, branchId: string): Recipe {
  if (branchId === MAIN_BRANCH) throw new ScenarioError({ kind: 'main-run' });
  const gone = new Set(descendantsOf(workspace, branchId));
  const parent = branchOf(workspace, branchId).parent ?? MAIN_BRANCH;
  return (draft) => {
    draft.branches = draft.branches.filter((b) => !gone.has(b.id));
    if (gone.has(draft.active)) draft.active = parent;
    tidyCompared(draft);
  };
}

/**
 * Keeps the compared branches true after an edit: each once, never the branch on view, only branches that exist, at
 * most MAX_COMPARED; `compare` holds the first of them (or null) and `compareAlso` the rest, left out when empty,
 * so a workspace comparing one branch is written as it always was.
 */
function tidyCompared(draft: Draft<Workspace>) {
  const ids = comparedIds(draft as Workspace);
  draft.compare = ids[0] ?? null;
  const also = ids.slice(1);
  if (also.length > 0) draft.compareAlso = also;
  else if (draft.compareAlso !== undefined) delete draft.compareAlso;
}

/** Switches the branch on view; were it compared, it leaves the comparison (a branch is never compared with itself). */
export function switchBranch(branchId: string): Recipe {
  return (draft) => {
    draftBranch(draft, branchId);
    draft.active = branchId;
    tidyCompared(draft);
  };
}

/** The first compared branch ("Compare with"); null compares nothing, and ends the other comparisons too. */
export function setCompare(branchId: string | null): Recipe {
  return (draft) => {
    if (branchId !== null) draftBranch(draft, branchId);
    if (branchId === null || branchId === draft.active) {
      draft.compare = null;
      if (draft.compareAlso !== undefined) delete draft.compareAlso;
      return;
    }
    draft.compare = branchId;
    tidyCompared(draft);
  };
}

/**
 * Adds a branch to the comparison after the ones already compared ("Also compare"), or takes it out. Refused with a
 * reason when nothing is compared yet (choose "Compare with" first) or when MAX_COMPARED branches are compared.
 */
export function setAlsoCompared(workspace: Workspace, branchId: string, on: boolean): Recipe {
  branchOf(workspace, branchId);
  const ids = comparedIds(workspace);
  if (on && !ids.includes(branchId)) {
    if (branchId === workspace.active) throw new ScenarioError({ kind: 'compare-self' });
    if (ids.length === 0) throw new ScenarioError({ kind: 'compare-none' });
    if (ids.length >= MAX_COMPARED) throw new ScenarioError({ kind: 'compare-most', most: MAX_COMPARED });
  }
  const next = on ? (ids.includes(branchId) ? ids : [...ids, branchId]) : ids.filter((id) => id !== branchId);
  return (draft) => {
    draft.compare = next[0] ?? null;
    const also = next.slice(1);
    if (also.length > 0) draft.compareAlso = also;
    else if (draft.compareAlso !== undefined) delete draft.compareAlso;
  };
}
