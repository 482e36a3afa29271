import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  edit,
  MAX_UNDO,
  redo,
  replace,
  startHistory,
  undo,
} from '../../src/sim/history.ts';

interface Doc {
  title: string;
  items: Array<{ id: string; n: number }>;
}

const doc = (): Doc => ({ title: 'a', items: [{ id: 'x', n: 1 }] });

describe('workspace history', () => {
  it('an edit changes the present and can be undone and redone', () => {
    let h = startHistory(doc());
    h = edit(h, 'rename', (d) => {
      d.title = 'b';
    });
    expect(h.present.title).toBe('b');
    expect(canUndo(h)).toBe(true);
    h = undo(h);
    expect(h.present.title).toBe('a');
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present.title).toBe('b');
    expect(canRedo(h)).toBe(false);
  });

  it('undo restores nested changes and keeps unchanged parts shared', () => {
    let h = startHistory(doc());
    const items = h.present.items;
    h = edit(h, 'rename', (d) => {
      d.title = 'b';
    });
    expect(h.present.items).toBe(items);
    h = edit(h, 'push', (d) => {
      d.items.push({ id: 'y', n: 2 });
    });
    h = undo(h);
    expect(h.present.items).toEqual([{ id: 'x', n: 1 }]);
    expect(h.present.title).toBe('b');
  });

  it('a new edit after an undo drops the steps that could have been redone', () => {
    let h = startHistory(doc());
    h = edit(h, 'one', (d) => void (d.title = 'one'));
    h = undo(h);
    h = edit(h, 'two', (d) => void (d.title = 'two'));
    expect(canRedo(h)).toBe(false);
    expect(h.past.map((s) => s.label)).toEqual(['two']);
  });

  it('an edit that changes nothing adds no undo step', () => {
    const h = startHistory(doc());
    const same = edit(h, 'noop', (d) => void (d.title = 'a'));
    expect(same).toBe(h);
  });

  it('an edit that throws leaves the history as it was', () => {
    const h = startHistory(doc());
    expect(() =>
      edit(h, 'bad', (d) => {
        d.title = 'half';
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(h.present.title).toBe('a');
    expect(canUndo(h)).toBe(false);
  });

  it('the present is frozen, so nothing can change history behind its back', () => {
    const h = edit(startHistory(doc()), 'x', (d) => void (d.title = 'b'));
    expect(Object.isFrozen(h.present)).toBe(true);
    expect(Object.isFrozen(h.present.items[0])).toBe(true);
  });

  it('replace swaps the whole present as one undoable step', () => {
    let h = startHistory(doc());
    h = replace(h, 'load', { title: 'new', items: [] });
    expect(h.present).toEqual({ title: 'new', items: [] });
    h = undo(h);
    expect(h.present).toEqual(doc());
  });

  it('keeps at most MAX_UNDO steps, dropping the oldest', () => {
    let h = startHistory({ title: '0', items: [] } as Doc);
    for (let i = 1; i <= MAX_UNDO + 5; i++) h = edit(h, `step ${i}`, (d) => void (d.title = String(i)));
    expect(h.past.length).toBe(MAX_UNDO);
    expect(h.past[0].label).toBe('step 6');
  });

  it('undo and redo with nothing to step through return the same history', () => {
    const h = startHistory(doc());
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('does not modify its input', () => {
    const h = startHistory(doc());
    const before = JSON.stringify(h);
    edit(h, 'x', (d) => void d.items.push({ id: 'z', n: 3 }));
    expect(JSON.stringify(h)).toBe(before);
  });
});
