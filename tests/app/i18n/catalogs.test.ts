// Every message catalog has the English one's keys, no others, and each message the same values (the same parameter
// names in the same order); every message gives a non-empty text; and the Chinese is not the English left in place.
// Also how the page switches: a language shows once its words are fetched, and a failed fetch leaves it as it was.

import { describe, expect, it, vi } from 'vitest';
import { Language, language, wholeNumber } from '../../../src/app/i18n/language.svelte.ts';
import { en, type Messages } from '../../../src/app/i18n/en.ts';
import { CHINESE_EVENTS } from '../../../src/app/i18n/events.zh-CN.ts';
import { ENGLISH_EVENTS } from '../../../src/app/i18n/events.ts';
import { initialLocale, LOCALES, localeOfTag, type Locale } from '../../../src/app/i18n/locales.ts';
import { PACKS, type LanguagePack } from '../../../src/app/i18n/packs.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

/** every language's catalog, fetched as the page fetches it */
const CATALOGS = Object.fromEntries(
  await Promise.all(LOCALES.map(async ({ id }) => [id, (await PACKS[id]()).t] as const)),
) as Record<Locale, Messages>;

type Entry = { path: string; value: unknown };

/** every message of a catalog, by its dotted path */
function entries(catalog: unknown, path = ''): Entry[] {
  if (catalog !== null && typeof catalog === 'object')
    return Object.entries(catalog).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [{ path, value: catalog }];
}

/** a message function's parameter names, as written: "(round, total) => ..." -> ["round", "total"] */
function parameters(fn: (...args: never[]) => unknown): string[] {
  const head = /^\s*(?:\(([^)]*)\)|(\w+))\s*(?::[^=]*)?=>/.exec(fn.toString());
  if (!head) throw new Error(`cannot read the parameters of ${fn.toString().slice(0, 60)}`);
  return (head[1] ?? head[2])
    .split(',')
    .map((p) => p.trim().split(/[\s:=]/)[0])
    .filter(Boolean);
}

/** sample values for a message's parameters, by name: enough to call every message */
function sample(name: string): unknown {
  if (/^(narrow|presenting)$/.test(name)) return true;
  if (name === 'items' || name === 'active') return ['a', 'b', 'c'];
  if (name === 'problem') return { kind: 'seed-swept' };
  if (name === 'reason') return { kind: 'no-main-line' };
  if (name === 'fileProblem')
    return { problem: 'invalid', reason: { kind: 'no-main-line' }, what: 'workspace' };
  if (name === 'linkProblem') return { kind: 'damaged', why: { kind: 'cut' } };
  if (name === 'modelProblem') return { kind: 'not-own' };
  if (name === 'moveProblem') return { kind: 'not-text' };
  if (/^(round|rounds|total|n|of|minutes|quarter|year|seed|v|runs|roundsBefore)$/.test(name)) return 3;
  return 'X';
}

const english = entries(en);

describe('message catalogs', () => {
  it('English is the first language and every language has a catalog', () => {
    expect(LOCALES[0].id).toBe('en');
    expect(Object.keys(PACKS).sort()).toEqual(LOCALES.map((l) => l.id).sort());
  });

  for (const { id } of LOCALES) {
    const catalog = entries(CATALOGS[id]);
    it(`${id} has exactly the English keys`, () => {
      expect(catalog.map((e) => e.path)).toEqual(english.map((e) => e.path));
    });

    it(`${id}: each message takes the same values as the English one and gives a text`, () => {
      for (const [k, e] of english.entries()) {
        const own = catalog[k];
        expect(typeof own.value, e.path).toBe(typeof e.value);
        if (typeof e.value === 'function') {
          const names = parameters(e.value as () => unknown);
          expect(parameters(own.value as () => unknown), e.path).toEqual(names);
          const text = (own.value as (...a: unknown[]) => unknown)(...names.map(sample));
          expect(typeof text, e.path).toBe('string');
          expect((text as string).length, e.path).toBeGreaterThan(0);
          // a text is empty only where the English is (nothing to say)
        } else expect(String(own.value).length > 0 || e.value === '', e.path).toBe(true);
      }
    });
  }

  it('the Chinese catalog is translated: no message is the English one with Latin words left in', () => {
    const zh = entries(CATALOGS['zh-CN']);
    /** brands that Chinese writes in Latin letters as English does */
    const SAME = new Set(['firms.oppo', 'firms.vivo']);
    const untranslated = english.filter((e, k) => {
      if (typeof e.value !== 'string' || SAME.has(e.path)) return false;
      return e.value === zh[k].value && /[A-Za-z]{2,}/.test(e.value);
    });
    expect(untranslated.map((e) => e.path)).toEqual([]);
  });
});

describe('names', () => {
  // the English names are the model's own objects (en.ts imports them), so only the other catalogs are checked here
  it('Chinese names the firms and states of the Micron case as Chinese readers know them', () => {
    const zh = CATALOGS['zh-CN'];
    expect([zh.firms.micron, zh.firms.asml, zh.firms['sk-hynix'], zh.firms.ymtc]).toEqual([
      '美光',
      '阿斯麦',
      'SK海力士',
      '长江存储',
    ]);
    expect([zh.states.USA, zh.states.CHN, zh.states.JPN, zh.states.KOR, zh.states.EU]).toEqual([
      '美国',
      '中国',
      '日本',
      '韩国',
      '欧盟',
    ]);
  });
});

