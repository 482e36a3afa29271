// Sentences the catalogs word, kept by their English: apart from connection.ts, which brings Yjs and y-websocket, so
// that the facilitator's room panel (part of the main page) can word the room's sentences without loading them.

import { en, type Messages } from '../i18n/en.ts';

const WORDS = new Map<string, (t: Messages) => string>();

/**
 * A sentence the catalogs word: its English is returned (the page compares and keeps it), and its words are kept by
 * that text, so a view can say it in the language on view (roomWordsIn).
 */
export function worded(words: (t: Messages) => string): string {
  const text = words(en);
  WORDS.set(text, words);
  return text;
}

/** A room's sentence in the catalog's language where the catalogs word it, else as it is. */
export function roomWordsIn(text: string, t: Messages): string {
  return WORDS.get(text)?.(t) ?? text;
}
