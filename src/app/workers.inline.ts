// The single-file build's workers (see workers.ts, whose place this module takes there): Vite bundles each worker's
// code into the page as text and starts it from a blob: URL, which a page opened from disk may do.

import SimWorker from '../sim/sim.worker.ts?worker&inline';
import BatchWorker from '../sim/batch.worker.ts?worker&inline';

/** The worker that plays the runs on view (src/sim/sim.worker.ts). */
export function startSimWorker(): Worker {
  return new SimWorker();
}

/** One worker of the pool that plays many seeds at once (src/sim/batch.worker.ts). */
export function startBatchWorker(): Worker {
  return new BatchWorker({ name: 'batch' });
}
