import { describe, expect, it } from 'vitest';
import { AppState, KEPT_RUNS_BYTES, keptRuns } from '../../src/app/appState.svelte.ts';
import { createSimulator } from '../../src/sim/simulator.ts';
import { runCsv, streamJson } from '../../src/sim/branchReport.ts';
import type { FromWorker, RunState, ToWorker } from '../../src/sim/protocol.ts';
import {
  createBranch,
  deleteBranch,
  removeTimelineEntry,
  renameBranch,
  setAlsoCompared,
  setParam,
  setShared,
  setStrategy,
  switchBranch,
} from '../../src/sim/edits.ts';
import { hideMove, revealMoves } from '../../src/sim/teamPlay.ts';

/** A stand-in for the Web Worker: the same simulator, in this process, answering asynchronously. */
class FakeWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  sent: ToWorker[] = [];
  sim = createSimulator({
    post: (msg) =>
      queueMicrotask(() => this.onmessage?.({ data: structuredClone(msg) } as MessageEvent<FromWorker>)),
    breathe: () => new Promise((r) => setTimeout(r, 0)),
  });
  postMessage(msg: ToWorker) {
    this.sent.push(msg);
    this.sim.receive(structuredClone(msg));
  }
}

async function settle(app: AppState, worker: FakeWorker) {
  await worker.sim.idle();
  await new Promise((r) => setTimeout(r, 0));
  return app;
}

function make() {
  const worker = new FakeWorker();
  const app = new AppState(worker as unknown as Worker);
  return { app, worker };
}

