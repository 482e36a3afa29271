// Sensitivity in a real Chromium: the view says how long a tornado will take, runs a small one (two seeds, the small
// world) on the worker pool and draws its bars, ranked as the engine ranks them in Node; its CSV export is the CLI's
// text to the last digit; a longer run is cancelled from the keyboard and leaves no pool worker behind; a sweep draws
// its median and bands and exports the same CSV as `npm run sim -- --sweep`.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sensitivityText } from '../../src/cli/sensitivity.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { ensembleSeeds } from '../../src/sim/ensemble.ts';
import { sensitivityPlan } from '../../src/sim/sensitivity.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'test-results/screenshots';
const root = new URL('../../', import.meta.url).pathname;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** The Micron preset in the small world, as the view plays it by default. */
const micronSmall = parseScenario({ ...presetScenario('micron-2023'), firms: 100 });
/** runs of a tornado at `seeds` seeds: the base and each end of each parameter (ends the preset already has are the base) */
const tornadoRuns = (seeds: number) =>
  sensitivityPlan({ root: micronSmall, schedule: [] }, ensembleSeeds(micronSmall.seed, seeds)).tasks.length;

async function downloadOf(action: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), action()]);
  return readFileSync(await download.path()).toString('utf8');
}

async function setNumber(id: string, value: number) {
  const field = page.locator(`#${id}`);
  await field.fill(String(value));
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(String(value));
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByTestId('fingerprint').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('the sensitivity view', () => {
  it('says what the tornado means and how long it will take before it starts', async () => {
    await page.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    await expect
      .poll(() => page.locator('#tornado-help').innerText())
      .toMatch(/the longer a parameter’s bars, the more the\s+result depends on that assumption/);
    // the scenario's own size by default; the small world for a fast test
    expect(await page.locator('#sensitivity-world option:checked').innerText()).toMatch(/400 firms/);
    await page.locator('#sensitivity-world').selectOption({ label: 'Small: 100 firms (faster)' });
    await setNumber('sensitivity-seeds', 2);
    await page.locator('#sensitivity-outcome').selectOption('cost.CHN');
    // 30 parameters at two ends, plus the base, at 2 seeds (less the ends the preset already has)
    expect(tornadoRuns(2)).toBeGreaterThan(110);
    await expect
      .poll(() => page.getByTestId('tornado-estimate').innerText())
      .toMatch(
        new RegExp(`^${tornadoRuns(2)} runs of 12 rounds: (a few seconds|about \\d+ seconds) on \\d workers`),
      );
  });

  it('runs a small tornado on the pool and draws the bars the engine ranks, exported as the CLI prints them', async () => {
    await page.locator('[data-action=run-tornado]').click();
    const card = page.locator('figure[data-chart=tornado]');
    await card.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('sensitivity-message').innerText())
      .toMatch(new RegExp(`^The tornado is done: ${tornadoRuns(2)} runs in \\d+\\.\\d seconds\\.$`));
    const cli = sensitivityText(
      { scenario: micronSmall },
      { mode: 'sensitivity', sweeps: [], outcome: 'cost.CHN', reading: 'effect', runs: 2, format: 'csv' },
    );
    const cliRows = cli
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const rows = card.locator('g.row');
    const drawn = await rows.evaluateAll((gs) =>
      gs.map((g) => ({
        key: g.getAttribute('data-param'),
        low: Number(g.getAttribute('data-low')),
        high: Number(g.getAttribute('data-high')),
        basis: g.getAttribute('data-basis'),
      })),
    );
    expect(drawn.length).toBeGreaterThan(5);
    // the bars drawn are the CLI's ranking, top down (rows with no change have no bar and come last in the CLI)
    expect(drawn.map((d) => d.key)).toEqual(cliRows.slice(0, drawn.length).map((r) => r[1]));
    expect(drawn[0].key).toBe(cliRows[0][1]);
    expect(drawn.some((d) => d.basis === 'sourced')).toBe(true);
    expect(drawn.some((d) => d.basis === 'assumption')).toBe(true);
    expect(drawn.every((d) => Number.isFinite(d.low) && Number.isFinite(d.high))).toBe(true);
    // hatched and solid fills
    const fills = await card.locator('rect.bar').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    expect(new Set(fills)).toEqual(
      new Set([
        'url(#tornado-fill-low-sourced)',
        'url(#tornado-fill-high-sourced)',
        'url(#tornado-fill-low-assumption)',
        'url(#tornado-fill-high-assumption)',
      ]),
    );
    expect(await card.getByText('Change, index points').count()).toBe(1);
    // the base every bar is measured from, in words
    expect(await card.getByTestId('tornado-base').innerText()).toMatch(
      /^With every setting (at its default|as the scenario has it), the measures’ effect on supply-chain cost, China is [+\u2212]?\d+\.\d\d index points \(median of 2 seeds\)/,
    );
    expect(await card.locator('h3').innerText()).toBe(
      'Which assumption matters most: Supply-chain cost, China',
    );
    const csv = await downloadOf(() => page.locator('[data-action=export-tornado]').click());
    expect(csv).toBe(cli);
    await card.screenshot({ path: `${SHOTS}/20-sensitivity-tornado.png` });
    const axe = await new AxeBuilder({ page }).include('.sensitivity').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  }, 120_000);

  it('re-reads the played tornado for another outcome at once, without playing again', async () => {
    await page.locator('#sensitivity-outcome').selectOption('cost.global');
    await expect
      .poll(() => page.locator('figure[data-chart=tornado] h3').innerText())
      .toBe('Which assumption matters most: Supply-chain cost, world');
    expect(await page.getByTestId('sensitivity-progress').count()).toBe(0);
  });

  it('cancels a longer run from the keyboard: the bar goes, the last tornado stays, no pool worker is left', async () => {
    await setNumber('sensitivity-seeds', 40);
    await page.locator('[data-action=run-tornado]').focus();
    await page.keyboard.press('Enter');
    const progress = page.getByTestId('sensitivity-progress');
    await progress.waitFor();
    await expect.poll(() => page.locator('#sensitivity-progress-bar').getAttribute('value')).not.toBe('0');
    const total = tornadoRuns(40);
    expect(await progress.innerText()).toMatch(new RegExp(`Playing the tornado: \\d+ of ${total} runs`));
    expect(page.workers().length).toBeGreaterThan(1);
    await page.locator('[data-action=cancel]').press('Enter');
    await expect
      .poll(() => page.getByTestId('sensitivity-message').innerText())
      .toMatch(new RegExp(`^The tornado was cancelled after \\d+ of ${total} runs`));
    expect(await progress.count()).toBe(0);
    // only the simulator's own worker remains (a terminated worker's close can take a moment on a loaded machine)
    await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(1);
    expect(await page.locator('figure[data-chart=tornado] g.row').count()).toBeGreaterThan(5);
    await setNumber('sensitivity-seeds', 2);
  });

  it('runs a sweep with bands and exports the same CSV as the CLI', async () => {
    await setNumber('sensitivity-seeds', 2);
    await page.locator('#sweep-param').selectOption('elasticityScale');
    await setNumber('sweep-steps', 3);
    await page.locator('[data-action=run-sweep]').click();
    const card = page.locator('figure[data-chart=sweep]');
    await card.waitFor({ timeout: 60_000 });
    const points = await card
      .locator('circle.point')
      .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-value'))));
    expect(points).toEqual([0.25, 1.625, 3]);
    expect(await card.locator('path.band').count()).toBe(2);
    const csv = await downloadOf(() => page.locator('[data-action=export-sweep]').click());
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [
        'src/cli/sim.ts',
        '--preset',
        'micron-2023',
        '--firms',
        '100',
        '--runs',
        '2',
        '--sweep',
        'elasticityScale=0.25:3:3',
        '--outcome',
        'cost.global',
        '--format',
        'csv',
      ],
      { cwd: root },
    );
    expect(csv).toBe(stdout);
    expect(csv.split('\n')[0]).toBe('outcome,reading,params.elasticityScale,seeds,p5,p25,p50,p75,p95');
    await card.screenshot({ path: `${SHOTS}/21-sensitivity-sweep.png` });
  });

  it('draws a two-parameter sweep as a heat map labelled with its numbers', async () => {
    await page.locator('#sweep-grid').check();
    await page.locator('#grid-param').selectOption('shortagePremium');
    await setNumber('grid-steps', 2);
    await page.locator('[data-action=run-sweep]').click();
    const card = page.locator('figure[data-chart=sweep-grid]');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.locator('g.cell').count()).toBe(6);
    await card.screenshot({ path: `${SHOTS}/22-sensitivity-grid.png` });
    const labels = await card.locator('g.cell text').allTextContents();
    expect(labels.every((t) => /^[+\u2212]?\d+\.\d\d$/.test(t.trim()))).toBe(true);
    expect(await page.locator('.sensitivity').innerText()).not.toMatch(/\bNaN\b|undefined|Infinity/);
    await page.getByRole('button', { name: 'Costs and standards', exact: true }).click();
    expect(problems).toEqual([]);
  });
});
