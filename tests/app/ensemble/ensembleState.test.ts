import { describe, expect, it, vi } from 'vitest';
import { fakeWorkers } from '../fakeBatchWorkers.ts';
import {
  EnsembleState,
  inSlices,
  readSeeds,
  WARM_MS,
  type EnsembleTarget,
} from '../../../src/app/ensemble/ensembleState.svelte.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import { parseScenario } from '../../../src/model/scenario.ts';
import { BAND_OUTCOMES, ensembleSeeds, playSeed } from '../../../src/sim/ensemble.ts';
import { bandTable, ensembleTasks } from '../../../src/sim/ensembleReport.ts';

const micron = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 3 });
const noBan = {
  ...micron,
  timeline: micron.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
};
const targets: EnsembleTarget[] = [
  { runKey: 'main', name: 'Main run', root: micron, schedule: [] },
  { runKey: 'no-ban', name: 'No ban', root: micron, schedule: [{ fromRound: 1, scenario: noBan }] },
];

describe('Run N seeds in the app', () => {
  it('plays both branches on the pool and shows the bands and paired differences bandTable gives for the same seeds', async () => {
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 10;
    await state.run(targets);
    expect(state.status.step).toBe('done');
    // the pool's two workers are kept, idle, for the next run
    expect(workers.live.size).toBe(2);
    const seeds = ensembleSeeds(micron.seed, 10);
    const own = seeds.map((seed) => playSeed({ root: micron, schedule: [], seed, firms: false }));
    const other = seeds.map((seed) =>
      playSeed({ root: micron, schedule: targets[1].schedule, seed, firms: false }),
    );
    expect(state.of('main')!.table).toEqual(bandTable(own, BAND_OUTCOMES));
    expect(state.of('no-ban')!.table).toEqual(bandTable(other, BAND_OUTCOMES));
    expect(state.difference('main', 'no-ban')).toEqual(bandTable(own, BAND_OUTCOMES, other));
    expect(state.of('main')!.first).toBe(seeds[0]);
    expect(state.show).toBe(true);
  });

  it('pairs the branch on view with each of several compared branches by seed, and plays only what is new', async () => {
    const tariffs = {
      ...micron,
      timeline: micron.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'tariff')),
    };
    const three = [
      ...targets,
      {
        runKey: 'no-tariffs',
        name: 'No tariffs',
        root: micron,
        schedule: [{ fromRound: 1, scenario: tariffs }],
      },
    ];
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 10;
    await state.run(three.slice(0, 2));
    const before = state.difference('main', 'no-ban');
    await state.run(three);
    expect(state.status.step).toBe('done');
    const seeds = ensembleSeeds(micron.seed, 10);
    const play = (t: EnsembleTarget) =>
      seeds.map((seed) => playSeed({ root: t.root, schedule: t.schedule, seed, firms: false }));
    const [own, noBanSeeds, noTariffSeeds] = three.map(play);
    // the pair made by the first run is kept as it was, not read again
    expect(state.difference('main', 'no-ban')).toBe(before);
    expect(state.difference('main', 'no-tariffs')).toEqual(bandTable(own, BAND_OUTCOMES, noTariffSeeds));
    expect(state.difference('main', 'no-ban')).toEqual(bandTable(own, BAND_OUTCOMES, noBanSeeds));
    // compared branches are paired with the branch on view, not with each other
    expect(state.difference('no-ban', 'no-tariffs')).toBeUndefined();
  });

  it('plays one twin for branches that differ only in their measures, here or kept from an earlier run, and its own for a branch that changes the world', async () => {
    const dearer = parseScenario({ ...micron, params: { ...micron.params, interopCost: 0.3 } });
    const withParams: EnsembleTarget = {
      runKey: 'dearer',
      name: 'Dearer interoperability',
      root: micron,
      schedule: [{ fromRound: 1, scenario: dearer }],
    };
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 10;
    await state.run(targets);
    const twins = (from: number) => workers.posted.slice(from).filter((t) => t.twin !== false).length;
    // main plays the twins; no-ban, whose twin is the same world, takes them
    expect(workers.posted).toHaveLength(20);
    expect(twins(0)).toBe(10);
    expect(state.of('no-ban')!.series.map((s) => s.twin)).toEqual(
      state.of('main')!.series.map((s) => s.twin),
    );
    // a new seed count: main is played again with its twins; a branch compared later takes the kept ones
    state.seeds = 12;
    await state.run(targets.slice(0, 1));
    const before = workers.posted.length;
    await state.run([targets[0], targets[1], withParams]);
    expect(workers.posted.length - before).toBe(24);
    expect(twins(before)).toBe(12);
    const seeds = ensembleSeeds(micron.seed, 12);
    const play = (t: EnsembleTarget) =>
      seeds.map((seed) => playSeed({ root: t.root, schedule: t.schedule, seed, firms: false }));
    const [own, noBanSeeds, dearerSeeds] = [targets[0], targets[1], withParams].map(play);
    // the same bands and differences as with every twin played
    expect(state.of('no-ban')!.series).toEqual(noBanSeeds);
    expect(state.of('dearer')!.series).toEqual(dearerSeeds);
    expect(state.difference('main', 'no-ban')).toEqual(bandTable(own, BAND_OUTCOMES, noBanSeeds));
    expect(state.difference('main', 'dearer')).toEqual(bandTable(own, BAND_OUTCOMES, dearerSeeds));
  });

  it('with the assumptions drawn, plays each seed with its draws, paired across branches, kept apart from the plain run', async () => {
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 10;
    await state.run(targets);
    const plain = state.of('main')!.table;
    state.assumptions = true;
    expect(state.of('main'), 'the plain ensemble is not the drawn one').toBeUndefined();
    await state.run(targets);
    expect(state.status.step).toBe('done');
    const tasks = (t: EnsembleTarget) => ensembleTasks(t.root, t.schedule, 10, { assumptions: true });
    const own = tasks(targets[0]).map(playSeed);
    const other = tasks(targets[1]).map(playSeed);
    expect(state.of('main')!.assumptions).toBe(true);
    expect(state.of('main')!.table).toEqual(bandTable(own, BAND_OUTCOMES));
    expect(state.difference('main', 'no-ban')).toEqual(bandTable(own, BAND_OUTCOMES, other));
    expect(state.of('main')!.table).not.toEqual(plain);
    // and back: the plain run is still kept
    state.assumptions = false;
    expect(state.of('main')!.table).toEqual(plain);
  });

  it('keeps results by run key and seed count, so asking again plays nothing', async () => {
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 10;
    await state.run(targets.slice(0, 1));
    expect(state.status).toMatchObject({ step: 'done', played: true });
    const made = workers.created();
    await state.run(targets.slice(0, 1));
    expect(workers.created()).toBe(made);
    // and says so: nothing was played again
    expect(state.status).toMatchObject({ step: 'done', played: false });
    state.seeds = 11;
    expect(state.of('main')).toBeUndefined();
    state.seeds = 10;
    expect(state.of('main')?.seeds).toBe(10);
  });

  it('keeps its workers warm for a run soon after, and lets them go WARM_MS after the last run', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const workers = fakeWorkers();
      const state = new EnsembleState(workers.createWorker, 2);
      state.seeds = 10;
      await state.run(targets.slice(0, 1));
      state.seeds = 11;
      await state.run(targets.slice(0, 1));
      expect(state.status.step).toBe('done');
      expect(workers.created()).toBe(2);
      expect(workers.live.size).toBe(2);
      vi.advanceTimersByTime(WARM_MS - 1000);
      expect(workers.live.size).toBe(2);
      vi.advanceTimersByTime(1000);
      expect(workers.live.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancels: every worker is terminated and nothing from the run is kept', async () => {
    const workers = fakeWorkers();
    const state = new EnsembleState(workers.createWorker, 2);
    state.seeds = 40;
    const running = state.run(targets);
    await new Promise((r) => setTimeout(r, 30));
    expect(state.status.step).toBe('playing');
    // one bar for the seeds of both branches
    expect(state.status).toMatchObject({ total: 80, branches: 2 });
    expect(workers.live.size).toBe(2);
    state.cancel();
    await running;
    expect(state.status).toEqual({ step: 'cancelled' });
    expect(workers.live.size).toBe(0);
    expect(state.of('main')).toBeUndefined();
  });

  it('says so in a sentence when workers cannot start', async () => {
    const state = new EnsembleState(null, 2);
    await state.run(targets);
    expect(state.status.step).toBe('error');
    if (state.status.step === 'error') expect(state.status.message).toMatch(/^Seeds cannot be played here/);
  });
});

describe('the seeds field', () => {
  it('takes whole numbers from 10 to 1,000 and says why it refuses others', () => {
    expect(readSeeds(' 50 ')).toEqual({ seeds: 50 });
    expect(readSeeds('1000')).toEqual({ seeds: 1000 });
    expect(readSeeds('9')).toEqual({ error: 'Seeds must be from 10 to 1,000; 9 is outside.' });
    expect(readSeeds('2.5')).toEqual({ error: 'Seeds must be a whole number from 10 to 1,000.' });
    expect(readSeeds('')).toHaveProperty('error');
  });
});

describe('reading bands in slices', () => {
  it('gives the browser a turn whenever a slice has used its budget', async () => {
    let clock = 0;
    let turns = 0;
    function* steps(): Generator<void, string, void> {
      for (let k = 0; k < 10; k++) {
        clock += 3;
        yield;
      }
      return 'done';
    }
    const timer = setInterval(() => turns++, 0);
    const out = await inSlices(steps(), new AbortController().signal, 8, () => clock);
    clearInterval(timer);
    expect(out).toBe('done');
    expect(turns).toBeGreaterThan(0);
  });
});
