// The simulator in a real Chromium, as a teacher would use it: open it, play the Micron scenario to the end, scrub
// back with the keyboard, branch at the ban and remove it, compare, and check every main view with axe. Screenshots of
// each view go to test-results/screenshots/.

import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { reportScenario } from '../../src/model/report.ts';
import { launchChromium } from './browser.ts';

const SHOTS = 'test-results/screenshots';
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

const roundShown = async () => Number(await page.getByTestId('round-label').getAttribute('data-round'));
const totalRounds = async () => Number(await page.locator('#round-scrubber').getAttribute('max'));

async function waitForRound(round: number) {
  await page.waitForFunction(
    (r) => document.querySelector('[data-testid=round-label]')?.getAttribute('data-round') === String(r),
    round,
    { timeout: 30_000 },
  );
}

/** The data table of a chart (opened if needed), as header cells and rows of cell texts. */
async function chartTable(title: string) {
  const card = page.locator('figure.chart-card').filter({ has: page.getByRole('heading', { name: title }) });
  const toggle = card.getByRole('button', { name: /data as table|Hide data table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = card.locator('table').first();
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim() ?? '')));
  return { headers: headers.map((h) => h.trim()), rows };
}

const numberOf = (text: string) => Number(text.replace(/[−–]/g, '-').replace(/[^0-9.+-]/g, ''));

