// What the page does with work that comes from or goes to outside: the share link in the URL, files opened or
// dropped, the autosave and the named saves in browser storage, and the messages all of these give. Every workspace
// from outside goes through open.ts, so bad input is refused with a message and never replaces the user's work;
// every accepted one replaces it as one undoable step.

import { presetScenario } from '../../model/presets.ts';
import { DEFAULT_PRESET, type AppState } from '../appState.svelte.ts';
import { newWorkspace, type Workspace } from '../../sim/workspace.ts';
import { openFile, openLink, type Opened } from './open.ts';
import { startingWorkspace } from './start.ts';
import { WorkspaceStore, type SavedEntry, type StorageSource } from './storage.ts';
import { formatBytes, MAX_FILE_BYTES } from '../../sim/files/validate.ts';

/** ms of quiet after a change before the autosave writes: a slider drag writes once, not sixty times */
export const AUTOSAVE_DELAY_MS = 500;

export interface Message {
  id: number;
  /** 'alert': something was refused or went wrong (role="alert"); 'info': news (role="status") */
  tone: 'alert' | 'info';
  text: string;
}

export class Session {
  messages: Message[] = $state([]);
  /** the last thing done, in words ("Link copied", "Downloaded …"): one polite status line, replaced each time */
  status = $state('');
  saved: SavedEntry[] = $state.raw([]);
  /** the store's last word on the named saves (storage off, unreadable entries), shown in the saves dialog */
  savedNotice: string | null = $state(null);

  #app: AppState;
  #store: WorkspaceStore;
  #nextId = 1;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: Workspace | null = null;
  /** the last storage notice shown, so that a full quota is said once, not on every change */
  #storageNotice: string | null = null;

  constructor(app: AppState, storage: StorageSource) {
    this.#app = app;
    this.#store = new WorkspaceStore(storage);
  }

  say(tone: Message['tone'], text: string) {
    // the same words twice in a row would only push the page down
    if (this.messages.some((m) => m.text === text)) return;
    this.messages.push({ id: this.#nextId++, tone, text });
  }

  /** For exports: news goes to the status line, a failure to an alert. */
  report(tone: Message['tone'], text: string) {
    if (tone === 'alert') this.say('alert', text);
    else this.status = text;
  }

  dismiss(id: number) {
    this.messages = this.messages.filter((m) => m.id !== id);
  }

  /** On page load: the link in the URL, else the autosave, else the default preset. */
  start(hash: string) {
    const start = startingWorkspace(
      hash,
      this.#store.restore(),
      newWorkspace(presetScenario(DEFAULT_PRESET)),
    );
    for (const n of start.notices) this.#storageSays(n);
    for (const a of start.alerts) this.say('alert', a);
    this.#app.begin(start.base);
    if (start.link) {
      if (start.restored) {
        this.#app.open(start.link, 'Open shared link');
        this.say(
          'info',
          'Opened the workspace from the link. Undo brings back the work you had in this browser.',
        );
      } else this.#app.begin(start.link);
    }
  }

  /** A share link pasted into the address bar of the open page. Returns whether the workspace changed. */
  openHash(hash: string): boolean {
    return this.#accept(
      openLink(this.#app.workspace, hash),
      'Open shared link',
      'the workspace from the link',
      '',
    );
  }

  /** A file picked or dropped: a scenario or a whole workspace. Returns whether the workspace changed. */
  async openFile(file: File): Promise<boolean> {
    const named = `“${file.name}”`;
    if (file.size > MAX_FILE_BYTES) {
      this.say(
        'alert',
        `${named} was not opened: this file is too large (${formatBytes(file.size)}; the most is ${formatBytes(MAX_FILE_BYTES)}). Your workspace is unchanged.`,
      );
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.say('alert', `${named} could not be read. Your workspace is unchanged.`);
      return false;
    }
    return this.#accept(
      openFile(this.#app.workspace, text),
      `Open file ${file.name}`,
      named,
      `${named} was not opened. `,
    );
  }

  #accept(opened: Opened, label: string, what: string, refusal: string): boolean {
    if (opened.message) {
      this.say('alert', `${refusal}${opened.message} Your workspace is unchanged.`);
      return false;
    }
    if (!opened.changed) return false;
    this.#app.open(opened.workspace, label);
    if (opened.notice) this.say('info', opened.notice);
    this.say('info', `Opened ${what}. Undo brings back the work you had before.`);
    return true;
  }

  /** Keeps the workspace in browser storage once changes pause for AUTOSAVE_DELAY_MS. */
  autosaveSoon(workspace: Workspace) {
    this.#pending = workspace;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Writes a pending autosave now (the tab is closing). */
  flush() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const ws = this.#pending;
    this.#pending = null;
    if (ws) this.#storageSays(this.#store.autosave(ws));
  }

  /** Shows a storage notice once; a write that works again clears the memory of it. */
  #storageSays(notice: string | null) {
    if (notice === null) {
      this.#storageNotice = null;
      return;
    }
    if (notice === this.#storageNotice) return;
    this.#storageNotice = notice;
    this.say('info', notice);
  }

  /** "Reset all": the default preset, one undoable step; the autosave follows the change as for any other. */
  resetAll() {
    this.#app.resetAll();
    this.say('info', 'Everything was reset to the default scenario. Undo brings your branches back.');
  }

  refreshSaved() {
    const { entries, notice } = this.#store.list();
    this.saved = entries;
    this.savedNotice = notice;
  }

  /** Saves the workspace under a name; returns a notice when it could not. */
  saveAs(name: string): string | null {
    const result = this.#store.save(name, this.#app.workspace);
    this.refreshSaved();
    return result.ok ? null : result.notice;
  }

  openSaved(entry: SavedEntry): string | null {
    const loaded = this.#store.load(entry.id);
    if (!loaded.ok) return loaded.notice;
    this.#app.open(loaded.value, `Open saved scenario ${entry.name}`);
    if (loaded.notice) this.say('info', loaded.notice);
    this.say('info', `Opened the saved scenario “${entry.name}”. Undo brings back the work you had before.`);
    return null;
  }

  renameSaved(entry: SavedEntry, name: string): string | null {
    const result = this.#store.rename(entry.id, name);
    this.refreshSaved();
    return result.ok ? null : result.notice;
  }

  removeSaved(entry: SavedEntry): string | null {
    const notice = this.#store.remove(entry.id);
    this.refreshSaved();
    return notice;
  }
}