describe('the first language', () => {
  it.each([
    [null, ['zh-CN', 'en'], 'zh-CN'],
    [null, ['zh-Hans-SG'], 'zh-CN'],
    [null, ['zh-TW'], 'zh-CN'],
    [null, ['fr-FR', 'en-GB'], 'en'],
    [null, ['de'], 'en'],
    [null, [], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
    ['klingon', ['zh'], 'zh-CN'],
  ] as const)('stored %s with browser languages %j reads %s', (stored, languages, want) => {
    expect(initialLocale(stored, languages)).toBe(want);
  });

  it('reads a tag in any case and with underscores', () => {
    expect(localeOfTag('ZH_cn')).toBe('zh-CN');
    expect(localeOfTag('en-US')).toBe('en');
    expect(localeOfTag('ja')).toBeNull();
  });
});

describe('numbers, dates and rounds in the language on view', () => {
  it('writes a count by hand exactly as Intl writes it in every language the app speaks', async () => {
    const was = language.locale;
    const counts = [
      0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 999_999,
    ];
    counts.push(1_000_000, 1_234_567, 2 ** 31, Number.MAX_SAFE_INTEGER);
    try {
      for (const { id } of LOCALES) {
        await language.show(id);
        const intl = new Intl.NumberFormat(id);
        for (const n of counts) expect(language.number(n)).toBe(intl.format(n));
        expect(wholeNumber(1_000)).toBe(intl.format(1_000));
      }
    } finally {
      await language.show(was);
    }
  });

  it('writes numbers, dates and the engine’s round labels the language’s way, and English as the engine does', async () => {
    const was = language.locale;
    try {
      await language.show('en');
      expect(language.number(12345.5)).toBe('12,345.5');
      expect(language.round('Q3 2022')).toBe('Q3 2022');
      expect(language.round('Round 7')).toBe('Round 7');
      expect(language.date(new Date(Date.UTC(2026, 11, 3, 12)), { dateStyle: 'long', timeZone: 'UTC' })).toBe(
        'December 3, 2026',
      );
      await language.show('zh-CN');
      expect(language.number(12345.5)).toBe('12,345.5');
      expect(language.number(0.25, { style: 'percent' })).toBe('25%');
      expect(language.round('Q3 2022')).toBe('2022年第3季度');
      expect(language.round('Round 7')).toBe('第7回合');
      expect(language.round('a label of its own')).toBe('a label of its own');
      expect(language.date(new Date(Date.UTC(2026, 11, 3, 12)), { dateStyle: 'long', timeZone: 'UTC' })).toBe(
        '2026年12月3日',
      );
    } finally {
      await language.show(was);
    }
  });

  it('keeps the reader’s choice, and a refusing storage does not stop the switch', async () => {
    const was = language.locale;
    const kept = new Map<string, string>();
    try {
      expect(
        await language.choose('zh-CN', () => ({ setItem: (k: string, v: string) => void kept.set(k, v) })),
      ).toBe(true);
      expect(language.locale).toBe('zh-CN');
      expect(kept.get('decoupling-lab:language')).toBe('zh-CN');
      await language.choose('en', () => ({
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }));
      expect(language.locale).toBe('en');
    } finally {
      await language.show(was);
    }
  });
});

describe('fetching a language’s words', () => {
  /** a language whose words arrive when the test says */
  function slowChinese() {
    let arrive: (pack: LanguagePack) => void = () => {};
    const fetched = new Promise<LanguagePack>((resolve) => (arrive = resolve));
    return {
      packs: { ...PACKS, 'zh-CN': () => fetched },
      arrive: () => arrive({ t: zhCN, events: CHINESE_EVENTS }),
    };
  }

  it('the page stays in its language until the words are here, then the catalog and phrasebook switch together', async () => {
    const slow = slowChinese();
    const page = new Language(slow.packs);
    const shown = page.show('zh-CN');
    expect([page.locale, page.loading, page.t, page.events]).toEqual(['en', 'zh-CN', en, ENGLISH_EVENTS]);
    slow.arrive();
    expect(await shown).toBe(true);
    expect([page.locale, page.loading, page.failed]).toEqual(['zh-CN', null, null]);
    expect(page.t).toBe(zhCN);
    expect(page.events).toBe(CHINESE_EVENTS);
    // fetched once: switching back and forth again is immediate
    void page.show('en');
    expect(page.locale).toBe('en');
    void page.show('zh-CN');
    expect(page.locale).toBe('zh-CN');
  });

  it('words that cannot be fetched leave the page as it was, name the language, and are not kept as the choice', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = new Language({
      ...PACKS,
      'zh-CN': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    const kept = new Map<string, string>();
    expect(
      await page.choose('zh-CN', () => ({ setItem: (k: string, v: string) => void kept.set(k, v) })),
    ).toBe(false);
    expect([page.locale, page.loading, page.failed, page.t]).toEqual(['en', null, 'zh-CN', en]);
    expect(kept.size).toBe(0);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    // the next choice clears the failure
    expect(await page.choose('en', () => null)).toBe(true);
    expect(page.failed).toBeNull();
  });

  it('a language chosen while another is on its way is the one shown and kept', async () => {
    const slow = slowChinese();
    const page = new Language(slow.packs);
    const kept = new Map<string, string>();
    const storage = () => ({ setItem: (k: string, v: string) => void kept.set(k, v) });
    const chinese = page.choose('zh-CN', storage);
    const english = page.choose('en', storage);
    slow.arrive();
    expect(await chinese).toBe(false);
    expect(await english).toBe(true);
    expect([page.locale, page.loading, page.failed]).toEqual(['en', null, null]);
    expect(kept.get('decoupling-lab:language')).toBe('en');
  });
});