describe('app state', () => {
  it('opens on the Micron preset and asks the worker for its run at once', async () => {
    const { app, worker } = make();
    expect(app.active.scenario.preset).toBe('micron-2023');
    expect(worker.sent.map((m) => m.type)).toEqual(['run']);
    await settle(app, worker);
    expect(app.activeRun?.status).toBe('done');
    expect(app.activeRun?.records.length).toBe(app.totalRounds + 1);
    expect(app.activeRun?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the play head moves only through computed rounds and stops at the end', async () => {
    const { app, worker } = make();
    app.togglePlay();
    app.advancePlayHead(3);
    expect(app.current).toBeLessThanOrEqual(app.computed);
    await settle(app, worker);
    app.advancePlayHead(1000);
    expect(app.current).toBe(app.totalRounds);
    expect(app.playing).toBe(false);
    app.step(-1);
    expect(app.shown).toBe(app.totalRounds - 1);
    app.reset();
    expect(app.shown).toBe(0);
  });

  it('a hot-seat session holds the play head: Play, a step and a jump stop at the round the teams move for', async () => {
    const { app, worker } = make();
    app.apply('China by a team', () => setStrategy('main', 'CHN', 'human'));
    await settle(app, worker);
    expect(app.holdAt).toBe(0);
    app.togglePlay();
    expect(app.playing).toBe(false);
    app.advancePlayHead(5);
    app.step(1);
    app.setCurrent(app.totalRounds);
    expect(app.current).toBe(0);
    // China does nothing in round 1, revealed: the session moves to round 1, and a reload-like begin lands there
    app.apply('hide', () => hideMove(app.workspace, 'main', 'CHN', 1, null, () => {}));
    expect(app.holdAt).toBe(0);
    app.apply('reveal', () => revealMoves(app.workspace, 'main', 1, (t) => t));
    expect(app.holdAt).toBe(1);
    app.togglePlay();
    app.advancePlayHead(5);
    expect(app.current).toBe(1);
    expect(app.playing).toBe(false);
    const stored = app.workspace;
    app.reset();
    app.begin(stored);
    expect(app.current).toBe(1);
  });

  it('an edit re-runs the branch; undo finds the earlier run again without asking the worker', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    const first = app.activeRun;
    app.apply('join rate', () => setParam('main', 'joinRate', 0.5));
    expect(worker.sent.filter((m) => m.type === 'run').length).toBe(2);
    await settle(app, worker);
    expect(app.activeRun).not.toBe(first);
    app.undo();
    expect(app.activeRun).toBe(first);
    expect(worker.sent.filter((m) => m.type === 'run').length).toBe(2);
  });

  it('a rename runs nothing', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    app.apply('branch', () => createBranch(app.workspace, 'B', 3).recipe);
    await settle(app, worker);
    const runs = worker.sent.filter((m) => m.type === 'run').length;
    app.apply('rename', () => renameBranch(app.workspace.active, 'No ban'));
    expect(worker.sent.filter((m) => m.type === 'run').length).toBe(runs);
  });

  it('a branch without the ban keeps the shared rounds and differs after them', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    app.apply('branch', () => createBranch(app.workspace, 'No ban', 3).recipe);
    const ban = app.active.scenario.timeline.findIndex(
      (e) => e.action === 'impose' && e.measure.kind === 'purchaseBan',
    );
    app.apply('remove ban', () => removeTimelineEntry(app.workspace, app.active.id, ban));
    await settle(app, worker);
    const whatIf = app.activeRun!.records;
    const baseline = app.compareRun!.records;
    expect(app.compareBranch?.id).toBe('main');
    for (let t = 0; t < 3; t++) expect(whatIf[t].supplyChainCost).toEqual(baseline[t].supplyChainCost);
    const micron = app.activeRun!.firms.findIndex((f) => f.id === 'micron');
    const china = 1;
    const revenue = (r: (typeof whatIf)[number]) => r.firmRevenue[micron * 7 + china];
    expect(revenue(whatIf[4])).toBeGreaterThan(revenue(baseline[4]));
  });

  it('runs every compared branch, drops a deleted one from the comparison, and plays them all at N seeds', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    for (const [name, param] of [
      ['Fast joining', 'joinRate'],
      ['Low elasticity', 'elasticityScale'],
    ] as const) {
      app.apply('main', () => switchBranch('main'));
      app.apply('branch', () => createBranch(app.workspace, name, 2).recipe);
      app.apply('param', () => setParam(app.workspace.active, param, 0.5));
    }
    // on view: "Low elasticity"; compared: the main line (its parent), then "Fast joining"
    expect(app.apply('also', () => setAlsoCompared(app.workspace, 'branch-1', true))).toBe(true);
    await settle(app, worker);
    expect(app.compared.map((c) => c.branch.name)).toEqual(['Main run', 'Fast joining']);
    expect(app.compared.every((c) => c.run?.status === 'done')).toBe(true);
    expect(app.ensembleTargets.map((t) => t.name)).toEqual(['Low elasticity', 'Main run', 'Fast joining']);
    app.apply('delete', () => deleteBranch(app.workspace, 'branch-1'));
    expect(app.compared.map((c) => c.id)).toEqual(['main']);
    expect(app.ensembleTargets.map((t) => t.name)).toEqual(['Low elasticity', 'Main run']);
    app.undo();
    expect(app.compared.map((c) => c.id)).toEqual(['main', 'branch-1']);
  });

  it('a refused edit keeps the workspace and says why', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    const before = app.workspace;
    const ok = app.apply('remove', () => removeTimelineEntry(app.workspace, 'main', 99));
    expect(ok).toBe(false);
    expect(app.editError).toMatch(/timeline\.99/);
    expect(app.workspace).toBe(before);
  });

  it('loading a preset replaces the workspace as one undoable step', async () => {
    const { app, worker } = make();
    app.apply('branch', () => createBranch(app.workspace, 'B', 3).recipe);
    app.loadPreset('open-world');
    expect(app.workspace.branches.length).toBe(1);
    expect(app.active.scenario.preset).toBe('open-world');
    app.undo();
    expect(app.workspace.branches.length).toBe(2);
    await settle(app, worker);
  });
});

describe('runs kept in memory', () => {
  const run = (key: string, firms: number, rounds: number) =>
    ({
      key,
      records: Array.from({ length: rounds + 1 }),
      firms: Array.from({ length: firms }),
      totalRounds: rounds,
    }) as unknown as RunState;

  it('are bounded by their size, not their count: many small runs, and no large one beside those on view', () => {
    const small = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, run(`k${i}`, 400, 40)]));
    const used = Object.keys(small);
    expect(keptRuns(used, ['k29'], small, KEPT_RUNS_BYTES)).toHaveLength(30);
    const large = { ...small, big1: run('big1', 20_000, 400), big2: run('big2', 20_000, 400) };
    const kept = keptRuns([...used, 'big1', 'big2'], ['big2'], large, KEPT_RUNS_BYTES);
    expect(kept).toContain('big2');
    expect(kept).not.toContain('big1');
    expect(kept).toHaveLength(1);
  });
});

