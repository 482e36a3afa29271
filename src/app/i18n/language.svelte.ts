// The language on view: its message catalog, its event phrasebook, and numbers, dates and round labels written its
// way. One instance for the page; a component reads `const t = $derived(language.t)` and writes `{t.run.play}`, so a
// switch redraws every text at once without touching the work (the workspace, the runs and the history are not
// language-bound). English is part of the page; another language's words are fetched the first time it is shown
// (packs.ts), and until they arrive the page stays in the language it was in.

import type { Messages } from './en.ts';
import type { EventPhrasebook } from './events.ts';
import { LANGUAGE_KEY, type Locale } from './locales.ts';
import { ENGLISH, PACKS, type LanguagePack } from './packs.ts';

/** the calendar label the engine gives a round ("Q3 2022") */
const QUARTER = /^Q([1-4]) (\d{4})$/;
/** the engine's label of a round in a scenario without a calendar ("Round 7") */
const ROUND = /^Round (\d+)$/;

/** A whole number of 0 or more with its digits grouped by threes with commas (12,345), as 'en' and 'zh-CN' write it. */
export function wholeNumber(value: number): string {
  const digits = String(value);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export class Language {
  /** the language on view and its words, replaced together once the words are here */
  #shown: { locale: Locale; pack: LanguagePack } = $state.raw({ locale: 'en', pack: ENGLISH });
  /** a language whose words are being fetched (the picker is busy meanwhile), or null */
  loading: Locale | null = $state(null);
  /** the last language whose words could not be fetched, or null: the page stayed in the language it was in */
  failed: Locale | null = $state(null);
  /** each language's words once fetched: a second switch to it is immediate (read by `show`, never by a view) */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #packs = new Map<Locale, LanguagePack>([['en', ENGLISH]]);
  /** the language asked for last: words that arrive after the reader has chosen another are not shown */
  #asked: Locale = 'en';
  /** formatters are costly to make and cheap to reuse: one per locale and options (a cache, not state) */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #formats = new Map<string, Intl.NumberFormat>();
  /** how each language's words are fetched */
  #fetch: Record<Locale, () => Promise<LanguagePack>>;

  /** `packs`: how each language's words are fetched (a test gives one that is slow or fails) */
  constructor(packs: Record<Locale, () => Promise<LanguagePack>> = PACKS) {
    this.#fetch = packs;
  }

  get locale(): Locale {
    return this.#shown.locale;
  }

  get t(): Messages {
    return this.#shown.pack.t;
  }

  /** how the language on view words the round log's events (i18n/events.ts) */
  get events(): EventPhrasebook {
    return this.#shown.pack.events;
  }

  /**
   * Shows a language once its words are here, fetching them the first time (a language already fetched switches at
   * once, before this returns). True when it is on view; false when its words could not be fetched (`failed` names
   * it, and the page stays as it was) or another language was asked for meanwhile.
   */
  async show(locale: Locale): Promise<boolean> {
    this.#asked = locale;
    this.failed = null;
    let pack = this.#packs.get(locale);
    if (!pack) {
      this.loading = locale;
      try {
        pack = await this.#fetch[locale]();
      } catch (e) {
        console.error(`the words for ${locale} could not be loaded`, e);
        if (this.#asked === locale) {
          this.loading = null;
          this.failed = locale;
        }
        return false;
      }
      this.#packs.set(locale, pack);
      if (this.#asked !== locale) return false;
    }
    this.loading = null;
    this.#shown = { locale, pack };
    return true;
  }

  /**
   * Switches the language and keeps the choice for the next visit (a refusing browser keeps it for this visit); a
   * language whose words could not be fetched is not kept either. Resolves as `show` does.
   */
  async choose(
    locale: Locale,
    storage: () => Pick<Storage, 'setItem'> | null = () => window.localStorage,
  ): Promise<boolean> {
    const shown = await this.show(locale);
    if (!shown) return false;
    try {
      storage()?.setItem(LANGUAGE_KEY, locale);
    } catch {
      // private windows may refuse storage; the choice then lasts for this visit only
    }
    return true;
  }

  /** a number in the language's digits, grouping and decimal sign: 12,345.6 */
  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    // A count is written by hand (every language here writes 12,345 so; tested against Intl): the page's first
    // Intl.NumberFormat takes 40-60 ms on a 2-core machine while ICU starts, and the progress of "Run N seeds" is the
    // first number most visits show, which made the click one long task.
    if (Number.isSafeInteger(value) && value >= 0 && Object.keys(options).length === 0)
      return wholeNumber(value);
    const key = `${this.locale} ${JSON.stringify(options)}`;
    let format = this.#formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, options);
      this.#formats.set(key, format);
    }
    return format.format(value);
  }

  /** a date (and time, if asked) in the language's order and words: "3 December 2026", "2026年12月3日" */
  date(value: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return new Intl.DateTimeFormat(this.locale, options).format(value);
  }

  /** the engine's English label of a round ("Q3 2022", "Round 7") in the language on view */
  round(label: string): string {
    const quarter = QUARTER.exec(label);
    if (quarter) return this.t.time.quarter(Number(quarter[1]), Number(quarter[2]));
    const round = ROUND.exec(label);
    if (round) return this.t.time.round(Number(round[1]));
    return label;
  }
}

export const language = new Language();
