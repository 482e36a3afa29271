// What crosses a room (app/room/), written and read here so that both ends agree and every message is checked as a
// file or a link is: a team's move is a hidden move of the workspace format (teamPlay.ts hiddenMoveSchema), and the
// facilitator's session carries the workspace as a share link's token (files/link.ts), read back by the same decoder.
// Messages are JSON text in Yjs maps; nothing here trusts one, and nothing here throws.
//
//   teamMoveText(move) -> text                the team's laptop writes it into its own document
//   readTeamMove(raw, team) -> { ok, move } | { ok: false, message }   the facilitator's check, any value in
//   publicWorkspace(ws) -> ws                 the workspace with every hidden move's content taken out
//   sessionText(ws, shown, fingerprint) -> { ok, text } | { ok: false, message }
//   readSession(raw) -> { ok, session } | { ok: false, message }       a team's check of the facilitator's session
//   ackText(ack), readAck(raw)                the facilitator's answer to a team's move

import { z } from 'zod';
import { MAX_ROUNDS } from '../model/scenario.ts';
import { stateName } from '../model/names.ts';
import { STATE_CODES, type StateCode } from '../model/types.ts';
import { decodeWorkspace, encodeWorkspace, MAX_LINK_CHARS, type LinkProblem } from './files/link.ts';
import { checkPart, formatBytes, parseJsonText, reasonText, type Reason } from './files/validate.ts';
import { hiddenMoveSchema, type HiddenMove } from './teamPlay.ts';
import type { Workspace } from './workspace.ts';

/**
 * Longest move accepted, in characters of JSON: the largest move a form can make (a measure on every sector with a
 * long note) is under 1 KB, so 16 KB leaves room and still refuses a flood long before the relay's own cap.
 */
export const MAX_MOVE_CHARS = 16 * 1024;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** Why a team's move is refused as it is read, as data: moveProblemText words it in English (the message's end). */
export type MoveProblem =
  | { kind: 'not-text' }
  | { kind: 'too-large'; size: number; most: number }
  | { kind: 'reason'; reason: Reason }
  | { kind: 'other-state'; state: StateCode };

/** A move's problem in English, a sentence after "... was refused: ". */
export function moveProblemText(p: MoveProblem): string {
  switch (p.kind) {
    case 'not-text':
      return 'it is not a move (not text).';
    case 'too-large':
      return `it is ${formatBytes(p.size)}, and a move is at most ${formatBytes(p.most)}.`;
    case 'reason':
      return `${reasonText(p.reason)}.`;
    case 'other-state':
      return `it is a move for ${stateName(p.state)}, and a team moves for its own state only.`;
  }
}

/** Why the facilitator's session cannot be read, as data. */
export type SessionProblem =
  | { kind: 'not-text' }
  /** the session's own text (JSON, its fields) */
  | { kind: 'reason'; reason: Reason }
  /** the workspace it carries, as a share link's token */
  | { kind: 'link'; problem: LinkProblem };

export function teamMoveText(move: HiddenMove): string {
  return JSON.stringify(move);
}

/**
 * A team's move as the facilitator's page reads it from the team's document: text within MAX_MOVE_CHARS, JSON, a
 * hidden move of the workspace format, and the team's own (a move that names another state is refused: only the team
 * and the facilitator can write this document, so it came from the team's laptop). The message says what was wrong.
 */
export function readTeamMove(
  raw: unknown,
  team: StateCode,
): { ok: true; value: HiddenMove } | { ok: false; message: string; problem: MoveProblem } {
  const refused = (problem: MoveProblem) => ({
    ok: false as const,
    message: `A message from the ${stateName(team)} team's laptop was refused: ${moveProblemText(problem)}`,
    problem,
  });
  if (typeof raw !== 'string') return refused({ kind: 'not-text' });
  if (raw.length > MAX_MOVE_CHARS)
    return refused({ kind: 'too-large', size: raw.length, most: MAX_MOVE_CHARS });
  const json = parseJsonText(raw);
  if (!json.ok) return refused({ kind: 'reason', reason: json.reason });
  const checked = checkPart(hiddenMoveSchema, json.value, 'move');
  if (!checked.ok) return refused({ kind: 'reason', reason: checked.reason });
  const move = checked.value as HiddenMove;
  if (move.state !== team) return refused({ kind: 'other-state', state: move.state });
  return { ok: true, value: move };
}

