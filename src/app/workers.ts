// Where the app's Web Workers come from. The hosted build loads each worker from its own script file next to the
// page; the single-file build (`npm run build:single`) puts workers.inline.ts in this module's place, which carries
// the workers inside the page, because a page opened from disk (file://) may not load a worker's script file.

/** The worker that plays the runs on view (src/sim/sim.worker.ts). */
export function startSimWorker(): Worker {
  return new Worker(new URL('../sim/sim.worker.ts', import.meta.url), { type: 'module' });
}

/** One worker of the pool that plays many seeds at once (src/sim/batch.worker.ts); its script's name says "batch". */
export function startBatchWorker(): Worker {
  return new Worker(new URL('../sim/batch.worker.ts', import.meta.url), { type: 'module', name: 'batch' });
}
