// A pool of batch workers (sim/batch.ts) for ensembles, sensitivity and sweeps: as many workers as the machine has
// cores (navigator.hardwareConcurrency, at most MAX_POOL), each handed a small slice of tasks at a time so that a
// fast worker takes more, and every result kept at its task's index. Each worker holds a second slice queued behind
// the one it plays, so it never waits for the page between slices (a page busy drawing answers late), and slices
// shrink toward the end so that the workers finish together. Cancel terminates every worker at once: nothing keeps
// running after the user has said stop. A run that ends well may hand its workers back warm (PoolOptions.warm), idle,
// for the next run to take: a batch worker's first seeds cost it some 4 s of CPU while V8 compiles the engine.

import type { FromBatch, ToBatch } from '../../sim/batch.ts';
import type { SeedSeries, SeedTask } from '../../sim/ensemble.ts';

/** The part of a Worker the pool uses (tests pass an in-process stand-in). */
export interface BatchWorker {
  postMessage(msg: ToBatch): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromBatch>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export const MAX_POOL = 8;

/** slices each worker holds at once: the one it plays and one queued behind it */
export const SLICES_IN_FLIGHT = 2;

/** Workers for a machine with `cores` logical cores: all of them, within 1..MAX_POOL. */
export function poolSize(cores: number | undefined): number {
  const n = Number.isFinite(cores) && cores! > 0 ? Math.floor(cores!) : 2;
  return Math.max(1, Math.min(MAX_POOL, n));
}

/** Thrown (as the promise's rejection) when the signal aborts the pool. */
export class PoolCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PoolCancelled';
  }
}

export interface PoolOptions {
  createWorker: () => BatchWorker;
  size: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Idle workers from an earlier run, taken before any is started; a run that resolves puts its workers back here,
   * idle, rather than terminating them (a cancelled or failed run terminates all it took). In Chromium a new worker's
   * first seeds cost about 4 s of CPU while V8 compiles the engine: a warm one plays them at full speed.
   */
  warm?: BatchWorker[];
}

let nextJob = 1;

/**
 * Plays every task on the pool and resolves with the results in task order. Rejects with PoolCancelled when the signal
 * aborts, or with an Error naming the seed when a task fails; either way every worker is terminated first.
 */
export function runPool(tasks: readonly SeedTask[], options: PoolOptions): Promise<SeedSeries[]> {
  const total = tasks.length;
  const results: SeedSeries[] = new Array(total);
  if (total === 0) return Promise.resolve(results);
  if (options.signal?.aborted) return Promise.reject(new PoolCancelled());
  const job = nextJob++;
  const size = Math.max(1, Math.min(options.size, total));
  // small slices keep every worker busy to the end and the progress bar moving; a few tasks each save messages
  const slice = Math.max(1, Math.min(8, Math.floor(total / (size * 8))));
  const workers: BatchWorker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;

  return new Promise<SeedSeries[]>((resolve, reject) => {
    const stop = () => {
      for (const w of workers) w.terminate();
      workers.length = 0;
      options.signal?.removeEventListener('abort', onAbort);
    };
    /** Every result is in, so no worker has a task left: they go back to the warm list, if there is one. */
    const finish = () => {
      if (options.warm) {
        options.warm.push(...workers);
        workers.length = 0;
      }
      stop();
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      stop();
      reject(error);
    };
    const onAbort = () => fail(new PoolCancelled());
    options.signal?.addEventListener('abort', onAbort);

    const feed = (worker: BatchWorker) => {
      if (next >= total) return;
      const first = next;
      // near the end, no more than a share of what is left, so that no worker is left with a long queue
      const left = total - next;
      const count = Math.min(slice, left, Math.max(1, Math.floor(left / (size * SLICES_IN_FLIGHT))));
      next += count;
      worker.postMessage({ type: 'tasks', job, first, tasks: tasks.slice(first, first + count) });
    };

    for (let k = 0; k < size; k++) {
      let worker: BatchWorker;
      try {
        worker = options.warm?.pop() ?? options.createWorker();
      } catch (e) {
        fail(new Error(`could not start a worker: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      workers.push(worker);
      worker.onmessage = (event) => {
        const msg = event.data;
        if (settled || msg.job !== job) return;
        if (msg.type === 'result') {
          results[msg.index] = msg.series;
          done++;
          options.onProgress?.(done, total);
          if (done === total) {
            settled = true;
            finish();
            resolve(results);
          }
        } else if (msg.type === 'done') feed(worker);
        else
          fail(new Error(`seed ${tasks[msg.index]?.seed ?? msg.index} could not be played: ${msg.message}`));
      };
      worker.onerror = (event) => fail(new Error(`a worker stopped: ${event.message || 'unknown error'}`));
      for (let k = 0; k < SLICES_IN_FLIGHT; k++) feed(worker);
    }
  });
}
