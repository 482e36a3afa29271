// The language on view: its message catalog, and numbers, dates and round labels written its way. One instance for
// the page; a component reads `const t = $derived(language.t)` and writes `{t.run.play}`, so a switch redraws every
// text at once without touching the work (the workspace, the runs and the history are not language-bound).

import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { LANGUAGE_KEY, type Locale } from './locales.ts';

export const CATALOGS: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

/** the calendar label the engine gives a round ("Q3 2022") */
const QUARTER = /^Q([1-4]) (\d{4})$/;
/** the engine's label of a round in a scenario without a calendar ("Round 7") */
const ROUND = /^Round (\d+)$/;

class Language {
  locale: Locale = $state('en');
  /** formatters are costly to make and cheap to reuse: one per locale and options */
  #formats = new Map<string, Intl.NumberFormat>();

  get t(): Messages {
    return CATALOGS[this.locale];
  }

  /** switches the language and keeps the choice for the next visit (a refusing browser keeps it for this visit) */
  choose(locale: Locale, storage: () => Pick<Storage, 'setItem'> | null = () => window.localStorage) {
    this.locale = locale;
    try {
      storage()?.setItem(LANGUAGE_KEY, locale);
    } catch {
      // private windows may refuse storage; the choice then lasts for this visit only
    }
  }

  /** a number in the language's digits, grouping and decimal sign: 12,345.6 */
  number(value: number, options: Intl.NumberFormatOptions = {}): string {
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
