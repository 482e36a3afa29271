// Keeps a user's work in browser storage: an autosave of the workspace after every change, and saved scenarios
// (each a whole workspace, branches included). Storage can be full, turned off, shared with another tab of the app,
// or hold data that an older or newer app (or a person) wrote: every method returns a notice for the UI instead of
// throwing, data that cannot be read is never restored half-way, and nothing is written over work that has not been
// kept first:
//   - an autosave this version cannot read is set aside as a saved entry (kind 'unreadable', the text as it was)
//     before anything new is written; where it cannot be set aside, this tab does not autosave at all;
//   - an autosave another tab wrote since this tab last looked is kept as a saved entry (kind 'tab') before this tab
//     writes its own work over it, so two tabs never silently overwrite each other;
//   - the work a link replaces is kept as a saved entry (kind 'link') until the user deletes it.
// Every entry, readable or not, can be exported as a file (exportText), so unreadable work can be taken to a newer
// version of the app.
//
// API (the app passes the storage lazily, because reading window.localStorage itself throws where it is disabled):
//   const store = new WorkspaceStore(() => window.localStorage, tabId)
//   store.autosave(ws) -> notice | null       call after each change (debounce: it writes the whole workspace)
//   store.restore() -> { workspace | null, notice | null }      on start, before any autosave
//   store.clearAutosave() -> notice | null
//   store.list() -> { entries: SavedEntry[], notice | null }    sorted by name; SavedEntry = { id, name, savedAt, kind }
//   store.save(name, ws, savedAt?) -> StoreResult<SavedEntry>  a name already in use is saved over
//   store.keepBeforeLink(ws, savedAt?) -> StoreResult<SavedEntry>  the work a link is about to replace
//   store.load(id) -> StoreResult<Workspace>
//   store.exportText(id) -> StoreResult<string>                 the entry as a file, readable or not
//   store.rename(id, name) -> StoreResult<SavedEntry>           refuses a name another entry has
//   store.remove(id) -> notice | null
//   StoreResult<T> = { ok: true, value, notice } | { ok: false, notice }
// Notices are plain sentences, shown as text.

import { formatted, type Workspace } from '../../sim/workspace.ts';
import { isPlainObject } from '../../sim/files/migrate.ts';
import {
  MAX_FILE_BYTES,
  MIGRATED_NOTICE,
  formatBytes,
  parseJsonText,
  parseWorkspace,
  utf8Length,
  type Reason,
} from '../../sim/files/validate.ts';
import { en, type Messages } from '../i18n/en.ts';

/** The part of the Web Storage interface used here; window.localStorage has it, and so do the tests' fakes. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageSource = StorageLike | (() => StorageLike) | null | undefined;

export const AUTOSAVE_KEY = 'decoupling-lab:autosave';
/** the id of the tab that wrote the autosave last, so that another tab keeps that work under one entry per tab */
export const AUTOSAVE_WRITER_KEY = 'decoupling-lab:autosave-writer';
export const SAVED_PREFIX = 'decoupling-lab:saved:';
/** most saved scenarios a user names: a list a person can scan, and well inside the 5 MB browsers give a site */
export const MAX_SAVED = 50;
/** longest name of a saved scenario, as for a branch */
export const MAX_NAME = 80;

/**
 * 'saved': named by the user;  'link': the work a link replaced;  'tab': another tab's autosave, kept before this tab
 * wrote over it;  'unreadable': data this version cannot read (an autosave set aside, or an entry whose header is
 * broken), kept as it was so that it can be exported and opened elsewhere.
 */
export type SavedKind = 'saved' | 'link' | 'tab' | 'unreadable';

export const KEPT_NAMES = en.saved.keptNames;

export interface SavedEntry {
  id: string;
  name: string;
  /** ISO 8601 time of the last save ('' where the entry does not say) */
  savedAt: string;
  kind: SavedKind;
}

export type StoreResult<T> = { ok: true; value: T; notice: string | null } | { ok: false; notice: string };

const WORDS = new Map<string, (t: Messages) => string>();

/**
 * A notice the catalogs word: its English is the notice (tests and the UI's dedupe compare it), and its words are
 * kept by that text, so the page can say it in the language on view (NOTICE_WORDS). A detail quoted in it (why a
 * file could not be read) stays as the checker wrote it, in English.
 */
