// What the status line under the run controls says about the run on view: how far the worker has got, the
// fingerprint step after the last round, the end, or why the run stopped. Pure, so the wording is tested.

import type { RunState } from '../sim/protocol.ts';

export type RunStatus =
  | { step: 'rounds'; text: string }
  | { step: 'fingerprint'; text: string }
  | { step: 'done'; text: string }
  | { step: 'error'; text: string };

export function runStatus(run: RunState | undefined, totalRounds: number): RunStatus | null {
  if (!run) return null;
  if (run.status === 'error') return { step: 'error', text: `The run stopped: ${run.error}` };
  if (run.status === 'done') return { step: 'done', text: `All ${totalRounds} rounds computed.` };
  const computed = Math.max(0, run.records.length - 1);
  // every round is in, and the worker still fingerprints the run: on a large run this takes a noticeable moment
  if (run.records.length > 0 && computed >= run.totalRounds)
    return { step: 'fingerprint', text: 'Computing the run’s fingerprint…' };
  return { step: 'rounds', text: `Computing round ${computed} of ${run.totalRounds}…` };
}
