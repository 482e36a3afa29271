// The batch worker's side: plays seed tasks (ensemble.ts) one after another and posts each result as it is made. The
// app's pool (app/ensemble/pool.ts) starts a few of these workers and hands each a slice of tasks at a time; it cancels
// by terminating them, so a cancelled ensemble leaves no worker running. Apart from the worker file so that Node tests
// can drive it.

import { playSeed, type SeedSeries, type SeedTask } from './ensemble.ts';

export type ToBatch = { type: 'tasks'; job: number; first: number; tasks: SeedTask[] };

export type FromBatch =
  | { type: 'result'; job: number; index: number; series: SeedSeries }
  | { type: 'done'; job: number }
  | { type: 'error'; job: number; index: number; message: string };

/** Returns the message handler: each slice of tasks is played in order, each result posted with its index. */
export function createBatchRunner(post: (msg: FromBatch) => void) {
  return function receive(msg: ToBatch): void {
    for (let k = 0; k < msg.tasks.length; k++) {
      const index = msg.first + k;
      try {
        post({ type: 'result', job: msg.job, index, series: playSeed(msg.tasks[k]) });
      } catch (e) {
        post({ type: 'error', job: msg.job, index, message: e instanceof Error ? e.message : String(e) });
        return;
      }
    }
    post({ type: 'done', job: msg.job });
  };
}
