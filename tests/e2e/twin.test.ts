// The effect of the measures in a real Chromium: the Micron preset played to the end reads against the same world
// without measures (the run's twin, played by the worker) in the headline, the sentences and the charts, and one
// click on "Raw index" switches the charts to the index itself and back. A world without measures says so.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/app/charts/format.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import { effectsOf, twinPointOf } from '../../src/sim/effects.ts';
import { costEffectWords } from '../../src/app/summary.ts';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

// the run the page should show, made here by the engine itself
const micron = runScenario(presetScenario('micron-2023'));
const effects = effectsOf(micron.records, twinOf(micron).records.map(twinPointOf));
const last = micron.records.length - 1;

const costCard = () => page.locator('figure[data-chart=cost]');

async function playToEnd() {
  await page.getByLabel('Speed').selectOption({ label: 'Top speed' });
  await page.getByRole('button', { name: 'Play' }).click();
  const total = Number(await page.locator('#round-scrubber').getAttribute('max'));
  await page.waitForFunction(
    (r) => document.querySelector('[data-testid=round-label]')?.getAttribute('data-round') === String(r),
    total,
    { timeout: 30_000 },
  );
  await page.getByTestId('fingerprint').waitFor();
  return total;
}

/** The cost chart's data table: the global column's cells, round 0 first. */
async function globalColumn(): Promise<string[]> {
  const toggle = costCard().getByRole('button', { name: /data as table|Hide data table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = costCard().locator('table').first();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const col = headers.indexOf('Global');
  expect(col).toBeGreaterThan(0);
  return table
    .locator('tbody tr')
    .evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent?.trim() ?? ''), col);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
});

afterAll(async () => {
  await browser?.close();
});

describe('each run against its no-measures twin', () => {
  it('plays the Micron preset to the end and shows the measures’ effect in the headline and in words', async () => {
    expect(await page.locator('#preset-picker').inputValue()).toBe('micron-2023');
    await playToEnd();
    const effectButton = page.getByRole('button', { name: 'Against the same world without measures' });
    expect(await effectButton.getAttribute('aria-pressed')).toBe('true');
    const cost = effects[last].supplyChainCost.global;
    const tile = page.locator('[data-summary=cost] .value');
    await expect.poll(() => tile.textContent()).toBe(`${formatValue(cost, { signed: true })} pts`);
    await page.getByRole('button', { name: 'In words' }).click();
    const words = await page.locator('[data-summary=cost] .words').innerText();
    // by the end the effects have faded to near zero (the tool controls' bite passes as China's suppliers build)
    expect(words).toContain(costEffectWords(cost, 'device makers’'));
    expect(words).not.toMatch(/round 0|than in Q3 2022/);
    expect(await page.locator('[data-summary=welfare] .words').innerText()).toContain(
      'than in the same world without the measures',
    );
    // in Q2 2023 the tool controls bite: the words name China, whose costs the measures raise most
    expect(effects[3].supplyChainCost.CHN).toBeGreaterThan(0.5);
    await page.locator('h1').click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('round-label').getAttribute('data-round')).toBe('3');
    const china = effects[3].supplyChainCost.CHN.toFixed(1);
    await expect
      .poll(() => page.locator('[data-summary=worst] .words').innerText())
      .toBe(
        `Measures have raised China’s input costs by ${china} ${china === '1.0' ? 'point' : 'points'} above the same world without them.`,
      );
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('round-label').getAttribute('data-round')).toBe(String(last));
    await page.getByRole('button', { name: 'In words' }).click();
  });

  it('draws the cost chart as the effect, and one click on Raw index draws the index itself, and back', async () => {
    await expect.poll(() => costCard().getAttribute('data-reading')).toBe('effect');
    const asEffect = await globalColumn();
    expect(asEffect).toEqual(effects.map((e) => formatValue(e.supplyChainCost.global, { signed: true })));
    expect(asEffect[0]).toBe('0.0');
    const summaryText = () => costCard().locator('figcaption .sr-only').textContent();
    expect(await summaryText()).toMatch(
      /^In Q3 2025, measures have (raised|lowered|left) device makers’ input costs/,
    );
    const axis = costCard().getByText('Index points against the same world without measures');
    expect(await axis.count()).toBe(1);

    await page.getByRole('button', { name: 'Raw index' }).click();
    await expect.poll(() => costCard().getAttribute('data-reading')).toBe('raw');
    expect(await page.getByRole('button', { name: 'Raw index' }).getAttribute('aria-pressed')).toBe('true');
    const raw = await globalColumn();
    expect(raw).toEqual(micron.records.map((r) => formatValue(r.supplyChainCost.global)));
    expect(raw[0]).toBe('100.0');
    expect(await summaryText()).toMatch(/^Supply-chain cost index (rose|fell|held)/);
    expect(await costCard().getByText('Input cost index (round 0 = 100)').count()).toBe(1);
    // the headline reads raw too: the index, not an effect
    expect(await page.locator('[data-summary=cost] .value').textContent()).toBe(
      formatValue(micron.records[last].supplyChainCost.global),
    );

    await page.getByRole('button', { name: 'Against the same world without measures' }).click();
    await expect.poll(() => costCard().getAttribute('data-reading')).toBe('effect');
    expect(await globalColumn()).toEqual(asEffect);
  });

  it('reads divergence and trade across blocs against the twin too', async () => {
    const divergence = page.locator('figure[data-chart=divergence]');
    expect(await divergence.getAttribute('data-reading')).toBe('effect');
    expect(await divergence.locator('figcaption .sr-only').textContent()).toMatch(
      /against the same world without measures/,
    );
    await page.getByRole('button', { name: 'Trade flows', exact: true }).click();
    const crossBloc = page.locator('figure[data-chart=cross-bloc]');
    await crossBloc.waitFor();
    expect(await crossBloc.getAttribute('data-reading')).toBe('effect');
    const pp = effects[last].crossBlocTradeShare * 100;
    const caption = await crossBloc.locator('figcaption .sr-only').textContent();
    // A change that rounds to 0.0 points is said to be none.
    if (formatValue(Math.abs(pp)) === formatValue(0))
      expect(caption).toContain('measures have not changed the share of trade across blocs');
    else
      expect(caption).toContain(
        `by ${formatValue(Math.abs(pp))} percentage points of all trade against the same world without them`,
      );
    await page.getByRole('button', { name: 'Costs and standards', exact: true }).click();
  });

  it('says plainly that a world without measures is its own twin, with every effect 0', async () => {
    await page.getByRole('button', { name: 'Costs and standards', exact: true }).click();
    await page.locator('#preset-picker').selectOption('open-world');
    await playToEnd();
    await expect.poll(() => page.locator('[data-summary=cost] .value').textContent()).toBe('0.0 pts');
    await expect
      .poll(() => page.locator('.no-measures').innerText())
      .toContain('No measures have been taken in this run, so it is the same as the world without them');
    const column = await globalColumn();
    expect(new Set(column)).toEqual(new Set(['0.0']));
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|undefined|Infinity/);
    expect(pageErrors).toEqual([]);
  });
});
