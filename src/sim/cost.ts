// What a run costs this machine before it is made, and what a finished one holds in memory: the app asks before it
// starts a large world from outside (a link or a file), and keeps finished runs up to a memory budget, not a count.
// Rough on purpose: the figures are for a sentence ("about 5 minutes and 1.1 GB"), measured on the 2-core machine
// the app is developed on, where a run and its twin take about 35 µs per firm and round.
//
// API:
//   startCost(workspace) -> { runs, firms, rounds, seconds, bytes }   the runs the page starts on opening it
//   isLarge(cost) -> boolean       worth asking first
//   growsLarge(before, after) -> the cost of `after` when an edit makes the world large (worth asking), else null
//   describeCost(cost) -> 'about 5 minutes and 1.1 GB of memory'
//   recordBytes(firms) -> bytes a round record of a run holds;  runBytes(run) -> bytes a RunState holds

import type { RunState } from './protocol.ts';
import { comparedIds, type Workspace } from './workspace.ts';

/** µs a run and its no-measures twin take per firm and round, measured with 400 to 20,000 firms */
export const MICROSECONDS_PER_FIRM_ROUND = 35;
/** bytes of a round record per firm: market share (8) and revenue by customer state (7 × 8) */
export const BYTES_PER_FIRM_ROUND = 64;
/** bytes of a round record that do not grow with the firms (costs, tariffs, flows, events), measured as about 8 KB */
export const BYTES_PER_ROUND = 10_000;
/** a run is held twice while it is made: by the worker that makes it and by the page that draws it */
const COPIES_WHILE_RUNNING = 2;
/** a world worth asking about before it runs: more than this many seconds ... */
export const LARGE_SECONDS = 20;
/** ... or more than this much memory */
export const LARGE_BYTES = 256 * 1024 * 1024;

export interface RunCost {
  /** runs started at once: the branch on view and those compared with it */
  runs: number;
  firms: number;
  rounds: number;
  seconds: number;
  bytes: number;
}

export const recordBytes = (firms: number) => BYTES_PER_ROUND + BYTES_PER_FIRM_ROUND * firms;

/** Memory a run the page keeps holds, from the records it has. */
export function runBytes(run: Pick<RunState, 'records' | 'firms' | 'totalRounds'>): number {
  return run.records.length * recordBytes(run.firms.length);
}

export function startCost(workspace: Workspace): RunCost {
  const ids = new Set([workspace.active, ...comparedIds(workspace)]);
  const branches = workspace.branches.filter((b) => ids.has(b.id));
  // the seed, firms and rounds are shared by every branch of a workspace
  const { firms, rounds } = (branches[0] ?? workspace.branches[0]).scenario;
  const runs = Math.max(1, branches.length);
  const firmRounds = runs * firms * (rounds + 1);
  return {
    runs,
    firms,
    rounds,
    seconds: (firmRounds * MICROSECONDS_PER_FIRM_ROUND) / 1e6,
    bytes: runs * (rounds + 1) * recordBytes(firms) * COPIES_WHILE_RUNNING,
  };
}

export const isLarge = (cost: RunCost) => cost.seconds > LARGE_SECONDS || cost.bytes > LARGE_BYTES;

/**
 * The cost of the workspace an edit makes, when that is worth asking about first: large, and larger than before in
 * time or memory (the firm count raised to 20,000 asks; lowering it from 20,000 to 15,000 does not). Else null.
 */
export function growsLarge(before: Workspace, after: Workspace): RunCost | null {
  const was = startCost(before);
  const cost = startCost(after);
  return isLarge(cost) && (cost.seconds > was.seconds || cost.bytes > was.bytes) ? cost : null;
}

function duration(seconds: number): string {
  if (seconds < 10) return 'a few seconds';
  if (seconds < 90) return `${Math.round(seconds / 10) * 10} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.round(minutes / 60)} hours`;
}

function memory(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.max(1, Math.round(mb / 10) * 10)} MB`;
}

/** "about 5 minutes and 1.1 GB of memory" */
export function describeCost(cost: RunCost): string {
  return `about ${duration(cost.seconds)} and ${memory(cost.bytes)} of memory`;
}
