// The room relay: one HTTP server that serves the built app (dist/) to the laptops on the LAN and carries the room's
// Yjs documents over WebSockets (@y/websocket-server does the Yjs sync). It holds one room, made when it starts, and
// only in memory: a document is dropped when its last laptop leaves. What it enforces, and nothing more:
//   - a document must be the room's: the shared one (`dl-ROOM`) or a team's, whose secret it checks (codes.ts);
//   - only the facilitator (who holds the host key) writes the shared document: from any other laptop the relay
//     passes on requests for the document's state and drops every change;
//   - no message is larger than maxMessageBytes (ws closes the connection with 1009), no team has more than
//     maxPerTeam laptops and the room no more than maxLaptops.
// Everything a team writes is still checked by the facilitator's page (src/app/room/): the relay does not read moves.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  CLOSE,
  HOST_KEY_LENGTH,
  ROOM_CODE_LENGTH,
  hostToken,
  randomCode,
  readDocName,
  teamSecret,
  type RoomRefusal,
} from './codes.ts';

export interface RelayOptions {
  /** port to listen on; 0 picks a free one (the tests do) */
  port: number;
  /** address to listen on: 0.0.0.0 (every interface, the LAN) unless told otherwise */
  host?: string;
  /** the built app to serve (dist/); null serves none, and the page must come from elsewhere */
  appDir: string | null;
  /** largest WebSocket message accepted, in bytes */
  maxMessageBytes?: number;
  /** laptops in the room at once, the facilitator's included */
  maxLaptops?: number;
  /** laptops on one team's document at once (the facilitator's page is one of them) */
  maxPerTeam?: number;
  /** the room's code and host key, for a relay started again with the same ones; new ones otherwise */
  room?: string;
  hostKey?: string;
}

/**
 * 256 KB: the shared document carries the workspace as a share link (at most 64 KB, sim/files/link.ts) and a team's
 * move is a few hundred bytes; a document's first sync after a long session is the largest message, well below this.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** six teams with a few laptops each, the facilitator, and a projector */
export const MAX_LAPTOPS = 40;
/** a team may share its moves across two or three laptops; the facilitator's page is one more */
export const MAX_PER_TEAM = 4;

