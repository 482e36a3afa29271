// Undo labels the app writes in English outside a view (opening a link, a file or a saved scenario; a team's move):
// the history keeps the English, as tests and the title compare it, and the toolbar says it in the language on view.
// A label a view wrote (already in the language on view) has no words here and is shown as written.

import { en, type Messages } from './en.ts';

const WORDS = new Map<string, (t: Messages) => string>();

/** An undo label the catalogs word: returns its English, and keeps its words by that text. */
export function labelled(words: (t: Messages) => string): string {
  const text = words(en);
  WORDS.set(text, words);
  return text;
}

/** An undo label in the catalog's language where the catalogs word it, else as written. */
export function labelIn(label: string, t: Messages): string {
  return WORDS.get(label)?.(t) ?? label;
}
