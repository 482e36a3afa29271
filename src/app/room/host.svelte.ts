// The facilitator's side of a room. The facilitator's page plays the model, as always, and is the only writer of the
// room's shared document (the relay lets no other page change it): it publishes the workspace with every hidden
// move's content taken out (roomMessages.ts publicWorkspace), the round on show and the run's fingerprint. Each team
// has a document of its own whose name only the team and the facilitator know (relay/codes.ts teamSecret): the team
// writes its move there, and the facilitator's page checks it like a file (roomMessages.ts readTeamMove), hides it
// in the workspace as the hot seat does (teamPlay.ts hideMove) and answers in the same document. A message that
// fails a check is refused, said on the facilitator's screen and answered to the team; nothing a team writes can
// throw here.

import type * as Y from 'yjs';
import type { StateCode } from '../../model/types.ts';
import { hostToken, joinCode, publicDocName, teamDocName, teamSecret } from '../../relay/codes.ts';
import { checkScenario } from '../../sim/edits.ts';
import { ackText, readTeamMove, sessionText } from '../../sim/roomMessages.ts';
import { hideMove, teamPlayOf } from '../../sim/teamPlay.ts';
import type { AppState } from '../appState.svelte.ts';
import { labelled } from '../i18n/undoLabels.ts';
import { checkDoc, DocLink, worded, type LinkStatus } from './connection.ts';
import { formatBytes } from '../../sim/files/validate.ts';

/** refusals kept on the facilitator's screen, newest first */
const KEPT_REFUSALS = 8;

export interface TeamSeat {
  state: StateCode;
  code: string;
  link: string;
  /** laptops of the team on its document now */
  laptops: number;
  status: LinkStatus;
}

export class RoomHost {
  status: LinkStatus | 'starting' = $state('starting');
  /** why the room could not start, or why the relay closed it */
  failure: string | null = $state(null);
  seats: TeamSeat[] = $state([]);
  /** moves and messages refused, newest first, each with the reason */
  refusals: Array<{ id: number; text: string }> = $state([]);
  /** the last session could not be published (too large), or null */
  publishProblem: string | null = $state(null);

  readonly room: string;
  readonly #app: AppState;
  readonly #base: string;
  readonly #token: string;
  readonly #hostKey: string;
  #shared: DocLink | null = null;
  // the open documents, never drawn (the seats are): a plain Map on purpose
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #teams = new Map<StateCode, { link: DocLink; moves: Y.Map<unknown> }>();
  #refusalId = 0;
  #lastSession = '';

  constructor(app: AppState, base: string, room: string, hostKey: string) {
    this.#app = app;
    this.#base = base;
    this.room = room;
    this.#hostKey = hostKey;
    this.#token = hostToken(room, hostKey);
  }

