// "Run N seeds" in a real Chromium: a workspace with the Micron ban and a branch without it opens from a link; Cancel
// stops every batch worker; 10 seeds of both branches draw the median and bands on the charts, whose numbers are the
// CLI's for the same seeds (`npm run sim -- --scenario FILE --branch ID --runs 10`); the difference between the
// branches is said paired by seed; the bands CSV holds the CLI's numbers; switching views plays nothing again.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { differenceSentences } from '../../src/app/ensemble/bandWords.ts';
import { formatValue } from '../../src/app/charts/format.ts';
import { presetScenario } from '../../src/model/presets.ts';
import type { BranchReport } from '../../src/sim/branchReport.ts';
import { BAND_OUTCOMES } from '../../src/sim/ensemble.ts';
import { bandTable, playEnsemble, roundBand } from '../../src/sim/ensembleReport.ts';
import { shareHash } from '../../src/sim/files/link.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';
import { launchChromium, pictureCaption } from './browser.ts';

const SEEDS = 10;
const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

// the Micron preset, small enough to play 20 seeds quickly, with a branch that never bans Micron
const micron = { ...presetScenario('micron-2023'), firms: 100, rounds: 8 };
const noBan = {
  ...micron,
  timeline: micron.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
};
const workspace = newWorkspace(micron);
workspace.branches.push({ id: 'no-ban', name: 'No ban', parent: 'main', fromRound: 2, scenario: noBan });
workspace.compare = 'no-ban';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
/** batch workers the page started, and those that have ended */
const batch = { opened: 0, closed: 0 };
let cli: Record<'main' | 'no-ban', BranchReport>;

