// Hot-seat team play, as data in a branch of the workspace: the moves teams have made for the next round but that stay
// hidden until every team is in, the choices that put nothing in the timeline (a team that did nothing, or one the
// facilitator skipped), and the weights of the teams' scores. A revealed move is an ordinary timeline entry (its
// note says which team made it), so it is run, undone, branched and shared like any edit; everything here is in the
// workspace too, so a reload or a link comes back at the same round with the same choices.

import { z } from 'zod';
import type { Draft } from 'immer';
import { scenarioSchema, ScenarioError, type TimelineEntry } from '../model/scenario.ts';
import { MAX_ROUNDS } from '../model/scenario.ts';
import { STATE_CODES, type StateCode } from '../model/types.ts';
import { stateName } from '../model/names.ts';
import { DEFAULT_WEIGHTS, weightsSchema, type ScoreWeights } from './scoring.ts';
import type { BranchSpec, Workspace } from './workspace.ts';

/** A choice that adds nothing to the timeline: the team did nothing, or the facilitator skipped it for the round. */
export type TeamChoiceKind = 'nothing' | 'skipped';

export interface TeamChoice {
  state: StateCode;
  /** the round the choice is for (moves made at the round before it happen in it) */
  round: number;
  choice: TeamChoiceKind;
}

/** A team's move for `round`, entered behind the hand-over screen and hidden until every team is in; null: do nothing. */
export interface HiddenMove {
  state: StateCode;
  round: number;
  entry: TimelineEntry | null;
}

export interface TeamPlay {
  choices: TeamChoice[];
  hidden: HiddenMove[];
  /** the scores' weights; absent: DEFAULT_WEIGHTS */
  weights?: ScoreWeights;
  /** the latest round whose moves were revealed: a team that joins later is waited for only after it */
  revealed?: number;
}

const stateCode = z.enum(STATE_CODES);
const round = z.number().int().min(1).max(MAX_ROUNDS);
/** the scenario format's own timeline entry, so a hidden move is checked exactly as a revealed one */
const entrySchema = scenarioSchema.shape.timeline.unwrap().element;

/** a hidden move as a workspace keeps it, and as a team's laptop sends it in a room (app/room/) */
export const hiddenMoveSchema = z.strictObject({ state: stateCode, round, entry: entrySchema.nullable() });

export const teamPlaySchema = z.strictObject({
  choices: z
    .array(z.strictObject({ state: stateCode, round, choice: z.enum(['nothing', 'skipped']) }))
    .max(STATE_CODES.length * MAX_ROUNDS),
  hidden: z.array(hiddenMoveSchema).max(STATE_CODES.length),
  weights: weightsSchema.optional(),
  revealed: round.optional(),
});

const EMPTY: TeamPlay = { choices: [], hidden: [] };

/** A branch's team play, empty for a branch without one (every file and link made before team play). */
export function teamPlayOf(branch: Pick<BranchSpec, 'team'>): TeamPlay {
  return branch.team ?? EMPTY;
}

export function weightsOf(branch: Pick<BranchSpec, 'team'>): ScoreWeights {
  return branch.team?.weights ?? DEFAULT_WEIGHTS;
}

/**
 * The note every move a team makes carries; the event log tells it after the event. It marks a timeline entry as a
 * team's move (humanMoves.ts isTeamMove), so it is data: the same English in every language.
 */
export function teamNote(self: StateCode): string {
  return `Move by the ${stateName(self)} team`;
}

/** The state that takes a timeline step: the maker of an imposed measure, the joiner, or the maker of what is lifted. */
export function actorOf(entry: TimelineEntry, timeline: readonly TimelineEntry[]): StateCode | undefined {
  if (entry.action === 'impose') return entry.measure.maker;
  if (entry.action === 'join') return entry.state;
  for (const e of timeline)
    if (e.action === 'impose' && e.measure.id === entry.measureId) return e.measure.maker;
  return undefined;
}

/** What is wrong with a branch's hidden moves, as data; `path` ends with the branch's team ("branches.0.team."). */
export type TeamPlayProblem =
  | { kind: 'second-hidden'; path: string; index: number; state: StateCode; round: number }
  | { kind: 'after-end'; path: string; index: number; rounds: number }
  | { kind: 'dated'; path: string; index: number; round: number; dated: number }
  | { kind: 'not-own'; path: string; index: number; state: StateCode };

