// The languages the app speaks, each named in itself, and how the first one is chosen: the reader's last choice on
// this machine, else the browser's language, else English. Pure, so the choice is tested without a browser.

export const LOCALES = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
] as const;

export type Locale = (typeof LOCALES)[number]['id'];

/** where the reader's choice is kept in localStorage, beside the app's other preferences */
export const LANGUAGE_KEY = 'decoupling-lab:language';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l.id === value);
}

/**
 * The catalog for a BCP 47 tag as a browser reports it: any Chinese (zh, zh-CN, zh-Hans-SG, and zh-TW too, since
 * Simplified is the only Chinese we have) reads Simplified Chinese; English and anything else reads English.
 */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** the stored choice if it is one we have; else the first of the browser's languages we speak; else English */
export function initialLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
