// Keeps a user's work in browser storage: an autosave of the workspace after every change, and named saved
// scenarios (each a whole workspace, branches included). Storage can be full, turned off, or hold data that an older
// or newer app (or a person) wrote: every method returns a notice for the UI instead of throwing, and data that
// cannot be read is skipped with a notice, never restored half-way.
//
// API (the app passes the storage lazily, because reading window.localStorage itself throws where it is disabled):
//   const store = new WorkspaceStore(() => window.localStorage)
//   store.autosave(ws) -> notice | null       call after each change (debounce: it writes the whole workspace)
//   store.restore() -> { workspace | null, notice | null }      on start, when the URL carries no share link
//   store.clearAutosave() -> notice | null    for "reset all"
//   store.list() -> { entries: SavedEntry[], notice | null }    sorted by name; SavedEntry = { id, name, savedAt }
//   store.save(name, ws, savedAt?) -> StoreResult<SavedEntry>  a name already in use is saved over
//   store.load(id) -> StoreResult<Workspace>
//   store.rename(id, name) -> StoreResult<SavedEntry>           refuses a name another entry has
//   store.remove(id) -> notice | null
//   StoreResult<T> = { ok: true, value, notice } | { ok: false, notice }
// Notices are plain sentences, shown as text.

import type { Workspace } from '../../sim/workspace.ts';
import { isPlainObject } from '../../sim/files/migrate.ts';
import {
  MAX_FILE_BYTES,
  formatBytes,
  parseJsonText,
  parseWorkspace,
  utf8Length,
} from '../../sim/files/validate.ts';

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
export const SAVED_PREFIX = 'decoupling-lab:saved:';
/** most saved scenarios: a list a person can scan, and well inside the 5 MB browsers give a site */
export const MAX_SAVED = 50;
/** longest name of a saved scenario, as for a branch */
export const MAX_NAME = 80;

export interface SavedEntry {
  id: string;
  name: string;
  /** ISO 8601 time of the last save */
  savedAt: string;
}

export type StoreResult<T> = { ok: true; value: T; notice: string | null } | { ok: false; notice: string };

export const NOTICES = {
  unavailable:
    'Browser storage is turned off or not available here, so your work is not kept when this tab closes. Export it to a file to keep it.',
  full: 'Browser storage is full, so this change was not saved. Delete some saved scenarios, or export your work to a file.',
  tooLarge: (bytes: number) =>
    `This workspace is too large to keep in the browser (${formatBytes(bytes)}; the most is ${formatBytes(MAX_FILE_BYTES)}). Export it to a file to keep it.`,
} as const;

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

const fail = (notice: string): { ok: false; notice: string } => ({ ok: false, notice });

export class WorkspaceStore {
  #storage: StorageLike | null;