async function expectNoAxeViolations(label: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`);
  expect(found).toEqual([]);
}

async function showView(name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(inject('baseUrl'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the simulator in Chromium', () => {
  it('opens on the Micron preset, ready to play, with a first-visit guide', async () => {
    await expect.poll(() => page.locator('#preset-picker').inputValue()).toBe('micron-2023');
    // the picker's box cuts a long name; its title gives it whole
    expect(await page.locator('#preset-picker').getAttribute('title')).toBe(
      'Chip controls and the Micron ban, 2022-23',
    );
    await page.getByRole('heading', { name: 'How to use Decoupling Lab' }).waitFor();
    await page.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor();
    expect(await roundShown()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/01-first-visit.png` });
    await expectNoAxeViolations('first visit');
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'How to use Decoupling Lab' }).count()).toBe(0);
  });

  it('plays to the end at top speed; the cost chart holds every round and the measures’ effect rises', async () => {
    await page.getByLabel('Speed').selectOption({ label: 'Top speed' });
    await page.getByRole('button', { name: 'Play' }).click();
    const total = await totalRounds();
    expect(total).toBeGreaterThan(3);
    await waitForRound(total);
    await expect
      .poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed'))
      .toBe('false');
    const { headers, rows } = await chartTable('Supply-chain cost index');
    expect(rows.length).toBe(total + 1);
    const global = headers.findIndex((h) => /global/i.test(h));
    expect(global).toBeGreaterThan(0);
    // by default the chart reads against the same world without measures: 0 at round 0, and the controls raise
    // costs while they bite (twin.test.ts checks the numbers and the raw index)
    const first = numberOf(rows[0][global]);
    const highest = Math.max(...rows.map((r) => numberOf(r[global])));
    expect(first).toBeCloseTo(0, 5);
    expect(highest).toBeGreaterThan(first);
    const divergence = await chartTable('Technology standards divergence');
    expect(divergence.rows.length).toBe(total + 1);
    // the same fingerprint as `npm run sim -- --preset micron-2023` prints
    const cli = reportScenario(presetScenario('micron-2023')).fingerprint;
    await expect.poll(() => page.getByTestId('fingerprint').textContent()).toBe(cli);
    expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b|undefined/);
    await page.screenshot({ path: `${SHOTS}/02-costs-and-standards.png` });
    await expectNoAxeViolations('costs and standards');
  });

  it('scrubs back with the keyboard: arrows step, Home and End jump', async () => {
    const total = await totalRounds();
    await page.locator('h1').click();
    await page.keyboard.press('ArrowLeft');
    await waitForRound(total - 1);
    await page.keyboard.press('ArrowLeft');
    await waitForRound(total - 2);
    await page.keyboard.press('Home');
    await waitForRound(0);
    await page.keyboard.press('ArrowRight');
    await waitForRound(1);
    await page.keyboard.press('End');
    await waitForRound(total);
    // the chart follows the play head: back at round 2 it holds rounds 0-2
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForRound(2);
    const { rows } = await chartTable('Supply-chain cost index');
    expect(rows.length).toBe(3);
    await page.keyboard.press('End');
    await waitForRound(total);
  });

  it('the event log jumps to an event’s round and filters by state and by kind', async () => {
    const log = page.locator('.event-log');
    const ban = log.getByRole('button', {
      name: /bars critical-infrastructure operators from buying Micron/,
    });
    await ban.click();
    await waitForRound(3);
    // only events up to the play head are listed, newest first
    const whens = await log.locator('.events .when').allTextContents();
    expect(whens[0]).toMatch(/^Q2 2023\s· this round$/);
    expect(whens).not.toContain('Q3 2023');
    await log.getByText(/Filter by state/).click();
    for (const state of [
      'United States',
      'China',
      'European Union',
      'South Korea',
      'Taiwan',
      'Rest of world',
    ]) {
      await log.getByLabel(state).uncheck();
    }
    await expect.poll(() => ban.count()).toBe(0);
    expect(await log.getByRole('button', { name: /Japan joins/ }).count()).toBeGreaterThan(0);
    for (const state of [
      'United States',
      'China',
      'European Union',
      'South Korea',
      'Taiwan',
      'Rest of world',
    ]) {
      await log.getByLabel(state).check();
    }
    await expect.poll(() => ban.count()).toBe(1);
    await log.getByText(/Filter by state/).click();
    // by kind: without state acts the ban is gone, and the world's lines stay
    await log.getByText(/Filter by kind/).click();
    await log.getByLabel(/State acts/).uncheck();
    await expect.poll(() => ban.count()).toBe(0);
    expect(await log.getByText(/Filter by kind \(3 of 4\)/).count()).toBe(1);
    await log.getByLabel(/State acts/).check();
    await expect.poll(() => ban.count()).toBe(1);
    await log.getByText(/Filter by kind/).click();
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await waitForRound(await totalRounds());
  });

  it('shows trade, the memory market and the measures, each passing axe', async () => {
    for (const [view, heading, shot] of [
      ['Trade flows', /trade/i, '03-trade-flows'],
      ['Memory market', /memory/i, '04-memory-market'],
      ['Measures', /measures|escalation/i, '05-measures'],
    ] as const) {
      await showView(view);
      await page.locator('figure.chart-card').first().waitFor();
      expect(await page.locator('figure.chart-card h3, figure.chart-card h2').first().textContent()).toMatch(
        heading,
      );
      await page.screenshot({ path: `${SHOTS}/${shot}.png` });
      await expectNoAxeViolations(view);
    }
    await showView('Costs and standards');
  });

  it('branches at the ban’s round, removes the ban, and the difference chart shows what changed', async () => {
    const total = await totalRounds();
    const micronMain = await page.locator('[data-summary=micron]').innerText();
    await page.locator('h1').click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitForRound(3);
    expect(await page.getByTestId('round-label').innerText()).toContain('Q2 2023');
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.getByLabel(/Name of the new branch/).fill('No Micron ban');
    await page.getByRole('button', { name: 'Create branch' }).click();
    await expect
      .poll(() => page.locator('#branch-picker option:checked').textContent())
      .toContain('No Micron ban');
    expect(await page.locator('#compare-picker').inputValue()).toBe('main');

    await page
      .getByRole('button', {
        name: /^Remove: China bars critical-infrastructure operators from buying Micron/,
      })
      .click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Remove: China bars critical-infrastructure/ }).count())
      .toBe(0);
    // rounds before the branch are shared and shown as such
    expect(await page.locator('.timeline-editor li.shared').count()).toBeGreaterThan(0);

    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.status').innerText()).toContain(`All ${total} rounds computed`);
    await page.keyboard.press('End');
    await waitForRound(total);
    await expect.poll(() => page.locator('[data-summary=micron]').innerText()).not.toBe(micronMain);

    await showView('What-if difference');
    const { headers, rows } = await chartTable('What-if minus baseline');
    expect(rows.length).toBe(total + 1);
    const diff = headers.findIndex((h) => /cost index, difference/i.test(h));
    expect(diff).toBeGreaterThan(0);
    const values = rows.map((r) => numberOf(r[diff]));
    expect(values.slice(0, 3).every((v) => v === 0)).toBe(true);
    expect(values.slice(3).some((v) => v !== 0)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/06-what-if-difference.png` });
    await expectNoAxeViolations('what-if difference');

    await showView('Costs and standards');
    const legend = await page.locator('figure.chart-card').first().innerText();
    expect(legend).toContain('Main run');
    await page.screenshot({ path: `${SHOTS}/07-compare-costs.png` });
    await expectNoAxeViolations('compare costs');
  });

  it('undo brings the ban back and redo removes it again', async () => {
    const ban = page.getByRole('button', { name: /^Remove: China bars critical-infrastructure/ });
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => ban.count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => ban.count()).toBe(0);
  });

  it('the scenario panel refuses bad input with a message and keeps the last valid value', async () => {
    for (const summary of await page.locator('.scenario-panel details.group > summary').all()) {
      if ((await summary.locator('..').getAttribute('open')) === null) await summary.click();
    }
    const field = page.locator('#param-joinLag');
    const before = await field.inputValue();
    await field.fill('99');
    await expect.poll(() => page.locator('#param-joinLag-error').innerText()).toMatch(/Out of range/);
    await field.fill('abc');
    await expect.poll(() => page.locator('#param-joinLag-error').innerText()).toMatch(/Enter a number/);
    await field.press('Enter');
    await field.fill(before);
    await expect.poll(() => page.locator('#param-joinLag-error').count()).toBe(0);

    await page.getByRole('button', { name: 'Add a measure…' }).click();
    await page.locator('#entry-round').fill('0');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.locator('.entry-form .error').innerText()).toMatch(/round/);
    await page.screenshot({ path: `${SHOTS}/08-scenario-panel.png`, fullPage: true });
    await expectNoAxeViolations('scenario panel');

    // a valid entry is added to the timeline, and can be removed again
    await page.locator('#entry-round').fill('5');
    await page.locator('#entry-rate').fill('25');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const added = page.getByRole('button', {
      name: /^Remove: The USA sets its tariff .* from China to 25%, round 5/,
    });
    await expect.poll(() => added.count()).toBe(1);
    await added.click();
    await expect.poll(() => added.count()).toBe(0);
  });

  it('every control is reachable with Tab, shows where the focus is, and works from the keyboard', async () => {
    await page.locator('h1').click();
    const seen: string[] = [];
    const unmarked = new Set<string>();
    // walk the whole page once: until the focus comes back to the first control
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // HTML controls show an outline or a shadow; an SVG control (a chart's round picker) a stroke
        const marked =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          (el instanceof SVGElement && style.stroke !== 'none');
        const field = el.tagName === 'SELECT' || el.tagName === 'INPUT';
        const name =
          el.getAttribute('aria-label') ||
          (field ? el.id : el.textContent?.trim().slice(0, 40)) ||
          el.tagName;
        return { name: `${el.tagName}:${name}`, marked };
      });
      if (!info) continue;
      if (seen.length > 0 && info.name === seen[0]) break;
      seen.push(info.name);
      if (!info.marked) unmarked.add(info.name);
    }
    expect([...unmarked]).toEqual([]);
    for (const control of [
      'A:Skip to the charts',
      'SELECT:preset-picker',
      'INPUT:field-seed',
      'SELECT:branch-picker',
      'BUTTON:Branch here',
      'SELECT:compare-picker',
      'BUTTON:Play',
      'BUTTON:Step back one round',
      'INPUT:round-scrubber',
      'BUTTON:Trade flows',
    ]) {
      expect(seen).toContain(control);
    }
    expect(seen.some((s) => s.startsWith('BUTTON:') && /^BUTTON:(Q\d|Round) /.test(s))).toBe(true);

    // the skip link takes the focus past the scenario panel
    await page.getByRole('link', { name: 'Skip to the charts' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    // the play button works with space, the scrubber with arrows. At the slowest speed, so that the run is still
    // playing when Space is pressed again: at 4 rounds a second a loaded machine saw it end first.
    await page.getByRole('button', { name: 'Reset to round 0' }).click();
    await page.locator('label.speed select').selectOption('1');
    const play = page.locator('button.play');
    await play.focus();
    await page.keyboard.press('Space');
    await expect.poll(roundShown).toBeGreaterThan(0);
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    // the focus stays on the same button, now Pause: Space stops the play head before the last round
    await page.keyboard.press('Space');
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    expect(await roundShown()).toBeLessThan(
      await page.locator('#round-scrubber').evaluate((e) => Number((e as HTMLInputElement).max)),
    );
    await page.locator('#round-scrubber').focus();
    await page.keyboard.press('Home');
    await waitForRound(0);
    await page.keyboard.press('ArrowRight');
    await waitForRound(1);
    await page.locator('label.speed select').selectOption('4');
  });

  it('is usable on a 768-pixel tablet, without axe violations', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/09-tablet.png` });
    await expectNoAxeViolations('tablet');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('a branch can be renamed and deleted, and the main run stays', async () => {
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('China does not ban Micron');
    await page.getByRole('button', { name: 'Rename', exact: true }).last().click();
    await expect
      .poll(() => page.locator('#branch-picker option:checked').textContent())
      .toContain('China does not ban Micron');
    await page.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => page.locator('#branch-picker').inputValue()).toBe('main');
    expect(await page.locator('#branch-picker option').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    // the ban is back: the main run never lost it
    expect(
      await page.getByRole('button', { name: /^Remove: China bars critical-infrastructure/ }).count(),
    ).toBe(1);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
