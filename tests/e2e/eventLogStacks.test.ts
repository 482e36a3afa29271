// The event log says what stacks A and B are once a firm switching stacks is in it: a class reading "Inspur switches
// to stack B" learns what B is without leaving the log; without such a line (or with the Standards kind hidden) the
// note goes.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { shareHash } from '../../src/sim/files/link.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';
import { launchChromium } from './browser.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 900 });
});

afterAll(async () => {
  await browser?.close();
});

describe('the event log’s note on stacks', () => {
  it('appears with the first firm switching stacks, and goes when standards events are filtered out', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // two blocs, 8 rounds of 100 firms: the first switch to stack B comes in round 3 (seed 2023)
    const link = shareHash(newWorkspace({ ...presetScenario('two-blocs'), firms: 100, rounds: 8 }));
    if (!link.ok) throw new Error(link.message);
    await page.goto(`${inject('baseUrl')}${link.hash}`);
    await page.getByRole('button', { name: 'Got it' }).click();
    const log = page.locator('.event-log');
    const note = log.getByTestId('log-stacks');
    await page.getByText('All 8 rounds computed').waitFor({ timeout: 60_000 });
    expect(await note.count(), 'no switch at round 0').toBe(0);
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => log.getByText(/stack B/).count()).toBeGreaterThan(0);
    expect(await note.innerText()).toMatch(/^Stack A is .*stack B is China’s own/);
    // with a firm's sales or purchases in it, the log says what it reads them against (not the twin, as the tiles do)
    await expect.poll(() => log.getByText(/has lost|no longer buys/).count()).toBeGreaterThan(0);
    expect(await log.getByTestId('log-baseline').innerText()).toMatch(/against the round before the measure/);
    await log.getByText(/Filter by kind/).click();
    await log.getByLabel(/Standards \(firms switching stacks\)/).uncheck();
    await expect.poll(() => note.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
