// A room across laptops: the test starts the relay itself (on a free loopback port, serving the built app) and three
// browser contexts, as three laptops: the facilitator's and two teams' (the United States and China). They play three
// rounds with secret moves; the China laptop drops and rejoins; a hostile client with the US team's code writes a move
// for China and the relay's size cap, and is refused; a reader of the shared document never sees a hidden move.

import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { StateCode } from '../../src/model/types.ts';
import { publicDocName, teamDocName } from '../../src/relay/codes.ts';
import { startRelay, type Relay } from '../../src/relay/server.ts';
import { readSession } from '../../src/sim/roomMessages.ts';
import { launchBrowser } from './browser.ts';
import { teamLink } from './teamLink.ts';

const TEAMS: StateCode[] = ['USA', 'CHN'];
/** a message goes laptop, relay, facilitator, relay, laptop, and a run is played on each: slow on a loaded machine */
const SOON = { timeout: 30_000 };

let relay: Relay;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let host: Page;
const teams = {} as Record<StateCode, Page>;
const codes = {} as Record<StateCode, string>;
const pageErrors: string[] = [];
/** the hostile clients' providers, destroyed after */
const clients: WebsocketProvider[] = [];

async function laptop(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  // the relay serves the app under its Content-Security-Policy: neither page may break it
  await context.exposeFunction('reportViolation', (v: string) => pageErrors.push(`CSP: ${v}`));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

/** A Yjs client in Node, as a student's own script would be, on one document of the room. */
async function client(doc: string, synced = true): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/room`, doc, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  clients.push(provider);
  if (synced)
    await new Promise<void>((resolve, reject) => {
      provider.once('sync', () => resolve());
      provider.once('closed', ({ code }) => reject(new Error(`the relay closed ${doc} (${code})`)));
    });
  return { doc: ydoc, provider };
}

const panel = () => host.locator('.human-moves');
const roomPanel = () => host.locator('.room-panel');
const status = (team: StateCode) =>
  panel().locator(`.team-status li[data-state=${team}]`).getAttribute('data-status');
const teamRound = (page: Page) => page.getByTestId('room-round').getAttribute('data-next');

async function waitForHostRound(round: number) {
  await host.waitForFunction(
    (r) => document.querySelector('[data-testid=round-label]')?.getAttribute('data-round') === String(r),
    round,
    SOON,
  );
}

/** A team sends a tariff (on the other team's state, the form's default) or does nothing, from its own laptop. */
async function send(team: StateCode, move: { tariff: string } | 'nothing') {
  const page = teams[team];
  const form = page.locator('form.move-form');
  await form.waitFor();
  if (move === 'nothing') await form.getByLabel('Move', { exact: true }).selectOption('nothing');
  else {
    await form.getByLabel('Move', { exact: true }).selectOption('tariff');
    await form.getByLabel('Extra tariff').fill(move.tariff);
  }
  await form.getByRole('button', { name: /Send my move/ }).click();
  await expect.poll(() => page.getByTestId('sent').innerText(), SOON).toMatch(/The facilitator has it/);
}

async function reveal(round: number) {
  await expect.poll(() => status('USA'), SOON).toBe('hidden');
  await expect.poll(() => status('CHN'), SOON).toBe('hidden');
  await panel()
    .getByRole('button', { name: `Reveal the moves and play round ${round}` })
    .click();
  await waitForHostRound(round);
  for (const t of TEAMS) await expect.poll(() => teamRound(teams[t]), SOON).toBe(String(round + 1));
}

/** The session the shared document holds now, as any laptop in the room can read it. */
async function sharedSession() {
  const { doc, provider } = await client(publicDocName(relay.room));
  const read = readSession(doc.getMap('room').get('session'));
  provider.destroy();
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

beforeAll(async () => {
  relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    appDir: fileURLToPath(new URL('../../dist', import.meta.url)),
  });
  base = `http://127.0.0.1:${relay.port}`;
  browser = await launchBrowser();
  host = await laptop();
  teams.USA = await laptop();
  teams.CHN = await laptop();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const c of contexts) await c.close();
  await browser?.close();
  await relay?.close();
});

