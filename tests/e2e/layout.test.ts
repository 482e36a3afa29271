// The page at the sizes a class meets it: a 1280x720 projector, a 1366x768 school laptop, an iPad in landscape
// (1024x768) and a 1024x700 window, where the whole of the cost chart's plot must show without scrolling (with the
// first-visit guide open, and at 1280x720 after it is closed too), and a 768 px wide tablet.

import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

/** top and bottom of the cost chart's plot (not its legend's swatches), in CSS pixels from the top of the viewport */
async function costPlot(on: Page = page) {
  const card = on.locator('figure.chart-card').filter({
    has: on.getByRole('heading', { name: 'Supply-chain cost index' }),
  });
  const box = await card.locator('svg.line-plot').boundingBox();
  if (!box) throw new Error('the cost chart has no plot');
  return { top: box.y, bottom: box.y + box.height };
}

async function expectNoAxeViolations(label: string) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${label}: ${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 720 });
  page = await browser.context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the page on a projector and a tablet', () => {
  it('at 1280x720 shows the whole cost chart plot above the fold with the first-visit guide open', async () => {
    await page.getByRole('heading', { name: 'How to use Decoupling Lab' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const plot = await costPlot();
    expect(plot.top).toBeGreaterThanOrEqual(0);
    expect(plot.bottom).toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await expectNoAxeViolations('guide open at 1280x720');
  });

  it('at 1280x720 shows the whole cost chart plot above the fold once the guide is closed', async () => {
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'How to use Decoupling Lab' }).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    const plot = await costPlot();
    expect(plot.top).toBeGreaterThanOrEqual(0);
    expect(plot.bottom).toBeLessThanOrEqual(720);
  });

  it('keeps the round in words one click away: the headline numbers show, the sentences on demand', async () => {
    const summary = page.locator('section.round-summary');
    await expect.poll(() => summary.locator('[data-summary=cost] .value').isVisible()).toBe(true);
    const details = summary.getByRole('button', { name: /In words/ });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    expect(await summary.locator('[data-summary=cost] .words').isVisible()).toBe(false);
    await details.click();
    expect(await summary.locator('[data-summary=cost] .words').isVisible()).toBe(true);
    await details.click();
    expect(await summary.locator('[data-summary=cost] .words').isVisible()).toBe(false);
  });

  it('at 1280x720 never scrolls the page itself: each column scrolls on its own, the round in words open at the end', async () => {
    await page.locator('body').click({ position: { x: 640, y: 5 } });
    await page.keyboard.press('End');
    const details = page.locator('section.round-summary').getByRole('button', { name: /In words/ });
    await details.click();
    // the charts' words for screen readers (.sr-only) are placed absolutely: within their column, not below the page
    await expect.poll(() => page.locator('figure.chart-card .sr-only').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    await page.mouse.move(640, 20);
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await details.click();
  });

  it('shows a field and its slider at the same value, a default between two steps included', async () => {
    const field = page.locator('#param-learningSpillover');
    await page.locator('details.group').filter({ has: field }).locator('summary').click();
    const slider = page.getByRole('slider', { name: 'Learning spill-over (slider)' });
    const [text, thumb] = [Number(await field.inputValue()), Number(await slider.inputValue())];
    expect(await field.inputValue()).toMatch(/^\d(\.\d{1,4})?$/);
    expect(Math.abs(text - thumb)).toBeLessThan(0.001);
  });

  it('at 768 px wide keeps the charts usable: no sideways scrolling, each chart at least 320 px wide', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'How to use' }).click();
    await page.getByRole('heading', { name: 'How to use Decoupling Lab' }).waitFor();
    await page.getByRole('button', { name: 'Got it' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    const card = page.locator('figure.chart-card').first();
    const box = await card.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(320);
    await expectNoAxeViolations('tablet');
  });

  it('at 768 px wide shows one column at a time under tabs, the charts first, and the guide speaks of the tabs', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const tabs = page.getByRole('tablist', { name: 'What to show' });
    await tabs.waitFor();
    const charts = page.locator('#charts');
    const settings = page.locator('#pane-settings');
    const log = page.locator('#pane-log');
    expect(await charts.isVisible()).toBe(true);
    expect(await settings.isVisible()).toBe(false);
    // the charts start near the top, not below a thousand pixels of settings
    expect((await page.locator('figure.chart-card').first().boundingBox())!.y).toBeLessThan(900);
    // by keyboard: focus the selected tab, arrow right to Settings
    await tabs.getByRole('tab', { name: 'Run and charts' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => settings.isVisible()).toBe(true);
    expect(await charts.isVisible()).toBe(false);
    expect(await tabs.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect((await page.locator('#preset-picker').boundingBox())!.y).toBeLessThan(400);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => log.isVisible()).toBe(true);
    await tabs.getByRole('tab', { name: 'Run and charts' }).click();
    await page.getByRole('button', { name: 'How to use' }).click();
    expect(await page.locator('.how-to-use').innerText()).toContain('under the Settings tab');
    await page.getByRole('button', { name: 'Got it' }).click();
    await expectNoAxeViolations('tablet tabs');
    // wide again: every column, no tabs
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => tabs.count()).toBe(0);
    expect(await settings.isVisible()).toBe(true);
    expect(await log.isVisible()).toBe(true);
  });
});

describe('the first screen on a first visit, the guide open', () => {
  let fresh: Browser;

  beforeAll(async () => {
    fresh = await launchBrowser();
  });

  afterAll(async () => {
    await fresh?.close();
  });

  it.each([
    ['a school laptop', 1366, 768],
    ['an iPad in landscape', 1024, 768],
    ['a short 1024-pixel window', 1024, 700],
  ])(
    'on %s (%ix%i) the whole cost chart plot and the event log show without scrolling',
    async (_, width, height) => {
      const context = await fresh.newContext({ viewport: { width, height }, locale: 'en-US' });
      try {
        const first = await context.newPage();
        await first.goto(inject('baseUrl'));
        await first.getByRole('heading', { name: 'How to use Decoupling Lab' }).waitFor();
        await first.getByRole('button', { name: 'Got it' }).waitFor();
        await first.locator('figure[data-chart=cost] svg.line-plot').waitFor();
        await first.screenshot({ path: `test-results/screenshots/first-screen-${width}x${height}.png` });
        expect(await first.evaluate(() => window.scrollY)).toBe(0);
        const plot = await costPlot(first);
        expect(plot.top).toBeGreaterThanOrEqual(0);
        expect(plot.bottom).toBeLessThanOrEqual(height);
        expect(await first.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await first.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
        // At 1024 px the event log starts on the first screen too, under the settings (it was below everything else,
        // 3,400 px down the page); wider, it has a column of its own, under the guide on a first visit.
        if (width <= 1100) {
          const log = await first.locator('aside.right .event-log').boundingBox();
          expect(log?.y ?? Infinity).toBeLessThan(height - 100);
        }
      } finally {
        await context.close();
      }
    },
  );
});
