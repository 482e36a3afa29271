// How a page reaches the room's relay: the check it asks first (so a failure has words), the Yjs documents over
// y-websocket, and the sentences for every way it can fail. Shared by the facilitator's page (host.svelte.ts) and a
// team's (team.svelte.ts).

import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CLOSE, type RoomRefusal } from '../../relay/codes.ts';
import { worded } from './roomWords.ts';

// the room's sentences are kept apart (roomWords.ts), so that the main page can word them without loading Yjs
export { roomWordsIn, worded } from './roomWords.ts';

/** What a refusal means for the person at the laptop. */
export function refusalWords(why: RoomRefusal | 'unreachable' | 'not-relay', base: string): string {
  switch (why) {
    case 'unreachable':
      return worded((t) => t.roomWords.unreachable(base));
    case 'not-relay':
      return worded((t) => t.roomWords.notRelay(base));
    case 'no-room':
      return worded((t) => t.roomWords.noRoom);
    case 'not-host':
      return worded((t) => t.roomWords.notHost);
    case 'full':
      return worded((t) => t.roomWords.full);
    case 'bad-request':
      return worded((t) => t.roomWords.badRequest);
  }
}

const REFUSALS: readonly string[] = ['no-room', 'not-host', 'full', 'bad-request'];

/** Asks the relay whether a document may be opened; null when it may, else the sentence to show. */
export async function checkDoc(base: string, doc: string, hostToken?: string): Promise<string | null> {
  const params = new URLSearchParams({ doc });
  if (hostToken) params.set('host', hostToken);
  let response: Response;
  try {
    response = await fetch(`${base}/room/check?${params}`, { cache: 'no-store' });
  } catch {
    return refusalWords('unreachable', base);
  }
  if (response.ok) return null;
  let why: unknown;
  try {
    why = ((await response.json()) as { why?: unknown }).why;
  } catch {
    why = undefined;
  }
  return refusalWords(
    typeof why === 'string' && REFUSALS.includes(why) ? (why as RoomRefusal) : 'not-relay',
    base,
  );
}

/** The relay's close codes in words (y-websocket stops trying after them). */
export function closeWords(code: number, base: string): string {
  if (code === CLOSE.noRoom) return refusalWords('no-room', base);
  if (code === CLOSE.notHost) return refusalWords('not-host', base);
  if (code === CLOSE.full) return refusalWords('full', base);
  return refusalWords('bad-request', base);
}

export type LinkStatus = 'connecting' | 'connected' | 'disconnected' | 'closed';

/** One Yjs document kept in sync with the relay; it reconnects by itself after a drop. */
export class DocLink {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;

  constructor(
    base: string,
    name: string,
    hostToken: string | undefined,
    on: {
      status: (s: LinkStatus) => void;
      closed: (message: string) => void;
      synced?: () => void;
      /** the number of other laptops on the document, each time it changes */
      others?: (n: number) => void;
    },
  ) {
    const ws = base.replace(/^http/, 'ws');
    this.provider = new WebsocketProvider(`${ws}/room`, name, this.doc, {
      params: hostToken ? { host: hostToken } : {},
      // a dropped laptop comes back within a few seconds of the network
      maxBackoffTime: 2000,
      // never between tabs of one browser: everything goes through the relay, which decides who may write what
      disableBc: true,
    });
    this.provider.on('status', ({ status }: { status: string }) =>
      on.status(
        status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected',
      ),
    );
    this.provider.on('closed', ({ code }: { code: number }) => {
      on.status('closed');
      on.closed(closeWords(code, base));
    });
    this.provider.on('sync', (synced: boolean) => synced && on.synced?.());
    // a laptop that says nothing is not counted by the others (an empty awareness state is never sent on)
    this.provider.awareness.setLocalStateField('laptop', true);
    if (on.others) {
      const others = on.others;
      this.provider.awareness.on('change', () => others(this.others()));
    }
  }

  map(name: string): Y.Map<unknown> {
    return this.doc.getMap(name);
  }

  /** laptops on this document besides this one (their awareness states, which the relay drops when they leave) */
  others(): number {
    const states = this.provider.awareness.getStates();
    return [...states.keys()].filter((id) => id !== this.doc.clientID).length;
  }

  destroy() {
    this.provider.destroy();
    this.doc.destroy();
  }
}