/**
 * The workspace as every laptop in the room may see it: each hidden move keeps its team and round (so everyone sees
 * who is in) but loses its content, which stays with the facilitator until the moves are revealed.
 */
export function publicWorkspace(workspace: Workspace): Workspace {
  return {
    ...workspace,
    branches: workspace.branches.map((b) =>
      b.team ? { ...b, team: { ...b.team, hidden: b.team.hidden.map((h) => ({ ...h, entry: null })) } } : b,
    ),
  };
}

/** What the facilitator publishes: the workspace (as a link's token), the round on show, and the run's fingerprint. */
export interface RoomSession {
  workspace: Workspace;
  /** the token it came as: a page compares tokens to know whether anything changed */
  token: string;
  shown: number;
  fingerprint: string | null;
}

const sessionSchema = z.strictObject({
  v: z.literal(1),
  workspace: z.string().max(MAX_LINK_CHARS),
  shown: z.number().int().min(0).max(MAX_ROUNDS),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{1,64}$/)
    .nullable(),
});

/** The session's text, or why it cannot be published (a workspace too large for a link is too large for a room). */
export function sessionText(
  workspace: Workspace,
  shown: number,
  fingerprint: string | null,
): { ok: true; value: string } | { ok: false; message: string; size: number; most: number } {
  const token = encodeWorkspace(publicWorkspace(workspace));
  if (token.length > MAX_LINK_CHARS)
    return {
      ok: false,
      message: `This workspace is too large for a room (${formatBytes(token.length)} as a link; the most is ${formatBytes(MAX_LINK_CHARS)}). Remove branches or timeline entries.`,
      size: token.length,
      most: MAX_LINK_CHARS,
    };
  return { ok: true, value: JSON.stringify({ v: 1, workspace: token, shown, fingerprint }) };
}

/**
 * The facilitator's session as a team's page reads it: the same checks as a share link, then the round. A refusal
 * also gives the checker's own sentence (`detail`), for a page that says the rest in another language.
 */
export function readSession(
  raw: unknown,
):
  { ok: true; value: RoomSession } | { ok: false; message: string; detail: string; problem: SessionProblem } {
  const what = "The facilitator's session could not be read";
  const refused = (problem: SessionProblem, detail: string, joint = ': ') => ({
    ok: false as const,
    message: `${what}${joint}${detail}`,
    detail,
    problem,
  });
  if (typeof raw !== 'string') return refused({ kind: 'not-text' }, 'it is not text.');
  const json = parseJsonText(raw);
  if (!json.ok) return refused({ kind: 'reason', reason: json.reason }, `${json.detail}.`);
  const checked = checkPart(sessionSchema, json.value, 'session');
  if (!checked.ok) return refused({ kind: 'reason', reason: checked.reason }, `${checked.detail}.`);
  const decoded = decodeWorkspace(checked.value.workspace);
  if (!decoded.ok) return refused({ kind: 'link', problem: decoded.problem }, decoded.message, '. ');
  const { shown, fingerprint, workspace: token } = checked.value;
  return { ok: true, value: { workspace: decoded.workspace, token, shown, fingerprint } };
}

/** The facilitator's answer to a team's move: in (hidden until the reveal) or refused, with the reason. */
export interface MoveAck {
  round: number;
  status: 'in' | 'refused';
  /** the move's text the answer is about, so that a team sees an answer to the move it now has, not an older one */
  move: string;
  message: string;
}

const ackSchema = z.strictObject({
  round: z.number().int().min(0).max(MAX_ROUNDS),
  status: z.enum(['in', 'refused']),
  move: z.string().max(MAX_MOVE_CHARS),
  message: z.string().max(2000),
});

export const ackText = (ack: MoveAck) => JSON.stringify(ack);

export function readAck(raw: unknown): MoveAck | null {
  if (typeof raw !== 'string' || raw.length > MAX_MOVE_CHARS + 4000) return null;
  const json = parseJsonText(raw);
  if (!json.ok) return null;
  const checked = checkPart(ackSchema, json.value, 'answer');
  return checked.ok ? checked.value : null;
}

/** Whether a text names one of the model's states (a join code's state part). */
export const isStateCode = (text: string): text is StateCode =>
  (STATE_CODES as readonly string[]).includes(text);