export function worded(words: (t: Messages) => string): string {
  const text = words(en);
  WORDS.set(text, words);
  return text;
}

export const NOTICES = {
  unavailable: worded((t) => t.notices.unavailable),
  full: worded((t) => t.notices.full),
  tooLarge: (bytes: number) =>
    worded((t) => t.notices.tooLargeToKeep(formatBytes(bytes), formatBytes(MAX_FILE_BYTES))),
  unreadableAutosave: (reason: Reason) =>
    worded((t) =>
      t.notices.unreadableAutosave(t.checks.sentence(reason), t.saved.keptNames.unreadableAutosave),
    ),
  unreadableNotKept: (reason: Reason) =>
    worded((t) => t.notices.unreadableNotKept(t.checks.sentence(reason))),
  savedUnread: (reason: Reason | null) =>
    worded((t) =>
      t.notices.savedUnread(reason === null ? t.notices.notSavedScenario : t.checks.sentence(reason)),
    ),
  savedNewer: (reason: string) => worded((t) => t.notices.savedNewer(reason)),
  savedUnreadable: (reason: string | null) => worded((t) => t.notices.savedUnreadable(reason)),
  cannotRename: worded((t) => t.notices.cannotRename),
  nameTaken: (name: string) => worded((t) => t.notices.nameTaken(name)),
  otherTab: worded((t) => t.notices.otherTab(t.saved.keptNames.tab)),
  otherTabNotKept: worded((t) => t.notices.otherTabNotKept),
  tooManySaved: worded((t) => t.notices.tooManySaved(MAX_SAVED)),
  unreadableEntries: (n: number) => worded((t) => t.notices.unreadableEntries(n)),
  gone: worded((t) => t.notices.gone),
  autosaveUpdated: worded((t) => t.notices.autosaveUpdated),
  linkUpdated: worded((t) => t.notices.linkUpdated),
  nameNeeded: worded((t) => t.notices.nameNeeded),
  nameTooLong: (length: number) => worded((t) => t.notices.nameTooLong(MAX_NAME, length)),
} as const;

/** The notices the catalogs word, by their English text (those with details quote them in English). */
export const NOTICE_WORDS: ReadonlyMap<string, (t: Messages) => string> = WORDS;