describe('run data exports', () => {
  it('arrive as Blobs, one per chunk, whose text is the report’s JSON and CSV, with its fingerprint', async () => {
    const { app, worker } = make();
    await settle(app, worker);
    const report = await app.report(app.active.id);
    const source = { workspace: app.workspace, branchId: app.active.id };
    for (const [format, detail, expected] of [
      ['json', 'named', [...streamJson(source, { effects: true })].join('')],
      ['json', 'all', [...streamJson(source, { effects: true, firmDetail: 'all' })].join('')],
      ['csv', 'named', runCsv(report)],
    ] as const) {
      const exported = await app.exportRun(app.active.id, format, detail);
      expect(exported.parts.length).toBeGreaterThan(0);
      expect(exported.parts.every((p) => p instanceof Blob)).toBe(true);
      const text = (await Promise.all(exported.parts.map((p) => p.text()))).join('');
      expect(text).toBe(expected);
      expect(exported.fingerprint).toBe(report.fingerprint);
    }
    // every firm: the report request's report, with which firms it details
    const all = await app.exportRun(app.active.id, 'json', 'all');
    expect(JSON.parse((await Promise.all(all.parts.map((p) => p.text()))).join(''))).toEqual({
      ...report,
      firmDetail: 'all',
      fingerprintVersion: 1,
    });
  });
});

describe('an edit that makes the world large', () => {
  it('a small change applies at once', async () => {
    const app = new AppState(null);
    await expect(app.applyAsking('Firms 1000', () => setShared('firms', 1000))).resolves.toBe(true);
    expect(app.active.scenario.firms).toBe(1000);
    expect(app.pendingEdit).toBeNull();
  });

  it('waits for a yes, saying what it would cost; a no keeps the old value and adds no undo step', async () => {
    const app = new AppState(null);
    expect(app.apply('Rounds 400', () => setShared('rounds', 400))).toBe(true);
    const before = app.workspace;
    const answer = app.applyAsking('Firms 20000', () => setShared('firms', 20_000));
    expect(app.workspace).toBe(before);
    expect(app.pendingEdit).toMatchObject({
      label: 'Firms 20000',
      cost: { firms: 20_000, rounds: 400 },
      before: { firms: before.branches[0].scenario.firms, rounds: 400 },
    });
    app.cancelEdit();
    await expect(answer).resolves.toBe(false);
    expect(app.pendingEdit).toBeNull();
    expect(app.workspace).toBe(before);
    app.undo();
    expect(app.active.scenario.rounds).not.toBe(400);
  });

  it('a yes applies the edit as one undoable step; the same edit asked twice is answered once', async () => {
    const app = new AppState(null);
    app.apply('Rounds 400', () => setShared('rounds', 400));
    const first = app.applyAsking('Firms 20000', () => setShared('firms', 20_000));
    const again = app.applyAsking('Firms 20000', () => setShared('firms', 20_000));
    app.confirmEdit();
    await expect(first).resolves.toBe(true);
    await expect(again).resolves.toBe(true);
    expect(app.active.scenario.firms).toBe(20_000);
    app.undo();
    expect(app.active.scenario.firms).not.toBe(20_000);
    expect(app.active.scenario.rounds).toBe(400);
  });

  it('another edit asked about answers the first no', async () => {
    const app = new AppState(null);
    app.apply('Rounds 400', () => setShared('rounds', 400));
    const first = app.applyAsking('Firms 20000', () => setShared('firms', 20_000));
    const second = app.applyAsking('Firms 15000', () => setShared('firms', 15_000));
    await expect(first).resolves.toBe(false);
    app.confirmEdit();
    await expect(second).resolves.toBe(true);
    expect(app.active.scenario.firms).toBe(15_000);
  });
});
