// The rulebook from the app, in a real Chromium: the header's Rulebook link opens the rendered rulebook in a new tab
// with its parameter table, a parameter's source that names a document links to that page and section, the link
// reads Chinese in Chinese, and the single file opened from disk links to the rulebook file beside it.

import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { sectionAnchor } from '../../src/app/rulebook.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const problems: string[] = [];

/** Collects a page's script errors, console errors (a refused style or a missing file) and policy violations. */
function watch(p: Page) {
  p.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${p.url()}: ${m.text()}`);
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  watch(page);
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
});

afterAll(async () => {
  await browser?.close();
});

describe('the rulebook from the hosted app', () => {
  it('the header’s Rulebook link opens the rulebook in a new tab, with its contents and parameter table', async () => {
    const link = page.getByRole('link', { name: 'Rulebook', exact: true });
    await expect.poll(() => link.getAttribute('href')).toBe('rulebook/model.html');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [rulebook] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    watch(rulebook);
    await rulebook.waitForLoadState('load');
    expect(new URL(rulebook.url()).pathname).toMatch(/\/rulebook\/model\.html$/);
    await expect
      .poll(() => rulebook.getByRole('heading', { level: 1 }).innerText())
      .toBe('Decoupling Lab: the model rulebook');
    // the stylesheet is applied (a plain page would have no sticky menu)
    expect(await rulebook.locator('.pages').evaluate((n) => getComputedStyle(n).position)).toBe('sticky');
    await rulebook
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: 'Parameters' })
      .click();
    expect(new URL(rulebook.url()).hash).toBe('#parameters');
    const row = rulebook.locator('table tr', {
      has: rulebook.locator('td code', { hasText: /^switchingTime$/ }),
    });
    expect(await row.locator('td').nth(3).innerText()).toBe('8');
    expect(await rulebook.getByRole('link', { name: '← Back to the simulator' }).getAttribute('href')).toBe(
      '../index.html',
    );
    await rulebook.close();
  });

  it('a parameter’s source that names a document links to that page and section', async () => {
    const sources = page.locator('.source a[target=_blank]');
    const hrefs = await sources.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('rulebook/calibration-sources.html');
    const section = `rulebook/calibration-sources.html#${sectionAnchor(13)}`;
    expect(hrefs).toContain(section);
    const sources13 = await browser.context.newPage();
    watch(sources13);
    await sources13.goto(new URL(section, inject('baseUrl')).href);
    expect(await sources13.locator(`#${sectionAnchor(13)}`).count()).toBe(1);
    expect(await sources13.locator('h1').innerText()).toMatch(/^Calibration sources/);
    await sources13.close();
  });

  it('in Chinese the link reads 规则手册, and its title says the rulebook is in English', async () => {
    await page.locator('#language-picker').selectOption('zh-CN');
    const link = page.getByRole('link', { name: '规则手册', exact: true });
    await expect.poll(() => link.getAttribute('title')).toMatch(/^规则手册（英文）/);
    expect(await link.getAttribute('href')).toBe('rulebook/model.html');
    await page.locator('#language-picker').selectOption('en');
    await page.getByRole('link', { name: 'Rulebook', exact: true }).waitFor();
  });

  it('the pages load without an error or a refused resource', () => {
    expect(problems).toEqual([]);
  });
});

describe('the rulebook from the single file', () => {
  it('links to the rulebook file beside it, which opens from disk at the rulebook', async () => {
    const single = await browser.context.newPage();
    watch(single);
    await single.goto(pathToFileURL(inject('singleFile')).href);
    const link = single.getByRole('link', { name: 'Rulebook', exact: true });
    await expect.poll(() => link.getAttribute('href')).toBe('decoupling-lab-rulebook.html#model');
    const beside = path.join(path.dirname(inject('singleFile')), 'decoupling-lab-rulebook.html');
    await single.goto(`${pathToFileURL(beside).href}#model`);
    expect(await single.locator('#model h1').innerText()).toBe('Decoupling Lab: the model rulebook');
    expect(await single.locator('#calibration-sources h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await single.close();
  });
});