/** A notice in the catalog's language where the catalogs word it, else as it is. */
export function noticeIn(notice: string, t: Messages): string {
  return WORDS.get(notice)?.(t) ?? notice;
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

const fail = (notice: string): { ok: false; notice: string } => ({ ok: false, notice });

/** A tab's id as a key part: letters and digits only, whatever another tab (or a person) stored. */
const cleanTabId = (id: string | null) => (id ?? '').replace(/[^a-z0-9]/gi, '').slice(0, 16) || 'unknown';

/** A fresh id for this tab: random, short, letters and digits. */
export function newTabId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export class WorkspaceStore {
  #storage: StorageLike | null;
  #tab: string;
  /** the autosave's text as this tab last read or wrote it; anything else there came from another tab */
  #seen: string | null = null;
  /** why this tab must not autosave (an unreadable autosave that could not be set aside), or null */
  #blocked: string | null = null;

  constructor(source: StorageSource, tabId: string = 'tab') {
    this.#tab = cleanTabId(tabId);
    try {
      this.#storage = typeof source === 'function' ? source() : (source ?? null);
    } catch {
      this.#storage = null;
    }
  }

  /** Whether browser storage could be reached when the store was made. */
  get available(): boolean {
    return this.#storage !== null;
  }

  /** Writes, or says why it could not: full storage, or storage that refuses (turned off, private mode). */
  #write(key: string, text: string): string | null {
    if (!this.#storage) return NOTICES.unavailable;
    try {
      this.#storage.setItem(key, text);
      return null;
    } catch (e) {
      return isQuotaError(e) ? NOTICES.full : NOTICES.unavailable;
    }
  }

  #read(key: string): { text: string | null } | { notice: string } {
    if (!this.#storage) return { notice: NOTICES.unavailable };
    try {
      return { text: this.#storage.getItem(key) };
    } catch {
      return { notice: NOTICES.unavailable };
    }
  }

  #remove(key: string): string | null {
    if (!this.#storage) return NOTICES.unavailable;
    try {
      this.#storage.removeItem(key);
      return null;
    } catch {
      return NOTICES.unavailable;
    }
  }

  /**
   * Writes the workspace as the autosave. If another tab wrote there since this tab last looked, its work is kept
   * first (one entry per tab, saved over as it changes), and the notice says so; if it cannot be kept, nothing is
   * written.
   */
  autosave(workspace: Workspace, savedAt: string = new Date().toISOString()): string | null {
    if (this.#blocked) return this.#blocked;
    const text = JSON.stringify(formatted(workspace));
    const bytes = utf8Length(text);
    if (bytes > MAX_FILE_BYTES) return NOTICES.tooLarge(bytes);
    const read = this.#read(AUTOSAVE_KEY);
    if ('notice' in read) return read.notice;
    let notice: string | null = null;
    if (read.text !== null && read.text !== this.#seen && read.text !== text) {
      const writer = this.#read(AUTOSAVE_WRITER_KEY);
      const other = cleanTabId('text' in writer ? writer.text : null);
      const kept = this.#keepText(`tab-${other}`, 'tab', KEPT_NAMES.tab, read.text, savedAt);
      if (kept) return kept === NOTICES.full ? NOTICES.otherTabNotKept : kept;
      notice = NOTICES.otherTab;
    }
    const written = this.#write(AUTOSAVE_KEY, text);
    if (written) return written;
    this.#seen = text;
    // which tab wrote it is a courtesy to the other tab's naming; the autosave itself is already safe
    this.#write(AUTOSAVE_WRITER_KEY, this.#tab);
    return notice;
  }

  /** The autosaved workspace; one this version cannot read is set aside first, so that nothing destroys it. */
  restore(savedAt: string = new Date().toISOString()): {
    workspace: Workspace | null;
    notice: string | null;
  } {
    const read = this.#read(AUTOSAVE_KEY);
    if ('notice' in read) return { workspace: null, notice: read.notice };
    this.#seen = read.text;
    if (read.text === null) return { workspace: null, notice: null };
    const checked = readWorkspace(read.text);
    if (!checked.ok) {
      const id = this.#freeId('aside');
      const kept =
        id === null
          ? NOTICES.unavailable
          : this.#keepText(
              id,
              'unreadable',
              KEPT_NAMES.unreadableAutosave,
              read.text,
              savedAt,
              checked.notice,
            );
      if (kept) {
        this.#blocked = NOTICES.unreadableNotKept(checked.reason);
        return { workspace: null, notice: this.#blocked };
      }
      return { workspace: null, notice: NOTICES.unreadableAutosave(checked.reason) };
    }
    const notice =
      checked.notice === MIGRATED_NOTICE
        ? NOTICES.autosaveUpdated
        : checked.notice && `Your autosaved work ${checked.notice}`;
    return { workspace: checked.value, notice };
  }

  clearAutosave(): string | null {
    return this.#remove(AUTOSAVE_KEY);
  }

  /**
   * Keeps a stored text under SAVED_PREFIX + id: as a workspace entry where it is JSON, else as an unreadable entry
   * holding the text as it was. Returns a notice when it could not.
   */
  #keepText(
    id: string,
    kind: SavedKind,
    name: string,
    text: string,
    savedAt: string,
    reason?: string,
  ): string | null {
    const json = kind === 'unreadable' ? null : parseJsonText(text);
    const entry =
      json?.ok === true
        ? { name, savedAt, kind, workspace: json.value }
        : { name, savedAt, kind: 'unreadable', reason: reason ?? null, text };
    return this.#write(SAVED_PREFIX + id, JSON.stringify(entry));
  }

  /** The first id `prefix-N` not yet used, or null where storage cannot be listed. */
  #freeId(prefix: string): string | null {
    const found = this.#entries();
    return 'notice' in found ? null : nextId(found.ids, prefix);
  }

  /** Every stored entry; one whose header cannot be read is listed as unreadable, never skipped. */
  #entries(): { entries: SavedEntry[]; ids: string[] } | { notice: string } {
    if (!this.#storage) return { notice: NOTICES.unavailable };
    const entries: SavedEntry[] = [];
    const ids: string[] = [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < this.#storage.length; i++) {
        const key = this.#storage.key(i);
        if (key !== null && key.startsWith(SAVED_PREFIX)) keys.push(key);
      }
      for (const key of keys) {
        const id = key.slice(SAVED_PREFIX.length);
        ids.push(id);
        const header = entryHeader(this.#storage.getItem(key));
        entries.push(
          header
            ? { id, name: header.name, savedAt: header.savedAt, kind: header.kind }
            : { id, name: KEPT_NAMES.unreadableEntry, savedAt: '', kind: 'unreadable' },
        );
      }
    } catch {
      return { notice: NOTICES.unavailable };
    }
    entries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { entries, ids };
  }

  list(): { entries: SavedEntry[]; notice: string | null } {
    const found = this.#entries();
    if ('notice' in found) return { entries: [], notice: found.notice };
    const n = found.entries.filter((e) => e.kind === 'unreadable').length;
    const notice = n === 0 ? null : NOTICES.unreadableEntries(n);
    return { entries: found.entries, notice };
  }

  save(
    name: string,
    workspace: Workspace,
    savedAt: string = new Date().toISOString(),
  ): StoreResult<SavedEntry> {
    const clean = checkName(name);
    if (!clean.ok) return clean;
    const found = this.#entries();
    if ('notice' in found) return fail(found.notice);
    // only the user's own saves are saved over by name: kept and unreadable work never is
    const same = found.entries.find((e) => e.name === clean.value && e.kind === 'saved');
    const own = found.entries.filter((e) => e.kind === 'saved').length;
    if (!same && own >= MAX_SAVED) return fail(NOTICES.tooManySaved);
    // unreadable entries keep their ids, so that a new save never writes over them
    const id = same?.id ?? nextId(found.ids, 's');
    return this.#saveEntry(id, clean.value, 'saved', workspace, savedAt);
  }

  /**
   * Keeps the workspace a link is about to replace, as its own entry, until the user deletes it. The same work kept
   * already is not kept twice.
   */
  keepBeforeLink(workspace: Workspace, savedAt: string = new Date().toISOString()): StoreResult<SavedEntry> {
    const found = this.#entries();
    if ('notice' in found) return fail(found.notice);
    const text = JSON.stringify(formatted(workspace));
    for (const e of found.entries) {
      if (e.kind !== 'link') continue;
      const read = this.#read(SAVED_PREFIX + e.id);
      const entry = 'text' in read ? entryHeader(read.text)?.entry : undefined;
      if (entry && JSON.stringify(entry.workspace) === text) return { ok: true, value: e, notice: null };
    }
    return this.#saveEntry(nextId(found.ids, 'link'), KEPT_NAMES.link, 'link', workspace, savedAt);
  }

  #saveEntry(
    id: string,
    name: string,
    kind: SavedKind,
    workspace: Workspace,
    savedAt: string,
  ): StoreResult<SavedEntry> {
    // 'saved' stays implicit, as older versions wrote it, so that they list these entries as before
    const text = JSON.stringify(
      kind === 'saved'
        ? { name, savedAt, workspace: formatted(workspace) }
        : { name, savedAt, kind, workspace: formatted(workspace) },
    );
    const bytes = utf8Length(text);
    if (bytes > MAX_FILE_BYTES) return fail(NOTICES.tooLarge(bytes));
    const notice = this.#write(SAVED_PREFIX + id, text);
    if (notice) return fail(notice);
    return { ok: true, value: { id, name, savedAt, kind }, notice: null };
  }

  load(id: string): StoreResult<Workspace> {
    const read = this.#read(SAVED_PREFIX + id);
    if ('notice' in read) return fail(read.notice);
    if (read.text === null) return fail(NOTICES.gone);
    const header = entryHeader(read.text);
    if (header?.kind === 'unreadable') {
      const reason = header.entry.reason;
      // the reason is the English it was set aside with, in an earlier session: it is quoted as it was stored
      return fail(
        typeof reason === 'string' && reason.startsWith('was ')
          ? NOTICES.savedNewer(reason)
          : NOTICES.savedUnreadable(typeof reason === 'string' ? reason : null),
      );
    }
    const json = parseJsonText(read.text);
    const entry = json.ok && isPlainObject(json.value) ? json.value : null;
    const checked = entry ? parseWorkspace(entry.workspace) : null;
    if (!checked?.ok) {
      const why = checked && !checked.ok ? checked.reason : json.ok ? null : json.reason;
      return fail(NOTICES.savedUnread(why));
    }
    return {
      ok: true,
      value: checked.value,
      notice: checked.notice && `This saved scenario ${checked.notice}`,
    };
  }

  /**
   * An entry as a file, without reading it as a workspace: unreadable work goes out as it was stored, so that a
   * newer version (or a person) can open it.
   */
  exportText(id: string): StoreResult<string> {
    const read = this.#read(SAVED_PREFIX + id);
    if ('notice' in read) return fail(read.notice);
    if (read.text === null) return fail(NOTICES.gone);
    const header = entryHeader(read.text);
    if (!header) return { ok: true, value: read.text, notice: null };
    if (header.kind === 'unreadable' && typeof header.entry.text === 'string')
      return { ok: true, value: header.entry.text, notice: null };
    if (header.entry.workspace === undefined) return { ok: true, value: read.text, notice: null };
    return { ok: true, value: `${JSON.stringify(header.entry.workspace)}\n`, notice: null };
  }

  rename(id: string, name: string): StoreResult<SavedEntry> {
    const clean = checkName(name);
    if (!clean.ok) return clean;
    const read = this.#read(SAVED_PREFIX + id);
    if ('notice' in read) return fail(read.notice);
    const header = entryHeader(read.text);
    if (header === null) return fail(NOTICES.cannotRename);
    const found = this.#entries();
    if ('notice' in found) return fail(found.notice);
    if (found.entries.some((e) => e.name === clean.value && e.id !== id))
      return fail(NOTICES.nameTaken(clean.value));
    const text = JSON.stringify({ ...header.entry, name: clean.value });
    const notice = this.#write(SAVED_PREFIX + id, text);
    if (notice) return fail(notice);
    return {
      ok: true,
      value: { id, name: clean.value, savedAt: header.savedAt, kind: header.kind },
      notice: null,
    };
  }

  remove(id: string): string | null {
    return this.#remove(SAVED_PREFIX + id);
  }
}