/** A problem in English, as a file's refusal says it. */
export function teamPlayProblemText(p: TeamPlayProblem): string {
  const at = `field ${p.path}hidden.${p.index}`;
  switch (p.kind) {
    case 'second-hidden':
      return `${at}: a second hidden move for ${p.state} at round ${p.round}`;
    case 'after-end':
      return `${at}.round: the run ends at round ${p.rounds}`;
    case 'dated':
      return `${at}.entry.round: a move for round ${p.round} is dated round ${p.dated}`;
    case 'not-own':
      return `${at}.entry: a move hidden for ${p.state} is not ${p.state}'s own`;
  }
}

/**
 * What is wrong with a branch's team play that its schema cannot see, or null: a hidden move must be its own team's
 * (a move made for China is China's measure) and dated the round it is for, and one per team and round.
 */
export function teamPlayProblem(branch: BranchSpec, path: string): TeamPlayProblem | null {
  const play = branch.team;
  if (!play) return null;
  const seen = new Set<string>();
  for (const [index, h] of play.hidden.entries()) {
    const key = `${h.state}@${h.round}`;
    if (seen.has(key)) return { kind: 'second-hidden', path, index, state: h.state, round: h.round };
    seen.add(key);
    if (h.round > branch.scenario.rounds)
      return { kind: 'after-end', path, index, rounds: branch.scenario.rounds };
    if (!h.entry) continue;
    if (h.entry.round !== h.round)
      return { kind: 'dated', path, index, round: h.round, dated: h.entry.round };
    const timeline = branch.scenario.timeline;
    if (actorOf(h.entry, timeline) !== h.state) return { kind: 'not-own', path, index, state: h.state };
  }
  return null;
}

function draftTeam(draft: Draft<Workspace>, branchId: string): Draft<TeamPlay> {
  const branch = draft.branches.find((b) => b.id === branchId);
  if (!branch) throw new Error(`no branch "${branchId}"`);
  branch.team ??= { choices: [], hidden: [] };
  return branch.team;
}

function branchIn(workspace: Workspace, branchId: string): BranchSpec {
  const branch = workspace.branches.find((b) => b.id === branchId);
  if (!branch) throw new Error(`no branch "${branchId}"`);
  return branch;
}

/** the first round whose moves a branch decides: its own first round, and never round 0 (the calibrated start) */
export function firstMoveRound(branch: Pick<BranchSpec, 'fromRound'>): number {
  return Math.max(1, branch.fromRound);
}

/**
 * A team's move for `round`, hidden until every team is in (it replaces the team's earlier hidden move for the
 * round). `check` is the whole scenario's check with the entry added (edits.ts checkScenario), so a move that could
 * not be revealed is refused now, with the reason, while the team is still at its form.
 */
export function hideMove(
  workspace: Workspace,
  branchId: string,
  state: StateCode,
  round: number,
  entry: TimelineEntry | null,
  check: (timeline: TimelineEntry[]) => void,
): (draft: Draft<Workspace>) => void {
  const branch = branchIn(workspace, branchId);
  if (round < firstMoveRound(branch) || round > branch.scenario.rounds)
    throw new ScenarioError({
      kind: 'move-rounds',
      first: firstMoveRound(branch),
      last: branch.scenario.rounds,
    });
  if (entry) {
    if (entry.round !== round) throw new ScenarioError({ kind: 'move-round', round });
    if (actorOf(entry, branch.scenario.timeline) !== state) throw new ScenarioError({ kind: 'not-own' });
    check([...branch.scenario.timeline, entry]);
  }
  return (draft) => {
    const team = draftTeam(draft, branchId);
    team.hidden = team.hidden.filter((h) => !(h.state === state && h.round === round));
    team.hidden.push({ state, round, entry: entry as Draft<TimelineEntry> | null });
    team.choices = team.choices.filter((c) => !(c.state === state && c.round === round));
  };
}

/** The facilitator moves on without a team for `round`: it does nothing then, and its hidden move (if any) is dropped. */
export function skipTeam(
  workspace: Workspace,
  branchId: string,
  state: StateCode,
  round: number,
): (draft: Draft<Workspace>) => void {
  branchIn(workspace, branchId);
  return (draft) => {
    const team = draftTeam(draft, branchId);
    team.hidden = team.hidden.filter((h) => !(h.state === state && h.round === round));
    team.choices = team.choices.filter((c) => !(c.state === state && c.round === round));
    team.choices.push({ state, round, choice: 'skipped' });
  };
}

/**
 * Every hidden move for `round` made public at once: a move joins the timeline, "do nothing" becomes a stored choice.
 * The timeline with all of them is checked first (`check`), so the reveal happens whole or not at all.
 */
