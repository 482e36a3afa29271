import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import {
  createBranch,
  deleteBranch,
  setAlsoCompared,
  setCompare,
  switchBranch,
} from '../../src/sim/edits.ts';
import { decodeWorkspace, encodeWorkspace } from '../../src/sim/files/link.ts';
import { parseWorkspace } from '../../src/sim/files/validate.ts';
import { edit, redo, startHistory, undo, type History } from '../../src/sim/history.ts';
import { comparedIds, newWorkspace, type Workspace } from '../../src/sim/workspace.ts';
import { deepFreeze } from './arbitraries.ts';

/** The main line and five branches made from it, the last one on view; "Compare with" is its parent, the main line. */
function sixBranches(): History<Workspace> {
  let h = startHistory(newWorkspace(presetScenario('micron-2023')));
  for (const name of ['A', 'B', 'C', 'D', 'E']) {
    h = edit(h, 'switch', switchBranch('main'));
    h = edit(h, name, createBranch(h.present, name, 3).recipe);
  }
  return h;
}

describe('comparing several branches', () => {
  it('a new branch compares with its parent alone, and the workspace is written as before (no compareAlso)', () => {
    const h = sixBranches();
    expect(h.present.active).toBe('branch-5');
    expect(h.present.compare).toBe('main');
    expect(Object.hasOwn(h.present, 'compareAlso')).toBe(false);
    expect(comparedIds(h.present)).toEqual(['main']);
  });

  it('adds up to three more branches after the first, in the order chosen, each once', () => {
    let h = sixBranches();
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-2', true));
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-1', true));
    h = edit(h, 'again', setAlsoCompared(h.present, 'branch-2', true));
    expect(h.present.compare).toBe('main');
    expect(h.present.compareAlso).toEqual(['branch-2', 'branch-1']);
    expect(comparedIds(h.present)).toEqual(['main', 'branch-2', 'branch-1']);
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-3', true));
    expect(comparedIds(h.present)).toEqual(['main', 'branch-2', 'branch-1', 'branch-3']);
    h = edit(h, 'off', setAlsoCompared(h.present, 'branch-2', false));
    expect(comparedIds(h.present)).toEqual(['main', 'branch-1', 'branch-3']);
    expect(() => setAlsoCompared(h.present, 'branch-5', true)).toThrow(/not compared with itself/);
  });

  it('refuses a fifth compared branch, and more before a first one is chosen, saying why', () => {
    let h = sixBranches();
    for (const id of ['branch-1', 'branch-2', 'branch-3'])
      h = edit(h, 'also', setAlsoCompared(h.present, id, true));
    expect(comparedIds(h.present)).toHaveLength(4);
    expect(() => setAlsoCompared(h.present, 'branch-4', true)).toThrow(
      'compare: at most 4 branches are compared with the one on view; take one out first',
    );
    // taking one out, or naming one already compared, is never refused
    expect(() => setAlsoCompared(h.present, 'branch-1', true)).not.toThrow();
    h = edit(h, 'out', setAlsoCompared(h.present, 'branch-1', false));
    h = edit(h, 'in', setAlsoCompared(h.present, 'branch-4', true));
    expect(comparedIds(h.present)).toEqual(['main', 'branch-2', 'branch-3', 'branch-4']);
    const none = edit(h, 'none', setCompare(null)).present;
    expect(none.compare).toBeNull();
    expect(Object.hasOwn(none, 'compareAlso')).toBe(false);
    expect(() => setAlsoCompared(none, 'branch-1', true)).toThrow(/“Compare with” first/);
  });

  it('a deleted branch drops out of the comparison, the next one moving up; undo brings it back', () => {
    let h = sixBranches();
    for (const id of ['branch-1', 'branch-2']) h = edit(h, 'also', setAlsoCompared(h.present, id, true));
    expect(comparedIds(h.present)).toEqual(['main', 'branch-1', 'branch-2']);
    h = edit(h, 'first', setCompare('branch-1'));
    expect(comparedIds(h.present)).toEqual(['branch-1', 'branch-2']);
    h = edit(h, 'also main', setAlsoCompared(h.present, 'main', true));
    expect(comparedIds(h.present)).toEqual(['branch-1', 'branch-2', 'main']);
    const before = h.present;
    h = edit(h, 'delete', deleteBranch(h.present, 'branch-1'));
    expect(h.present.compare).toBe('branch-2');
    expect(h.present.compareAlso).toEqual(['main']);
    h = edit(h, 'delete', deleteBranch(h.present, 'branch-2'));
    expect(h.present.compare).toBe('main');
    expect(Object.hasOwn(h.present, 'compareAlso')).toBe(false);
    h = undo(undo(h));
    expect(h.present).toEqual(before);
    h = redo(h);
    expect(comparedIds(h.present)).toEqual(['branch-2', 'main']);
  });

  it('a branch made while others are compared compares its parent first and keeps the others after it', () => {
    let h = sixBranches();
    h = edit(h, 'main', switchBranch('main'));
    h = edit(h, 'first', setCompare('branch-1'));
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-2', true));
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-3', true));
    h = edit(h, 'new', createBranch(h.present, 'F', 2).recipe);
    expect(h.present.active).toBe('branch-6');
    expect(comparedIds(h.present)).toEqual(['main', 'branch-1', 'branch-2', 'branch-3']);
    h = edit(h, 'also', setAlsoCompared(h.present, 'branch-4', false));
    h = edit(h, 'newer', createBranch(h.present, 'G', 2).recipe);
    // five would be too many: the last compared one gives way
    expect(comparedIds(h.present)).toEqual(['branch-6', 'main', 'branch-1', 'branch-2']);
  });

  it('switching to a compared branch takes it out of the comparison', () => {
    let h = sixBranches();
    for (const id of ['branch-1', 'branch-2']) h = edit(h, 'also', setAlsoCompared(h.present, id, true));
    h = edit(h, 'switch', switchBranch('branch-1'));
    expect(comparedIds(h.present)).toEqual(['main', 'branch-2']);
    expect(h.present.compareAlso).toEqual(['branch-2']);
  });

  it('travels in a share link and a file, and an older workspace without compareAlso compares one branch', () => {
    let h = sixBranches();
    for (const id of ['branch-1', 'branch-3']) h = edit(h, 'also', setAlsoCompared(h.present, id, true));
    const decoded = decodeWorkspace(encodeWorkspace(h.present));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.workspace.compareAlso).toEqual(['branch-1', 'branch-3']);
    expect(comparedIds(decoded.workspace)).toEqual(['main', 'branch-1', 'branch-3']);
    expect(decoded.notice).toBeNull();

    const { compareAlso: _gone, ...older } = structuredClone(h.present);
    const read = parseWorkspace(deepFreeze(JSON.parse(JSON.stringify(older))));
    if (!read.ok) throw new Error(read.detail);
    expect(read.notice).toBeNull();
    expect(Object.hasOwn(read.value, 'compareAlso')).toBe(false);
    expect(comparedIds(read.value)).toEqual(['main']);
  });

  it('comparedIds never lists the branch on view, a missing branch or one twice, and stops at four', () => {
    const ws = sixBranches().present;
    const odd = deepFreeze({
      ...ws,
      compare: 'branch-5',
      compareAlso: ['branch-1', 'gone', 'branch-1', 'main', 'branch-2', 'branch-3', 'branch-4'],
    });
    expect(comparedIds(odd)).toEqual(['branch-1', 'main', 'branch-2', 'branch-3']);
  });
});
