// The app in Simplified Chinese, in a real Chromium: the switch in the header turns the main view's words, a chart's
// title and the round's calendar label into Chinese without touching the run (same round, same fingerprint), the
// choice survives a reload, and switching back gives the English the other browser tests read. The Chinese words are
// a chunk of their own: an English first visit does not download them, and a page that opens in Chinese (the
// reader's stored choice) waits for them and draws Chinese from the start.

import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, launchChromium } from './browser.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';
import type { PresetId } from '../../src/model/presets.ts';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
/** the scripts the page and its workers fetched, in order (the offline copy's own fetches are not the page's) */
const scripts: string[] = [];

/** Han characters in a text: the Chinese catalog has some twenty thousand */
const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
/**
 * Han characters an English first visit may download: the language switch names 简体中文 in itself, and each kind of
 * measure keeps its own Chinese sentences in the model (src/model/measures, `zh`), about 300 characters, which the
 * main page's and the simulation worker's scripts both carry
 */
const HAN_BUDGET = 1_000;

/** Reports the page's Content-Security-Policy violations into `errors` (the Chinese chunk must not cause one). */
async function watchPolicy(context: BrowserContext, errors: string[]) {
  await context.exposeFunction('reportViolation', (v: string) => errors.push(`CSP: ${v}`));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  await watchPolicy(browser.context, pageErrors);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('response', (r: Response) => {
    if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r.url());
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByTestId('fingerprint').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

const roundLabel = () => page.getByTestId('round-label').innerText();

describe('switching the language', () => {
  it('opens in English in an English browser, with the switch naming each language in itself', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#language-picker option').allTextContents()).toEqual(['English', '简体中文']);
    await expect.poll(() => page.getByRole('heading', { name: 'This round' }).count()).toBe(1);
  });

  it('an English first visit downloads no Chinese catalog: its scripts hold a few hundred Han characters at most', async () => {
    expect(scripts.length).toBeGreaterThan(1);
    const texts = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
    const han = texts.map(hanCount);
    expect(
      han.reduce((a, b) => a + b, 0),
      scripts.map((u, i) => `${u.split('/').pop()} ${han[i]}`).join(', '),
    ).toBeLessThanOrEqual(HAN_BUDGET);
    expect(scripts.filter((u) => /pack\.zh-CN/.test(u))).toEqual([]);
  });

  it('简体中文 turns the main view, a chart and the dates into Chinese, and keeps the run as it was', async () => {
    await page.keyboard.press('End');
    const round = await page.getByTestId('round-label').getAttribute('data-round');
    const fingerprint = await page.getByTestId('fingerprint').innerText();
    expect(await roundLabel()).toMatch(/^Round \d+ of \d+ · Q[1-4] \d{4}$/);

    await page.locator('#language-picker').selectOption('zh-CN');

    // the Chinese words are fetched now, and the page switches once they are here
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(scripts.filter((u) => /pack\.zh-CN/.test(u))).toHaveLength(1);
    await expect.poll(() => page.title()).toBe(zhCN.app.title);
    expect(await page.getByRole('heading', { name: '本回合' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '情景' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '播放' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '供应链成本指数' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '技术标准分化' }).count()).toBe(1);
    // the first branch, left as a new workspace names it, is named in Chinese too (its stored name stays English)
    expect(await page.locator('#branch-picker option:checked').innerText()).toBe(zhCN.branches.mainName);
    // the round and its quarter, written the Chinese way: "第8回合，共8回合 · 2024年第2季度"
    expect(await roundLabel()).toMatch(/^第\d+回合，共\d+回合 · \d{4}年第[1-4]季度$/);
    // the chart's time axis reads the same quarters
    const ticks = await page.locator('figure[data-chart=cost] svg text').allTextContents();
    expect(ticks.some((t) => /^\d{4}年第[1-4]季度$/.test(t))).toBe(true);
    // the round log says each event again in Chinese, from the data the run carries
    const log = page.getByRole('list', { name: '事件，最新的在前' });
    await expect.poll(() => log.innerText()).toContain('校准后的起始世界：七个国家和地区共');
    expect(await log.innerText()).not.toContain('The calibrated starting world');
    // and the round's numbers in words
    const inWords = page.getByRole('button', { name: '文字说明' });
    await inWords.click();
    await expect.poll(() => page.locator('#summary-lines').innerText()).toContain('终端设备制造商');
    await inWords.click();
    // nothing ran again: the same round and the same fingerprint
    expect(await page.getByTestId('round-label').getAttribute('data-round')).toBe(round);
    expect(await page.getByTestId('fingerprint').innerText()).toBe(fingerprint);
  });

  it('a number is written per locale in the large-world question', async () => {
    // 40 rounds of 20,000 firms is a world worth asking about (see keep.test.ts)
    const rounds = page.locator('#field-rounds');
    await rounds.fill('40');
    await rounds.press('Enter');
    await expect.poll(() => rounds.inputValue()).toBe('40');
    const firms = page.locator('#field-firms');
    await firms.fill('20000');
    await firms.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('扩大模拟世界？');
    expect(await dialog.innerText()).toMatch(
      /20,000家企业、共40个回合.*约需\d+(秒|分钟)、[\d.]+ (MB|GB)内存/,
    );
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => rounds.inputValue()).not.toBe('40');
  });

  it('the preset, the parameters, the sensitivity view and the lessons read in Chinese', async () => {
    const preset = (await page.locator('#preset-picker').inputValue()) as PresetId;
    expect(await page.locator('.preset-summary').textContent()).toBe(zhCN.presetTexts[preset].summary);
    expect(await page.locator('details.shows li').first().textContent()).toBe(
      zhCN.presetTexts[preset].shows[0],
    );

    await page.locator('input[name=settings-level][value=all]').check();
    expect(await page.locator('label[for=param-toolLife]').textContent()).toBe('设备寿命');
    expect(await page.locator('#param-toolLife-help').textContent()).toContain(
      '晶圆厂使用光刻和工艺设备的时间',
    );
    await page.locator('input[name=settings-level][value=simple]').check();

    await page.locator('button[data-view=sensitivity]').click();
    // the view is a chunk of its own, loaded on the first click: wait for its pickers
    await expect
      .poll(() =>
        page
          .locator('#sensitivity-outcome optgroup')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('label'))),
      )
      .toEqual(Object.values(zhCN.sensitivityWords.groups));
    expect(await page.locator('#sensitivity-outcome option:checked').textContent()).toBe('全球供应链成本');
    expect(await page.locator('#sweep-param option:checked').textContent()).toBe(
      '替代弹性倍数（各行业弹性的倍数）',
    );
    expect(await page.getByTestId('tornado-estimate').textContent()).toMatch(/(秒|分钟|片刻)/);
    await page.locator('button[data-view=costs]').click();

    // the spread of an ensemble, in words: Chinese sentences, Chinese quarters, the numbers as in English
    const ensemble = page.getByTestId('ensemble');
    await ensemble.getByLabel(zhCN.ensemble.seeds).fill('10');
    await ensemble.getByLabel(zhCN.ensemble.seeds).press('Tab');
    await ensemble.getByRole('button', { name: zhCN.ensemble.run(10) }).click();
    await expect
      .poll(() => ensemble.locator('[aria-live]').getAttribute('data-step'), { timeout: 60_000 })
      .toBe('done');
    await ensemble.locator('details.band-words summary').click();
    const spread = await ensemble.getByTestId('effect-words').innerText();
    expect(spread).toMatch(/^到\d{4}年第[1-4]季度，在90%的运行中，措施使全世界的成本/);
    expect(spread.match(/[A-Za-z]{2,}/g)).toBeNull();
    await ensemble.locator('details.band-words summary').click();

    await page.locator('.lessons-menu summary').click();
    expect(await page.locator('.lessons-menu button').first().textContent()).toContain(
      zhCN.lessonTexts.micron.title,
    );
    await page.locator('.lessons-menu summary').click();
  });

  it('a refused link is said in Chinese, its reason too', async () => {
    await page.evaluate(() => {
      location.hash = '#w=1.AAAA';
    });
    const alert = page.getByRole('alert').filter({ hasText: '没有打开链接中的工作区' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('这个链接已损坏：它在传递途中被截短或改动了。');
    expect(text).not.toContain('英文说明');
    await alert.getByRole('button').first().click();
  });

  it('stays in Chinese after a reload, and switches back to English', async () => {
    await page.reload();
    await page.getByTestId('round-label').waitFor();
    expect(await page.locator('#language-picker').inputValue()).toBe('zh-CN');
    expect(await page.getByRole('heading', { name: '本回合' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: '供应链成本指数' }).count(), { timeout: 30_000 })
      .toBe(1);

    await page.locator('#language-picker').selectOption('en');
    expect(await page.getByRole('heading', { name: 'This round' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Supply-chain cost index' }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Decoupling Lab');
    expect(await roundLabel()).toMatch(/^Round \d+ of \d+/);
    expect(await page.locator('#branch-picker option:checked').innerText()).toBe('Main run');
    expect(await page.getByRole('list', { name: 'Events, newest first' }).innerText()).toContain(
      'The calibrated starting world:',
    );
    expect(pageErrors).toEqual([]);
  });
});

describe('a page that opens in Chinese', () => {
  it('with Chinese stored as the reader’s choice, draws Chinese from the start, never English first', async () => {
    const fresh = await launchChromium();
    try {
      const errors: string[] = [];
      await watchPolicy(fresh.context, errors);
      const zhPage = await fresh.context.newPage();
      zhPage.on('pageerror', (e) => errors.push(String(e)));
      // the choice a reader made on an earlier visit, and a watch on every heading the page ever shows
      await zhPage.addInitScript(() => {
        localStorage.setItem('decoupling-lab:language', 'zh-CN');
        localStorage.setItem('decoupling-lab:help-seen', '1');
        const seen: string[] = [];
        (window as unknown as { __headings: string[] }).__headings = seen;
        new MutationObserver(() => {
          for (const h of document.querySelectorAll('h1, h2'))
            if (!seen.includes(h.textContent ?? '')) seen.push(h.textContent ?? '');
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await zhPage.goto(inject('baseUrl'));
      await zhPage.getByRole('heading', { name: '供应链成本指数' }).waitFor({ timeout: 60_000 });
      expect(await zhPage.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await zhPage.locator('#language-picker').inputValue()).toBe('zh-CN');
      expect(await zhPage.getByRole('heading', { name: '本回合' }).count()).toBe(1);
      const headings = await zhPage.evaluate(
        () => (window as unknown as { __headings: string[] }).__headings,
      );
      expect(headings).toContain(zhCN.app.title);
      // no heading was ever drawn in English and then redrawn
      expect(headings.filter((h) => /[A-Za-z]{3,}/.test(h))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('a language whose words cannot be fetched', () => {
  it('keeps the page in English, says so, and switches once they can be fetched again; a page opening in it opens in English', async () => {
    // no offline copy here: its service worker would answer for the chunk before the route could refuse it
    const fresh = await launchBrowser();
    try {
      const context = await fresh.newContext({ serviceWorkers: 'block', locale: 'en-US' });
      const p = await context.newPage();
      await p.addInitScript(() => localStorage.setItem('decoupling-lab:help-seen', '1'));
      await p.goto(inject('baseUrl'));
      await p.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor({ timeout: 60_000 });
      const pack = '**/pack.zh-CN-*.js';
      await p.route(pack, (route) => route.abort('internetdisconnected'));
      await p.locator('#language-picker').selectOption('zh-CN');
      const alert = p.getByRole('alert').filter({ hasText: '简体中文 could not be loaded' });
      await alert.waitFor();
      expect(await alert.innerText()).toContain('the page stays in English');
      expect(await p.locator('#language-picker').inputValue()).toBe('en');
      expect(await p.locator('html').getAttribute('lang')).toBe('en');
      expect(await p.getByRole('heading', { name: 'This round' }).count()).toBe(1);
      expect(await p.evaluate(() => localStorage.getItem('decoupling-lab:language'))).toBeNull();

      await p.unroute(pack);
      await p.locator('#language-picker').selectOption('zh-CN');
      await p.getByRole('heading', { name: '本回合' }).waitFor({ timeout: 10_000 });
      expect(await p.evaluate(() => localStorage.getItem('decoupling-lab:language'))).toBe('zh-CN');

      // a page that opens in Chinese and cannot fetch it opens in English and says so; the next visit tries again
      await p.route(pack, (route) => route.abort('internetdisconnected'));
      await p.reload();
      await p.getByRole('heading', { name: 'Supply-chain cost index' }).waitFor({ timeout: 60_000 });
      await alert.waitFor();
      expect(await p.locator('html').getAttribute('lang')).toBe('en');
      expect(await p.locator('#language-picker').inputValue()).toBe('en');
      expect(await p.evaluate(() => localStorage.getItem('decoupling-lab:language'))).toBe('zh-CN');
    } finally {
      await fresh.close();
    }
  });
});
