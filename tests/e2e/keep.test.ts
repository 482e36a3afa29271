// No route loses work, in a real Chromium against the built app: two tabs of one browser editing at once both keep
// their work; an autosave this version cannot read is set aside and exports as it was; a link keeps the work it
// replaces; a large world asks before it runs (from a link, a saved entry or the firms field and slider); a workspace
// near the size limit exports to a file that reopens; the hosting headers reach the page and the worker script;
// removing a measure others name offers to remove them too.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario, type Scenario, type TimelineEntry } from '../../src/model/scenario.ts';
import { shareHash } from '../../src/sim/files/link.ts';
import { MAX_FILE_BYTES } from '../../src/sim/files/validate.ts';
import { newWorkspace, type Workspace } from '../../src/sim/workspace.ts';
import { HOSTING_HEADERS } from '../../vite.config.ts';
import { launchBrowser } from './browser.ts';

const AUTOSAVE = 'decoupling-lab:autosave';
let browser: Browser;
const problems: string[] = [];

async function newContext(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  ctx.on('page', (p) => {
    p.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  });
  return ctx;
}

async function ready(p: Page) {
  await p.getByTestId('fingerprint').waitFor({ timeout: 30_000 });
  const got = p.getByRole('button', { name: 'Got it' });
  if (await got.count()) await got.click();
}

async function open(ctx: BrowserContext, hash = ''): Promise<Page> {
  const p = await ctx.newPage();
  await p.goto(`${inject('baseUrl')}${hash}`);
  await ready(p);
  return p;
}

async function setSeed(p: Page, seed: number) {
  const field = p.locator('#field-seed');
  await field.fill(String(seed));
  await field.press('Enter');
  await expect.poll(() => p.locator('#field-seed').inputValue()).toBe(String(seed));
}

/** Waits until the autosave holds the seed this page shows, so the next step starts from stored work. */
async function autosaved(p: Page, seed: number) {
  await expect
    .poll(() => p.evaluate((key) => localStorage.getItem(key) ?? '', AUTOSAVE), { timeout: 10_000 })
    .toContain(`"seed":${seed},`);
}

const notices = (p: Page) => p.locator('.notices [role=status], .notices [role=alert]').allTextContents();

