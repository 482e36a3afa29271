// Presentation mode in a real Chromium, for a projector at the back of a classroom: P (or the Present button) hides
// the side panels and the sharing bar; at 1280x720 every piece of text on screen is at least 18 px and the whole cost
// chart is on the first screen; at 150% browser zoom (a 853x480 window in CSS pixels) every text is at least 12 CSS
// pixels (18 on the screen) and the cost chart still starts on the first screen. Escape leaves it.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

/** Text on screen smaller than `least` pixels, as drawn: each element's font size times every zoom above it. */
function smallText(least: number): Promise<string[]> {
  return page.evaluate((least) => {
    const zoomOf = (el: Element | null): number => {
      let z = 1;
      for (let e = el; e; e = e.parentElement) z *= Number.parseFloat(getComputedStyle(e).zoom || '1') || 1;
      return z;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
      const r = el.getBoundingClientRect();
      // off screen, or visually hidden for screen readers (a 1-pixel clip)
      if (r.width <= 1 || r.height <= 1 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * zoomOf(el);
      if (px < least - 0.05) out.push(`${px.toFixed(1)} px: ${el.textContent?.trim().slice(0, 40)}`);
    }
    return out;
  }, least);
}

/** Where the cost chart's plot is, and the window's height. */
function costPlot() {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll('figure[data-chart=cost] svg')];
    const plot = svgs.sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0];
    const r = plot.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight };
  });
}

/**
 * The speed picker's widest choice against the room its box gives text (the box less its padding and the arrow), and
 * the round label's right edge against the run controls' row.
 */
async function runControlsFit() {
  return page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('.run-controls .speed select')!;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const widest = Math.max(...[...select.options].map((o) => context.measureText(o.text).width));
    const arrow = 16;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    const label = document.querySelector('.run-controls .round-label')!.getBoundingClientRect();
    const row = document.querySelector('.run-controls')!.getBoundingClientRect();
    return { widest, room, labelRight: label.right, rowRight: row.right };
  });
}

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 720 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByLabel('Speed').selectOption({ label: 'Top speed' });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByTestId('fingerprint').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('presentation mode', () => {
  it('is off at first: the side panels show and some text is smaller than 18 px', async () => {
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await page.locator('aside.left').isVisible()).toBe(true);
    expect((await smallText(18)).length).toBeGreaterThan(0);
  });

  it('P hides the side panels, draws every text at 18 px or more, and the whole cost chart fits 1280x720', async () => {
    await page.locator('body').press('p');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Exit presentation' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('aside.left').isVisible()).toBe(false);
    expect(await page.locator('aside.right').isVisible()).toBe(false);
    expect(await page.locator('.work-bar').isVisible()).toBe(false);
    expect(await smallText(18)).toEqual([]);
    const plot = await costPlot();
    expect(plot.top).toBeGreaterThan(0);
    expect(plot.bottom).toBeLessThanOrEqual(plot.height);
    // every speed reads whole ("4 rounds a second" was cut to "4 rounds a se"), and the round label is on the row
    const fit = await runControlsFit();
    expect(fit.widest).toBeLessThanOrEqual(fit.room);
    expect(fit.labelRight).toBeLessThanOrEqual(fit.rowRight);
  });

  it('at 150% zoom every text is at least 12 CSS pixels and the cost chart starts on the first screen', async () => {
    await page.setViewportSize({ width: 853, height: 480 });
    expect(await smallText(12)).toEqual([]);
    const plot = await costPlot();
    expect(plot.top).toBeGreaterThan(0);
    expect(plot.top).toBeLessThan(plot.height * 0.75);
    const fit = await runControlsFit();
    expect(fit.widest).toBeLessThanOrEqual(fit.room);
    expect(fit.labelRight).toBeLessThanOrEqual(fit.rowRight);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('at 1024x768 the charts fill the width, the round in words gives way to the numbers, and a lesson stays on top', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    // (901-1100 px lays the page out in named areas; presenting, they must not squeeze the centre into a strip)
    const card = await page.locator('figure[data-chart=cost]').boundingBox();
    expect(card?.width ?? 0).toBeGreaterThan(600);
    const centre = await page.locator('main.centre').boundingBox();
    expect(centre?.width ?? 0).toBeGreaterThan(1000);
    // "In words" switched on before presenting: its sentences have no room beside the charts, and its toggle is hidden
    await page.keyboard.press('Escape');
    await page
      .locator('section.round-summary')
      .getByRole('button', { name: /In words/ })
      .click();
    await page.locator('body').press('p');
    expect(await page.locator('section.round-summary .words').first().isVisible()).toBe(false);
    expect(await page.locator('section.round-summary [data-summary=cost] .value').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page
      .locator('section.round-summary')
      .getByRole('button', { name: /In words/ })
      .click();
    // a lesson under way: its question on the first screen, above the run controls
    await page.goto(`${inject('baseUrl')}?lesson=micron&step=1`);
    await page.locator('section.lesson').waitFor();
    await page.locator('body').press('p');
    const question = await page.locator('section.lesson legend').first().boundingBox();
    const controls = await page.locator('.run-controls').boundingBox();
    expect(question?.y ?? Infinity).toBeLessThan(300);
    expect(question!.y).toBeLessThan(controls!.y);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('Escape leaves it; the Present button enters it again', async () => {
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await page.locator('aside.left').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Present' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
