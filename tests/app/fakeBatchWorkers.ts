// Batch workers played in this process for the pool's and the ensembles' tests: each message is answered on a later
// macrotask, as a real worker's would be, and a terminated worker answers nothing more.

import type { BatchWorker } from '../../src/app/ensemble/pool.ts';
import { createBatchRunner, type FromBatch, type ToBatch } from '../../src/sim/batch.ts';
import type { SeedTask } from '../../src/sim/ensemble.ts';

export function fakeWorkers() {
  const live = new Set<BatchWorker>();
  /** every task posted, in order */
  const posted: SeedTask[] = [];
  let created = 0;
  const createWorker = (): BatchWorker => {
    created++;
    const worker: BatchWorker = {
      onmessage: null,
      onerror: null,
      postMessage(msg: ToBatch) {
        posted.push(...msg.tasks);
        const receive = createBatchRunner((out: FromBatch) =>
          setTimeout(() => live.has(worker) && worker.onmessage?.({ data: out } as MessageEvent<FromBatch>)),
        );
        setTimeout(() => live.has(worker) && receive(structuredClone(msg)));
      },
      terminate() {
        live.delete(worker);
      },
    };
    live.add(worker);
    return worker;
  };
  return { createWorker, live, posted, created: () => created };
}
