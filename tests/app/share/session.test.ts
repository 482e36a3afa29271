import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { AppState } from '../../../src/app/appState.svelte.ts';
import { setShared } from '../../../src/sim/edits.ts';
import { shareHash } from '../../../src/sim/files/link.ts';
import { AUTOSAVE_DELAY_MS, Session } from '../../../src/app/share/session.svelte.ts';
import { AUTOSAVE_KEY, NOTICES } from '../../../src/app/share/storage.ts';
import { newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
import { FakeStorage } from './fakeStorage.ts';

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
    expect(texts(session, 'info')[0]).toMatch(/Undo brings back the work you had/);
    app.undo();
    expect(app.active.scenario.preset).toBe('two-blocs');
    expect(app.canUndo).toBe(false);
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
    expect(writes).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(writes).toHaveBeenCalledTimes(1);
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
