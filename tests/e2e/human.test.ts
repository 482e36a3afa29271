// A classroom team plays China by hand in the Micron scenario, in the hot seat: it puts a tariff on the United States
// for round 1 behind the hand-over screen, the facilitator reveals it, the move happens in round 1 with a new
// fingerprint; playing waits for the team, an incomplete move gets a message, and Undo takes the move back.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

const TARIFF_EVENT = /China sets its tariff on all goods from the USA to 25%/;
const fingerprint = () => page.getByTestId('fingerprint').textContent();
const panel = () => page.locator('.human-moves');
const dialog = () => page.locator('dialog.hand-over');
const chinaForm = () => dialog().locator('form[data-state=CHN]');

/** From the panel, the device goes to the China team, which sees its own form. */
async function openChinaForm() {
  await panel().getByRole('button', { name: 'Pass to team China', exact: true }).click();
  await dialog().getByRole('button', { name: "Show team China's move" }).click();
  await chinaForm().waitFor();
}
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
    await expect.poll(() => panel().locator('.waiting').textContent()).toMatch(/Waiting for: China\./);
    before = (await fingerprint()) ?? '';
    expect(before).not.toBe('');
  });

  it('a preset’s own measure for China is shown to the team as the scenario’s, and a lift left at "Choose…" gets a message', async () => {
    await openChinaForm();
    // the preset's own subsidy for China in round 1 is the scenario's, said so in the team's private screen only
    const script = dialog().getByRole('list', { name: /Already set by the scenario for China in round 1/ });
    expect(await script.textContent()).toMatch(/subsid/i);
    expect(
      await panel()
        .getByText(/subsid/i)
        .count(),
    ).toBe(0);
    await chinaForm().getByLabel('Move', { exact: true }).selectOption('lift');
    await chinaForm().getByRole('button', { name: 'Done, hide my move' }).click();
    await expect
      .poll(() => chinaForm().getByRole('alert').textContent())
      .toMatch(/choose the measure to lift/);
    // the move did not vanish: the team is still at its form, and still waited for
    await chinaForm().getByLabel('Move', { exact: true }).waitFor();
    await dialog().getByRole('button', { name: 'Back' }).click();
    await dialog().getByRole('button', { name: 'Close' }).click();
    expect(await panel().locator('li[data-state=CHN]').getAttribute('data-status')).toBe('waiting');
  });

  it('a tariff on the United States, revealed for round 1, happens in round 1 and changes the fingerprint', async () => {
    await openChinaForm();
    const team = chinaForm();
    await team.getByLabel('Move', { exact: true }).selectOption('tariff');
    await team.getByLabel('On goods from').selectOption('USA');
    await team.getByLabel('Extra tariff').fill('25');
    await team.getByRole('button', { name: 'Done, hide my move' }).click();
    await dialog().getByRole('heading', { name: 'All moves are in' }).waitFor();
    await dialog().getByRole('button', { name: 'Back to the facilitator' }).click();
    // hidden until revealed: the fingerprint and the events are as before
    expect(await fingerprint()).toBe(before);
    expect(await page.getByText(TARIFF_EVENT).count()).toBe(0);
    await panel().getByRole('button', { name: 'Reveal the moves and play round 1' }).click();
    await waitForRound(1);
    await expect.poll(fingerprint, { timeout: 30_000 }).not.toBe(before);
    const event = eventLog().getByRole('button', { name: TARIFF_EVENT });
    await event.waitFor();
    expect(await event.textContent()).toMatch(/Move by the China team/);
    await expect.poll(() => panel().locator('.revealed').textContent()).toMatch(TARIFF_EVENT);
    // the team's move, not the preset's subsidy, is China's move in round 1
    expect(await panel().locator('.revealed').textContent()).not.toMatch(/subsid/i);
    const axe = await new AxeBuilder({ page }).include('.human-moves').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('playing waits at the round the team has not moved for; a subsidy in detail lets it go on', async () => {
    await page.getByLabel('Speed').selectOption({ label: 'Top speed' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(300);
    await waitForRound(1);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    // stepping forward does not pass it either, and the run controls say why
    expect(await page.getByRole('button', { name: 'Step forward one round' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('team-hold').textContent()).toMatch(
      /waits here for the teams' moves for round 2/,
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await waitForRound(1);
    await openChinaForm();
    // a richer move, with the timeline editor's fields and checks: a subsidy needs a sector
    await chinaForm().getByLabel('Move', { exact: true }).selectOption('measure');
    await chinaForm().getByLabel('Kind of measure').selectOption('subsidy');
    await chinaForm().getByLabel('Rate').fill('15');
    await chinaForm().getByRole('button', { name: 'Done, hide my move' }).click();
    await expect
      .poll(() => chinaForm().getByRole('alert').textContent())
      .toMatch(/choose at least one sector/);
    await chinaForm()
      .getByRole('group', { name: /Sectors/ })
      .getByRole('checkbox')
      .first()
      .check();
    await chinaForm().getByRole('button', { name: 'Done, hide my move' }).click();
    await dialog().getByRole('button', { name: 'Back to the facilitator' }).click();
    await panel().getByRole('button', { name: 'Reveal the moves and play round 2' }).click();
    await waitForRound(2);
    await expect.poll(() => panel().locator('.revealed').textContent()).toMatch(/China:.*15%/);
    const axe = await new AxeBuilder({ page }).include('.human-moves').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('undo takes the moves back: the session returns to round 1, then the event and the new fingerprint are gone', async () => {
    await page.getByRole('button', { name: '↶ Undo' }).click(); // the reveal of round 2
    await page.getByRole('button', { name: '↶ Undo' }).click(); // China's hidden subsidy
    await expect.poll(() => panel().locator('.waiting').textContent()).toMatch(/Round 2 /);
    await page.getByRole('button', { name: '↶ Undo' }).click(); // the reveal of round 1
    await page.getByRole('button', { name: '↶ Undo' }).click(); // China's hidden tariff
    await expect.poll(fingerprint, { timeout: 30_000 }).toBe(before);
    await page.getByRole('button', { name: 'Reset to round 0' }).click();
    await waitForRound(0);
    await eventLog().getByRole('button').first().waitFor();
    expect(await eventLog().getByText(TARIFF_EVENT).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
