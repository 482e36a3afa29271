// Several futures in a real Chromium: three branches made through the page, each without a different measure of the
// Micron preset, compared at once with the main line ("Compare with" and "Also compare"); 10 seeds of all four; bands
// for each compared branch on the difference view; China's cost against each branch read from the "Who pays" table
// and checked against the same seeds played in Node; the exported workspace and bands CSV hold every compared branch.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rangeText } from '../../src/app/charts/bands.ts';
import { formatValue } from '../../src/app/charts/format.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { BAND_OUTCOMES } from '../../src/sim/ensemble.ts';
import { bandTable, playEnsemble } from '../../src/sim/ensembleReport.ts';
import { shareHash } from '../../src/sim/files/link.ts';
import { parseFile } from '../../src/sim/files/validate.ts';
import { comparedIds, newWorkspace, type Workspace } from '../../src/sim/workspace.ts';
import { pairedCosts } from '../../src/app/printReport.ts';
import { STATE_NAMES } from '../../src/model/names.ts';
import type { StateCode } from '../../src/model/types.ts';
import { launchChromium, pictureCaption } from './browser.ts';

const SEEDS = 10;
const micron = { ...presetScenario('micron-2023'), firms: 100, rounds: 8 };
/** the branches made, the round each starts at, and the measure each goes without (its Remove button's name) */
const BRANCHES = [
  { name: 'No ban', from: 3, remove: /^Remove: China bars critical-infrastructure operators/ },
  { name: 'No gallium controls', from: 3, remove: /^Remove: .*gallium.*, round 4$/i },
  { name: 'No YMTC listing', from: 1, remove: /^Remove: .*YMTC.*, round 1$/ },
];

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
/** the workspace as the page exported it */
let workspace: Workspace;

const box = () => page.getByTestId('ensemble');
const card = (chart: string) => page.locator(`figure[data-chart=${chart}]`);
const points = (v: number) => formatValue(v, { signed: true });