async function simText(...args: string[]): Promise<string> {
  const { stdout } = await run(join(root, 'node_modules/.bin/tsx'), ['src/cli/sim.ts', ...args], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  return stdout;
}
const sim = async (...args: string[]) => JSON.parse(await simText(...args)) as BranchReport;
/** the CLI's `--format bands` text for the main line: the app's bands CSV rows for it, to the character */
let cliBands: string;
/** the same with `--draw-assumptions` */
let cliDrawnBands: string;

const box = () => page.getByTestId('ensemble');
const card = (chart: string) => page.locator(`figure[data-chart=${chart}]`);

/** A column of a chart's data table, by its header, round 0 first. */
async function column(chart: string, header: string): Promise<string[]> {
  const toggle = card(chart).getByRole('button', { name: /data as table|Hide data table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = card(chart).locator('table').first();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const col = headers.indexOf(header);
  expect(col, `column "${header}" in ${headers.join(' | ')}`).toBeGreaterThan(0);
  return table
    .locator('tbody tr')
    .evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent?.trim() ?? ''), col);
}

async function setSeeds(n: number) {
  const field = box().getByLabel('Seeds');
  await field.fill(String(n));
  // a count in range: the button says it as it is typed, before the field is left
  if (n >= 10 && n <= 1000)
    await expect
      .poll(() => box().locator('button.run-seeds').innerText())
      .toMatch(new RegExp(`^Run ${n} seeds`));
  await field.press('Tab');
}

beforeAll(async () => {
  // the CLI's numbers for the same workspace and seeds, made before the browser starts so they do not compete
  const dir = mkdtempSync(join(tmpdir(), 'ensemble-e2e-'));
  const file = join(dir, 'workspace.json');
  writeFileSync(file, JSON.stringify(workspace));
  cli = {
    main: await sim('--scenario', file, '--branch', 'main', '--runs', String(SEEDS)),
    'no-ban': await sim('--scenario', file, '--branch', 'no-ban', '--runs', String(SEEDS)),
  };
  const mainRuns = ['--scenario', file, '--branch', 'main', '--runs', String(SEEDS)];
  cliBands = await simText(...mainRuns, '--format', 'bands');
  cliDrawnBands = await simText(...mainRuns, '--draw-assumptions', '--format', 'bands');
  browser = await launchChromium({ width: 1280, height: 1000 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('worker', (w) => {
    if (!w.url().includes('batch')) return;
    batch.opened++;
    w.on('close', () => batch.closed++);
  });
  const link = shareHash(workspace);
  if (!link.ok) throw new Error(link.message);
  await page.goto(`${inject('baseUrl')}${link.hash}`);
  await page.getByRole('button', { name: 'Got it' }).click();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('Run N seeds', () => {
  it('cancels a long ensemble at once, leaving no batch worker running', async () => {
    await setSeeds(1000);
    await box().getByRole('button', { name: 'Run 1000 seeds of both branches' }).click();
    await expect
      .poll(() => box().locator('progress').getAttribute('value'), { timeout: 30_000 })
      .not.toBe('0');
    expect(batch.opened).toBeGreaterThan(0);
    expect(batch.closed).toBeLessThan(batch.opened);
    await box().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => batch.closed, { timeout: 10_000 }).toBe(batch.opened);
    expect(await box().locator('[aria-live]').innerText()).toBe(
      'Cancelled: every worker was stopped and nothing from that run is kept.',
    );
    expect(await box().getByTestId('show-bands').isDisabled()).toBe(true);
  });

  it('refuses a seed count outside 10 to 1,000 in a sentence', async () => {
    // while typed, a count out of range leaves the button at the count last settled on (1000), not at a prefix (500)
    await box().getByLabel('Seeds').fill('5000');
    await expect.poll(() => box().locator('button.run-seeds').innerText()).toMatch(/^Run 1000 seeds/);
    await setSeeds(5);
    expect(await box().getByRole('alert').innerText()).toBe('Seeds must be from 10 to 1,000; 5 is outside.');
    expect(await box().getByRole('button', { name: /^Run/ }).isDisabled()).toBe(true);
  });

  it('plays 10 seeds of both branches and draws the median and bands the CLI prints for the same seeds', async () => {
    await setSeeds(SEEDS);
    await box()
      .getByRole('button', { name: `Run ${SEEDS} seeds of both branches` })
      .click();
    await expect
      .poll(() => box().locator('[aria-live]').getAttribute('data-step'), { timeout: 60_000 })
      .toBe('done');
    // the pool keeps its two workers, idle and warm, for a run soon after (WARM_MS); the cancelled run's are gone
    expect(batch.opened - batch.closed).toBe(2);
    const first = cli.main.ensemble!.seeds.first;
    expect(await box().locator('[aria-live]').innerText()).toMatch(
      new RegExp(
        `^${SEEDS} seeds played \\(seed numbers ${first} to ${first + SEEDS - 1}\\) in \\d+\\.\\d s\\.$`,
      ),
    );
    expect(await box().getByTestId('show-bands').getAttribute('aria-pressed')).toBe('true');

    // the bands are drawn: a 90% and a 50% area under each cost line, and the table reads the same numbers
    expect(await card('cost').getAttribute('data-bands')).toBe(String(SEEDS));
    expect(await card('cost').locator('path.band[data-band=global]').count()).toBe(2);
    expect(await card('cost').locator('path.band-90[data-band=CHN]').getAttribute('d')).toMatch(/^M/);
    const effect = cli.main.ensemble!.outcomes;
    const signed = (v: number) => formatValue(v, { signed: true });
    expect(await column('cost', 'Global, median')).toEqual(
      effect['cost.global'].effect.map((b) => signed(b.p50)),
    );
    expect(await column('cost', 'China, 90% of runs')).toEqual(
      effect['cost.CHN'].effect.map((b) => `${signed(b.p5)} to ${signed(b.p95)}`),
    );

    // the raw index reads the raw bands
    await page.getByRole('button', { name: 'Raw index' }).click();
    expect(await card('cost').getAttribute('data-reading')).toBe('raw');
    expect(await column('cost', 'Global, median')).toEqual(
      effect['cost.global'].raw.map((b) => formatValue(b.p50)),
    );
    await page.getByRole('button', { name: 'Against the same world without measures' }).click();
  });

  it('says what the ban does against the branch without it, paired by seed', async () => {
    await box().getByText('The spread in words').click();
    const a = playEnsemble({ workspace, branchId: 'main' }, SEEDS);
    const b = playEnsemble({ workspace, branchId: 'no-ban' }, SEEDS);
    const expected = differenceSentences(bandTable(a, BAND_OUTCOMES, b), SEEDS, 'Main run', 'No ban');
    const chn = expected.find((w) => w.id === 'cost.CHN')!.text;
    expect(chn).toMatch(/^By Q\d \d{4}, “Main run” (adds|lowers|changes|leaves) .*China’s cost/);
    expect(await box().locator('[data-testid=paired-words] li[data-outcome="cost.CHN"]').innerText()).toBe(
      chn,
    );
    expect(await box().getByTestId('paired-words').locator('li').count()).toBe(8);
    // each list says whose numbers it holds
    expect(await box().locator('.words-head').allInnerTexts()).toEqual([
      '“Main run” against “No ban”, seed by seed:',
      'What the measures of “Main run” do, against the same world without them:',
    ]);
    expect(await box().innerText()).not.toMatch(/NaN/);

    // the what-if view draws the same per-seed differences, raw as that chart reads them
    await page.locator('[data-view=difference]').click();
    expect(await card('difference').getAttribute('data-bands')).toBe(String(SEEDS));
    expect(await card('difference').locator('path.band[data-band=cost]').count()).toBe(2);
    const paired = bandTable(a, BAND_OUTCOMES, b)['cost.global'].raw;
    expect(await column('difference', 'Global cost index: median')).toEqual(
      paired.map((x) => formatValue(x.p50, { signed: true })),
    );
    await page.locator('[data-view=costs]').click();
  });

  it('exports the bands as CSV with the CLI’s numbers, both branches and their paired difference', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      box().getByTestId('export-bands').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/10-seeds-bands\.csv$/);
    const lines = readFileSync(await download.path())
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('branch,outcome,reading,round,label,p5,p25,p50,p75,p95,seeds,unit');
    // the main line's rows are the CLI's `--format bands` output, line for line
    expect(lines.filter((l) => l.startsWith('Main run,'))).toEqual(cliBands.trim().split('\n').slice(1));
    const rows = lines.slice(1).map((l) => l.split(','));
    const pick = (branch: string, outcome: string, reading: string) =>
      rows
        .filter((r) => r[0] === branch && r[1] === outcome && r[2] === reading)
        .map((r) => r.slice(5, 11).map(Number));
    const asRows = (bands: BranchReport['ensemble'], id: string, reading: 'raw' | 'effect') =>
      bands!.outcomes[id][reading].map((b) => [b.p5, b.p25, b.p50, b.p75, b.p95, b.n]);
    for (const id of ['cost.global', 'cost.CHN', 'divergence', 'crossBloc', 'welfare.CHN'])
      for (const reading of ['raw', 'effect'] as const) {
        expect(pick('Main run', id, reading)).toEqual(asRows(cli.main.ensemble, id, reading));
        expect(pick('No ban', id, reading)).toEqual(asRows(cli['no-ban'].ensemble, id, reading));
      }
    const a = playEnsemble({ workspace, branchId: 'main' }, SEEDS);
    const b = playEnsemble({ workspace, branchId: 'no-ban' }, SEEDS);
    const paired = bandTable(a, BAND_OUTCOMES, b)['cost.CHN'].effect.map(roundBand);
    expect(pick('Main run minus No ban', 'cost.CHN', 'effect')).toEqual(
      paired.map((x) => [x.p5, x.p25, x.p50, x.p75, x.p95, x.n]),
    );
  });

  it('keeps the ensemble when the view changes: the trade view draws its bands without playing again', async () => {
    const opened = batch.opened;
    await page.locator('[data-view=trade]').click();
    expect(await card('cross-bloc').getAttribute('data-bands')).toBe(String(SEEDS));
    // the plot is drawn a task after its card (once its width is known): wait for the two bands, then count them
    await card('cross-bloc').locator('path.band').nth(1).waitFor();
    expect(await card('cross-bloc').locator('path.band').count()).toBe(2);
    await page.locator('[data-view=costs]').click();
    expect(await card('divergence').getAttribute('data-bands')).toBe(String(SEEDS));
    expect(batch.opened).toBe(opened);
    // a picture of the chart says what it shows: scenario, branches, the seeds and the fingerprint
    const [svg] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      card('cost').locator('[data-download=svg]').click(),
    ]);
    const picture = readFileSync(await svg.path()).toString('utf8');
    const first = cli.main.ensemble!.seeds.first;
    expect(pictureCaption(picture)).toBe(
      `Decoupling Lab · ${micron.name} · branch “Main run” · compared with “No ban” · ${SEEDS} seeds (${first}–${first + SEEDS - 1}), median and 50%/90% bands · fingerprint ${cli.main.fingerprint}`,
    );
    // the bands can be put away and the single run comes back
    await box().getByTestId('show-bands').click();
    expect(await card('cost').getAttribute('data-bands')).toBeNull();
    expect(await card('cost').locator('path.band').count()).toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/ensemble.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('varies the assumptions too when asked: the bands are the CLI’s --draw-assumptions, kept apart from the seeds’ own', async () => {
    const vary = box().getByRole('checkbox', { name: 'Vary assumptions too' });
    expect(await vary.isChecked()).toBe(false);
    await vary.check();
    // the seeds-only bands are not these: nothing is shown until the seeds are played with the assumptions drawn
    await box()
      .getByRole('button', { name: /^Run 10 seeds/ })
      .click();
    await expect
      .poll(() => box().locator('[aria-live]').innerText(), { timeout: 60_000 })
      .toMatch(/10 seeds played \(seed numbers \d+ to \d+, assumptions drawn\)/);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      box().getByTestId('export-bands').click(),
    ]);
    const lines = readFileSync(await download.path())
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines.filter((l) => l.startsWith('Main run,'))).toEqual(cliDrawnBands.trim().split('\n').slice(1));
    expect(cliDrawnBands).not.toBe(cliBands);
    // and off again: the seeds-only bands come back without playing
    const opened = batch.opened;
    await vary.uncheck();
    await expect
      .poll(() => box().locator('[aria-live]').innerText())
      .toMatch(/10 seeds played \(seed numbers \d+ to \d+\)/);
    expect(batch.opened).toBe(opened);
    expect(pageErrors).toEqual([]);
  });
});
