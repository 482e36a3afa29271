// A team's side of a room. The laptop reads the facilitator's shared document (the relay lets nobody else write it)
// and checks each session as a share link is checked (roomMessages.ts readSession), then plays that workspace in its
// own worker to draw the same charts: the run is the same bits on every machine (docs/implementation-notes.md,
// "Determinism"), and the facilitator's fingerprint beside this laptop's shows it. The team's move goes into its own
// document, which only the team and the facilitator can name; the move stays there, so a laptop that drops or reloads
// finds it again when it rejoins.

import type * as Y from 'yjs';
import { publicDocName, teamDocName } from '../../relay/codes.ts';
import type { StateCode } from '../../model/types.ts';
import { readAck, readSession, readTeamMove, teamMoveText, type MoveAck } from '../../sim/roomMessages.ts';
import type { HiddenMove } from '../../sim/teamPlay.ts';
import type { AppState } from '../appState.svelte.ts';
import { checkDoc, DocLink, worded, type LinkStatus } from './connection.ts';
import { sessionWords } from './ackWords.ts';

export class RoomTeam {
  status: LinkStatus | 'starting' = $state('starting');
  failure: string | null = $state(null);
  /** the facilitator's session could not be read (it is then not shown), or null */
  sessionProblem: string | null = $state(null);
  /** a session has arrived and been read */
  ready = $state(false);
  /** the facilitator's fingerprint of the run on view, once it is done */
  fingerprint: string | null = $state(null);
  /** the move this team has in its document (the last one sent, from this laptop or another of the team's) */
  move: HiddenMove | null = $state.raw(null);
  moveText: string | null = $state(null);
  ack: MoveAck | null = $state.raw(null);

  readonly state: StateCode;
  readonly room: string;
  readonly #app: AppState;
  readonly #base: string;
  readonly #secret: string;
  #shared: DocLink | null = null;
  #own: DocLink | null = null;
  #mine: Y.Map<unknown> | null = null;
  #token = '';

  constructor(app: AppState, base: string, code: { room: string; state: StateCode; secret: string }) {
    this.#app = app;
    this.#base = base;
    this.room = code.room;
    this.state = code.state;
    this.#secret = code.secret;
  }

  async start(): Promise<boolean> {
    const own = teamDocName(this.room, this.state, this.#secret);
    const problem =
      (await checkDoc(this.#base, own)) ?? (await checkDoc(this.#base, publicDocName(this.room)));
    if (problem) {
      this.failure = problem;
      this.status = 'closed';
      return false;
    }
    const closed = (message: string) => {
      this.failure = message;
      this.status = 'closed';
    };
    this.#own = new DocLink(this.#base, own, undefined, {
      status: (s) => (this.status = s),
      closed,
    });
    this.#mine = this.#own.map('team');
    this.#mine.observe(() => this.#readOwn());
    this.#shared = new DocLink(this.#base, publicDocName(this.room), undefined, {
      status: () => {},
      closed,
    });
    const shared = this.#shared.map('room');
    shared.observe(() => this.#readSession(shared.get('session')));
    return true;
  }

  /** Sends the team's move for a round (null entry: do nothing); it replaces the team's earlier one. */
  send(move: HiddenMove) {
    this.#mine?.set('move', teamMoveText(move));
  }

  close() {
    this.#shared?.destroy();
    this.#own?.destroy();
    this.#shared = this.#own = this.#mine = null;
    this.status = 'closed';
  }

  #readOwn() {
    const raw = this.#mine?.get('move');
    this.moveText = typeof raw === 'string' ? raw : null;
    // the team's own document, but checked all the same: another laptop of the team may have written anything
    const read = raw === undefined ? null : readTeamMove(raw, this.state);
    this.move = read?.ok ? read.value : null;
    const ack = readAck(this.#mine?.get('ack'));
    this.ack = ack && ack.move === this.moveText ? ack : null;
  }

  #readSession(raw: unknown) {
    const read = readSession(raw);
    if (!read.ok) {
      this.sessionProblem = worded(sessionWords(read.problem));
      return;
    }
    this.sessionProblem = null;
    const { workspace, token, shown, fingerprint } = read.value;
    if (token !== this.#token) {
      this.#token = token;
      this.#app.begin(workspace);
    }
    this.#app.setCurrent(shown);
    this.fingerprint = fingerprint;
    this.ready = true;
  }
}
