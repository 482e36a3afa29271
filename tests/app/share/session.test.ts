import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { AppState } from '../../../src/app/appState.svelte.ts';
import { setShared } from '../../../src/sim/edits.ts';
import { shareHash } from '../../../src/sim/files/link.ts';
import { AUTOSAVE_DELAY_MS, OTHER_TAB_SEEN, Session } from '../../../src/app/share/session.svelte.ts';
import { AUTOSAVE_KEY, KEPT_NAMES, NOTICES } from '../../../src/app/share/storage.ts';
import { newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
import { FakeStorage } from './fakeStorage.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

const tariffs = newWorkspace(presetScenario('tariff-war-2018'));
const twoBlocs = newWorkspace(presetScenario('two-blocs'));
const hashOf = (ws: Workspace) => {
  const made = shareHash(ws);
  if (!made.ok) throw new Error(made.message);
  return made.hash;
};

function make(storage = new FakeStorage()) {
  const app = new AppState(null);
  const session = new Session(app, storage);
  return { app, session, storage };
}

const texts = (session: Session, tone: 'alert' | 'info') =>
  session.messages.filter((m) => m.tone === tone).map((m) => m.text);

afterEach(() => {
  vi.useRealTimers();
});

describe('the page’s session', () => {
  it('opens a link over the autosave as one undoable step', () => {
    const storage = new FakeStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(twoBlocs));
    const { app, session } = make(storage);
    session.start(hashOf(tariffs));
    expect(app.active.scenario.preset).toBe('tariff-war-2018');
    expect(texts(session, 'info')[0]).toMatch(
      /kept in Saved scenarios as “Before you opened a link”, and Undo brings it back too/,
    );
    app.undo();
    expect(app.active.scenario.preset).toBe('two-blocs');
    expect(app.canUndo).toBe(false);
  });

  it('keeps the work a link replaces in Saved scenarios, where it opens again after the tab is gone', () => {
    const storage = new FakeStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(twoBlocs));
    const { session } = make(storage);
    session.start(hashOf(tariffs));
    session.flush();
    const later = make(storage);
    later.session.start('');
    later.session.refreshSaved();
    const kept = later.session.saved.find((e) => e.kind === 'link');
    expect(kept).toMatchObject({ name: KEPT_NAMES.link });
    expect(later.session.openSaved(kept!)).toBeNull();
    expect(later.app.workspace).toEqual(twoBlocs);
  });

  it('a link pasted into the open page keeps the work it replaces too', () => {
    const { app, session } = make();
    session.start('');
    app.apply('seed', () => setShared('seed', 11));
    expect(session.openHash(hashOf(tariffs))).toBe(true);
    expect(session.saved.map((e) => e.kind)).toEqual(['link']);
  });

  it('asks before it opens a large world, and a no changes nothing', () => {
    const huge = structuredClone(tariffs);
    huge.branches[0].scenario.firms = 20_000;
    huge.branches[0].scenario.rounds = 400;
    const { app, session } = make();
    session.start('');
    const before = app.workspace;
    expect(session.openHash(hashOf(huge))).toBe(false);
    expect(app.workspace).toBe(before);
    expect(session.pending?.cost).toMatchObject({ firms: 20_000, rounds: 400, runs: 1 });
    session.cancelPending();
    expect(session.pending).toBeNull();
    expect(app.workspace).toBe(before);
    expect(texts(session, 'info')).toContain(
      'The workspace from the link was not opened. Your workspace is unchanged.',
    );
    expect(session.openHash(hashOf(huge))).toBe(false);
    expect(session.confirmPending()).toBe(true);
    expect(app.active.scenario.firms).toBe(20_000);
  });

  it('asks before it opens a large saved scenario; a no changes nothing, a yes opens it', () => {
    const huge = structuredClone(tariffs);
    huge.branches[0].scenario.firms = 20_000;
    huge.branches[0].scenario.rounds = 400;
    const { app, session } = make();
    app.begin(huge);
    expect(session.saveAs('Huge')).toBeNull();
    session.resetAll();
    const before = app.workspace;
    expect(session.openSaved(session.saved[0])).toBeNull();
    expect(app.workspace).toBe(before);
    expect(session.pending).toMatchObject({
      what: 'the saved scenario “Huge”',
      cost: { firms: 20_000, rounds: 400, runs: 1 },
    });
    session.cancelPending();
    expect(app.workspace).toBe(before);
    expect(texts(session, 'info')).toContain(
      'The saved scenario “Huge” was not opened. Your workspace is unchanged.',
    );
    expect(session.openSaved(session.saved[0])).toBeNull();
    expect(session.confirmPending()).toBe(true);
    expect(app.workspace).toEqual(huge);
    expect(texts(session, 'info')).toContain(
      'Opened the saved scenario “Huge”. Undo brings back the work you had before.',
    );
    // the page shows the same messages in the language on view
    expect(session.messages.map((m) => m.words?.(zhCN))).toEqual(
      expect.arrayContaining([
        '一切已重置为默认情景。撤销可以恢复你的各个分支。',
        '没有打开已保存的情景“Huge”。你的工作区没有改变。',
        '已打开已保存的情景“Huge”。撤销可以恢复你之前的工作。',
      ]),
    );
    for (const m of session.messages) if (m.words) expect(m.words(en)).toBe(m.text);
  });

  it('a large world in the link a page opens with waits for a yes, over the default scenario', () => {
    const huge = structuredClone(tariffs);
    huge.branches[0].scenario.firms = 20_000;
    huge.branches[0].scenario.rounds = 400;
    const { app, session } = make();
    session.start(hashOf(huge));
    expect(app.active.scenario.preset).toBe('micron-2023');
    expect(session.pending).not.toBeNull();
    session.confirmPending();
    expect(app.active.scenario.firms).toBe(20_000);
  });

  it('says once that another tab writes to the same storage', () => {
    const { session } = make();
    session.start('');
    session.storageChanged(AUTOSAVE_KEY);
    session.storageChanged(AUTOSAVE_KEY);
    expect(texts(session, 'info')).toEqual([OTHER_TAB_SEEN]);
  });

  it('two sessions in one storage keep each other’s work: the last one autosaved, the other in Saved scenarios', () => {
    const storage = new FakeStorage();
    const a = make(storage);
    const b = make(storage);
    a.session.start('');
    b.session.start('');
    a.app.begin(twoBlocs);
    a.session.autosaveSoon(a.app.workspace);
    a.session.flush();
    b.app.begin(tariffs);
    b.session.autosaveSoon(b.app.workspace);
    b.session.flush();
    expect(texts(b.session, 'info')).toEqual([NOTICES.otherTab]);
    const later = make(storage);
    later.session.start('');
    expect(later.app.workspace).toEqual(tariffs);
    later.session.refreshSaved();
    const kept = later.session.saved.find((e) => e.kind === 'tab')!;
    expect(later.session.openSaved(kept)).toBeNull();
    expect(later.app.workspace).toEqual(twoBlocs);
  });

  it('a bad link at start opens the autosave with an alert', () => {
    const storage = new FakeStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(twoBlocs));
    const { app, session } = make(storage);
    session.start(hashOf(tariffs).slice(0, -6));
    expect(app.active.scenario.preset).toBe('two-blocs');
    expect(texts(session, 'alert')).toEqual([expect.stringMatching(/^This link is damaged/)]);
  });

  it('a bad link or file in the open page leaves the very same workspace and says why', async () => {
    const { app, session } = make();
    session.start('');
    const before = app.workspace;
    expect(session.openHash('#w=1.AAAA')).toBe(false);
    const file = new File(['{"seed": 1'], '<b>x</b>.json');
    expect(await session.openFile(file)).toBe(false);
    expect(app.workspace).toBe(before);
    expect(app.canUndo).toBe(false);
    const alerts = texts(session, 'alert');
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatch(/^“<b>x<\/b>\.json” was not opened\. This file is not a valid scenario/);
  });

  it('says a refused link or file in Chinese, the checker’s reason too', async () => {
    const { session } = make();
    session.start('');
    session.openHash('#w=1.AAAA');
    await session.openFile(new File(['{"seed": 1'], 'x.json'));
    await session.openFile(new File(['x'.repeat(1024 * 1024 + 1)], 'big.json'));
    const [link, file, big] = session.messages.filter((m) => m.tone === 'alert');
    expect(link.words?.(en)).toBe(link.text);
    expect(file.words?.(en)).toBe(file.text);
    expect(link.words?.(zhCN)).toMatch(/^没有打开链接中的工作区。这个链接已损坏：.+。你的工作区没有改变。$/);
    expect(file.words?.(zhCN)).toBe(
      '没有打开“x.json”。这个文件不是有效的情景：第 1 行第 11 列：这不是有效的 JSON（文本过早结束）。你的工作区没有改变。',
    );
    expect(`${link.words?.(zhCN)}${file.words?.(zhCN)}`.replace(/JSON|json/g, '')).not.toMatch(
      /[A-Za-z]{2,}/,
    );
    expect(big.words?.(zhCN)).toBe(
      '没有打开“big.json”：这个文件太大（1.0 MB；上限为 1.0 MB）。你的工作区没有改变。',
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { app, session } = make();
    const before = app.workspace;
    const big = new File(['x'.repeat(1024 * 1024 + 1)], 'big.json');
    expect(await session.openFile(big)).toBe(false);
    expect(texts(session, 'alert')[0]).toMatch(/too large \(1\.0 MB/);
    expect(app.workspace).toBe(before);
  });

  it('autosaves once after the edits pause, not after each one', () => {
    vi.useFakeTimers();
    const { app, session, storage } = make();
    const writes = vi.spyOn(storage, 'setItem');
    for (const seed of [1, 2, 3]) {
      app.apply('seed', () => setShared('seed', seed));
      session.autosaveSoon(app.workspace);
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    }
    const autosaves = () => writes.mock.calls.filter(([key]) => key === AUTOSAVE_KEY).length;
    expect(autosaves()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(autosaves()).toBe(1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).branches[0].scenario.seed).toBe(3);
  });

  it('says once that storage is full, and the app goes on', () => {
    const { app, session } = make(new FakeStorage(100));
    for (const seed of [1, 2]) {
      app.apply('seed', () => setShared('seed', seed));
      session.autosaveSoon(app.workspace);
      session.flush();
    }
    expect(texts(session, 'info')).toEqual([NOTICES.full]);
    expect(session.messages[0].words?.(zhCN)).toBe(zhCN.notices.full);
    expect(app.active.scenario.seed).toBe(2);
  });

  it('reset all goes back to the default preset, and Undo brings the branches back', () => {
    const { app, session } = make();
    app.begin(twoBlocs);
    session.resetAll();
    expect(app.active.scenario.preset).toBe('micron-2023');
    app.undo();
    expect(app.workspace).toEqual(twoBlocs);
  });

  it('saves, renames, opens and removes named workspaces', () => {
    const { app, session } = make();
    app.begin(twoBlocs);
    expect(session.saveAs('  Blocs <i>1</i> ')).toBeNull();
    expect(session.saved.map((e) => e.name)).toEqual(['Blocs <i>1</i>']);
    expect(session.renameSaved(session.saved[0], 'Blocs')).toBeNull();
    session.resetAll();
    expect(session.openSaved(session.saved[0])).toBeNull();
    expect(app.workspace).toEqual(twoBlocs);
    expect(session.removeSaved(session.saved[0])).toBeNull();
    expect(session.saved).toEqual([]);
  });
});
