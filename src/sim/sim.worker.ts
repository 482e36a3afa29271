// The simulation worker: runs the engine off the page's thread (see simulator.ts), so the page never freezes and the
// play head can follow a long run while it computes.

import './jitless.ts';
import type { ToWorker } from './protocol.ts';
import { createSimulator } from './simulator.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const simulator = createSimulator({ post: (msg) => scope.postMessage(msg) });
scope.onmessage = (event: MessageEvent<ToWorker>) => simulator.receive(event.data);
