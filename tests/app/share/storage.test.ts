import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
import {
  AUTOSAVE_KEY,
  AUTOSAVE_WRITER_KEY,
  KEPT_NAMES,
  MAX_SAVED,
  NOTICES,
  noticeIn,
  SAVED_PREFIX,
  WorkspaceStore,
  type StorageLike,
} from '../../../src/app/share/storage.ts';
import { deepFreeze } from '../../sim/arbitraries.ts';
import { FakeStorage } from './fakeStorage.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

/** Storage that a browser has turned off: every call throws a SecurityError. */
const disabledStorage: StorageLike = {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  key() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const workspace = (id: Parameters<typeof presetScenario>[0] = 'micron-2023'): Workspace =>
  deepFreeze(newWorkspace(presetScenario(id)));

describe('autosave', () => {
  it('a workspace autosaved is restored by the next visit, unchanged', () => {
    const storage = new FakeStorage();
    const ws = workspace();
    const before = structuredClone(ws);
    expect(new WorkspaceStore(storage).autosave(ws)).toBeNull();
    expect(new WorkspaceStore(storage).restore()).toEqual({ workspace: before, notice: null });
    expect(ws).toEqual(before);
  });

  it('a first visit restores nothing and says nothing', () => {
    expect(new WorkspaceStore(new FakeStorage()).restore()).toEqual({ workspace: null, notice: null });
  });

  it('full storage gives a notice, keeps the last autosave, and does not throw', () => {
    const storage = new FakeStorage(20_000);
    const store = new WorkspaceStore(storage);
    const small = workspace('open-world');
    expect(store.autosave(small)).toBeNull();
    const big: Workspace = {
      ...small,
      branches: [
        { ...small.branches[0], scenario: { ...small.branches[0].scenario, description: 'x'.repeat(4000) } },
      ],
      compare: null,
    };
    const many: Workspace = {
      ...big,
      branches: Array.from({ length: 8 }, (_, i) => ({
        ...big.branches[0],
        id: i === 0 ? 'main' : `b${i}`,
        parent: i === 0 ? null : 'main',
      })),
    };
    expect(store.autosave(many)).toBe(NOTICES.full);
    expect(store.restore().workspace).toEqual(small);
  });

  it('storage turned off gives a notice on every call, and the app goes on', () => {
    const store = new WorkspaceStore(disabledStorage);
    const ws = workspace();
    expect(store.autosave(ws)).toBe(NOTICES.unavailable);
    expect(store.restore()).toEqual({ workspace: null, notice: NOTICES.unavailable });
    expect(store.list()).toEqual({ entries: [], notice: NOTICES.unavailable });
    expect(store.save('Mine', ws)).toEqual({ ok: false, notice: NOTICES.unavailable });
    expect(store.load('s1')).toEqual({ ok: false, notice: NOTICES.unavailable });
    expect(store.remove('s1')).toBe(NOTICES.unavailable);
    expect(store.clearAutosave()).toBe(NOTICES.unavailable);
  });

  it('storage whose very access throws (window.localStorage where it is disabled) counts as unavailable', () => {
    const store = new WorkspaceStore(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(store.available).toBe(false);
    expect(store.autosave(workspace())).toBe(NOTICES.unavailable);
    expect(new WorkspaceStore(null).restore()).toEqual({ workspace: null, notice: NOTICES.unavailable });
  });

  const corrupt: Array<[string, string, string]> = [
    [
      'text that is not JSON',
      '{"version":1,',
      'line 1, column 14: it is not valid JSON (the text ends too early).',
    ],
    [
      'a workspace with a wrong value',
      JSON.stringify({ ...newWorkspace(presetScenario('open-world')), compare: 'nowhere' }),
      'field compare: no branch has the id "nowhere".',
    ],
    [
      'a workspace from a newer version',
      JSON.stringify({ ...newWorkspace(presetScenario('open-world')), version: 3 }),
      'was made by a newer version of Decoupling Lab (workspace format 3; this version reads formats up to 2). Open it in the newer version of the app.',
    ],
  ];
  for (const [name, stored, detail] of corrupt) {
    it(`an autosave holding ${name} is set aside as it was, listed, exportable, and never written over`, () => {
      const storage = new FakeStorage();
      storage.setItem(AUTOSAVE_KEY, stored);
      const store = new WorkspaceStore(storage);
      const restored = store.restore('2026-01-01T10:00:00.000Z');
      expect(restored.workspace).toBeNull();
      expect(restored.notice).toContain(`so the app starts afresh: ${detail} It is kept as it was`);
      expect(restored.notice).toMatch(
        /so the app starts afresh: .* It is kept as it was, in Saved scenarios/,
      );
      const { entries } = store.list();
      expect(entries).toEqual([
        {
          id: 'aside-1',
          name: KEPT_NAMES.unreadableAutosave,
          savedAt: '2026-01-01T10:00:00.000Z',
          kind: 'unreadable',
        },
      ]);
      expect(store.exportText('aside-1')).toEqual({ ok: true, value: stored, notice: null });
      expect(store.load('aside-1')).toMatchObject({ ok: false });
      // the new work may now be autosaved: the unreadable text is kept under its own key
      expect(store.autosave(workspace())).toBeNull();
      expect(store.exportText('aside-1')).toMatchObject({ value: stored });
    });
  }

  it('an unreadable autosave that cannot be set aside (storage full) stops this tab from autosaving over it', () => {
    const stored = JSON.stringify({ ...newWorkspace(presetScenario('open-world')), version: 3 });
    const storage = new FakeStorage(stored.length + AUTOSAVE_KEY.length + 10);
    storage.setItem(AUTOSAVE_KEY, stored);
    const store = new WorkspaceStore(storage);
    const restored = store.restore();
    expect(restored.workspace).toBeNull();
    expect(restored.notice).toMatch(/no room to set it aside, so this tab does not autosave/);
    expect(store.autosave(workspace('open-world'))).toBe(restored.notice);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(stored);
  });

  it('reset all clears the autosave', () => {
    const store = new WorkspaceStore(new FakeStorage());
    store.autosave(workspace());
    expect(store.clearAutosave()).toBeNull();
    expect(store.restore()).toEqual({ workspace: null, notice: null });
  });
});

describe('named saved scenarios', () => {
  it('saves, lists by name, loads, renames and deletes', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const micron = workspace('micron-2023');
    const blocs = workspace('two-blocs');
    const a = store.save('Micron ban', micron, '2026-01-01T10:00:00.000Z');
    const b = store.save('Blocs', blocs, '2026-01-01T11:00:00.000Z');
    if (!a.ok || !b.ok) throw new Error('save failed');
    expect(store.list()).toEqual({
      entries: [
        { id: b.value.id, name: 'Blocs', savedAt: '2026-01-01T11:00:00.000Z', kind: 'saved' },
        { id: a.value.id, name: 'Micron ban', savedAt: '2026-01-01T10:00:00.000Z', kind: 'saved' },
      ],
      notice: null,
    });
    expect(store.load(a.value.id)).toEqual({ ok: true, value: micron, notice: null });

    expect(store.rename(a.value.id, '  Micron, 2023  ')).toEqual({
      ok: true,
      value: { id: a.value.id, name: 'Micron, 2023', savedAt: '2026-01-01T10:00:00.000Z', kind: 'saved' },
      notice: null,
    });
    expect(store.load(a.value.id)).toEqual({ ok: true, value: micron, notice: null });
    expect(store.rename(a.value.id, 'Blocs')).toEqual({
      ok: false,
      notice: 'Another saved scenario is already called “Blocs”.',
    });

    expect(store.remove(b.value.id)).toBeNull();
    expect(store.list().entries.map((e) => e.name)).toEqual(['Micron, 2023']);
  });

  it('saving under a name in use saves over that entry', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const first = store.save('Mine', workspace('open-world'));
    const second = store.save('Mine', workspace('detente'));
    if (!first.ok || !second.ok) throw new Error('save failed');
    expect(second.value.id).toBe(first.value.id);
    expect(store.list().entries).toHaveLength(1);
    expect(store.load(first.value.id)).toMatchObject({ ok: true, value: workspace('detente') });
  });

  it('refuses an empty or overlong name, and a save past the most kept', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const ws = workspace('open-world');
    expect(store.save('   ', ws)).toEqual({ ok: false, notice: 'A saved scenario needs a name.' });
    expect(store.save('n'.repeat(81), ws)).toEqual({
      ok: false,
      notice: 'A name may have at most 80 characters; this one has 81.',
    });
    for (let i = 0; i < MAX_SAVED; i++) expect(store.save(`Run ${i}`, ws).ok).toBe(true);
    expect(store.save('One more', ws)).toEqual({
      ok: false,
      notice: `There are already ${MAX_SAVED} saved scenarios, the most kept. Delete one to save another.`,
    });
  });

  it('names full of markup are kept as the same text', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const saved = store.save('<img src=x onerror="alert(1)">', workspace('open-world'));
    expect(saved.ok).toBe(true);
    expect(store.list().entries[0].name).toBe('<img src=x onerror="alert(1)">');
  });

  it('an unreadable saved entry is listed as unreadable with a notice, exports as it was, and a new save does not write over it', () => {
    const storage = new FakeStorage();
    const store = new WorkspaceStore(storage);
    store.save('Good', workspace('open-world'));
    storage.setItem(`${SAVED_PREFIX}s2`, '{"name": 42');
    storage.setItem(`${SAVED_PREFIX}s3`, JSON.stringify({ name: 'No time' }));
    expect(store.list()).toEqual({
      entries: [
        { id: 's1', name: 'Good', savedAt: expect.any(String), kind: 'saved' },
        { id: 's2', name: KEPT_NAMES.unreadableEntry, savedAt: '', kind: 'unreadable' },
        { id: 's3', name: KEPT_NAMES.unreadableEntry, savedAt: '', kind: 'unreadable' },
      ],
      notice:
        '2 saved entries in this browser could not be read by this version. They are kept as they were: export them as a file to open in a newer version, or delete them.',
    });
    expect(store.exportText('s2')).toEqual({ ok: true, value: '{"name": 42', notice: null });
    const next = store.save('Another', workspace('detente'));
    expect(next).toMatchObject({ ok: true, value: { id: 's4' } });
    expect(storage.getItem(`${SAVED_PREFIX}s2`)).toBe('{"name": 42');
  });

  it('a saved entry whose workspace was damaged does not load, and says where', () => {
    const storage = new FakeStorage();
    const store = new WorkspaceStore(storage);
    const saved = store.save('Good', workspace('open-world'));
    if (!saved.ok) throw new Error('save failed');
    const key = `${SAVED_PREFIX}${saved.value.id}`;
    storage.setItem(key, storage.getItem(key)!.replace('"rounds":40', '"rounds":4000'));
    expect(store.load(saved.value.id)).toEqual({
      ok: false,
      notice:
        'This saved scenario could not be read: field branches.0.scenario.rounds: expected a whole number from 1 to 400, got 4000. Export it as a file to keep it.',
    });
  });

  it('a full storage refuses a save with a notice and keeps what was saved before', () => {
    const storage = new FakeStorage(3_000);
    const store = new WorkspaceStore(storage);
    expect(store.save('Small', workspace('open-world')).ok).toBe(true);
    expect(store.save('Large', workspace('micron-2023'))).toEqual({ ok: false, notice: NOTICES.full });
    expect(store.list().entries.map((e) => e.name)).toEqual(['Small']);
  });
});