export function revealMoves(
  workspace: Workspace,
  branchId: string,
  round: number,
  check: (timeline: TimelineEntry[]) => TimelineEntry[],
): (draft: Draft<Workspace>) => void {
  const branch = branchIn(workspace, branchId);
  const hidden = teamPlayOf(branch).hidden.filter((h) => h.round === round);
  const ordered = STATE_CODES.flatMap((s) => hidden.filter((h) => h.state === s));
  const entries = ordered.flatMap((h) => (h.entry ? [h.entry] : []));
  const timeline = check([...branch.scenario.timeline, ...entries]);
  return (draft) => {
    const team = draftTeam(draft, branchId);
    const target = draft.branches.find((b) => b.id === branchId)!;
    target.scenario.timeline = timeline as Draft<TimelineEntry>[];
    for (const h of ordered) if (!h.entry) team.choices.push({ state: h.state, round, choice: 'nothing' });
    team.hidden = team.hidden.filter((h) => h.round !== round);
    team.revealed = Math.max(team.revealed ?? 0, round);
  };
}

export function setWeights(
  workspace: Workspace,
  branchId: string,
  weights: ScoreWeights,
): (draft: Draft<Workspace>) => void {
  const parsed = weightsSchema.safeParse(weights);
  if (!parsed.success) throw new ScenarioError({ kind: 'weights' });
  branchIn(workspace, branchId);
  return (draft) => {
    draftTeam(draft, branchId).weights = { ...parsed.data };
  };
}

/** How a team stands for a round: still to move, in (its move hidden), or its choice made public. */
export type TeamStatus = 'waiting' | 'hidden' | 'moved' | 'nothing' | 'skipped';

/**
 * Each team's status for `round`. `moved(state, round)` says whether the timeline holds a move of that team's at that
 * round (the app knows the team's note); a choice or a hidden move comes from the branch's team play.
 */
export function teamStatus(
  branch: Pick<BranchSpec, 'team'>,
  teams: readonly StateCode[],
  round: number,
  moved: (state: StateCode, round: number) => boolean,
): Record<StateCode, TeamStatus> {
  const play = teamPlayOf(branch);
  const out = {} as Record<StateCode, TeamStatus>;
  for (const s of teams) {
    const choice = play.choices.find((c) => c.state === s && c.round === round);
    if (choice) out[s] = choice.choice;
    else if (moved(s, round)) out[s] = 'moved';
    else if (play.hidden.some((h) => h.state === s && h.round === round)) out[s] = 'hidden';
    else out[s] = 'waiting';
  }
  return out;
}

/** Whether a team's choice for a round is public: moved, did nothing or skipped (a hidden move is not yet). */
export const isSettled = (status: TeamStatus) => status !== 'waiting' && status !== 'hidden';

/**
 * The round the session is at: the first round (from the one before the branch's first move round) whose next round
 * some team has not settled; play stops there. Null when there are no teams or every round is settled. A team that
 * joins a session under way (a state set to "Human team" at round 5) is waited for after the latest round revealed,
 * not from the start: the rounds before it joined were played without it.
 */
export function sessionRound(
  branch: Pick<BranchSpec, 'team' | 'fromRound' | 'scenario'>,
  teams: readonly StateCode[],
  moved: (state: StateCode, round: number) => boolean,
): number | null {
  if (teams.length === 0) return null;
  const settled = new Set<string>();
  for (const c of teamPlayOf(branch).choices) settled.add(`${c.state}@${c.round}`);
  const isSettled = (s: StateCode, round: number) => settled.has(`${s}@${round}`) || moved(s, round);
  const first = firstMoveRound(branch);
  const last = branch.scenario.rounds;
  // the session's progress: the latest round revealed (a branch's own rounds only)
  const revealed = teamPlayOf(branch).revealed ?? 0;
  const latest = revealed >= first ? revealed : first - 1;
  // the first round each team settled: a team is waited for from then on, and in every round after the progress
  const joined = new Map<StateCode, number>();
  for (const s of teams) {
    for (let k = first; k <= last; k++) {
      if (isSettled(s, k)) {
        joined.set(s, k);
        break;
      }
    }
  }
  const required = (s: StateCode, k: number) => k > latest || k >= (joined.get(s) ?? Infinity);
  for (let r = first - 1; r < last; r++) {
    if (teams.some((s) => required(s, r + 1) && !isSettled(s, r + 1))) return r;
  }
  return null;
}
