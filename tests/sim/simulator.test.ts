import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { ANCHOR_IDS } from '../../src/model/calibration.ts';
import { reportScenario, type SeriesPoint } from '../../src/model/report.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import {
  applyMessage,
  EXPORT_CHUNK_CHARS,
  FLUSH_MS,
  pendingRun,
  runKey,
  shouldFlush,
  type FromWorker,
} from '../../src/sim/protocol.ts';
import { createSimulator } from '../../src/sim/simulator.ts';
import {
  fingerprintVersionFor,
  LARGE_RUN_FIRM_ROUNDS,
  runCsv,
  streamJson,
} from '../../src/sim/branchReport.ts';
import { twinOf } from '../../src/model/twin.ts';
import { postedTwinPoint, twinPointOf, type TwinPoint } from '../../src/sim/effects.ts';
import type { ScheduledScenario } from '../../src/model/run.ts';
import { createBranch, removeTimelineEntry, renameBranch } from '../../src/sim/edits.ts';
import { edit, startHistory } from '../../src/sim/history.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';

const small = (over: Record<string, unknown> = {}) =>
  parseScenario({ ...structuredClone(presetScenario('micron-2023')), firms: 100, ...over });

/** Runs requests through the simulator with a clock that moves `step` ms per reading. */
async function simulate(requests: Parameters<ReturnType<typeof createSimulator>['receive']>[0][], step = 0) {
  const out: FromWorker[] = [];
  let t = 0;
  const sim = createSimulator({
    post: (m) => out.push(structuredClone(m)),
    now: () => (t += step),
    breathe: () => Promise.resolve(),
  });
  for (const r of requests) sim.receive(r);
  await sim.idle();
  return out;
}

describe('worker protocol', () => {
  it('flushes when the run is over or FLUSH_MS have passed, never with nothing to send', () => {
    expect(shouldFlush(3, FLUSH_MS, false)).toBe(true);
    expect(shouldFlush(3, FLUSH_MS - 1, false)).toBe(false);
    expect(shouldFlush(1, 0, true)).toBe(true);
    expect(shouldFlush(0, 1000, true)).toBe(false);
  });

  it('a chunk that does not continue the run is ignored, as is a message for another job', () => {
    const run = pendingRun('k', 1, 3);
    const r = (round: number) => ({ round }) as never;
    const a = applyMessage(run, { type: 'records', job: 1, records: [r(0), r(1)] });
    expect(a.records.length).toBe(2);
    expect(applyMessage(a, { type: 'records', job: 1, records: [r(1)] })).toBe(a);
    expect(applyMessage(a, { type: 'records', job: 2, records: [r(2)] })).toBe(a);
    const b = applyMessage(a, { type: 'records', job: 1, records: [r(2)] });
    expect(b.records.map((x) => x.round)).toEqual([0, 1, 2]);
    expect(a.records.length).toBe(2);
  });

  it('a rename does not change a branch’s run key; a change to its timeline does', () => {
    let h = startHistory(newWorkspace(presetScenario('micron-2023')));
    const { id, recipe } = createBranch(h.present, 'No ban', 3);
    h = edit(h, 'branch', recipe);
    const key = runKey(h.present, id);
    expect(runKey(edit(h, 'rename', renameBranch(id, 'Other')).present, id)).toBe(key);
    const ban = h.present.branches[1].scenario.timeline.findIndex(
      (e) => e.action === 'impose' && e.measure.kind === 'purchaseBan',
    );
    const without = edit(h, 'remove', removeTimelineEntry(h.present, id, ban)).present;
    expect(runKey(without, id)).not.toBe(key);
    expect(runKey(without, 'main')).toBe(runKey(h.present, 'main'));
  });
});

