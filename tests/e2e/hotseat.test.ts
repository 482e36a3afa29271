// A workshop on one projector: six teams play the Micron scenario in the hot seat, by keyboard, for three rounds. Each
// team enters its move behind the hand-over screen; no move is on screen until every team is in; the facilitator
// skips a team once; a reload comes back at the same round with the same choices; the debrief's exports parse.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StateCode } from '../../src/model/types.ts';
import { launchBrowser } from './browser.ts';
import { teamLink } from './teamLink.ts';

const TEAMS: StateCode[] = ['USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN'];
const NAMES: Record<string, string> = {
  USA: 'United States',
  CHN: 'China',
  EU: 'European Union',
  JPN: 'Japan',
  KOR: 'South Korea',
  TWN: 'Taiwan',
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const panel = () => page.locator('.human-moves');
const dialog = () => page.locator('dialog.hand-over');
const waitingText = () => panel().locator('.waiting').textContent();

async function waitForRound(round: number) {
  await page.waitForFunction(
    (r) => document.querySelector('[data-testid=round-label]')?.getAttribute('data-round') === String(r),
    round,
    { timeout: 30_000 },
  );
}

async function status(team: StateCode) {
  return panel().locator(`.team-status li[data-state=${team}]`).getAttribute('data-status');
}

/** The facilitator hands the device on with the keyboard: focus on the panel's first step, Enter. */
async function passFromPanel(team: StateCode) {
  const pass = panel().getByRole('button', { name: `Pass to team ${NAMES[team]}`, exact: true });
  await pass.focus();
  await page.keyboard.press('Enter');
  await dialog()
    .getByRole('heading', { name: `Pass to team ${NAMES[team]}` })
    .waitFor();
}

/**
 * One team's turn, all by keyboard, from its pass screen: a tariff on the USA (or China) at `rate`, do nothing, or a
 * skip by the facilitator.
 */
async function turn(team: StateCode, move: { tariff: string } | 'nothing' | 'skip') {
  const show = dialog().getByRole('button', { name: `Show team ${NAMES[team]}'s move` });
  await expect.poll(() => show.evaluate((b) => b === document.activeElement)).toBe(true);
  if (move === 'skip') {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.press('Enter');
  const kind = dialog().getByLabel('Move', { exact: true });
  await expect.poll(() => kind.evaluate((s) => s === document.activeElement)).toBe(true);
  if (move === 'nothing') {
    await page.keyboard.type('D');
    await expect.poll(() => kind.inputValue()).toBe('nothing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    return;
  }
  // the tariff is the first move; target, then the rate, whose Enter submits the form
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(move.tariff);
  await page.keyboard.press('Enter');
}

/** Every team's turn in order, then the facilitator reveals (by keyboard too). */
async function playRound(round: number, moves: Record<string, { tariff: string } | 'nothing' | 'skip'>) {
  await expect.poll(waitingText).toMatch(new RegExp(`Round ${round} `));
  await passFromPanel(TEAMS[0]);
  for (const team of TEAMS) {
    await dialog()
      .getByRole('heading', { name: `Pass to team ${NAMES[team]}` })
      .waitFor();
    await turn(team, moves[team]);
  }
  await dialog().getByRole('heading', { name: 'All moves are in' }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
}

async function reveal(round: number) {
  const button = panel().getByRole('button', { name: `Reveal the moves and play round ${round}` });
  await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await waitForRound(round);
}

async function downloaded(download: Download): Promise<string> {
  return readFileSync(await download.path()).toString('utf8');
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}${teamLink(TEAMS)}`);
  const gotIt = page.getByRole('button', { name: 'Got it' });
  if (await gotIt.isVisible()) await gotIt.click();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('six teams in the hot seat', () => {
  it('the move panel is compact: with six teams the charts start on the first screen at 1440x900', async () => {
    await panel().getByRole('heading', { name: 'Your move' }).waitFor();
    expect(await panel().locator('.team-status li').count()).toBe(6);
    await page.screenshot({ path: 'test-results/screenshots/hotseat-six-teams.png' });
    const box = await panel().boundingBox();
    expect(box!.height).toBeLessThan(160);
    const chart = await page.locator('#charts figure').first().boundingBox();
    // the first chart's top half at least is on the first screen
    expect(chart!.y + chart!.height / 2).toBeLessThan(900);
    const axe = await new AxeBuilder({ page }).include('.human-moves').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('round 1 by keyboard: each team moves behind the hand-over screen, and nothing shows until all are in', async () => {
    await expect.poll(waitingText).toMatch(/Waiting for: USA, China, EU, Japan, Korea, Taiwan\./);
    await passFromPanel('USA');
    await turn('USA', { tariff: '12.5' });
    // the next team's pass screen says only that the move is in
    await dialog().getByRole('heading', { name: 'Pass to team China' }).waitFor();
    expect(await dialog().textContent()).not.toMatch(/12\.5/);
    const axe = await new AxeBuilder({ page }).include('dialog.hand-over').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    await turn('CHN', { tariff: '37.5' });
    for (const team of ['EU', 'JPN', 'KOR', 'TWN'] as StateCode[]) {
      await dialog()
        .getByRole('heading', { name: `Pass to team ${NAMES[team]}` })
        .waitFor();
      await turn(team, 'nothing');
    }
    await dialog().getByRole('heading', { name: 'All moves are in' }).waitFor();
    await page.keyboard.press('Enter');
    // all in, nothing told: no rate, no team's event, the timeline as the scenario set it
    expect(await status('CHN')).toBe('hidden');
    expect(await status('EU')).toBe('hidden');
    const body = (await page.locator('body').innerText()) ?? '';
    expect(body).not.toMatch(/37\.5|12\.5|Move by the/);
    expect(body).not.toMatch(/did nothing/);
    // Play does not pass the round the teams are moving for
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(400);
    await waitForRound(0);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await panel().getByRole('button', { name: 'Reveal the moves and play round 1' }).focus();
    await reveal(1);
    const revealed = panel().locator('.revealed');
    await expect.poll(() => revealed.textContent()).toMatch(/China:.*37\.5%/);
    expect(await revealed.textContent()).toMatch(/European Union: Did nothing/);
    expect(await status('CHN')).toBe('waiting');
  });

  it('round 2: the facilitator skips South Korea; playing waits for the round after', async () => {
    await playRound(2, {
      USA: 'nothing',
      CHN: 'nothing',
      EU: { tariff: '5' },
      JPN: 'nothing',
      KOR: 'skip',
      TWN: 'nothing',
    });
    expect(await status('KOR')).toBe('skipped');
    await reveal(2);
    await expect
      .poll(() => panel().locator('.revealed').textContent())
      .toMatch(/South Korea: Skipped by the facilitator/);
  });

  it('a reload comes back at round 2 with the choices made and the hidden moves of round 3 still hidden', async () => {
    await passFromPanel('USA');
    await turn('USA', 'nothing');
    await turn('CHN', { tariff: '23.75' });
    await dialog().getByRole('heading', { name: 'Pass to team European Union' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await status('CHN')).toBe('hidden');
    // autosave writes after half a second of quiet
    await page.waitForTimeout(1200);
    await page.reload();
    await waitForRound(2);
    await panel().getByRole('heading', { name: 'Your move' }).waitFor();
    expect(await status('USA')).toBe('hidden');
    expect(await status('CHN')).toBe('hidden');
    expect(await status('EU')).toBe('waiting');
    await expect
      .poll(() => panel().locator('.revealed').textContent())
      .toMatch(/South Korea: Skipped by the facilitator/);
    expect(await panel().locator('.revealed').textContent()).toMatch(/United States: Did nothing/);
    expect(await page.locator('body').innerText()).not.toMatch(/23\.75|23\.8%/);
  });

  it('round 3 finishes from where the reload left it; the scores show for every team', async () => {
    await passFromPanel('EU');
    for (const team of ['EU', 'JPN', 'KOR', 'TWN'] as StateCode[]) {
      await dialog()
        .getByRole('heading', { name: `Pass to team ${NAMES[team]}` })
        .waitFor();
      await turn(team, 'nothing');
    }
    await dialog().getByRole('heading', { name: 'All moves are in' }).waitFor();
    await page.keyboard.press('Enter');
    await reveal(3);
    await expect.poll(() => panel().locator('.revealed').textContent()).toMatch(/China:.*23\.8%/);
    await page.screenshot({ path: 'test-results/screenshots/hotseat-round-3.png' });
    // the revealed moves and the scores still leave the charts on the first screen
    const chart = await page.locator('#charts figure').first().boundingBox();
    expect(chart!.y + chart!.height / 2).toBeLessThan(900);
    const scores = await panel().locator('.scoreboard summary').textContent();
    expect(scores).toMatch(/Scores at round 3/);
    expect(scores).not.toMatch(/NaN/);
  });

  it('the debrief shows decisions beside outcomes, and its CSV and JSON exports parse', async () => {
    await panel().getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    const text = await page.locator('.debrief').innerText();
    expect(text).toMatch(/rounds 1 to 3 played by 6 teams/);
    expect(text).not.toMatch(/NaN/);
    expect(await page.locator('.debrief .team-debrief').count()).toBe(6);
    const axe = await new AxeBuilder({ page }).include('.debrief').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Debrief (CSV)' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
    const rows = (await downloaded(csvFile)).trimEnd().split('\n');
    expect(rows[0]).toBe('state,round,label,decision,costEffect,revenueEffect,hostileMeasures,points,total');
    expect(rows).toHaveLength(1 + 6 * 3);
    expect(rows).toContain(
      rows.find((r) => r.startsWith('KOR,2,') && r.includes('Skipped by the facilitator')),
    );
    for (const r of rows.slice(1)) {
      const cells = r.split(',');
      expect(Number.isFinite(Number(cells.at(-1)))).toBe(true);
    }

    const [jsonFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Debrief (JSON)' }).click(),
    ]);
    const json = JSON.parse(await downloaded(jsonFile));
    expect(json.teams.map((t: { state: string }) => t.state)).toEqual(TEAMS);
    const china = json.teams.find((t: { state: string }) => t.state === 'CHN');
    expect(china.rounds.map((r: { round: number }) => r.round)).toEqual([1, 2, 3]);
    expect(china.rounds[0].decision).toMatch(/37\.5%/);
    expect(json.standings).toHaveLength(6);
    await page.getByRole('button', { name: 'Back to the simulator' }).click();
    await panel().getByRole('heading', { name: 'Your move' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
