// The facilitator's answer to a team's move, in the language on view on the team's laptop. The answer carries the
// facilitator's English (sim/roomMessages.ts MoveAck: its format is shared with pages of other versions, so it gains
// no field); the team's page reads the known sentences back to their parts and says them through its own catalog.
// A sentence it does not know, or a reason it cannot read back (a move that is not a move's JSON, which only a laptop
// not running this page sends), is shown as it came, in English.

import { readScenarioProblem } from '../../model/errors.ts';
import type { SessionProblem } from '../../sim/roomMessages.ts';
import { STATE_CODES, type StateCode } from '../../model/types.ts';
import { en, type Messages } from '../i18n/en.ts';
import { roomWordsIn } from './connection.ts';

/** The answer's refusal in the catalog's language, where it is a sentence the facilitator's page writes. */
export function ackWordsIn(message: string, t: Messages): string {
  for (const state of STATE_CODES) {
    const words = ackWords(message, state);
    if (words) return words(t);
  }
  return roomWordsIn(message, t);
}

function ackWords(message: string, state: StateCode): ((t: Messages) => string) | null {
  const name = en.states[state];
  const refusedStart = en.roomWords.moveRefused(name, '');
  const start = refusedStart.slice(0, -1); // "The … team's move was refused: "
  if (message.startsWith(start) && message.endsWith('.')) {
    const late = /^it is for round (\d+), and the session waits for moves for round (\d+)\.$/.exec(
      message.slice(start.length),
    );
    if (late) {
      const [round, next] = [Number(late[1]), Number(late[2])];
      if (en.roomWords.moveLate(name, round, next) === message)
        return (t) => t.roomWords.moveLate(t.states[state], round, next);
    }
    const reason = message.slice(start.length, -1);
    if (reason === en.roomWords.cannotBeMade)
      return (t) => t.roomWords.moveRefused(t.states[state], t.roomWords.cannotBeMade);
    const problem = readScenarioProblem(reason);
    if (problem) return (t) => t.roomWords.moveRefused(t.states[state], t.checks.scenario(problem));
    return null;
  }
  const unreadStart = en.roomWords.moveUnread(name, '');
  if (message.startsWith(unreadStart)) {
    const detail = message.slice(unreadStart.length);
    if (detail === en.roomWords.moveProblem({ kind: 'not-text' }))
      return (t) => t.roomWords.moveUnread(t.states[state], t.roomWords.moveProblem({ kind: 'not-text' }));
    for (const other of STATE_CODES)
      if (detail === en.roomWords.moveProblem({ kind: 'other-state', state: other }))
        return (t) =>
          t.roomWords.moveUnread(
            t.states[state],
            t.roomWords.moveProblem({ kind: 'other-state', state: other }),
          );
  }
  return null;
}

/** Why the facilitator's session cannot be read on a team's page, as a sentence of the catalogs (sessionUnread). */
export function sessionWords(problem: SessionProblem): (t: Messages) => string {
  // the checker's reason in the language on view, as the rest of the sentence
  const detail = (t: Messages) =>
    problem.kind === 'not-text'
      ? t.roomWords.sessionNotText
      : problem.kind === 'reason'
        ? t.checks.sentence(problem.reason)
        : t.checks.link(problem.problem);
  return (t) => t.roomWords.sessionUnread(detail(t), problem.kind === 'link');
}