describe('a room across laptops', () => {
  it("the link the relay prints starts the room on the facilitator's page, with a code for each team", async () => {
    await host.goto(`${base}/?host=${relay.hostToken}${teamLink(TEAMS)}`);
    const gotIt = host.getByRole('button', { name: 'Got it' });
    // by keyboard: once the room connects, its panel opens over the top of the guide at this width, and a pointer
    // would have to hide it first
    if (await gotIt.isVisible()) await gotIt.press('Enter');
    // the facilitator's link starts the room as the page opens
    await expect
      .poll(() => host.getByTestId('room-status').getAttribute('data-status'), SOON)
      .toBe('connected');
    for (const t of TEAMS) {
      const code = await roomPanel().locator(`tr[data-state=${t}] code`).innerText();
      expect(code).toMatch(new RegExp(`^${relay.room}-${t}-[A-Z2-9]{8}$`));
      codes[t] = code;
    }
  });

  it('a wrong code is refused with words, and the right codes join their teams', async () => {
    const page = teams.USA;
    await page.goto(`${base}/?join`);
    await page.getByLabel('Team code').fill(`${relay.room}-USA-AAAAAAAA`);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), SOON).toMatch(/Wrong code/);
    await page.getByLabel('Team code').fill(codes.USA.toLowerCase());
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Team United States', exact: true }).waitFor();
    await teams.CHN.goto(`${base}/?join=${codes.CHN}`);
    await teams.CHN.getByRole('heading', { name: 'Team China', exact: true }).waitFor();
    for (const t of TEAMS) {
      await expect.poll(() => teamRound(teams[t]), SOON).toBe('1');
      await expect
        .poll(() => roomPanel().locator(`tr[data-state=${t}]`).getAttribute('data-laptops'), SOON)
        .toBe('1');
    }
  });

  it('round 1: each team moves on its own laptop; no move is readable elsewhere until the reveal', async () => {
    await send('USA', { tariff: '12.5' });
    // China's laptop and the shared document say only that the US is in
    await expect
      .poll(() => teams.CHN.locator('.team-status li[data-state=USA]').getAttribute('data-status'), SOON)
      .toBe('hidden');
    expect(await teams.CHN.locator('body').innerText()).not.toMatch(/12\.5/);
    await send('CHN', { tariff: '37.5' });
    expect(await teams.USA.locator('body').innerText()).not.toMatch(/37\.5/);
    const shared = await sharedSession();
    const hidden = shared.workspace.branches[0].team?.hidden ?? [];
    expect(hidden.map((h) => [h.state, h.entry])).toEqual([
      ['USA', null],
      ['CHN', null],
    ]);
    expect(shared.token).not.toContain('12.5');
    // the facilitator's screen does not tell either before the reveal
    expect(await host.locator('body').innerText()).not.toMatch(/12\.5|37\.5/);
    await reveal(1);
    for (const t of TEAMS)
      await expect
        .poll(() => teams[t].locator('.revealed').innerText(), SOON)
        .toMatch(/United States:.*12\.5%[\s\S]*China:.*37\.5%/);
  });

  it('round 2: China drops and rejoins with its move kept; a hostile message with the US code is refused', async () => {
    await send('CHN', { tariff: '20' });
    // the laptop drops: its page is gone, and the facilitator sees the team leave
    await teams.CHN.close();
    await expect
      .poll(() => roomPanel().locator('tr[data-state=CHN]').getAttribute('data-laptops'), SOON)
      .toBe('0');
    teams.CHN = await laptop();
    await teams.CHN.goto(`${base}/?join=${codes.CHN}`);
    await expect.poll(() => teamRound(teams.CHN), SOON).toBe('2');
    await expect
      .poll(() => teams.CHN.getByTestId('sent').innerText(), SOON)
      .toMatch(/20%[\s\S]*The facilitator has it/);

    // a student with the US team's code writes a move for China into the US document
    const [, , secret] = codes.USA.split('-');
    const usa = await client(teamDocName(relay.room, 'USA', secret));
    usa.doc.getMap('team').set('move', JSON.stringify({ state: 'CHN', round: 2, entry: null }));
    await expect
      .poll(() => roomPanel().locator('.refusals').innerText(), SOON)
      .toMatch(/United States team's laptop was refused: it is a move for China/);
    // ... then one of the wrong shape
    usa.doc
      .getMap('team')
      .set('move', JSON.stringify({ state: 'USA', round: 2, entry: { action: 'launch' } }));
    await expect.poll(() => roomPanel().locator('.refusals li').count(), SOON).toBe(2);
    // ... then one larger than the relay takes: the relay closes that connection, and nothing reaches anyone
    usa.doc.getMap('team').set('move', 'x'.repeat(300 * 1024));
    await new Promise<void>((resolve) => usa.provider.once('status', () => resolve()));
    expect(await roomPanel().locator('.refusals li').count()).toBe(2);
    usa.provider.destroy();
    // and a write into the shared document from without the host key changes nothing for anyone
    const intruder = await client(publicDocName(relay.room));
    intruder.doc.getMap('room').set('session', 'forged');
    await new Promise((r) => setTimeout(r, 300));
    expect((await sharedSession()).token).not.toBe('forged');
    intruder.provider.destroy();
    expect(await status('CHN')).toBe('hidden');

    // the US laptop shows the refusal of what was written in its name, and sends its real move
    await teams.USA.locator('form.move-form').waitFor();
    await send('USA', 'nothing');
    await reveal(2);
    await expect.poll(() => teams.USA.locator('.revealed').innerText(), SOON).toMatch(/China:.*20%/);
  });

  it("round 3 completes across a reload of the facilitator's page; every laptop draws the same run", async () => {
    await send('USA', { tariff: '7.5' });
    await send('CHN', 'nothing');
    // the facilitator's page reloads: the room starts again from its link, and the moves come back from the teams'
    // documents (whether or not the autosave had them)
    await host.reload();
    await expect
      .poll(() => host.getByTestId('room-status').getAttribute('data-status'), SOON)
      .toBe('connected');
    await reveal(3);
    for (const t of TEAMS) {
      await expect
        .poll(() => teams[t].locator('.revealed').innerText(), SOON)
        .toMatch(/United States:.*7\.5%/);
      await expect
        .poll(() => teams[t].getByTestId('room-fingerprint').getAttribute('data-same'), SOON)
        .toBe('true');
      expect(await teams[t].locator('#charts figure, figure').count()).toBeGreaterThan(0);
    }
    // the team's page and the facilitator's room panel pass axe
    const team = await new AxeBuilder({ page: teams.CHN }).include('.moves').analyze();
    expect(team.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    const panel = await new AxeBuilder({ page: host }).include('.room-panel').analyze();
    expect(panel.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    await teams.CHN.screenshot({ path: 'test-results/screenshots/room-team-china.png' });
    await host.screenshot({ path: 'test-results/screenshots/room-facilitator.png' });
    expect(pageErrors).toEqual([]);
  });

  it('when the relay stops, every laptop says the connection is lost and that its move is kept', async () => {
    await relay.close();
    await expect
      .poll(() => teams.USA.locator('.connection').innerText(), SOON)
      .toMatch(/Connection lost: reconnecting… Your move is kept\./);
    await expect
      .poll(() => host.getByTestId('room-status').innerText(), SOON)
      .toMatch(/connection lost, reconnecting… Moves already in are kept\./);
  });
});
