// The sensitivity view's work: one tornado or sweep at a time, played on the worker pool (app/ensemble/pool.ts) with
// progress and Cancel, and the last finished tornado and sweep kept (plan and per-seed results) so that another
// outcome or reading is read from them at once, without playing again. One instance lives for the page, so switching
// views keeps the results.

import { poolSize, PoolCancelled, runPool, type BatchWorker } from '../ensemble/pool.ts';
import type { SeedSeries } from '../../sim/ensemble.ts';
import type { SensitivityPlan, SweepPlan } from '../../sim/sensitivity.ts';
import { secondsLeft, type ProgressSample } from './timeLeft.ts';
import { estimateSeconds } from './words.ts';
import { en, type Messages } from '../i18n/en.ts';
import { startBatchWorker } from '../workers.ts';

export type JobKind = 'tornado' | 'sweep';

/** What a finished job was played for: shown beside its chart, and checked against the scenario now on view. */
export interface JobContext {
  /** the played world (runKey of the branch, and the size), so a later edit marks the chart out of date */
  key: string;
  scenarioName: string;
  /** the scenario's preset, if any, so that a preset's own name is shown in the language on view */
  preset?: string;
  branchName: string;
  seconds: number;
}

export interface Played<P> {
  plan: P;
  results: SeedSeries[];
  context: JobContext;
}

export interface JobMessage {
  tone: 'info' | 'alert';
  /** the sentence in English */
  text: string;
  words: (t: Messages) => string;
}

const messageOf = (tone: JobMessage['tone'], words: (t: Messages) => string): JobMessage => ({
  tone,
  text: words(en),
  words,
});

export class SensitivityJobs {
  running: JobKind | null = $state(null);
  done = $state(0);
  total = $state(0);
  /** seconds since the running job started, updated with its progress */
  elapsed = $state(0);
  /**
   * seconds the running job has left (timeLeft.ts): the estimate shown before it started, counted down while the pool
   * warms up, then the recent rate; null when there is nothing to go on
   */
  left: number | null = $state(null);
  /** the last job's outcome, in a sentence: finished, cancelled or failed (`words` says it in a catalog's language) */
  message: JobMessage | null = $state(null);
  tornado: Played<SensitivityPlan> | null = $state.raw(null);
  sweep: Played<SweepPlan> | null = $state.raw(null);
  /** measured time over the built-in guess (words.ts msPerRound, estimateSeconds), from the last finished job; 1 until then */
  speed = $state(1);
  measured = $state(false);
  readonly workers: number;

  #createWorker: () => BatchWorker;
  #abort: AbortController | null = null;

  constructor(createWorker: () => BatchWorker, workers: number) {
    this.#createWorker = createWorker;
    this.workers = poolSize(workers);
  }

  /** Plays a tornado's plan; resolves when it has finished, been cancelled or failed (see message). */
  runTornado(plan: SensitivityPlan, context: Omit<JobContext, 'seconds'>): Promise<void> {
    return this.#run('tornado', plan.tasks.length, plan.rounds, plan.firms, plan, context, (played) => {
      this.tornado = played as Played<SensitivityPlan>;
    });
  }

  runSweep(plan: SweepPlan, context: Omit<JobContext, 'seconds'>): Promise<void> {
    return this.#run('sweep', plan.tasks.length, plan.rounds, plan.firms, plan, context, (played) => {
      this.sweep = played as Played<SweepPlan>;
    });
  }

  cancel() {
    this.#abort?.abort();
  }

  async #run(
    kind: JobKind,
    count: number,
    rounds: number,
    firms: number,
    plan: SensitivityPlan | SweepPlan,
    context: Omit<JobContext, 'seconds'>,
    keep: (played: Played<SensitivityPlan | SweepPlan>) => void,
  ): Promise<void> {
    if (this.running) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.running = kind;
    this.done = 0;
    this.total = count;
    this.elapsed = 0;
    this.message = null;
    // the same estimate the view shows beside Run (words.ts estimateSeconds), so the two lines agree at the start
    const planned = estimateSeconds(count, rounds, firms, this.workers, this.speed);
    this.left = planned;
    const samples: ProgressSample[] = [];
    const started = performance.now();
    const what = (t: Messages) =>
      kind === 'tornado' ? t.sensitivityWords.theTornado : t.sensitivityWords.theSweep;
    try {
      const results = await runPool(plan.tasks, {
        createWorker: this.#createWorker,
        size: this.workers,
        signal: abort.signal,
        onProgress: (done) => {
          this.done = done;
          this.elapsed = (performance.now() - started) / 1000;
          samples.push({ done, seconds: this.elapsed });
          this.left = secondsLeft(samples, count, planned, this.workers);
        },
      });
      const seconds = (performance.now() - started) / 1000;
      // the next estimate learns from this machine, as it is loaded now
      const guess = estimateSeconds(count, rounds, firms, this.workers);
      if (guess > 0.5) {
        this.speed = Math.min(20, Math.max(0.05, seconds / guess));
        this.measured = true;
      }
      keep({ plan, results, context: { ...context, seconds } });
      this.message = messageOf('info', (t) => t.sensitivityWords.jobDone(what(t), count, seconds.toFixed(1)));
    } catch (e) {
      const done = this.done;
      const error = e instanceof Error ? e.message : String(e);
      this.message =
        e instanceof PoolCancelled
          ? messageOf('info', (t) => t.sensitivityWords.jobCancelled(what(t), done, count))
          : messageOf('alert', (t) => t.sensitivityWords.jobFailed(what(t), error));
    } finally {
      this.running = null;
      this.left = null;
      this.#abort = null;
    }
  }
}

let shared: SensitivityJobs | null = null;

/** The page's one instance, playing on module workers of sim/batch.worker.ts. */
export function sensitivityJobs(): SensitivityJobs {
  shared ??= new SensitivityJobs(
    startBatchWorker,
    typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency,
  );
  return shared;
}