  constructor(source: StorageSource) {
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

  autosave(workspace: Workspace): string | null {
    const text = JSON.stringify(workspace);
    const bytes = utf8Length(text);
    if (bytes > MAX_FILE_BYTES) return NOTICES.tooLarge(bytes);
    return this.#write(AUTOSAVE_KEY, text);
  }

  restore(): { workspace: Workspace | null; notice: string | null } {
    const read = this.#read(AUTOSAVE_KEY);
    if ('notice' in read) return { workspace: null, notice: read.notice };
    if (read.text === null) return { workspace: null, notice: null };
    const checked = readWorkspace(read.text);
    if (!checked.ok)
      return {
        workspace: null,
        notice: `The work autosaved in this browser could not be read, so the app starts afresh: ${checked.notice}`,
      };
    return { workspace: checked.value, notice: checked.notice && `Your autosaved work ${checked.notice}` };
  }

  clearAutosave(): string | null {
    return this.#remove(AUTOSAVE_KEY);
  }

  /** Saved entries with readable headers; a workspace itself is checked only when it is loaded. */
  #entries(): { entries: SavedEntry[]; ids: string[]; unreadable: number } | { notice: string } {
    if (!this.#storage) return { notice: NOTICES.unavailable };
    const entries: SavedEntry[] = [];
    const ids: string[] = [];
    let unreadable = 0;
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
        if (header) entries.push({ id, name: header.name, savedAt: header.savedAt });
        else unreadable++;
      }
    } catch {
      return { notice: NOTICES.unavailable };
    }
    entries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { entries, ids, unreadable };
  }

  list(): { entries: SavedEntry[]; notice: string | null } {
    const found = this.#entries();
    if ('notice' in found) return { entries: [], notice: found.notice };
    const { entries, unreadable: n } = found;
    const notice =
      n === 0
        ? null
        : `${n} saved scenario${n > 1 ? 's' : ''} in this browser could not be read and ${n > 1 ? 'are' : 'is'} not listed.`;
    return { entries, notice };
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
    const same = found.entries.find((e) => e.name === clean.value);
    if (!same && found.entries.length >= MAX_SAVED)
      return fail(
        `There are already ${MAX_SAVED} saved scenarios, the most kept. Delete one to save another.`,
      );
    // unreadable entries keep their ids, so that a new save never writes over them
    const id = same?.id ?? nextId(found.ids);
    const text = JSON.stringify({ name: clean.value, savedAt, workspace });
    const bytes = utf8Length(text);
    if (bytes > MAX_FILE_BYTES) return fail(NOTICES.tooLarge(bytes));
    const notice = this.#write(SAVED_PREFIX + id, text);
    if (notice) return fail(notice);
    return { ok: true, value: { id, name: clean.value, savedAt }, notice: null };
  }

  load(id: string): StoreResult<Workspace> {
    const read = this.#read(SAVED_PREFIX + id);
    if ('notice' in read) return fail(read.notice);
    if (read.text === null) return fail('This saved scenario is no longer in the browser’s storage.');
    const json = parseJsonText(read.text);
    const entry = json.ok && isPlainObject(json.value) ? json.value : null;
    const checked = entry ? parseWorkspace(entry.workspace) : null;
    if (!checked?.ok) {
      const why =
        checked && !checked.ok ? checked.detail : json.ok ? 'it is not a saved scenario' : json.detail;
      return fail(`This saved scenario could not be read: ${sentence(why)}`);
    }
    return {
      ok: true,
      value: checked.value,
      notice: checked.notice && `This saved scenario ${checked.notice}`,
    };
  }

  rename(id: string, name: string): StoreResult<SavedEntry> {
    const clean = checkName(name);
    if (!clean.ok) return clean;
    const read = this.#read(SAVED_PREFIX + id);
    if ('notice' in read) return fail(read.notice);
    const header = entryHeader(read.text);
    if (header === null) return fail('This saved scenario could not be read, so it cannot be renamed.');
    const found = this.#entries();
    if ('notice' in found) return fail(found.notice);
    if (found.entries.some((e) => e.name === clean.value && e.id !== id))
      return fail(`Another saved scenario is already called “${clean.value}”.`);
    const text = JSON.stringify({
      name: clean.value,
      savedAt: header.savedAt,
      workspace: header.entry.workspace,
    });
    const notice = this.#write(SAVED_PREFIX + id, text);
    if (notice) return fail(notice);
    return { ok: true, value: { id, name: clean.value, savedAt: header.savedAt }, notice: null };
  }

  remove(id: string): string | null {
    return this.#remove(SAVED_PREFIX + id);
  }
}

/** A detail phrase ended with one full stop. */
const sentence = (detail: string) => (detail.endsWith('.') ? detail : `${detail}.`);

function checkName(name: string): { ok: true; value: string } | { ok: false; notice: string } {
  const value = name.trim();
  if (value.length === 0) return fail('A saved scenario needs a name.');
  if (value.length > MAX_NAME)
    return fail(`A name may have at most ${MAX_NAME} characters; this one has ${value.length}.`);
  return { ok: true, value };
}

/** The name and time of a stored entry, or null where the stored text is not one. */
function entryHeader(
  text: string | null,
): { name: string; savedAt: string; entry: Record<string, unknown> } | null {
  if (text === null) return null;
  const json = parseJsonText(text);
  if (!json.ok || !isPlainObject(json.value)) return null;
  const { name, savedAt } = json.value;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME || typeof savedAt !== 'string')
    return null;
  return { name, savedAt, entry: json.value };
}

function nextId(ids: readonly string[]): string {
  let n = 0;
  for (const id of ids) {
    const m = /^s(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `s${n + 1}`;
}

function readWorkspace(text: string): StoreResult<Workspace> {
  const json = parseJsonText(text);
  if (!json.ok) return fail(sentence(json.detail));
  const checked = parseWorkspace(json.value);
  if (!checked.ok) return fail(sentence(checked.detail));
  return { ok: true, value: checked.value, notice: checked.notice };
}
