// The tournament a class can see, in a real Chromium: the Strategy tournament preset offers a Tournament view that
// plays the tournament in the worker and shows the ranking (the same order and scores as `npm run sim -- --preset
// tournament` prints), the scores per pairing and the evolution, with sentences saying who won; another preset does
// not offer the view.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tournamentSentences } from '../../src/app/tournament.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { reportScenario } from '../../src/model/report.ts';
import { PAYOFFS } from '../../src/model/retaliation.ts';
import { rescoreTournament } from '../../src/model/tournament.ts';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

// what the CLI prints for the preset, made here by the engine itself
const expected = reportScenario(presetScenario('tournament')).tournament!;

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

describe('the tournament view', () => {
  it('is not offered for a scenario that is not a tournament', async () => {
    await expect.poll(() => page.locator('#preset-picker').inputValue()).toBe('micron-2023');
    expect(await page.locator('[data-view=tournament]').count()).toBe(0);
  });

  it('shows the ranking the CLI prints, the pairings and the evolution, with who won in words', async () => {
    await page.locator('#preset-picker').selectOption('tournament');
    await page.locator('[data-view=tournament]').click();
    const ranking = page.locator('figure[data-chart=tournament-ranking] svg[data-values]');
    await ranking.waitFor({ timeout: 60_000 });
    expect(await ranking.getAttribute('data-values')).toBe(
      expected.ranking.map((e) => `${e.strategy}:${e.score}`).join(' '),
    );
    const sentences = await page.getByTestId('tournament-sentences').locator('li').allTextContents();
    expect(sentences).toEqual(tournamentSentences(expected));
    // 7 habits: 49 cells in the grid of pairings, and 7 lines in the evolution
    expect(await page.locator('figure[data-chart=tournament-pairs] svg rect').count()).toBe(49);
    expect(await page.locator('figure[data-chart=tournament-evolution] path.line').count()).toBe(7);
    const table = page.locator('figure[data-chart=tournament-ranking]');
    await table.getByRole('button', { name: 'Show data as table' }).click();
    const first = await table.locator('tbody tr').first().locator('td').first().textContent();
    expect(first?.trim()).toBe(sentences[0].split(' scored best')[0]);
  });

  it('scores the same runs with other payoffs at once, refuses payoffs that are no dilemma, and goes back', async () => {
    const ranking = page.locator('figure[data-chart=tournament-ranking] svg[data-values]');
    const axelrod = await ranking.getAttribute('data-values');
    await page.getByText('Payoffs and noise').click();
    const temptation = page.locator('#payoff-T');
    await temptation.fill('5.5');
    await temptation.press('Enter');
    const cheaper = rescoreTournament(expected, { ...PAYOFFS, T: 5.5 });
    await expect
      .poll(() => ranking.getAttribute('data-values'))
      .toBe(cheaper.ranking.map((e) => `${e.strategy}:${e.score}`).join(' '));
    expect(await page.getByTestId('tournament-sentences').locator('li').first().textContent()).toMatch(
      /out of 5\.5/,
    );
    // 2R must exceed T + S: 7 does not
    await temptation.fill('7');
    await temptation.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Not a prisoner’s dilemma' }).waitFor();
    expect(await ranking.getAttribute('data-values')).toBe(axelrod);
    await page.getByRole('button', { name: /Axelrod’s payoffs/ }).click();
    await expect.poll(() => temptation.inputValue()).toBe('5');
    expect(await ranking.getAttribute('data-values')).toBe(axelrod);
  });

  it('leaves the view for the first one when another preset is loaded, and no page error was seen', async () => {
    await page.locator('#preset-picker').selectOption('micron-2023');
    await expect.poll(() => page.locator('[data-view=costs]').getAttribute('aria-pressed')).toBe('true');
    expect(pageErrors).toEqual([]);
  });
});