/** A detail phrase ended with one full stop. */
const sentence = (detail: string) => (detail.endsWith('.') ? detail : `${detail}.`);

function checkName(name: string): { ok: true; value: string } | { ok: false; notice: string } {
  const value = name.trim();
  if (value.length === 0) return fail(NOTICES.nameNeeded);
  if (value.length > MAX_NAME) return fail(NOTICES.nameTooLong(value.length));
  return { ok: true, value };
}

const KINDS: readonly SavedKind[] = ['saved', 'link', 'tab', 'unreadable'];

/** The name, time and kind of a stored entry, or null where the stored text is not one. */
function entryHeader(
  text: string | null,
): { name: string; savedAt: string; kind: SavedKind; entry: Record<string, unknown> } | null {
  if (text === null) return null;
  const json = parseJsonText(text);
  if (!json.ok || !isPlainObject(json.value)) return null;
  const { name, savedAt, kind } = json.value;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME || typeof savedAt !== 'string')
    return null;
  // an entry of a kind this version does not know is not one it can read
  const known: SavedKind =
    kind === undefined ? 'saved' : KINDS.includes(kind as SavedKind) ? (kind as SavedKind) : 'unreadable';
  return { name, savedAt, kind: known, entry: json.value };
}

function nextId(ids: readonly string[], prefix: string): string {
  let n = 0;
  const pattern = new RegExp(`^${prefix}-?(\\d+)$`);
  for (const id of ids) {
    const m = pattern.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return prefix === 's' ? `s${n + 1}` : `${prefix}-${n + 1}`;
}

/** The autosave's workspace; a refusal's notice is the reason's English sentence, kept with the entry set aside. */
function readWorkspace(
  text: string,
): { ok: true; value: Workspace; notice: string | null } | { ok: false; notice: string; reason: Reason } {
  const json = parseJsonText(text);
  if (!json.ok) return { ...fail(sentence(json.detail)), reason: json.reason };
  const checked = parseWorkspace(json.value);
  if (!checked.ok) return { ...fail(sentence(checked.detail)), reason: checked.reason };
  return { ok: true, value: checked.value, notice: checked.notice };
}
