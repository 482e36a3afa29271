import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { ScenarioError } from '../../src/model/scenario.ts';
import {
  createBranch,
  deleteBranch,
  descendantsOf,
  dependentsOf,
  putTimelineEntry,
  removeTimelineEntries,
  removeTimelineEntry,
  renameBranch,
  setCompare,
  setParam,
  setShared,
  setStrategy,
  switchBranch,
} from '../../src/sim/edits.ts';
import { edit, startHistory, undo } from '../../src/sim/history.ts';
import { MAX_BRANCHES, newWorkspace, scheduleOf, workspaceSchema } from '../../src/sim/workspace.ts';

const start = () => startHistory(newWorkspace(presetScenario('micron-2023')));
const banIndex = (timeline: readonly { action: string; measure?: { kind: string } }[]) =>
  timeline.findIndex((e) => e.action === 'impose' && e.measure?.kind === 'purchaseBan');

describe('workspace edits', () => {
  it('a parameter or strategy edit changes only the active branch', () => {
    let h = start();
    h = edit(h, 'branch', createBranch(h.present, 'B', 3).recipe);
    h = edit(h, 'p', setParam('branch-1', 'joinRate', 0.5));
    h = edit(h, 's', setStrategy('branch-1', 'CHN', 'titForTat'));
    expect(h.present.branches[1].scenario.params.joinRate).toBe(0.5);
    expect(h.present.branches[1].scenario.states.CHN?.strategy).toBe('titForTat');
    expect(h.present.branches[0].scenario.params.joinRate).toBe(0);
    expect(h.present.branches[0].scenario.states.CHN?.strategy).toBe('scripted');
  });

  it('seed, firms and rounds change on every branch, so a branch always fits its parent', () => {
    let h = start();
    h = edit(h, 'branch', createBranch(h.present, 'B', 3).recipe);
    h = edit(h, 'seed', setShared('seed', 99));
    expect(h.present.branches.map((b) => b.scenario.seed)).toEqual([99, 99]);
  });

  it('branching at the ban’s round and removing the ban removes it from that branch only', () => {
    let h = start();
    const { id, recipe } = createBranch(h.present, 'No ban', 3);
    h = edit(h, 'branch', recipe);
    expect(h.present.active).toBe(id);
    expect(h.present.compare).toBe('main');
    const i = banIndex(h.present.branches[1].scenario.timeline);
    h = edit(h, 'remove', removeTimelineEntry(h.present, id, i));
    expect(banIndex(h.present.branches[1].scenario.timeline)).toBe(-1);
    expect(banIndex(h.present.branches[0].scenario.timeline)).toBeGreaterThan(-1);
    const { schedule } = scheduleOf(h.present, id);
    expect(schedule).toEqual([{ fromRound: 3, scenario: h.present.branches[1].scenario }]);
    expect(workspaceSchema.safeParse(h.present).success).toBe(true);
  });

  it('a branch cannot change rounds its parent already ran', () => {
    let h = start();
    const { id, recipe } = createBranch(h.present, 'Late', 4);
    h = edit(h, 'branch', recipe);
    const i = banIndex(h.present.branches[1].scenario.timeline);
    expect(() => removeTimelineEntry(h.present, id, i)).toThrow(/before this branch starts/);
    const entry = { round: 2, action: 'relax' as const, measureId: 'us-tools-2022' };
    expect(() => putTimelineEntry(h.present, id, null, entry)).toThrow(ScenarioError);
  });

  it('a timeline entry the schema refuses throws a ScenarioError naming the field and changes nothing', () => {
    const h = start();
    const bad = {
      round: 2,
      action: 'impose' as const,
      measure: {
        kind: 'purchaseBan' as const,
        id: 'x',
        maker: 'CHN' as const,
        firm: 'no-such-firm',
        scope: 'cii' as const,
      },
    };
    expect(() => putTimelineEntry(h.present, 'main', null, bad)).toThrow(/measure\.firm: no firm/);
    const relaxUnknown = { round: 2, action: 'relax' as const, measureId: 'never-imposed' };
    expect(() => putTimelineEntry(h.present, 'main', null, relaxUnknown)).toThrow(
      /no measure "never-imposed"/,
    );
  });

  it('lifting a measure that a later entry relaxes is refused', () => {
    let h = start();
    h = edit(
      h,
      'relax',
      putTimelineEntry(h.present, 'main', null, {
        round: 6,
        action: 'relax',
        measureId: 'cn-micron-cii-2023',
      }),
    );
    const i = banIndex(h.present.branches[0].scenario.timeline);
    expect(() => removeTimelineEntry(h.present, 'main', i)).toThrow(/cn-micron-cii-2023/);
  });

  it('a measure that later entries name can be removed with them in one undoable step', () => {
    let h = start();
    h = edit(
      h,
      'relax',
      putTimelineEntry(h.present, 'main', null, {
        round: 6,
        action: 'relax',
        measureId: 'cn-micron-cii-2023',
      }),
    );
    const before = h.present;
    const timeline = before.branches[0].scenario.timeline;
    const i = banIndex(timeline);
    const dependents = dependentsOf(timeline, i);
    expect(dependents).toEqual([timeline.length - 1]);
    h = edit(h, 'remove both', removeTimelineEntries(before, 'main', [i, ...dependents]));
    const after = h.present.branches[0].scenario.timeline;
    expect(after).toHaveLength(timeline.length - 2);
    expect(JSON.stringify(after)).not.toContain('cn-micron-cii-2023');
    expect(undo(h).present).toEqual(before);
  });

  it('a lift or join has no dependents; nor has an entry that is not there', () => {
    const timeline = start().present.branches[0].scenario.timeline;
    const relaxAt = timeline.findIndex((e) => e.action !== 'impose');
    if (relaxAt >= 0) expect(dependentsOf(timeline, relaxAt)).toEqual([]);
    expect(dependentsOf(timeline, timeline.length + 5)).toEqual([]);
  });

  it('deleting a branch deletes the branches made from it and keeps the main run', () => {
    let h = start();
    h = edit(h, 'a', createBranch(h.present, 'A', 3).recipe);
    h = edit(h, 'b', createBranch(h.present, 'B', 5).recipe);
    expect(h.present.branches.map((b) => b.parent)).toEqual([null, 'main', 'branch-1']);
    expect(descendantsOf(h.present, 'branch-1')).toEqual(['branch-1', 'branch-2']);
    h = edit(h, 'del', deleteBranch(h.present, 'branch-1'));
    expect(h.present.branches.map((b) => b.id)).toEqual(['main']);
    expect(h.present.active).toBe('main');
    expect(h.present.compare).toBeNull();
    expect(() => deleteBranch(h.present, 'main')).toThrow(/cannot be deleted/);
    h = undo(h);
    expect(h.present.branches.length).toBe(3);
  });

  it('a branch from a branch starts no earlier than its parent', () => {
    let h = start();
    h = edit(h, 'a', createBranch(h.present, 'A', 5).recipe);
    h = edit(h, 'b', createBranch(h.present, 'B', 2).recipe);
    expect(h.present.branches[2].fromRound).toBe(5);
  });

  it('switching, comparing and renaming are edits too; a branch is never compared with itself', () => {
    let h = start();
    h = edit(h, 'a', createBranch(h.present, 'A', 3).recipe);
    h = edit(h, 'switch', switchBranch('main'));
    expect(h.present.compare).toBe('main' === h.present.active ? null : h.present.compare);
    h = edit(h, 'cmp', setCompare('branch-1'));
    expect(h.present.compare).toBe('branch-1');
    h = edit(h, 'cmp self', setCompare('main'));
    expect(h.present.compare).toBeNull();
    h = edit(h, 'rename', renameBranch('branch-1', '  No ban  '));
    expect(h.present.branches[1].name).toBe('No ban');
    expect(() => renameBranch('branch-1', '   ')).toThrow(/needs a name/);
  });

  it('refuses a branch beyond the most a workspace keeps', () => {
    let h = start();
    for (let i = 1; i < MAX_BRANCHES; i++) h = edit(h, 'b', createBranch(h.present, `B${i}`, 3).recipe);
    expect(() => createBranch(h.present, 'one too many', 3)).toThrow(/at most/);
  });
});