describe('two tabs sharing one browser storage', () => {
  it('a tab never writes over work another tab autosaved: that work is kept first, one entry per tab', () => {
    const storage = new FakeStorage();
    const a = new WorkspaceStore(storage, 'taba');
    const b = new WorkspaceStore(storage, 'tabb');
    a.restore();
    b.restore();
    expect(a.autosave(workspace('micron-2023'))).toBeNull();
    // b has not seen a's work: it keeps it before it writes its own
    expect(b.autosave(workspace('two-blocs'), '2026-01-01T10:00:00.000Z')).toBe(NOTICES.otherTab);
    expect(b.list().entries).toEqual([
      { id: 'tab-taba', name: KEPT_NAMES.tab, savedAt: '2026-01-01T10:00:00.000Z', kind: 'tab' },
    ]);
    expect(b.load('tab-taba')).toMatchObject({ ok: true, value: workspace('micron-2023') });
    // and back: a keeps b's, then its own later work replaces its older copy, never piling up
    expect(a.autosave(workspace('detente'))).toBe(NOTICES.otherTab);
    expect(b.autosave(workspace('tournament'))).toBe(NOTICES.otherTab);
    expect(a.list().entries.map((e) => e.id)).toEqual(['tab-taba', 'tab-tabb']);
    expect(a.load('tab-taba')).toMatchObject({ value: workspace('detente') });
    expect(a.load('tab-tabb')).toMatchObject({ value: workspace('two-blocs') });
    expect(new WorkspaceStore(storage).restore().workspace).toEqual(workspace('tournament'));
    expect(storage.getItem(AUTOSAVE_WRITER_KEY)).toBe('tabb');
  });

  it('a tab writing again over its own autosave keeps nothing extra and says nothing', () => {
    const storage = new FakeStorage();
    const a = new WorkspaceStore(storage, 'taba');
    a.restore();
    expect(a.autosave(workspace('micron-2023'))).toBeNull();
    expect(a.autosave(workspace('detente'))).toBeNull();
    expect(a.list().entries).toEqual([]);
  });

  it('when the other tab’s work cannot be kept (storage full), this tab does not write over it', () => {
    const first = JSON.stringify(workspace('open-world'));
    const storage = new FakeStorage(first.length + 200);
    const a = new WorkspaceStore(storage, 'taba');
    const b = new WorkspaceStore(storage, 'tabb');
    a.restore();
    b.restore();
    expect(a.autosave(workspace('open-world'))).toBeNull();
    expect(b.autosave(workspace('micron-2023'))).toBe(NOTICES.otherTabNotKept);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(first);
  });
});

