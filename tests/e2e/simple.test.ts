// Simple settings for a class, in a real Chromium: a lesson's link (?settings=simple) opens the scenario panel with
// only the handful of settings marked for a class, in plain words; a change there runs like any other edit; All
// brings back every parameter, and the reader's choice is kept for the next visit while a link's is not.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
const CLASSROOM = PARAM_SPECS.filter((p) => p.classroom);
const panel = () => page.locator('.scenario-panel');

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 900 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${inject('baseUrl')}?settings=simple`);
  await page.getByRole('button', { name: 'Got it' }).click();
});

afterAll(async () => {
  await browser?.close();
});

describe('simple settings for a class', () => {
  it('a lesson’s link shows only the class settings, in plain words, and no parameter groups', async () => {
    expect(CLASSROOM.length).toBeGreaterThanOrEqual(3);
    expect(CLASSROOM.length).toBeLessThanOrEqual(8);
    expect(
      await panel()
        .getByRole('radio', { name: /^Simple,/ })
        .isChecked(),
    ).toBe(true);
    for (const spec of CLASSROOM) {
      expect(await panel().getByLabel(spec.classroom!.label, { exact: true }).count()).toBe(1);
    }
    // no technical label and no group of parameters, and no world-size field
    expect(
      await panel()
        .getByText(/Trade parameters|Standards parameters|World parameters/)
        .count(),
    ).toBe(0);
    expect(await panel().getByLabel('Substitution scale').count()).toBe(0);
    expect(await page.locator('#field-firms').count()).toBe(0);
    expect(await panel().getByText('Strategies of the states').count()).toBe(1);
  });

  it('a class setting changes the run like any edit, and undo brings it back', async () => {
    const field = page.locator('#param-qualificationLagScale');
    const before = await page.getByTestId('fingerprint').innerText();
    await field.fill('2');
    await field.press('Enter');
    await expect
      .poll(() => page.getByTestId('fingerprint').innerText(), { timeout: 30_000 })
      .not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe('1');
  });

  it('All shows every parameter again, and the choice is kept for the next visit but a link’s is not', async () => {
    await panel()
      .getByRole('radio', { name: /^All \(/ })
      .check();
    await panel().getByText('Trade parameters').waitFor();
    expect(await page.locator('#field-firms').count()).toBe(1);
    expect(await panel().locator('[id^="param-"][id$="-help"]').count()).toBe(PARAM_SPECS.length);
    // the reader chose All: a visit without a link's wish keeps it
    await page.goto(inject('baseUrl'));
    await page.locator('#field-seed').waitFor();
    expect(
      await panel()
        .getByRole('radio', { name: /^All \(/ })
        .isChecked(),
    ).toBe(true);
    // choose Simple, then open a link that asks for All: the link wins, and the choice of Simple stays kept
    await panel()
      .getByRole('radio', { name: /^Simple,/ })
      .check();
    await page.goto(`${inject('baseUrl')}?settings=all`);
    await page.locator('#field-seed').waitFor();
    expect(
      await panel()
        .getByRole('radio', { name: /^All \(/ })
        .isChecked(),
    ).toBe(true);
    await page.goto(inject('baseUrl'));
    await page.locator('#field-seed').waitFor();
    expect(
      await panel()
        .getByRole('radio', { name: /^Simple,/ })
        .isChecked(),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