describe('simulator', () => {
  it('posts the firms, every round once and in order, then done with the CLI’s fingerprint', async () => {
    const scenario = small();
    const out = await simulate([{ type: 'run', job: 1, root: scenario, schedule: [] }], 10);
    expect(out[0].type).toBe('start');
    const chunks = out.filter((m) => m.type === 'records');
    expect(chunks.length).toBeGreaterThan(1);
    const rounds = chunks.flatMap((m) => (m.type === 'records' ? m.records.map((r) => r.round) : []));
    expect(rounds).toEqual(Array.from({ length: scenario.rounds + 1 }, (_, i) => i));
    const done = out[out.length - 1];
    expect(done.type).toBe('done');
    if (done.type === 'done') {
      expect(done.fingerprint).toBe(reportScenario(scenario).fingerprint);
      expect(done.fingerprintVersion).toBe(1);
    }
  });

  it('records survive the trip as the engine made them, Float64Arrays included', async () => {
    const scenario = small();
    const out = await simulate([{ type: 'run', job: 1, root: scenario, schedule: [] }]);
    let state = pendingRun('k', 1, scenario.rounds);
    for (const m of out) state = applyMessage(state, m);
    const direct = runScenario(scenario);
    expect(state.status).toBe('done');
    expect(state.records.length).toBe(direct.records.length);
    const last = state.records[state.records.length - 1];
    expect(last.firmShare).toBeInstanceOf(Float64Array);
    expect(last.supplyChainCost).toEqual(direct.records[direct.records.length - 1].supplyChainCost);
    expect(Array.from(last.firmRevenue)).toEqual(
      Array.from(direct.records[direct.records.length - 1].firmRevenue),
    );
  });

  it('a cancelled job stops at its next chunk and the next job still runs', async () => {
    const scenario = small();
    const out: FromWorker[] = [];
    let t = 0;
    const sim = createSimulator({
      post: (m) => out.push(m),
      now: () => (t += 100),
      breathe: () => Promise.resolve(),
    });
    sim.receive({ type: 'run', job: 1, root: scenario, schedule: [] });
    sim.receive({ type: 'cancel', job: 1 });
    sim.receive({ type: 'run', job: 2, root: scenario, schedule: [] });
    await sim.idle();
    expect(out.some((m) => m.job === 1 && m.type === 'done')).toBe(false);
    expect(out.some((m) => m.job === 2 && m.type === 'done')).toBe(true);
  });

  it('an impossible schedule is reported as an error message, not thrown', async () => {
    const scenario = small();
    const other = small({ seed: 7 });
    const out = await simulate([
      { type: 'run', job: 3, root: scenario, schedule: [{ fromRound: 3, scenario: other }] },
    ]);
    const last = out[out.length - 1];
    expect(last.type).toBe('error');
    if (last.type === 'error') expect(last.message).toMatch(/seed/);
  });

  it('a branch gets a fingerprint of its own, and a branch that changes nothing matches the main run’s rounds', async () => {
    const scenario = small();
    const out = await simulate([
      { type: 'run', job: 1, root: scenario, schedule: [] },
      { type: 'run', job: 2, root: scenario, schedule: [{ fromRound: 3, scenario }] },
    ]);
    const fp = (job: number) =>
      out.find((m) => m.type === 'done' && m.job === job) as { fingerprint: string };
    expect(fp(2).fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(fp(2).fingerprint).not.toBe(fp(1).fingerprint);
    const costs = (job: number) =>
      out.flatMap((m) =>
        m.type === 'records' && m.job === job ? m.records.map((r) => r.supplyChainCost.global) : [],
      );
    expect(costs(2)).toEqual(costs(1));
  });

  /** The twin's rounds the simulator posted for a job, in the order posted. */
  const twinPosted = (out: FromWorker[], job: number): TwinPoint[] =>
    out.flatMap((m) => (m.type === 'records' && m.job === job ? (m.twin ?? []) : []));

  it('plays the run’s no-measures twin alongside: each chunk carries the twin’s same rounds, equal to twinOf’s', async () => {
    const scenario = small();
    const out = await simulate([{ type: 'run', job: 1, root: scenario, schedule: [] }], 10);
    const chunks = out.filter((m) => m.type === 'records');
    expect(chunks.length).toBeGreaterThan(1);
    for (const m of chunks)
      if (m.type === 'records') expect(m.twin?.map((p) => p.round)).toEqual(m.records.map((r) => r.round));
    const twin = twinOf(runScenario(scenario));
    // the Micron preset follows Micron, and its listing of YMTC names YMTC: their revenue by customer state comes
    // with every twin point
    const expected = twin.records.map((r) => postedTwinPoint(r, twin.firms, ['micron', 'ymtc']));
    expect(twinPosted(out, 1)).toEqual(expected);
    // what the page reads of it is twinPointOf, the revenue of each state's firms and Micron's beside it
    expect(expected.map(({ homeRevenue: _, followedRevenue: __, ...p }) => p)).toEqual(
      twin.records.map(twinPointOf),
    );
    expect(expected[3].homeRevenue?.USA).toBeGreaterThan(0);
    const micron = twin.firms.findIndex((f) => f.id === 'micron');
    expect(expected[3].followedRevenue?.micron).toEqual(
      Array.from(twin.records[3].firmRevenue.slice(micron * 7, micron * 7 + 7)),
    );
    expect(Object.keys(expected[3].followedRevenue ?? {}).sort()).toEqual(['micron', 'ymtc']);
    // the Micron ban and the controls are measures: the twin is not the run
    const costs = chunks.flatMap((m) => (m.type === 'records' ? m.records : []));
    expect(expected[expected.length - 1].supplyChainCost.CHN).not.toBe(
      costs[costs.length - 1].supplyChainCost.CHN,
    );
  });

  it('a branch’s twin follows the branch’s schedule: twinOf of the branch’s run, not the main line’s twin', async () => {
    const scenario = small();
    const changed = parseScenario({ ...structuredClone(scenario), params: { demandGrowth: 0.04 } });
    const schedule: ScheduledScenario[] = [{ fromRound: 3, scenario: changed }];
    const out = await simulate([
      { type: 'run', job: 1, root: scenario, schedule: [] },
      { type: 'run', job: 2, root: scenario, schedule },
    ]);
    const twin = twinOf(runScenario(scenario, undefined, schedule));
    const branchTwin = twin.records.map((r) => postedTwinPoint(r, twin.firms, ['micron', 'ymtc']));
    expect(twinPosted(out, 2)).toEqual(branchTwin);
    expect(twinPosted(out, 2).slice(0, 3)).toEqual(twinPosted(out, 1).slice(0, 3));
    expect(twinPosted(out, 2)).not.toEqual(twinPosted(out, 1));
  });

  it('the page keeps the twin beside the records; the fingerprint is still the command line’s', async () => {
    const scenario = small();
    const out = await simulate([{ type: 'run', job: 1, root: scenario, schedule: [] }], 10);
    let state = pendingRun('k', 1, scenario.rounds);
    for (const m of out) state = applyMessage(state, m);
    expect(state.twin.map((p) => p.round)).toEqual(state.records.map((r) => r.round));
    expect(state.fingerprint).toBe(reportScenario(scenario).fingerprint);
  });

  it('answers a report request with the branch’s report: the main line’s is the command line’s', async () => {
    const ws = newWorkspace(small());
    const out = await simulate([{ type: 'report', job: 5, workspace: ws, branchId: 'main' }]);
    expect(out.map((m) => m.type)).toEqual(['report']);
    const msg = out[0] as Extract<FromWorker, { type: 'report' }>;
    expect(msg.job).toBe(5);
    expect(msg.report.fingerprint).toBe(reportScenario(small()).fingerprint);
    expect(msg.report.series).toHaveLength(small().rounds + 1);
    // with the effects of its measures for the app's exports
    expect(msg.report.effects?.map((e) => e.round)).toEqual(msg.report.series.map((p) => p.round));
  });

  it('streams an export as text in chunks that join to the CSV and the JSON the report request gives', async () => {
    // 2,000 firms over 12 rounds: the JSON with every firm is a few MB, so it comes in more than one chunk
    const scenario = small({ firms: 2000, rounds: 12 });
    const ws = newWorkspace(scenario);
    const out = await simulate([
      { type: 'report', job: 1, workspace: ws, branchId: 'main' },
      { type: 'export', job: 2, workspace: ws, branchId: 'main', format: 'json', firmDetail: 'all' },
      { type: 'export', job: 3, workspace: ws, branchId: 'main', format: 'csv' },
      { type: 'export', job: 4, workspace: ws, branchId: 'main', format: 'json' },
    ]);
    const report = (out[0] as Extract<FromWorker, { type: 'report' }>).report;
    const text = (job: number) =>
      out.flatMap((m) => (m.type === 'exportChunk' && m.job === job ? [m.text] : []));
    const json = text(2);
    expect(json.length).toBeGreaterThan(1);
    expect(json.every((t) => t.length < EXPORT_CHUNK_CHARS * 2)).toBe(true);
    // the report's keys, with which firms it details; the fingerprint comes after the events, once it is hashed
    expect(JSON.parse(json.join(''))).toEqual({ ...report, firmDetail: 'all', fingerprintVersion: 1 });
    expect(text(3).join('')).toBe(runCsv(report));
    // by default the named firms only, as the command line gives them
    const named = JSON.parse(text(4).join(''));
    const ids = Object.keys(report.series[0].firms).filter((id) => ANCHOR_IDS.has(id));
    expect(named.firmDetail).toBe('named');
    named.series.forEach((p: SeriesPoint) => expect(Object.keys(p.firms)).toEqual(ids));
    expect(named.fingerprint).toBe(report.fingerprint);
    expect(out.filter((m) => m.type === 'exported')).toEqual(
      [2, 3, 4].map((job) => ({
        type: 'exported',
        job,
        fingerprint: report.fingerprint,
        fingerprintVersion: 1,
        seed: scenario.seed,
      })),
    );
  });

  it('answers a report request for a branch that does not exist with an error for that job', async () => {
    const out = await simulate([
      { type: 'report', job: 6, workspace: newWorkspace(small()), branchId: 'gone' },
    ]);
    expect(out).toEqual([{ type: 'error', job: 6, message: expect.stringContaining('gone') }]);
  });
});

describe('the fingerprint of a large world', () => {
  it('is version 2 past LARGE_RUN_FIRM_ROUNDS, in the app as the command line writes it', async () => {
    expect(fingerprintVersionFor(400, 40)).toBe(1);
    expect(fingerprintVersionFor(1000, 199)).toBe(1); // 200,000 firm-rounds: not above
    expect(fingerprintVersionFor(1000, 200)).toBe(2);
    expect(fingerprintVersionFor(1000, 200, false)).toBe(1);
    expect(LARGE_RUN_FIRM_ROUNDS).toBe(200_000);
    const scenario = parseScenario({ ...presetScenario('open-world'), firms: 1000, rounds: 200 });
    const out = await simulate([{ type: 'run', job: 1, root: scenario, schedule: [] }], 50);
    const done = out[out.length - 1];
    expect(done.type).toBe('done');
    let told: { fingerprint: string; version: number } | undefined;
    const json = JSON.parse(
      [
        ...streamJson(
          { scenario },
          { onDone: (fingerprint, _seed, version) => (told = { fingerprint, version }) },
        ),
      ].join(''),
    );
    expect(json.fingerprintVersion).toBe(2);
    expect(told).toEqual({ fingerprint: json.fingerprint, version: 2 });
    if (done.type === 'done') {
      expect(done.fingerprintVersion).toBe(2);
      expect(done.fingerprint).toBe(json.fingerprint);
    }
  });
});
