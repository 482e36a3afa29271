// The room relay in Node: which documents it opens, who may write the shared one, its caps, the files it serves,
// and what `npm run relay` prints. Every server here listens on loopback on a free port and is closed after.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  hostToken,
  publicDocName,
  readDocName,
  readHostKey,
  readJoinCode,
  teamDocName,
  teamSecret,
} from '../../src/relay/codes.ts';
import { startRelay, type Relay } from '../../src/relay/server.ts';

let relay: Relay;
let appDir: string;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  appDir = mkdtempSync(join(tmpdir(), 'relay-app-'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(
    join(appDir, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n",
  );
  relay = await startRelay({ port: 0, host: '127.0.0.1', appDir, maxPerTeam: 2, maxMessageBytes: 64 * 1024 });
});

afterAll(async () => {
  for (const p of providers) p.destroy();
  await relay?.close();
  rmSync(appDir, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${relay.port}${path}`;
const check = async (doc: string, host?: string) => {
  const params = new URLSearchParams({ doc, ...(host ? { host } : {}) });
  const res = await fetch(url(`/room/check?${params}`));
  return { status: res.status, body: (await res.json()) as { ok: boolean; why?: string } };
};

function open(doc: string, host?: string) {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/room`, doc, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: host ? { host } : {},
  });
  providers.push(provider);
  const synced = new Promise<void>((resolve, reject) => {
    provider.once('sync', () => resolve());
    provider.once('closed', ({ code }) => reject(new Error(`closed ${code}`)));
  });
  return { ydoc, provider, synced };
}

const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('codes', () => {
  it('a team secret is the same wherever it is derived, and differs by state and key', async () => {
    const a = await teamSecret('K'.repeat(26), 'ABCDEF', 'USA');
    expect(a).toMatch(/^[A-Z2-9]{8}$/);
    expect(await teamSecret('K'.repeat(26), 'ABCDEF', 'USA')).toBe(a);
    expect(await teamSecret('K'.repeat(26), 'ABCDEF', 'CHN')).not.toBe(a);
    expect(await teamSecret('M'.repeat(26), 'ABCDEF', 'USA')).not.toBe(a);
  });

  it('a join code reads as typed: any case, with or without dashes and spaces', () => {
    const want = { room: 'K7Q2MX', state: 'CHN', secret: '4HT9PA2B' };
    expect(readJoinCode('K7Q2MX-CHN-4HT9PA2B')).toEqual(want);
    expect(readJoinCode(' k7q2mx chn 4ht9pa2b ')).toEqual(want);
    expect(readJoinCode('K7Q2MXCHN4HT9PA2B')).toEqual(want);
    expect(readJoinCode('K7Q2MX')).toBeNull();
    expect(readJoinCode('K7Q2M0-CHN-4HT9PA2B')).toBeNull();
  });

  it("the facilitator's key reads from the token or the whole link", () => {
    const key = 'ABCDEFGHJKMNPQRSTUVWXYZ234';
    expect(readHostKey(`K7Q2MX.${key}`)).toEqual({ room: 'K7Q2MX', hostKey: key });
    expect(readHostKey(`http://192.168.1.5:8787/?host=K7Q2MX.${key}`)).toEqual({
      room: 'K7Q2MX',
      hostKey: key,
    });
    expect(readHostKey('K7Q2MX')).toBeNull();
  });

  it('document names are the room and nothing else', () => {
    expect(readDocName('dl-K7Q2MX')).toEqual({ room: 'K7Q2MX', kind: 'public' });
    expect(readDocName('dl-K7Q2MX-EU-4HT9PA2B')).toMatchObject({ kind: 'team', state: 'EU' });
    expect(readDocName('../etc/passwd')).toBeNull();
    expect(readDocName('dl-K7Q2MX-EU')).toBeNull();
  });
});

describe('the relay', () => {
  it("opens the room's documents and refuses every other, in words the page shows", async () => {
    const secret = await teamSecret(relay.hostKey, relay.room, 'USA');
    expect((await check(publicDocName(relay.room))).status).toBe(200);
    expect((await check(publicDocName(relay.room), relay.hostToken)).status).toBe(200);
    expect((await check(teamDocName(relay.room, 'USA', secret))).status).toBe(200);
    expect((await check(teamDocName(relay.room, 'USA', 'AAAAAAAA'))).body.why).toBe('no-room');
    expect((await check(teamDocName(relay.room, 'CHN', secret))).body.why).toBe('no-room');
    expect((await check(publicDocName('ZZZZZZ'))).body.why).toBe('no-room');
    expect((await check(publicDocName(relay.room), hostToken(relay.room, 'A'.repeat(26)))).body.why).toBe(
      'not-host',
    );
    expect((await check('anything')).body.why).toBe('bad-request');
  });

  it('only the host key writes the shared document; a reader still gets its state', async () => {
    const facilitator = open(publicDocName(relay.room), relay.hostToken);
    await facilitator.synced;
    facilitator.ydoc.getMap('room').set('session', 'from the facilitator');
    const reader = open(publicDocName(relay.room));
    await reader.synced;
    await until(() => reader.ydoc.getMap('room').get('session') === 'from the facilitator');
    reader.ydoc.getMap('room').set('session', 'forged');
    reader.ydoc.getMap('room').set('extra', 'forged');
    const other = open(publicDocName(relay.room));
    await other.synced;
    await new Promise((r) => setTimeout(r, 200));
    expect(other.ydoc.getMap('room').get('session')).toBe('from the facilitator');
    expect(facilitator.ydoc.getMap('room').has('extra')).toBe(false);
    for (const p of [facilitator, reader, other]) p.provider.destroy();
  });

  it('a team document takes a few laptops, then says the room is full', async () => {
    const doc = teamDocName(relay.room, 'EU', await teamSecret(relay.hostKey, relay.room, 'EU'));
    const a = open(doc);
    const b = open(doc);
    await Promise.all([a.synced, b.synced]);
    expect((await check(doc)).body.why).toBe('full');
    const c = open(doc);
    await expect(c.synced).rejects.toThrow('closed 4409');
    for (const p of [a, b, c]) p.provider.destroy();
    await until(() => relay.connections() === 0);
  });

  it('a message over the cap closes its connection, and the relay goes on', async () => {
    const doc = teamDocName(relay.room, 'JPN', await teamSecret(relay.hostKey, relay.room, 'JPN'));
    const big = open(doc);
    await big.synced;
    const dropped = new Promise<void>((resolve) => big.provider.once('connection-close', () => resolve()));
    big.ydoc.getMap('team').set('move', 'x'.repeat(100 * 1024));
    await dropped;
    big.provider.destroy();
    const after = open(doc);
    await after.synced;
    expect(after.ydoc.getMap('team').has('move')).toBe(false);
    after.provider.destroy();
  });

  it('serves the app with its hosting headers, and nothing outside it', async () => {
    const page = await fetch(url('/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await fetch(url('/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await fetch(url('/missing.js'))).status).toBe(404);
    expect((await fetch(url('/'), { method: 'POST' })).status).toBe(405);
  });

  it('forgets a document once its last laptop leaves', async () => {
    const doc = teamDocName(relay.room, 'KOR', await teamSecret(relay.hostKey, relay.room, 'KOR'));
    const first = open(doc);
    await first.synced;
    first.ydoc.getMap('team').set('move', 'kept while someone is here');
    await new Promise((r) => setTimeout(r, 100));
    first.provider.destroy();
    first.ydoc.destroy();
    await until(() => relay.connections() === 0);
    const second = open(doc);
    await second.synced;
    expect(second.ydoc.getMap('team').has('move')).toBe(false);
    second.provider.destroy();
  });
});

describe('a relay started again with the same key', () => {
  it('gets the room back from the laptops: each reconnects and syncs what it holds', async () => {
    const first = await startRelay({ port: 0, host: '127.0.0.1', appDir: null });
    const port = first.port;
    const doc = teamDocName(first.room, 'TWN', await teamSecret(first.hostKey, first.room, 'TWN'));
    const ydoc = new Y.Doc();
    const laptop = new WebsocketProvider(`ws://127.0.0.1:${port}/room`, doc, ydoc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    });
    providers.push(laptop);
    await new Promise<void>((resolve) => laptop.once('sync', () => resolve()));
    ydoc.getMap('team').set('move', 'kept on the laptop');
    await first.close();
    await until(() => !laptop.wsconnected);
    const again = await startRelay({
      port,
      host: '127.0.0.1',
      appDir: null,
      room: first.room,
      hostKey: first.hostKey,
    });
    try {
      await until(() => laptop.synced, 10_000);
      const other = new Y.Doc();
      const reader = new WebsocketProvider(`ws://127.0.0.1:${port}/room`, doc, other, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      providers.push(reader);
      await until(() => other.getMap('team').get('move') === 'kept on the laptop', 10_000);
      reader.destroy();
    } finally {
      laptop.destroy();
      await again.close();
    }
  });
});

describe('npm run relay', () => {
  it('prints the port, the join code and the facilitator link, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/relay/relay.ts', '--port', '0', '--host', '127.0.0.1', '--app', appDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    await until(
      () => /Join code of the room: [A-Z2-9]{6}/.test(out) && /127\.0\.0\.1:\d+\/\?join/.test(out),
      20_000,
    );
    const code = /Join code of the room: ([A-Z2-9]{6})/.exec(out)![1];
    expect(out).toMatch(new RegExp(`http://localhost:\\d+/\\?host=${code}\\.[A-Z2-9]{26}`));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('--key starts the same room again, so the laptops can reconnect to it', async () => {
    const key = `${relay.room}.${relay.hostKey}`;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/relay/relay.ts',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--app',
        appDir,
        '--key',
        key,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    await until(() => /--key /.test(out), 20_000);
    expect(out).toContain(`Join code of the room: ${relay.room}`);
    expect(out).toContain(`?host=${key}`);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