async function dismissAll(p: Page) {
  const buttons = p.locator('.notices button');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

async function savedDialog(p: Page) {
  await p.getByRole('button', { name: 'Saved scenarios…' }).click();
  const dialog = p.getByRole('dialog', { name: 'Saved scenarios' });
  await dialog.waitFor();
  return dialog;
}

async function downloaded(download: Download): Promise<string> {
  return readFileSync(await download.path()).toString('utf8');
}

const hashOf = (ws: Workspace) => {
  const made = shareHash(ws);
  if (!made.ok) throw new Error(made.message);
  return made.hash;
};

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('no route loses work', () => {
  it('two tabs editing at once: each is told of the other, and after both close both tabs’ work is there', async () => {
    const ctx = await newContext();
    const a = await open(ctx);
    const b = await open(ctx);
    await setSeed(a, 5);
    await autosaved(a, 5);
    // the other tab hears of the write through the storage event, and says so
    await expect
      .poll(() => notices(b))
      .toContainEqual(expect.stringContaining('Decoupling Lab is open in another tab'));
    await setSeed(b, 9);
    await autosaved(b, 9);
    await a.close({ runBeforeUnload: true });
    await b.close({ runBeforeUnload: true });

    const c = await open(ctx);
    expect(await c.locator('#field-seed').inputValue()).toBe('9');
    const dialog = await savedDialog(c);
    const entry = dialog.locator('li[data-saved]', { hasText: 'Work from another tab' });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.locator('.saved-kind').textContent()).toBe('kept before this tab saved over it');
    await entry.getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => c.locator('#field-seed').inputValue()).toBe('5');
    await ctx.close();
  });

  it('an autosave this version cannot read is set aside, listed, and exports exactly as it was', async () => {
    const ctx = await newContext();
    const newer = JSON.stringify({ ...newWorkspace(presetScenario('detente')), version: 3, extra: 'é' });
    await ctx.addInitScript(
      ([key, text]) => {
        // once, before the app starts: what a newer version of the app left behind (about:blank has no storage)
        if (location.protocol !== 'http:') return;
        if (!sessionStorage.getItem('planted')) {
          sessionStorage.setItem('planted', '1');
          localStorage.setItem(key, text);
        }
      },
      [AUTOSAVE, newer],
    );
    const p = await open(ctx);
    await expect
      .poll(() => notices(p))
      .toContainEqual(
        expect.stringMatching(
          /could not be read, so the app starts afresh: was made by a newer version.* It is kept as it was, in Saved scenarios as “Autosave that could not be read”/,
        ),
      );
    // the app goes on and autosaves its new work; the unreadable text stays under its own key
    await setSeed(p, 4);
    await autosaved(p, 4);
    const dialog = await savedDialog(p);
    const entry = dialog.locator('li[data-saved]', { hasText: 'Autosave that could not be read' });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getByRole('button', { name: /^Open/ }).count()).toBe(0);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      entry.getByRole('button', { name: /^Export as file/ }).click(),
    ]);
    expect(await downloaded(download)).toBe(newer);
    await ctx.close();
  });

  it('opening a link keeps the work it replaces in “Before you opened a link”, after a reload too', async () => {
    const ctx = await newContext();
    const p = await open(ctx);
    await setSeed(p, 12);
    await autosaved(p, 12);
    const link = newWorkspace({ ...presetScenario('tariff-war-2018'), seed: 3 });
    await p.goto(`${inject('baseUrl')}${hashOf(link)}`);
    await ready(p);
    await expect.poll(() => p.locator('#field-seed').inputValue()).toBe('3');
    expect(await notices(p)).toContainEqual(
      expect.stringContaining('The work you had is kept in Saved scenarios as “Before you opened a link”'),
    );
    await dismissAll(p);
    await p.reload();
    await ready(p);
    const dialog = await savedDialog(p);
    const entry = dialog.locator('li[data-saved]', { hasText: 'Before you opened a link' });
    await expect.poll(() => entry.count()).toBe(1);
    await entry.getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => p.locator('#field-seed').inputValue()).toBe('12');
    await ctx.close();
  });

  it('a link to the largest world asks first, saying roughly how long and how much memory; no keeps the work', async () => {
    const ctx = await newContext();
    const p = await open(ctx);
    await setSeed(p, 21);
    const huge = newWorkspace({ ...presetScenario('open-world'), firms: 20_000, rounds: 400 });
    await p.evaluate((h) => (location.hash = h), hashOf(huge));
    const dialog = p.getByRole('dialog', { name: 'Run a large workspace?' });
    await dialog.waitFor();
    expect((await dialog.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /runs 20,000 firms over 400 rounds\. .* takes about \d+ minutes and [\d.]+ (MB|GB) of memory/,
    );
    // the focus starts on the safe answer
    expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Cancel');
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await p.locator('#field-seed').inputValue()).toBe('21');
    expect(await p.locator('#field-firms').inputValue()).not.toBe('20000');
    expect(await notices(p)).toContainEqual(
      expect.stringContaining('The workspace from the link was not opened. Your workspace is unchanged.'),
    );
    await ctx.close();
  });

  it('raising the firms to a large world asks first, from the field and from the slider; Cancel keeps the old value', async () => {
    const ctx = await newContext();
    const p = await open(ctx);
    const rounds = p.locator('#field-rounds');
    // 40 rounds of the preset's firms are small: no question
    await rounds.fill('40');
    await rounds.press('Enter');
    await expect.poll(() => rounds.inputValue()).toBe('40');
    // ten years: no word on how to read a long run yet; past them, a line under the field says it
    expect(await p.locator('#rounds-help').count()).toBe(0);
    const firms = p.locator('#field-firms');
    const slider = p.getByRole('slider', { name: 'Firms (slider)' });
    const before = await firms.inputValue();
    const dialog = p.getByRole('dialog', { name: 'Make the world larger?' });
    expect(await dialog.count()).toBe(0);

    await firms.fill('20000');
    await firms.press('Enter');
    await dialog.waitFor();
    expect((await dialog.textContent())?.replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `With 20,000 firms over 40 rounds, .* takes about \\d+ seconds and [\\d.]+ (MB|GB) of memory.*Cancel keeps ${Number(before).toLocaleString('en')} firms over 40 rounds`,
      ),
    );
    expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Cancel');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => firms.inputValue()).toBe(before);
    expect(await slider.inputValue()).toBe(before);

    // the slider asks the same; Escape is a no
    await slider.evaluate((el: HTMLInputElement) => {
      el.value = '20000';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await dialog.waitFor();
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => slider.inputValue()).toBe(before);
    expect(await firms.inputValue()).toBe(before);
    expect(await rounds.inputValue()).toBe('40');

    // past ten years, the rounds field says how to read so long a run
    await rounds.fill('48');
    await rounds.press('Enter');
    await expect
      .poll(() => p.locator('#rounds-help').textContent())
      .toBe(
        'That is 12 years. Past a decade, read the run as what these mechanisms do when nothing new is invented or decided, not as a forecast.',
      );
    expect(await rounds.getAttribute('aria-describedby')).toContain('rounds-help');
    await ctx.close();
  });

  it('opening a large saved scenario asks first, as a link does; Cancel keeps the work', async () => {
    const ctx = await newContext();
    const p = await open(ctx);
    await setSeed(p, 33);
    const huge = newWorkspace({ ...presetScenario('open-world'), firms: 20_000, rounds: 400 });
    await p.evaluate(
      (entry) => localStorage.setItem('decoupling-lab:saved:s90', entry),
      JSON.stringify({ name: 'Huge world', savedAt: new Date().toISOString(), workspace: huge }),
    );
    const saved = await savedDialog(p);
    const entry = saved.locator('li[data-saved]', { hasText: 'Huge world' });
    await expect.poll(() => entry.count()).toBe(1);
    await entry.getByRole('button', { name: /^Open/ }).click();
    const dialog = p.getByRole('dialog', { name: 'Run a large workspace?' });
    await dialog.waitFor();
    expect((await dialog.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /The saved scenario “Huge world” runs 20,000 firms over 400 rounds\. .* takes about \d+ minutes and [\d.]+ (MB|GB) of memory/,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await p.locator('#field-seed').inputValue()).toBe('33');
    expect(await p.locator('#field-firms').inputValue()).not.toBe('20000');
    expect(await notices(p)).toContainEqual(
      expect.stringContaining('The saved scenario “Huge world” was not opened. Your workspace is unchanged.'),
    );
    await ctx.close();
  });

  it('a workspace near the size limit exports to a file that opens again, the same branches and all', async () => {
    const ctx = await newContext();
    const p = await open(ctx);
    // two long timelines: about 600 KB as compact JSON, more than 1 MB had it been indented
    const padded = (scenario: Scenario, tag: string): Scenario =>
      parseScenario({
        ...scenario,
        timeline: [
          ...scenario.timeline,
          ...Array.from({ length: 1900 }, (_, i): TimelineEntry => ({
            round: 6,
            action: 'impose',
            measure: { kind: 'tariff', id: `${tag}-${i}`, maker: 'USA', target: 'CHN', rate: 0.01 },
            note: `Tariff line ${i}`,
          })),
        ],
      });
    const base = { ...presetScenario('micron-2023'), rounds: 6 };
    const ws: Workspace = {
      ...newWorkspace(padded(base, 'a')),
      branches: [
        { id: 'main', name: 'Main run', parent: null, fromRound: 0, scenario: padded(base, 'a') },
        { id: 'branch-1', name: 'Other lines', parent: 'main', fromRound: 4, scenario: padded(base, 'b') },
      ],
    };
    const compact = JSON.stringify(ws);
    expect(compact.length).toBeLessThan(MAX_FILE_BYTES);
    expect(JSON.stringify(ws, null, 2).length).toBeGreaterThan(MAX_FILE_BYTES);
    const pick = async (name: string, text: string) => {
      const [chooser] = await Promise.all([
        p.waitForEvent('filechooser'),
        p.getByRole('button', { name: 'Open file…' }).click(),
      ]);
      await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    await pick('big.json', compact);
    await expect.poll(() => p.locator('#branch-picker option').count(), { timeout: 30_000 }).toBe(2);
    await dismissAll(p);

    await p.locator('.work-bar summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Workspace with all branches (JSON)' }).click(),
    ]);
    const text = await downloaded(download);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(await p.locator('.notices [role=alert]').count()).toBe(0);

    await p.getByRole('button', { name: 'Reset all…' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => p.locator('#branch-picker option').count()).toBe(1);
    await dismissAll(p);
    await pick(download.suggestedFilename(), text);
    await expect.poll(() => p.locator('#branch-picker option').count(), { timeout: 30_000 }).toBe(2);
    expect(await p.locator('.notices [role=alert]').allTextContents()).toEqual([]);
    expect(JSON.parse(text)).toEqual(ws);
    await ctx.close();
  });

  it('removing a measure that later entries name offers to remove them too, in one undoable step', async () => {
    const ctx = await newContext();
    const micron = presetScenario('micron-2023');
    const ban = micron.timeline.find((e) => e.action === 'impose' && e.measure.kind === 'purchaseBan')!;
    if (ban.action !== 'impose') throw new Error('no ban');
    const lift: TimelineEntry = { round: ban.round + 2, action: 'relax', measureId: ban.measure.id };
    const p = await open(
      ctx,
      hashOf(newWorkspace(parseScenario({ ...micron, timeline: [...micron.timeline, lift] }))),
    );
    const entries = p.locator('.timeline-editor .entries > li');
    const count = await entries.count();
    const banRow = entries.filter({ hasText: /bars|ban/i }).first();
    await banRow.getByRole('button', { name: /^Remove:/ }).click();
    const offer = banRow.getByRole('group');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/A later entry names this measure/);
    // the lift/join picker names measures in words, never by id
    await offer.getByRole('button', { name: 'Remove all 2' }).click();
    await expect.poll(() => entries.count()).toBe(count - 2);
    await p.locator('h1').click();
    await p.keyboard.press('Control+z');
    await expect.poll(() => entries.count()).toBe(count);
    await p.getByRole('button', { name: 'Add a measure…' }).click();
    await p.locator('#entry-action').selectOption('relax');
    const options = await p.locator('#entry-measure-id option').allTextContents();
    expect(options.slice(1).every((o) => /\(round \d+\)$/.test(o) && !o.includes(ban.measure.id))).toBe(true);
    await ctx.close();
  });

  it('the page and the worker script are served with the hosting headers', async () => {
    const base = inject('baseUrl');
    const page = await fetch(base);
    const html = await page.text();
    for (const [name, value] of Object.entries(HOSTING_HEADERS)) expect(page.headers.get(name)).toBe(value);
    const entry = new URL(/src="([^"]+\.js)"/.exec(html)![1], base);
    const js = await (await fetch(entry)).text();
    // the build names the worker relative to the entry script (the folder works from any path)
    const worker = /(sim\.worker-[^"'`]*\.js)/.exec(js)?.[1];
    expect(worker).toBeDefined();
    const response = await fetch(new URL(worker!, entry));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('raised no errors in any page', () => {
    expect(problems).toEqual([]);
  });
});
