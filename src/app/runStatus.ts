// What the status line under the run controls says about the run on view: how far the worker has got, the
// fingerprint step after the last round, the end, or why the run stopped. Pure, so the wording is tested.

import type { RunState } from '../sim/protocol.ts';
import { en, type Messages } from './i18n/en.ts';

export type RunStatus =
  | { step: 'rounds'; text: string }
  | { step: 'fingerprint'; text: string }
  | { step: 'done'; text: string }
  | { step: 'error'; text: string };

export function runStatus(
  run: RunState | undefined,
  totalRounds: number,
  words: Messages['run'] = en.run,
): RunStatus | null {
  if (!run) return null;
  if (run.status === 'error') return { step: 'error', text: words.stopped(String(run.error)) };
  if (run.status === 'done') return { step: 'done', text: words.done(totalRounds) };
  const computed = Math.max(0, run.records.length - 1);
  // every round is in, and the worker still fingerprints the run: on a large run this takes a noticeable moment
  if (run.records.length > 0 && computed >= run.totalRounds)
    return { step: 'fingerprint', text: words.fingerprinting };
  return { step: 'rounds', text: words.computing(computed, run.totalRounds) };
}
