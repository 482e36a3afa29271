// The page's start when a part of it cannot be fetched (a dropped connection, a copy missing a file): main.ts loads the
// page's modules after asking for the worker, and a failed load says so in the page instead of leaving it blank.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a page whose modules cannot be fetched', () => {
  it('says the simulator could not start and to reload, in English and Chinese, rather than showing nothing', async () => {
    const page = await browser.context.newPage();
    let refused = 0;
    await page.route(/startPage[^/]*\.js$/, (route) => {
      refused++;
      return route.abort('internetdisconnected');
    });
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert').filter({ hasText: 'could not start' });
    await alert.waitFor({ timeout: 20_000 });
    expect(refused).toBeGreaterThan(0);
    expect(await alert.innerText()).toMatch(
      /^The simulator could not start \(.+\)\. Reload the page.*请重新加载页面。$/s,
    );
    await page.close();
  });
});