async function expectNoAxeViolations(label: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`);
  expect(found).toEqual([]);
}

/** Steps to a round with the arrow keys. A step past the rounds computed so far is refused (the run may still be
 * coming in from its worker on a loaded machine), so the keys are pressed until the label shows the round. */
async function goToRound(round: number) {
  await page.locator('h1').click();
  const shown = async () => Number(await page.getByTestId('round-label').getAttribute('data-round'));
  const deadline = Date.now() + 30_000;
  for (let now = await shown(); now !== round; now = await shown()) {
    if (Date.now() > deadline) throw new Error(`the play head stays at round ${now}, not ${round}`);
    await page.keyboard.press(now < round ? 'ArrowRight' : 'ArrowLeft');
    if ((await shown()) === now) await page.waitForTimeout(100);
  }
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path()).toString('utf8') };
}

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 1000 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const link = shareHash(newWorkspace(micron));
  if (!link.ok) throw new Error(link.message);
  await page.goto(`${inject('baseUrl')}${link.hash}`);
  await page.getByRole('button', { name: 'Got it' }).click();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('several futures compared', () => {
  it('makes three branches, each without a different measure', async () => {
    for (const b of BRANCHES) {
      await page.locator('#branch-picker').selectOption('main');
      await goToRound(b.from);
      await page.getByRole('button', { name: 'Branch here' }).click();
      await page.getByLabel(/Name of the new branch/).fill(b.name);
      await page.getByRole('button', { name: 'Create branch' }).click();
      await expect.poll(() => page.locator('#branch-picker option:checked').textContent()).toContain(b.name);
      await page.getByRole('button', { name: b.remove }).click();
      await expect.poll(() => page.getByRole('button', { name: b.remove }).count()).toBe(0);
    }
    expect(await page.locator('#branch-picker option').count()).toBe(4);
  });

  it('compares the main line with all three: more than one only after a first, each in the legend', async () => {
    await page.locator('#branch-picker').selectOption('main');
    // the main line was the last branch's baseline; on view now, it is compared with nothing
    expect(await page.locator('#compare-picker').inputValue()).toBe('');
    const also = page.getByTestId('also-compare');
    await also.locator('summary').click();
    const tick = (name: string) => also.getByRole('checkbox', { name });
    expect(await tick('No gallium controls').isDisabled()).toBe(true);
    expect(await also.locator('#also-compare-why').innerText()).toBe(
      'Choose a branch under “Compare with” first.',
    );

    await page.locator('#compare-picker').selectOption({ label: 'No ban' });
    await tick('No gallium controls').check();
    await tick('No YMTC listing').check();
    expect(await also.locator('summary').innerText()).toContain('Also compare (2)');
    await expectNoAxeViolations('also compare, open');
    await also.locator('summary').click();
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('.status').innerText(), { timeout: 60_000 })
      .toContain('All 8 rounds computed');

    const legend = await card('cost').getByRole('group', { name: 'Cost series shown' }).innerText();
    for (const [name, dash] of [
      ['No ban', 'dashed'],
      ['No gallium controls', 'dash-dot'],
      ['No YMTC listing', 'short dashes'],
    ])
      expect(legend).toContain(`${name} (${dash})`);
    // and which lines are the branch on view's: the solid ones, said before the chart's description
    expect(await card('cost').locator('p.description').innerText()).toMatch(
      /^Solid lines: “Main run”, the branch on view\. /,
    );
    // 8 series (world and seven states) for each of the three compared branches
    expect(await card('cost').locator('path.line.compare').count()).toBe(24);
    await page.screenshot({ path: 'test-results/screenshots/compare-costs.png', fullPage: true });
  });

  it('plays 10 seeds of all four branches and draws the paired bands against each one', async () => {
    const field = box().getByLabel('Seeds');
    await field.fill(String(SEEDS));
    await field.press('Tab');
    await box()
      .getByRole('button', { name: `Run ${SEEDS} seeds of all 4 branches` })
      .click();
    await expect
      .poll(() => box().locator('[aria-live]').innerText(), { timeout: 120_000 })
      .toMatch(new RegExp(`^${SEEDS} seeds played`));
    expect(await card('cost').getAttribute('data-bands')).toBe(String(SEEDS));
    // the compared branches are drawn as their own ensembles' medians
    expect(await card('cost').locator('path.line.compare').count()).toBe(24);
    expect(await box().getByTestId('paired-words').count()).toBe(3);

    await page.locator('[data-view=difference]').click();
    expect(await card('difference').getAttribute('data-bands')).toBe(String(SEEDS));
    for (const band of ['cost', 'cost-2', 'cost-3', 'divergence', 'divergence-2', 'divergence-3'])
      expect(await card('difference').locator(`path.band[data-band=${band}]`).count(), band).toBe(2);
    await page.screenshot({ path: 'test-results/screenshots/compare-difference.png', fullPage: true });
    await expectNoAxeViolations('what-if difference of four branches, who pays');
  });

  it('reads China’s cost against each compared branch, paired by seed, as Node plays the same seeds', async () => {
    const file = await downloaded(async () => {
      await page.locator('.work-bar summary', { hasText: 'Export' }).click();
      await page.getByRole('button', { name: 'Workspace with all branches (JSON)' }).click();
    });
    const read = parseFile(file.text);
    if (!read.ok || read.kind !== 'workspace') throw new Error('the exported workspace does not open');
    workspace = read.workspace;
    const names = (ids: string[]) => ids.map((id) => workspace.branches.find((b) => b.id === id)?.name);
    expect(workspace.active).toBe('main');
    expect(names(comparedIds(workspace))).toEqual(BRANCHES.map((b) => b.name));
    expect(names(workspace.compareAlso ?? [])).toEqual(['No gallium controls', 'No YMTC listing']);

    const table = page.getByTestId('who-pays').locator('table').first();
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    const china = await table
      .locator('tbody tr', { has: page.locator('th', { hasText: /^China$/ }) })
      .locator('th, td')
      .allTextContents();
    const main = playEnsemble({ workspace, branchId: 'main' }, SEEDS);
    for (const id of comparedIds(workspace)) {
      const name = names([id])[0]!;
      const col = headers.indexOf(`Main run minus ${name}, ${SEEDS} seeds: median (90% of runs)`);
      expect(col, `paired column for ${name} in ${headers.join(' | ')}`).toBeGreaterThan(0);
      const other = playEnsemble({ workspace, branchId: id }, SEEDS);
      const band = bandTable(main, BAND_OUTCOMES, other)['cost.CHN'].raw.find((b) => b.round === 8)!;
      // the table gives two or three digits where every figure in it is under a point (WhoPays stateDigits)
      const digits = china[col].trim().split(' ')[0]!.split('.')[1]?.length ?? 0;
      expect(digits).toBeGreaterThanOrEqual(1);
      const at = (v: number) => formatValue(v, { signed: true, digits });
      expect(china[col].trim()).toBe(`${at(band.p50)} (${rangeText(band.p5, band.p95, at)})`);
    }
    // the ban does not make China's buyers pay less; by the last round they have re-qualified with other memory
    // makers, and Micron has cut its idle capacity's price, so in the median it still costs them a few hundredths
    const noBan = headers.indexOf(`Main run minus No ban, ${SEEDS} seeds: median (90% of runs)`);
    expect(Number(china[noBan].split(' ')[0].replace('−', '-'))).toBeGreaterThanOrEqual(0);
    expect(await page.getByTestId('who-pays').innerText()).not.toMatch(/NaN|undefined/);
    // a table wider than its column scrolls sideways; its caption wraps within the column instead of running off it
    const fits = await page
      .getByTestId('who-pays')
      .locator('div.wrap')
      .evaluateAll((wraps) =>
        wraps.map((w) => ({
          wide: w.scrollWidth > w.clientWidth,
          fits: w.querySelector('caption')!.getBoundingClientRect().width <= w.clientWidth + 1,
        })),
      );
    expect(fits.some((f) => f.wide)).toBe(true);
    expect(fits.every((f) => f.fits)).toBe(true);
  });

  it('exports the bands of all four branches and the three paired differences, and a captioned picture', async () => {
    const csv = await downloaded(() => box().getByTestId('export-bands').click());
    const sections = new Set(
      csv.text
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    expect([...sections]).toEqual([
      'Main run',
      ...BRANCHES.map((b) => b.name),
      ...BRANCHES.map((b) => `Main run minus ${b.name}`),
    ]);

    await page.locator('[data-view=costs]').click();
    const svg = await downloaded(() => card('cost').locator('[data-download=svg]').click());
    const caption = pictureCaption(svg.text);
    expect(caption).toContain(
      'branch “Main run” · compared with “No ban”, “No gallium controls” and “No YMTC listing” · 10 seeds',
    );

    // the memory market follows the comparison: each maker's share in every branch
    await page.locator('[data-view=memory]').click();
    await page.getByTestId('memory-by-branch').locator('thead th').first().waitFor();
    const memory = await page.getByTestId('memory-by-branch').locator('thead th').allTextContents();
    for (const b of BRANCHES) expect(memory.map((h) => h.trim())).toContain(b.name);
    expect(await page.getByTestId('memory-by-branch').innerText()).not.toMatch(/NaN|n\/a/);
    await page.screenshot({ path: 'test-results/screenshots/compare.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('prints a report that draws every compared branch, says how sure, and still fits one A4 page', async () => {
    await page.getByRole('button', { name: 'Run report' }).click();
    const report = page.locator('.print-report');
    await report.getByRole('button', { name: 'Print report' }).waitFor();
    // how sure: the 10 seeds' median and middle 90% of the world's cost effect at the end, as Node plays them, and
    // China's cost against the branch without the ban, paired by seed
    const sure = report.getByTestId('report-sure');
    expect(await sure.getByRole('heading').innerText()).toMatch(/^How sure: 10 seeds \(\d+ to \d+\)$/);
    const main = playEnsemble({ workspace, branchId: 'main' }, SEEDS);
    const world = bandTable(main, BAND_OUTCOMES)['cost.global'].effect.at(-1)!;
    expect(await sure.innerText()).toContain(
      `Supply-chain cost (index points): world ${points(world.p50)} (${points(world.p5)} to ${points(world.p95)}); United States `,
    );
    const noBan = workspace.branches.find((b) => b.name === 'No ban')!.id;
    const against = bandTable(main, BAND_OUTCOMES, playEnsemble({ workspace, branchId: noBan }, SEEDS));
    const pairedLine = await sure.locator('p', { hasText: 'minus “No ban”, paired by seed' }).innerText();
    const items = pairedCosts(against).map(
      (r) =>
        `${r.subject === 'global' ? 'world' : STATE_NAMES[r.subject as StateCode]} ${points(r.median)} (${points(r.lo)} to ${points(r.hi)})`,
    );
    expect(items[0]).toMatch(/^world /);
    expect(pairedLine).toBe(
      `Main run minus “No ban”, paired by seed, supply-chain cost in index points: ${items.join('; ')}.`,
    );
    expect(await report.innerText()).not.toMatch(/NaN|undefined/);
    const legend = await report.getByRole('group', { name: 'Cost series shown' }).innerText();
    for (const b of BRANCHES) expect(legend).toContain(b.name);
    expect(await report.locator('.facts').innerText()).toContain(
      'Compared with\n“No ban”, “No gallium controls”, “No YMTC listing” (dashed lines)',
    );
    // as the Print button prints: no script runs between the print layout and the paper, so the charts keep the
    // width they were drawn at on screen (emulating print media first would let them redraw at another width)
    const pdf = await page.pdf({ format: 'A4' });
    await page.screenshot({ path: 'test-results/screenshots/compare-report.png', fullPage: true });
    expect(Number(/\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1])).toBe(1);
    await page.getByRole('button', { name: 'Back to the simulator' }).click();
    expect(pageErrors).toEqual([]);
  });
});
