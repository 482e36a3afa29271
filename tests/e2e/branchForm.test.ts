// Naming a new branch: a modal dialog, so that nothing of the parent can be edited until the branch exists; the
// timeline then names the branch it edits.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

const timelineHeading = () => page.locator('#timeline-heading').innerText();
const branchCount = () => page.locator('#branch-picker option').count();

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 720 });
  page = await browser.context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.waitForFunction(
    () => /rounds computed/.test(document.querySelector('.status')?.textContent ?? ''),
    null,
    {
      timeout: 30_000,
    },
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('the branch form', () => {
  it('names the branch being edited in the timeline heading', async () => {
    expect(await timelineHeading()).toBe('Timeline of measures: Main run');
  });

  it('opens as a modal dialog over the main run, and Escape leaves without a branch', async () => {
    await page.getByRole('button', { name: 'Branch here' }).click();
    const dialog = page.getByRole('dialog', { name: /Branch from round/ });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    // the page behind is inert: the timeline's buttons cannot be reached while the branch has no name
    const remove = page.getByRole('button', { name: /^Remove:/ }).first();
    await remove.scrollIntoViewIfNeeded();
    const reachable = await remove.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b;
    });
    expect(reachable).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('branch-name');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await branchCount()).toBe(1);
  });

  it('creates the branch, and the timeline then edits it', async () => {
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.getByLabel(/Name of the new branch/).fill('Lifted ban');
    await page.getByRole('button', { name: 'Create branch' }).click();
    await expect.poll(() => branchCount()).toBe(2);
    await expect.poll(() => timelineHeading()).toBe('Timeline of measures: Lifted ban');
  });

  it('names a branch by where it starts once: a given name with its round, the offered name as it is', async () => {
    const options = () => page.locator('#branch-picker option').allInnerTexts();
    await expect.poll(options).toContain('Lifted ban (from round 0)');
    await page.getByRole('button', { name: 'Branch here' }).click();
    const offered = await page.getByLabel(/Name of the new branch/).inputValue();
    expect(offered).toMatch(/^What if… \(from Q3 2022\)$/);
    await page.getByRole('button', { name: 'Create branch' }).click();
    await expect.poll(options).toContain(offered);
    expect((await options()).filter((o) => o.startsWith('What if…'))).toEqual([offered]);
  });
});
