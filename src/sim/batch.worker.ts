// A batch worker: plays seed tasks for the app's ensembles, sensitivity and sweeps (batch.ts), several at once in a
// pool (app/ensemble/pool.ts).

import './jitless.ts';
import { createBatchRunner, type ToBatch } from './batch.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const receive = createBatchRunner((msg) => scope.postMessage(msg));
scope.onmessage = (event: MessageEvent<ToBatch>) => receive(event.data);