  /** Opens the shared document, after asking the relay; false (with `failure` said) when it cannot. */
  async start(): Promise<boolean> {
    // the teams' codes are HMACs (Web Crypto), which a browser offers only to a page on https or on this machine
    if (!globalThis.crypto?.subtle) {
      this.failure = worded((t) => t.roomWords.notLocal);
      this.status = 'closed';
      return false;
    }
    const problem = await checkDoc(this.#base, publicDocName(this.room), this.#token);
    if (problem) {
      this.failure = problem;
      this.status = 'closed';
      return false;
    }
    this.#shared = new DocLink(this.#base, publicDocName(this.room), this.#token, {
      status: (s) => (this.status = s),
      closed: (message) => (this.failure = message),
    });
    return true;
  }

  /** Keeps a document open for each team playing by hand, and closes those of teams that no longer are. */
  async seat(teams: readonly StateCode[]) {
    for (const [state, team] of this.#teams) {
      if (teams.includes(state)) continue;
      team.link.destroy();
      this.#teams.delete(state);
    }
    for (const state of teams) {
      if (this.#teams.has(state)) continue;
      const secret = await teamSecret(this.#hostKey, this.room, state);
      if (this.#teams.has(state) || !this.#shared) continue;
      const link = new DocLink(this.#base, teamDocName(this.room, state, secret), this.#token, {
        status: (s) => this.#seatChanged(state, { status: s }),
        closed: (message) => this.#refuse(state, message),
        others: (n) => this.#seatChanged(state, { laptops: n }),
        synced: () => this.#read(state),
      });
      const moves = link.map('team');
      moves.observe((event) => {
        if (!event.transaction.local && event.keysChanged.has('move')) this.#read(state);
      });
      this.#teams.set(state, { link, moves });
      const code = joinCode(this.room, state, secret);
      this.seats = [
        ...this.seats.filter((s) => s.state !== state),
        { state, code, link: `${this.#base}/?join=${code}`, laptops: 0, status: 'connecting' as const },
      ].sort((a, b) => teams.indexOf(a.state) - teams.indexOf(b.state));
    }
    this.seats = this.seats.filter((s) => teams.includes(s.state));
  }

  /**
   * Publishes the session: the workspace without the hidden moves' contents, the round on show, the fingerprint of
   * the run on view once it is done. Written only when it changed.
   */
  publish(fingerprint: string | null) {
    const shared = this.#shared;
    if (!shared) return;
    const text = sessionText(this.#app.workspace, this.#app.shown, fingerprint);
    this.publishProblem = text.ok
      ? null
      : worded((t) => t.roomWords.tooLargeForRoom(formatBytes(text.size), formatBytes(text.most)));
    if (!text.ok || text.value === this.#lastSession) return;
    this.#lastSession = text.value;
    shared.map('room').set('session', text.value);
  }

  /** After a reveal or an undo, the moves teams still hold for the round now waited for are read again. */
  rereadAll() {
    for (const state of this.#teams.keys()) this.#read(state);
  }

  close() {
    this.#shared?.destroy();
    this.#shared = null;
    for (const team of this.#teams.values()) team.link.destroy();
    this.#teams.clear();
    this.seats = [];
    this.status = 'closed';
  }

  #seatChanged(state: StateCode, change: Partial<TeamSeat>) {
    this.seats = this.seats.map((s) => (s.state === state ? { ...s, ...change } : s));
  }

  #refuse(state: StateCode, text: string, answer?: { round: number; move: string }) {
    this.refusals = [{ id: ++this.#refusalId, text }, ...this.refusals].slice(0, KEPT_REFUSALS);
    if (answer) this.#answer(state, { ...answer, status: 'refused', message: text });
  }

  #answer(state: StateCode, ack: { round: number; move: string; status: 'in' | 'refused'; message: string }) {
    const team = this.#teams.get(state);
    if (!team) return;
    const text = ackText(ack);
    if (team.moves.get('ack') !== text) team.moves.set('ack', text);
  }

  /** Reads a team's move from its document and hides it in the workspace, or refuses it. */
  #read(state: StateCode) {
    const team = this.#teams.get(state);
    if (!team) return;
    const raw = team.moves.get('move');
    if (raw === undefined) return;
    const app = this.#app;
    const next = app.holdAt === null ? null : app.holdAt + 1;
    const quoted = typeof raw === 'string' ? raw.slice(0, 16 * 1024) : '';
    const read = readTeamMove(raw, state);
    if (!read.ok) {
      const problem = read.problem;
      this.#refuse(
        state,
        worded((t) => t.roomWords.moveUnread(t.states[state], t.roomWords.moveProblem(problem))),
        { round: next ?? 0, move: quoted },
      );
      return;
    }
    const move = read.value;
    // a move for a round already revealed is what the team's document still holds from before: nothing to do
    if (next === null || move.round < next) return;
    const branch = app.active;
    if (move.round > next) {
      this.#refuse(
        state,
        worded((t) => t.roomWords.moveLate(t.states[state], move.round, next)),
        { round: move.round, move: quoted },
      );
      return;
    }
    const hidden = teamPlayOf(branch).hidden.find((h) => h.state === state && h.round === move.round);
    if (hidden && JSON.stringify(hidden.entry) === JSON.stringify(move.entry)) {
      this.#answer(state, { round: move.round, move: quoted, status: 'in', message: '' });
      return;
    }
    const scenario = branch.scenario;
    const ok = app.apply(
      labelled((t) => t.app.teamMoveLabel(state, move.round)),
      () =>
        hideMove(app.workspace, branch.id, state, move.round, move.entry, (timeline) =>
          checkScenario({ ...scenario, timeline }),
        ),
    );
    if (!ok) {
      const reason = app.editError;
      const problem = app.editProblem;
      this.#refuse(
        state,
        worded((t) =>
          t.roomWords.moveRefused(
            t.states[state],
            problem ? t.checks.scenario(problem) : (reason ?? t.roomWords.cannotBeMade),
          ),
        ),
        { round: move.round, move: quoted },
      );
      return;
    }
    this.#answer(state, { round: move.round, move: quoted, status: 'in', message: '' });
  }
}
