// The guided lessons in a real Chromium, by keyboard only: each lesson opens from a step's link, a prediction is
// chosen with the arrow keys and recorded, "Show me" loads the preset, opens the view and goes to the round, the
// reveal says what the prediction was, and Next step goes on to the takeaway. A screenshot is kept of every step.
// The predictions survive a reload.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LESSONS } from '../../src/app/lessons/lessons.ts';
import { launchChromium } from './browser.ts';

const SHOTS = 'test-results/screenshots/lessons';
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium({ width: 1280, height: 900 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

const panel = () => page.locator('section.lesson');

/** Presses a button by keyboard: focus it, then Enter. */
async function press(name: string | RegExp) {
  const button = panel().getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

describe('guided lessons, by keyboard', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    'the %s lesson runs from its link to its takeaway',
    async (id, lesson) => {
      await page.goto(`${inject('baseUrl')}?lesson=${id}&step=1`);
      const gotIt = page.getByRole('button', { name: 'Got it' });
      if (await gotIt.isVisible().catch(() => false)) await gotIt.click();
      await panel().waitFor();
      expect(await page.getByRole('radio', { name: /^Simple,/ }).isChecked()).toBe(true);
      // "What to look for" states the answers: closed while the class predicts
      expect(await page.locator('details.shows').getAttribute('open')).toBeNull();
      for (const [i, step] of lesson.steps.entries()) {
        await expect.poll(() => panel().getAttribute('data-step')).toBe(String(i));
        expect(await panel().locator('legend').first().innerText()).toBe(step.question);
        // nothing runs before a prediction: the button says so
        expect(await panel().getByRole('button', { name: 'Choose a prediction to go on' }).isDisabled()).toBe(
          true,
        );
        // choose the second answer with the keyboard: focus the first radio, arrow down
        await panel().getByRole('radio').first().focus();
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => panel().getByRole('radio', { name: step.choices[1] }).isChecked()).toBe(true);
        await press('Show me');
        const reveal = panel().locator('.lesson-reveal');
        await reveal.waitFor();
        expect(await reveal.innerText()).toContain(`You predicted: ${step.choices[1]}.`);
        expect(await reveal.innerText()).toContain(step.reveal);
        await expect
          .poll(() => page.locator('#preset-picker').inputValue(), { timeout: 30_000 })
          .toBe(step.show.preset);
        await expect
          .poll(() => page.locator(`[data-view=${step.show.view}]`).getAttribute('aria-pressed'), {
            timeout: 30_000,
          })
          .toBe('true');
        if (step.tile) {
          // the reveal quotes the tile it names, as the tile reads at the round shown (in its title: the whole value)
          const tile = page.locator(`.round-summary [data-summary=${step.tile}] .value`);
          const value = (await tile.getAttribute('title')) ?? (await tile.innerText());
          expect(value).toMatch(/\d/);
          expect(await reveal.locator('.lesson-tile').innerText()).toContain(value);
        }
        await page.screenshot({ path: `${SHOTS}/${id}-${i + 1}.png` });
        await press(i + 1 === lesson.steps.length ? 'Takeaway' : 'Next step');
      }
      await expect.poll(() => panel().innerText()).toContain(lesson.takeaway);
      // each prediction beside the run's answer, marked where they agree (the second choice was picked each time)
      const answers = await panel().locator('.lesson-answer').allInnerTexts();
      expect(answers).toHaveLength(lesson.steps.length);
      for (const [i, step] of lesson.steps.entries()) {
        expect(answers[i]).toContain(step.choices[step.answer]);
        expect(answers[i]!.includes('✓')).toBe(step.answer === 1);
      }
      await page.screenshot({ path: `${SHOTS}/${id}-takeaway.png` });
      // the predictions are kept on this machine, across a reload
      await page.reload();
      await panel().waitFor();
      await page.keyboard.press('Escape');
      const menu = page.locator('.lessons-menu');
      await menu.locator('summary').focus();
      await page.keyboard.press('Enter');
      await menu.getByRole('button', { name: new RegExp(lesson.title.split('?')[0]!) }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel().getAttribute('data-lesson')).toBe(id);
      await press('Leave the lesson');
      await expect.poll(() => panel().count()).toBe(0);
    },
  );

  it('saw no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
