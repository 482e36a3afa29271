// Exports: a scenario or workspace as a JSON file, with file names that are safe on every system. A run's data (CSV,
// and JSON in the CLI's shape) comes from src/sim/branchReport.ts. Every file exported here reopens: it is indented
// for a person to read while that stays within the size the app opens (MAX_FILE_BYTES), and compact beyond it, so a
// workspace the app can hold (autosave and links take its compact form) always comes back from its file.
//
// API:
//   scenarioFileText(scenario) / workspaceFileText(ws) -> JSON text (read back by openFile / parseScenarioFile)
//   opensAgain(text) -> whether the app will read a file of this text (its size, as import measures it)
//   safeFileName(title, suffix, ext) -> 'micron-2023-seed-2023.csv'  (lower-case letters, digits and dashes; a long
//                               title is cut at a word boundary and the suffix is kept whole)

import type { Scenario } from '../../model/scenario.ts';
import { formatted, type Workspace } from '../../sim/workspace.ts';
import { MAX_FILE_BYTES, utf8Length } from '../../sim/files/validate.ts';

/** Indented JSON where that stays within the size import reads, else compact JSON. */
function jsonFileText(value: unknown): string {
  const pretty = `${JSON.stringify(value, null, 2)}\n`;
  if (opensAgain(pretty)) return pretty;
  return `${JSON.stringify(value)}\n`;
}

/** Whether import will read this text: measured as parseJsonText measures it, in UTF-8 bytes. */
export function opensAgain(text: string): boolean {
  return text.length <= MAX_FILE_BYTES && utf8Length(text) <= MAX_FILE_BYTES;
}

export function scenarioFileText(scenario: Scenario): string {
  return jsonFileText(scenario);
}

export function workspaceFileText(workspace: Workspace): string {
  return jsonFileText(formatted(workspace));
}

/** names Windows will not accept as a file name, whatever the extension */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
/** longest name part kept: long enough to tell files apart, short enough for every file system and a download bar */
const MAX_NAME = 60;
/** the title keeps at least this many characters however long the suffix, so that files of two scenarios differ */
const MIN_TITLE = 20;

/** lower-case letters, digits and single dashes, nothing else */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters at a dash, so that no word is cut in half (one word longer than max is cut). */
function shorten(slugText: string, max: number): string {
  if (slugText.length <= max) return slugText;
  const cut = slugText.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return dash > 0 ? cut.slice(0, dash) : slugText.slice(0, max);
}

/**
 * A download's file name from user text: markup, slashes, dots and control characters become dashes, so the name
 * can never leave the download folder or hide its type. Empty or reserved names fall back to "decoupling-lab".
 */
export function safeFileName(
  title: string,
  suffix: string,
  ext: 'json' | 'csv' | 'svg' | 'png' | 'html',
): string {
  // the suffix (a chart's name, "seed 7 run") says what the file is: it stays whole, and the title gives way first
  const tail = shorten(slug(suffix), MAX_NAME);
  const room = Math.max(MIN_TITLE, MAX_NAME - (tail ? tail.length + 1 : 0));
  let base = shorten(slug(title), room);
  if (base === '' || RESERVED.test(base)) base = base === '' ? 'decoupling-lab' : `${base}-file`;
  return `${base}${tail ? `-${tail}` : ''}.${ext}`;
}
