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

/** The URL a failed import() names in its message (Chromium and Firefox name it), or null. */
export function failedModuleUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  const url = /https?:\/\/[^\s'"]+/.exec(text)?.[0];
  return url ? url.replace(/[.,;:)]+$/, '') : null;
}

/**
 * A chunk's loader that can be tried again after a failed fetch. A browser may keep a failed module in its module map
 * and fail every later import() of that URL at once, without fetching it (Chromium 150 does; later Chromiums fetch
 * again): so after a failure the loader imports the URL the failure named, with a query that makes it another entry
 * of the map. A failure that names no URL is tried the first way again.
 */
export function retryingLoader<T>(
  first: () => Promise<T>,
  load: (url: string) => Promise<T> = (url) => import(/* @vite-ignore */ url) as Promise<T>,
): () => Promise<T> {
  let failed: string | null = null;
  let attempt = 0;
  return async () => {
    try {
      if (failed === null) return await first();
      attempt += 1;
      return await load(`${failed}${failed.includes('?') ? '&' : '?'}retry=${attempt}`);
    } catch (e) {
      failed ??= failedModuleUrl(e);
      throw e;
    }
  };
}

const chinese = retryingLoader<typeof import('./pack.zh-CN.ts')>(() => import('./pack.zh-CN.ts'));

/** how each language's words are fetched: a dynamic import for every language but English */
export const PACKS: Record<Locale, () => Promise<LanguagePack>> = {
  en: () => Promise.resolve(ENGLISH),
  'zh-CN': () => chinese().then((m) => m.CHINESE),
};
