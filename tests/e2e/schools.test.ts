// Where schools are: the hosted folder served from a sub-path of school web space, its offline copy (a reload with
// the network cut and the server gone; a new build taking over cleanly), and the single file opened from disk.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

const SUB_PATH = '/some/sub/folder/';
const SHOTS = 'test-results/screenshots';

/** The cost chart's drawn lines: each path's number of points (commands in its `d`). */
async function costLines(page: Page): Promise<number[]> {
  const card = page.locator('figure.chart-card').filter({
    has: page.getByRole('heading', { name: 'Supply-chain cost index' }),
  });
  const ds = await card
    .locator('svg path.line')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
  return ds.map((d) => (d.match(/[ML]/g) ?? []).length);
}

/** Waits until the run is computed to its last round and the cost chart draws it (the worker did its work). */
async function expectDrawnToTheEnd(page: Page) {
  await page.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor({ timeout: 30_000 });
  // the guide opens on a first visit only (it is open by the time the charts are)
  const guide = page.getByRole('button', { name: 'Got it' });
  if (await guide.isVisible()) await guide.click();
  const total = Number(await page.locator('#round-scrubber').getAttribute('max'));
  expect(total).toBeGreaterThan(3);
  await page.locator('h1').click();
  // End goes to the last round computed so far
  await expect
    .poll(
      async () => {
        await page.keyboard.press('End');
        return page.getByTestId('round-label').getAttribute('data-round');
      },
      { timeout: 30_000 },
    )
    .toBe(String(total));
  const lines = await costLines(page);
  expect(lines.length).toBeGreaterThan(0);
  expect(Math.min(...lines)).toBe(total + 1);
}

/** The names of this origin's caches (the offline copy keeps one per build and folder). */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('the hosted folder under a sub-path, and its offline copy', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let server: PreviewServer | null = null;
  let port = 0;
  const problems: string[] = [];
  // a copy of dist/ that the tests can change into "the next build" without touching dist/
  const folder = mkdtempSync(join(tmpdir(), 'decoupling-lab-hosted-'));

  async function serve() {
    await server?.close();
    server = await preview({
      base: SUB_PATH,
      build: { outDir: folder },
      logLevel: 'warn',
      // the same port each time: the offline copy belongs to one origin
      preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
    });
    port = Number(new URL(server.resolvedUrls!.local[0]).port);
    return `http://127.0.0.1:${port}${SUB_PATH}`;
  }

  async function cutNetwork() {
    await server?.close();
    server = null;
    await browser.context.setOffline(true);
  }

  beforeAll(async () => {
    cpSync('dist', folder, { recursive: true });
    browser = await launchChromium();
    page = await browser.context.newPage();
    const watch = (p: Page) => {
      p.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
      p.on('console', (m) => {
        if (m.type() !== 'error' || /ERR_INTERNET_DISCONNECTED/.test(m.text())) return;
        // the page outside the folder, opened to watch a handover, is the server's 404 on purpose
        if (!new URL(p.url()).pathname.startsWith(SUB_PATH) && /status of 404/.test(m.text())) return;
        problems.push(m.text());
      });
    };
    browser.context.on('page', watch);
    watch(page);
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads from a sub-path and draws the cost chart, with every file under that path', async () => {
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(SUB_PATH)) outside.push(r.url());
    });
    await page.goto(await serve());
    await expectDrawnToTheEnd(page);
    expect(outside).toEqual([]);
  });

  it('keeps an offline copy: with the network cut and the server gone, a reload opens the app and runs it, and the rulebook opens', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(SUB_PATH);
    expect(await cacheNames(page)).toHaveLength(1);
    await cutNetwork();
    await page.reload();
    await expectDrawnToTheEnd(page);
    await page.screenshot({ path: `${SHOTS}/schools-offline.png` });
    // the Chinese words, a chunk of their own that this visit never asked for, are in the copy too
    await page.locator('#language-picker').selectOption('zh-CN');
    await page.getByRole('heading', { name: '供应链成本指数' }).waitFor({ timeout: 10_000 });
    await page.locator('#language-picker').selectOption('en');
    await page.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor();
    // and the rulebook, as itself rather than as the app at the rulebook's address
    const rulebook = await browser.context.newPage();
    await rulebook.goto(new URL('rulebook/model.html#parameters', page.url()).href);
    expect(await rulebook.locator('h1').innerText()).toBe('Decoupling Lab: the model rulebook');
    expect(await rulebook.locator('.pages').evaluate((n) => getComputedStyle(n).position)).toBe('sticky');
    await rulebook.close();
  });

  it('takes a new build online, and once the old one’s pages are closed, keeps only the new copy', async () => {
    const [before] = await cacheNames(page);
    // "the next build": another index.html and, as every build writes, a sw.js with another manifest
    const index = join(folder, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<title>', '<meta name="build" content="next" />\n<title>'),
    );
    const sw = join(folder, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/(\\"version\\":\\")[0-9a-f]+/, '$1next'));
    await browser.context.setOffline(false);
    await serve();
    // online, a page comes from the network: the new build shows at once
    await page.reload();
    await expect.poll(() => page.locator('meta[name=build]').count()).toBe(1);
    // the app looks for a new sw.js on each visit; the new copy is made beside the old one
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
    await expect.poll(waiting, { timeout: 30_000 }).toBe('installed');
    expect((await cacheNames(page)).sort()).toEqual([before, before.replace(/\S+$/, 'next')].sort());
    // the old worker stays in charge of the open page; closing it hands over and removes the old copy
    await page.close();
    // watch from a page of the same site outside the folder: a page inside it, opened before the handover, would
    // be one more page of the old build and keep it in charge. Not the site's root: the server redirects "/" into the
    // folder (a CI run's page then hung on the old worker); any other path outside it is a plain 404 page
    page = await browser.context.newPage();
    const outside = await page.goto(`http://127.0.0.1:${port}/outside-the-folder`);
    expect(new URL(outside!.url()).pathname).toBe('/outside-the-folder');
    // Chromium hands over when it has unloaded the closed page's client, which a loaded machine can delay well past
    // 20 s (a clean-clone CI run at load 2-4 once missed 20 s): wait up to a minute
    await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toEqual([before.replace(/\S+$/, 'next')]);
    await page.goto(`http://127.0.0.1:${port}${SUB_PATH}`);
    await cutNetwork();
    await page.reload();
    await expect.poll(() => page.locator('meta[name=build]').count()).toBe(1);
    await expectDrawnToTheEnd(page);
  }, 150_000);

  it('raised no errors', () => {
    expect(problems).toEqual([]);
  });
});

describe('the single file, opened from disk', () => {
  it('draws the charts and plays a round, under its own policy, with its workers started from blob: URLs', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(inject('singleFile')).href);
      expect(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content')).toMatch(
        /script-src 'sha256-[^']+'; worker-src blob:/,
      );
      await expectDrawnToTheEnd(page);
      await page.keyboard.press('Home');
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid=round-label]')?.getAttribute('data-round')) >= 1,
      );
      expect(page.workers().length).toBeGreaterThan(0);
      for (const w of page.workers()) expect(w.url()).toMatch(/^blob:/);
      await page.screenshot({ path: `${SHOTS}/schools-single-file.png` });
      // the Chinese words are in the page too
      await page.locator('#language-picker').selectOption('zh-CN');
      await page.getByRole('heading', { name: '供应链成本指数' }).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('round-label').innerText()).toMatch(/^第\d+回合/);
      // nothing but the page itself (and the blob: and data: URLs it makes) is ever loaded
      expect(requests.filter((u) => !/^(blob|data):/.test(u))).toEqual([page.url()]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
