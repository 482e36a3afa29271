// What the page does with work that comes from or goes to outside: the share link in the URL, files opened or
// dropped, the autosave and the named saves in browser storage, and the messages all of these give. Every workspace
// from outside goes through open.ts, so bad input is refused with a message and never replaces the user's work;
// every accepted one replaces it as one undoable step. The work a link replaces is also kept in Saved scenarios, and a
// workspace from outside or from Saved scenarios that would take long or much memory to run waits for the user's yes
// (`pending`).

import { presetScenario } from '../../model/presets.ts';
import { DEFAULT_PRESET, type AppState } from '../appState.svelte.ts';
import { formatted, newWorkspace, type Workspace } from '../../sim/workspace.ts';
import { openFile, openLink, type Opened } from './open.ts';
import { startingWorkspace } from './start.ts';
import {
  AUTOSAVE_KEY,
  KEPT_NAMES,
  NOTICE_WORDS,
  noticeIn,
  NOTICES,
  SAVED_PREFIX,
  WorkspaceStore,
  newTabId,
  type SavedEntry,
  type StorageSource,
  type StoreResult,
} from './storage.ts';
import { formatBytes, MAX_FILE_BYTES } from '../../sim/files/validate.ts';
import { isLarge, startCost, type RunCost } from '../../sim/cost.ts';
import { en, type Messages } from '../i18n/en.ts';
import { labelled } from '../i18n/undoLabels.ts';

/** ms of quiet after a change before the autosave writes: a slider drag writes once, not sixty times */
export const AUTOSAVE_DELAY_MS = 500;

export interface Message {
  id: number;
  /** 'alert': something was refused or went wrong (role="alert"); 'info': news (role="status") */
  tone: 'alert' | 'info';
  /** the words in English (tests and the dedupe read them) */
  text: string;
  /** the same words in any language, where the catalogs have them; otherwise `text` is shown */
  words?: (t: Messages) => string;
}

/** A workspace from outside, accepted, on its way into the app. */
interface Opening {
  workspace: Workspace;
  /** the undo step's label */
  label: string;
  /** what was opened, in words: 'the workspace from the link', '“file.json”' */
  what: string;
  /** the same in a catalog's words */
  whatIn: (t: Messages) => string;
  /** a link replaces the work in this browser, so that work is kept in Saved scenarios first */
  fromLink: boolean;
  /** the file or link was in an older format */
  notice: string | null;
}

/** A large workspace waiting for the user's yes before it runs. */
export type PendingOpen = Opening & { cost: RunCost };

export const OTHER_TAB_SEEN = en.notices.otherTabSeen(KEPT_NAMES.tab);

/** What was opened, in a catalog's words: the workspace from the link, a file's or a saved scenario's name. */
export function whatIn(opening: Pick<Opening, 'whatIn'>, t: Messages): string {
  return opening.whatIn(t);
}

const fromLink = (t: Messages) => t.notices.fromLink;

export class Session {
  messages: Message[] = $state([]);
  /** the last thing done, in words ("Link copied", "Downloaded …"): one polite status line, replaced each time */
  status = $state('');
  saved: SavedEntry[] = $state.raw([]);
  /** the store's last word on the named saves (storage off, unreadable entries), shown in the saves dialog */
  savedNotice: string | null = $state(null);
  /** a large workspace from outside, waiting for the user's yes (App.svelte asks), or null */
  pending: PendingOpen | null = $state.raw(null);

  #app: AppState;
  #store: WorkspaceStore;
  #nextId = 1;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: Workspace | null = null;
  /** the last storage notice shown, so that a full quota is said once, not on every change */
  #storageNotice: string | null = null;
  /** whether the user has been told that another tab writes to the same storage */
  #toldOtherTab = false;

  constructor(app: AppState, storage: StorageSource, tabId: string = newTabId()) {
    this.#app = app;
    this.#store = new WorkspaceStore(storage, tabId);
  }

  say(tone: Message['tone'], text: string, words?: (t: Messages) => string) {
    // the same words twice in a row would only push the page down
    if (this.messages.some((m) => m.text === text)) return;
    this.messages.push({ id: this.#nextId++, tone, text, ...(words ? { words } : {}) });
  }

  /** A message the catalogs word: its English is the text, and the page shows it in the language on view. */
  #tell(tone: Message['tone'], words: (t: Messages) => string) {
    this.say(tone, words(en), words);
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
    for (const a of start.alerts) this.say('alert', a, NOTICE_WORDS.get(a));
    this.#app.begin(start.base);
    if (!start.link) return;
    const opening: Opening = {
      workspace: start.link,
      label: labelled((t) => t.app.openLinkLabel),
      what: 'the workspace from the link',
      whatIn: fromLink,
      fromLink: start.restored,
      notice: null,
    };
    // with nothing of the user's to replace, a link is where the page starts; a large one still asks first
    if (!start.restored && !isLarge(startCost(start.link))) this.#app.begin(start.link);
    else this.#openOrAsk(opening);
  }

  /** A share link pasted into the address bar of the open page. Returns whether the workspace changed. */
  openHash(hash: string): boolean {
    const opened = openLink(this.#app.workspace, hash);
    return this.#accept(opened, {
      workspace: opened.workspace,
      label: labelled((t) => t.app.openLinkLabel),
      what: 'the workspace from the link',
      whatIn: fromLink,
      fromLink: true,
      notice: opened.notice,
    });
  }