describe('the work a link replaces', () => {
  it('is kept as its own entry until deleted, once however often the same work is replaced', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const mine = workspace('two-blocs');
    const kept = store.keepBeforeLink(mine, '2026-01-01T10:00:00.000Z');
    expect(kept).toEqual({
      ok: true,
      value: { id: 'link-1', name: KEPT_NAMES.link, savedAt: '2026-01-01T10:00:00.000Z', kind: 'link' },
      notice: null,
    });
    expect(store.keepBeforeLink(mine)).toMatchObject({ ok: true, value: { id: 'link-1' } });
    expect(store.keepBeforeLink(workspace('detente'))).toMatchObject({ ok: true, value: { id: 'link-2' } });
    expect(store.load('link-1')).toMatchObject({ ok: true, value: mine });
    // a user's save under the same name is its own entry: kept work is never saved over by name
    expect(store.save(KEPT_NAMES.link, workspace('open-world'))).toMatchObject({
      ok: true,
      value: { id: 's1' },
    });
    expect(store.load('link-1')).toMatchObject({ value: mine });
    expect(store.exportText('link-1')).toEqual({
      ok: true,
      value: `${JSON.stringify(mine)}\n`,
      notice: null,
    });
  });
});

describe('storage notices in every language', () => {
  it('every notice, those quoting a detail too, is worded by the catalogs: English as it is, Chinese in Chinese', () => {
    const all = [
      NOTICES.unavailable,
      NOTICES.full,
      NOTICES.tooLarge(2_000_000),
      NOTICES.unreadableAutosave({ kind: 'newer', what: 'workspace', format: 3, current: 2 }),
      NOTICES.unreadableNotKept({ kind: 'not-json', line: 1, column: 14, unexpected: null }),
      NOTICES.savedUnread({ kind: 'no-branch', field: 'compare', id: 'nowhere' }),
      NOTICES.savedUnread(null),
      NOTICES.savedNewer('was written by a newer version.'),
      NOTICES.savedUnreadable(null),
      NOTICES.cannotRename,
      NOTICES.nameTaken('Mine'),
      NOTICES.otherTab,
      NOTICES.otherTabNotKept,
      NOTICES.tooManySaved,
      NOTICES.unreadableEntries(2),
      NOTICES.gone,
    ];
    for (const n of all) {
      expect(noticeIn(n, en), n).toBe(n);
      expect(noticeIn(n, zhCN), n).toMatch(/[\u4e00-\u9fff]/);
      // only the quoted detail, the saved entries' English names and units stay in Latin letters
      const rest = noticeIn(n, zhCN)
        .replace('was written by a newer version.', '')
        .replace(/Decoupling Lab|JSON|compare/g, '')
        .replace(/“[^”]*”/g, '')
        .replace(/MB|KB|GB/g, '');
      expect(rest.match(/[A-Za-z]{2,}/g), n).toBeNull();
    }
  });
});
