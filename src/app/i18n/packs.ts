// Each language's words: its message catalog and its event phrasebook. English is part of the page's own script;
// every other language is a chunk of its own, fetched the first time it is shown, so that an English first visit
// downloads no Chinese (language.svelte.ts waits for the chunk before it switches).

import { en, type Messages } from './en.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from './events.ts';
import type { Locale } from './locales.ts';

/** A language's words: what `language.t` and `language.events` give while it is on view. */
export interface LanguagePack {
  t: Messages;
  events: EventPhrasebook;
}

export const ENGLISH: LanguagePack = { t: en, events: ENGLISH_EVENTS };

/** how each language's words are fetched: a dynamic import for every language but English */
export const PACKS: Record<Locale, () => Promise<LanguagePack>> = {
  en: () => Promise.resolve(ENGLISH),
  'zh-CN': () => import('./pack.zh-CN.ts').then((m) => m.CHINESE),
};