  /** A file picked or dropped: a scenario or a whole workspace. Returns whether the workspace changed. */
  async openFile(file: File): Promise<boolean> {
    const named = `“${file.name}”`;
    if (file.size > MAX_FILE_BYTES) {
      this.#tell('alert', (t) =>
        t.notices.fileTooLarge(named, formatBytes(file.size), formatBytes(MAX_FILE_BYTES)),
      );
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#tell('alert', (t) => t.notices.fileUnreadable(named));
      return false;
    }
    const opened = openFile(this.#app.workspace, text);
    return this.#accept(
      opened,
      {
        workspace: opened.workspace,
        label: labelled((t) => t.app.openFileLabel(file.name)),
        what: named,
        whatIn: () => named,
        fromLink: false,
        notice: opened.notice,
      },
      named,
    );
  }

  /** `file`: the quoted name of the file refused, or null for a link */
  #accept(opened: Opened, opening: Opening, file: string | null = null): boolean {
    const message = opened.message;
    if (message) {
      const refusal = opened.refusal;
      // the reason in the language on view where the checker gave it as data, else its English as it is
      const detail = (t: Messages) =>
        refusal === null
          ? message
          : refusal.of === 'link'
            ? t.checks.link(refusal.problem)
            : t.checks.file(refusal.problem);
      this.#tell('alert', (t) =>
        file === null ? t.notices.linkRefused(detail(t)) : t.notices.fileRefused(file, detail(t)),
      );
      return false;
    }
    if (!opened.changed) return false;
    return this.#openOrAsk(opening);
  }

  /** Opens the workspace, or, when it is large, holds it until the user says yes. Returns whether it opened. */
  #openOrAsk(opening: Opening): boolean {
    const cost = startCost(opening.workspace);
    if (isLarge(cost)) {
      this.pending = { ...opening, cost };
      return false;
    }
    this.#open(opening);
    return true;
  }

  /** The user said yes to the large workspace waiting: it opens and runs. */
  confirmPending(): boolean {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return false;
    this.#open(pending);
    return true;
  }

  /** The user said no to the large workspace waiting: nothing changes. */
  cancelPending() {
    const pending = this.pending;
    this.pending = null;
    if (pending) this.#tell('info', (t) => t.notices.notOpened(whatIn(pending, t)));
  }

  #open(opening: Opening) {
    const { workspace, label, fromLink, notice } = opening;
    let kept: StoreResult<SavedEntry> | null = null;
    if (fromLink && !sameWorkspace(this.#app.workspace, workspace))
      kept = this.#store.keepBeforeLink(this.#app.workspace);
    this.#app.open(workspace, label);
    if (notice) this.say('info', notice);
    if (kept?.ok) {
      this.refreshSaved();
      this.#tell('info', (t) => t.notices.openedKept(whatIn(opening, t), t.saved.keptNames.link));
    } else if (kept) {
      const detail = kept.notice;
      this.#tell('alert', (t) => t.notices.openedNotKept(whatIn(opening, t), noticeIn(detail, t)));
    } else this.#tell('info', (t) => t.notices.opened(whatIn(opening, t)));
  }

  /** Another tab of the app wrote to browser storage (the window's `storage` event; key null: storage cleared). */
  storageChanged(key: string | null) {
    if (key === null || key.startsWith(SAVED_PREFIX)) this.refreshSaved();
    if (key === AUTOSAVE_KEY && !this.#toldOtherTab) {
      this.#toldOtherTab = true;
      this.#tell('info', (t) => t.notices.otherTabSeen(t.saved.keptNames.tab));
    }
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
    if (notice === NOTICES.otherTab) {
      // the user already knows of the other tab; its work has now been kept as that message said it would be
      if (this.#toldOtherTab) return;
      this.#toldOtherTab = true;
      this.refreshSaved();
    }
    this.say('info', notice, NOTICE_WORDS.get(notice));
  }

  /** "Reset all": the default preset, one undoable step; the autosave follows the change as for any other. */
  resetAll() {
    this.#app.resetAll();
    this.#tell('info', (t) => t.notices.reset);
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

  /**
   * Opens a saved entry, or, when its world is large, holds it until the user says yes (as a link or a file would).
   * Returns a notice when the entry could not be read.
   */
  openSaved(entry: SavedEntry): string | null {
    const loaded = this.#store.load(entry.id);
    if (!loaded.ok) return loaded.notice;
    this.#openOrAsk({
      workspace: loaded.value,
      label: labelled((t) => t.app.openSavedLabel(entry.name)),
      what: `the saved scenario “${entry.name}”`,
      whatIn: (t) => t.notices.savedScenario(entry.name),
      fromLink: false,
      notice: loaded.notice,
    });
    return null;
  }

  renameSaved(entry: SavedEntry, name: string): string | null {
    const result = this.#store.rename(entry.id, name);
    this.refreshSaved();
    return result.ok ? null : result.notice;
  }

  /** A saved entry as a file's text, readable by this version or not. */
  exportSaved(entry: SavedEntry): StoreResult<string> {
    return this.#store.exportText(entry.id);
  }

  removeSaved(entry: SavedEntry): string | null {
    const notice = this.#store.remove(entry.id);
    this.refreshSaved();
    return notice;
  }
}

/** Whether two workspaces hold the same work (opening a link to what is already there replaces nothing). */
const sameWorkspace = (a: Workspace, b: Workspace) =>
  a === b || JSON.stringify(formatted(a)) === JSON.stringify(formatted(b));