export interface Relay {
  port: number;
  room: string;
  hostKey: string;
  /** the token the facilitator's page takes: "ROOM.HOSTKEY" */
  hostToken: string;
  /** laptops connected now (the facilitator's documents counted once each) */
  connections(): number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The headers of the app's `_headers` file (the same the static hosts send), or none when it has none. */
async function hostingHeaders(appDir: string | null): Promise<Record<string, string>> {
  if (!appDir) return {};
  let text: string;
  try {
    text = await readFile(join(appDir, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

/** sync step 1 (a request for the document's state): the one message a read-only laptop may send */
function isStateRequest(data: RawData): boolean {
  const bytes = Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data;
  // y-protocols: varUint message type (0 sync), varUint sync type (0 step 1); both below 128, so one byte each
  return bytes.length >= 2 && bytes[0] === 0 && bytes[1] === 0;
}

export async function startRelay(options: RelayOptions): Promise<Relay> {
  // @y/websocket-server reads YPERSISTENCE when it is first loaded and would then keep every document on disk
  delete process.env.YPERSISTENCE;
  const { setupWSConnection, docs } = await import('@y/websocket-server/utils');
  const room = options.room ?? randomCode(ROOM_CODE_LENGTH);
  const hostKey = options.hostKey ?? randomCode(HOST_KEY_LENGTH);
  const maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const maxLaptops = options.maxLaptops ?? MAX_LAPTOPS;
  const maxPerTeam = options.maxPerTeam ?? MAX_PER_TEAM;
  const headers = await hostingHeaders(options.appDir);
  const secrets = new Map<string, string>();
  const secretOf = async (state: string) => {
    let s = secrets.get(state);
    if (!s) secrets.set(state, (s = await teamSecret(hostKey, room, state)));
    return s;
  };
  /** open connections by document name */
  const open = new Map<string, Set<WebSocket>>();
  const total = () => [...open.values()].reduce((n, s) => n + s.size, 0);

  /** Whether a document may be opened, and as what; the reason when not. */
  async function admit(
    docName: string,
    host: string | null,
  ): Promise<{ ok: true; writer: boolean } | { ok: false; why: RoomRefusal }> {
    const doc = readDocName(docName);
    if (!doc || doc.room !== room) return { ok: false, why: doc ? 'no-room' : 'bad-request' };
    if (host !== null && host !== hostToken(room, hostKey)) return { ok: false, why: 'not-host' };
    if (doc.kind === 'team' && doc.secret !== (await secretOf(doc.state)))
      return { ok: false, why: 'no-room' };
    const here = open.get(docName)?.size ?? 0;
    if (total() >= maxLaptops || (doc.kind === 'team' && here >= maxPerTeam))
      return { ok: false, why: 'full' };
    // the shared document takes changes from the facilitator alone; a team's document from the team and the facilitator
    return { ok: true, writer: doc.kind === 'team' || host !== null };
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  async function serveFile(req: IncomingMessage, res: ServerResponse) {
    if (!options.appDir || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(options.appDir ? 405 : 404, { 'Content-Type': 'text/plain' }).end('Not here.\n');
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://relay').pathname);
    const rel = normalize(path).replace(/^([/\\])+/, '');
    const file = join(options.appDir, rel === '' || rel.endsWith(sep) ? join(rel, 'index.html') : rel);
    if (!file.startsWith(options.appDir + sep) && file !== options.appDir) {
      res.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found.\n');
    }
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    if (url.pathname === '/room/check') {
      // the page asks before it connects, so that it can say "wrong code" or "room full" in words
      void admit(url.searchParams.get('doc') ?? '', url.searchParams.get('host')).then((answer) => {
        res.writeHead(answer.ok ? 200 : answer.why === 'full' ? 409 : answer.why === 'not-host' ? 403 : 404, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
        });
        res.end(JSON.stringify(answer.ok ? { ok: true } : { ok: false, why: answer.why }));
      });
      return;
    }
    void serveFile(req, res);
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://relay');
    const match = /^\/room\/([^/]+)$/.exec(url.pathname);
    const docName = match ? decodeURIComponent(match[1]) : '';
    void admit(docName, url.searchParams.get('host')).then((answer) => {
      wss.handleUpgrade(req, socket, head, (ws) => {
        // a message over the cap, or a broken frame: ws closes the connection (1009, 1002) and reports it here; a
        // laptop's bad message must never stop the relay
        ws.on('error', () => ws.terminate());
        if (!answer.ok) {
          const code = {
            'no-room': CLOSE.noRoom,
            'not-host': CLOSE.notHost,
            full: CLOSE.full,
            'bad-request': CLOSE.badRequest,
          }[answer.why];
          ws.close(code, answer.why);
          return;
        }
        let conns = open.get(docName);
        if (!conns) open.set(docName, (conns = new Set()));
        conns.add(ws);
        if (!answer.writer) {
          // a reader's messages reach the Yjs server only when they ask for the state: its changes never do
          const on = ws.on.bind(ws);
          ws.on = ((event: string, listener: (...args: unknown[]) => void) =>
            event === 'message'
              ? on(
                  'message',
                  (data: RawData, binary: boolean) => isStateRequest(data) && listener(data, binary),
                )
              : on(event, listener)) as typeof ws.on;
        }
        setupWSConnection(ws, req, { docName });
        ws.on('close', () => {
          conns.delete(ws);
          if (conns.size > 0) return;
          open.delete(docName);
          // nobody left on the document: the relay forgets it (the laptops keep their copies and sync them back)
          const doc = docs.get(docName);
          if (doc && doc.conns.size === 0) {
            docs.delete(docName);
            doc.destroy();
          }
        });
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    port,
    room,
    hostKey,
    hostToken: hostToken(room, hostKey),
    connections: total,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        for (const [name, doc] of docs) {
          docs.delete(name);
          doc.destroy();
        }
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
