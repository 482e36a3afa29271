// A classroom team plays China by hand in the Micron scenario: it puts a tariff on the United States at round 2, sees
// the move happen in round 3 with a new fingerprint, lets playing wait for it, and undoes the move.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

const TARIFF_EVENT = /China sets its tariff on all goods from the USA to 25%/;
const fingerprint = () => page.getByTestId('fingerprint').textContent();
const chinaTeam = () => page.locator('form[data-state=CHN]');
const eventLog = () => page.locator('.event-log .events');

async function waitForRound(round: number) {
  await page.waitForFunction(
    (r) => document.querySelector('[data-testid=round-label]')?.getAttribute('data-round') === String(r),
    round,
    { timeout: 30_000 },
  );
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

describe('a team playing a state by hand', () => {
  let before = '';

  it('the "Your move" panel appears once China is played by a team', async () => {
    expect(await page.getByRole('heading', { name: 'Your move' }).count()).toBe(0);
    await page.getByText('Strategies of the states').click();
    await page.locator('#strategy-CHN').selectOption('human');
    await page.getByRole('heading', { name: 'Your move' }).waitFor();
    await chinaTeam().getByRole('heading', { name: 'China team' }).waitFor();
    before = (await fingerprint()) ?? '';
    expect(before).not.toBe('');
  });

  it('a tariff on the United States made at round 2 happens in round 3 and changes the fingerprint', async () => {
    await page.getByRole('button', { name: 'Step forward one round' }).click();
    await page.getByRole('button', { name: 'Step forward one round' }).click();
    await waitForRound(2);
    const team = chinaTeam();
    await team.getByLabel('Move', { exact: true }).selectOption('tariff');
    await team.getByLabel('On goods from').selectOption('USA');
    await team.getByLabel('Extra tariff').fill('25');
    await team.getByRole('button', { name: 'Make the move' }).click();
    await team.locator('.scheduled li').filter({ hasText: TARIFF_EVENT }).waitFor();
    await expect.poll(fingerprint, { timeout: 30_000 }).not.toBe(before);
    await waitForRound(2);
    expect(await eventLog().getByText(TARIFF_EVENT).count()).toBe(0);
    await page.getByRole('button', { name: 'Step forward one round' }).click();
    await waitForRound(3);
    const event = eventLog().getByRole('button', { name: TARIFF_EVENT });
    await event.waitFor();
    expect(await event.textContent()).toMatch(/Move by the China team/);
    const axe = await new AxeBuilder({ page }).include('.human-moves').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('playing waits at each round until the team has moved or chosen to do nothing', async () => {
    await page.getByRole('button', { name: 'Reset to round 0' }).click();
    await waitForRound(0);
    await page.getByLabel('Speed').selectOption({ label: 'Top speed' });
    // no move is set for round 2 yet: playing stops at round 1
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForRound(1);
    await expect
      .poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed'))
      .toBe('false');
    await expect
      .poll(() => page.locator('.human-moves .waiting').textContent())
      .toMatch(/Waiting for: China team/);
    await chinaTeam().getByLabel('Move', { exact: true }).selectOption('nothing');
    await chinaTeam().getByRole('button', { name: 'Make the move' }).click();
    // round 3's move is already made, so playing goes on to round 3 and waits for round 4's
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForRound(3);
    await expect
      .poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed'))
      .toBe('false');
  });

  it('undo takes the move back: the event and the new fingerprint are gone', async () => {
    await page.getByRole('button', { name: '↶ Undo' }).click();
    await expect.poll(fingerprint, { timeout: 30_000 }).toBe(before);
    await waitForRound(3);
    await eventLog().getByRole('button').first().waitFor();
    expect(await eventLog().getByText(TARIFF_EVENT).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
