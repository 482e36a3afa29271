import { describe, expect, it } from 'vitest';
import { fakeWorkers } from './fakeBatchWorkers.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { poolSize, PoolCancelled, runPool, type BatchWorker } from '../../src/app/ensemble/pool.ts';
import type { FromBatch } from '../../src/sim/batch.ts';
import { ensembleSeeds, playSeed, type SeedTask } from '../../src/sim/ensemble.ts';

const scenario = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 4 });
const tasks: SeedTask[] = ensembleSeeds(40, 9).map((seed) => ({ root: scenario, schedule: [], seed }));

describe('the worker pool', () => {
  it('sizes itself from the cores, within 1 to 8', () => {
    expect(poolSize(2)).toBe(2);
    expect(poolSize(64)).toBe(8);
    expect(poolSize(0)).toBe(2);
    expect(poolSize(undefined)).toBe(2);
  });

  it('returns every seed in task order, as played in one thread, and leaves no worker running', async () => {
    const workers = fakeWorkers();
    const progress: number[] = [];
    const results = await runPool(tasks, {
      createWorker: workers.createWorker,
      size: 3,
      onProgress: (done) => progress.push(done),
    });
    expect(results.map((r) => r.seed)).toEqual(tasks.map((t) => t.seed));
    expect(results[4]).toEqual(playSeed(tasks[4]));
    expect(progress).toEqual(tasks.map((_, k) => k + 1));
    expect(workers.created()).toBe(3);
    expect(workers.live.size).toBe(0);
  });

  it('keeps a second slice queued on each worker, and hands out single seeds at the end', async () => {
    const workers = fakeWorkers();
    const many: SeedTask[] = ensembleSeeds(40, 40).map((seed) => ({
      root: { ...scenario, rounds: 1 },
      schedule: [],
      seed,
    }));
    const sent: number[] = [];
    let inFlight = 0;
    let most = 0;
    const results = await runPool(many, {
      size: 2,
      createWorker: () => {
        const w = workers.createWorker();
        const post = w.postMessage.bind(w);
        w.postMessage = (msg) => {
          sent.push(msg.tasks.length);
          most = Math.max(most, ++inFlight);
          post(msg);
        };
        return new Proxy(w, {
          set(target, key, value) {
            if (key !== 'onmessage' || !value) return Reflect.set(target, key, value);
            return Reflect.set(target, key, (event: MessageEvent<FromBatch>) => {
              if (event.data.type === 'done') inFlight--;
              value(event);
            });
          },
        });
      },
    });
    expect(results.map((r) => r.seed)).toEqual(many.map((t) => t.seed));
    expect(most).toBe(4);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(40);
    expect(sent[sent.length - 1]).toBe(1);
  });

  it('cancels at once: the promise rejects and every worker is terminated', async () => {
    const workers = fakeWorkers();
    const abort = new AbortController();
    const running = runPool(tasks, {
      createWorker: workers.createWorker,
      size: 2,
      signal: abort.signal,
      onProgress: (done) => done === 2 && abort.abort(),
    });
    await expect(running).rejects.toBeInstanceOf(PoolCancelled);
    expect(workers.created()).toBe(2);
    expect(workers.live.size).toBe(0);
  });

  it('hands its workers back idle to a warm list when it resolves, and the next run takes them', async () => {
    const workers = fakeWorkers();
    const warm: BatchWorker[] = [];
    await runPool(tasks, { createWorker: workers.createWorker, size: 2, warm });
    expect(warm.length).toBe(2);
    expect(workers.live.size).toBe(2);
    const again = await runPool(tasks, { createWorker: workers.createWorker, size: 2, warm });
    expect(again.map((r) => r.seed)).toEqual(tasks.map((t) => t.seed));
    expect(again[3]).toEqual(playSeed(tasks[3]));
    expect(workers.created()).toBe(2);
    expect(warm.length).toBe(2);
  });

  it('terminates the warm workers it took when cancelled', async () => {
    const workers = fakeWorkers();
    const warm: BatchWorker[] = [];
    await runPool(tasks, { createWorker: workers.createWorker, size: 2, warm });
    const abort = new AbortController();
    const running = runPool(tasks, {
      createWorker: workers.createWorker,
      size: 2,
      warm,
      signal: abort.signal,
      onProgress: (done) => done === 2 && abort.abort(),
    });
    await expect(running).rejects.toBeInstanceOf(PoolCancelled);
    expect(workers.created()).toBe(2);
    expect(warm.length).toBe(0);
    expect(workers.live.size).toBe(0);
  });

  it('says which seed failed, and stops every worker', async () => {
    const workers = fakeWorkers();
    const broken = [...tasks];
    broken[5] = { ...tasks[5], schedule: [{ fromRound: 2, scenario: { ...scenario, firms: 200 } }] };
    await expect(runPool(broken, { createWorker: workers.createWorker, size: 2 })).rejects.toThrow(
      `seed ${tasks[5].seed} could not be played`,
    );
    expect(workers.live.size).toBe(0);
  });
});
