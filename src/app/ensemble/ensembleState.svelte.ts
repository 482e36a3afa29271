// "Run N seeds": the branch on view and the branches it is compared with, each played at N seeds beside its twin on the
// pool of batch workers (pool.ts), then read as bands (sim/ensembleReport.ts) a few outcomes at a time, so the page
// never holds the main thread for long. Results are kept by run key and seed count: switching views, readings or
// branches and back shows them again without playing anything.

import { BAND_OUTCOMES, twinKey, withTwinOf, type SeedSeries } from '../../sim/ensemble.ts';
import { bandSteps, ensembleTasks, type BandTable } from '../../sim/ensembleReport.ts';
import type { ScheduledScenario } from '../../model/run.ts';
import type { Scenario } from '../../model/scenario.ts';
import { PoolCancelled, poolSize, runPool, type BatchWorker } from './pool.ts';

/** Fewest and most seeds the app plays at once, and the number it offers first. */
export const MIN_SEEDS = 10;
export const MAX_SEEDS = 1000;
export const DEFAULT_SEEDS = 50;

/**
 * ensembles kept (a 1,000-seed ensemble of 40 rounds without its firms is about 10 MB in the page): at least the
 * branch on view and the four compared with it (workspace.ts MAX_COMPARED), and one more
 */
const KEEP_ENSEMBLES = 6;
/**
 * the progress bar moves at most this often, in ms. Each move repaints the whole page (a Chromium trace of "Run N
 * seeds" shows every Paint covering the viewport, 3-8 ms each on the shared 2-core machine), and on two cores what
 * the page spends the workers lose: twice a second tells as much as ten times.
 */
export const PROGRESS_MS = 500;
/** longest stretch the page spends reading bands before it lets the browser draw and answer input, in ms */
export const SLICE_MS = 8;
/**
 * how long the pool's workers are kept, idle and warm, after a run, in ms: another run within it (more seeds, another
 * branch) skips the 4 s or so of CPU a new worker spends while V8 compiles the engine; after it their memory goes
 */
export const WARM_MS = 120_000;

/** A branch to play: its run key (protocol.ts runKey), its name, and what the worker plays. */
export interface EnsembleTarget {
  runKey: string;
  name: string;
  root: Scenario;
  schedule: readonly ScheduledScenario[];
}

/** One branch played at N seeds and read as bands. */
export interface Ensemble {
  key: string;
  name: string;
  seeds: number;
  /** the seeds played, first .. last */
  first: number;
  last: number;
  series: SeedSeries[];
  table: BandTable;
  /** what its twin is made of (sim/ensemble.ts twinKey): another branch with the same key takes its twins */
  twinKey: string;
  /** whether each seed also drew the assumptions the rulebook bounds (sim/assumptions.ts) */
  assumptions: boolean;
}

export type EnsembleStatus =
  | { step: 'idle' }
  /** `branches`: how many branches' seeds share the bar */
  | { step: 'playing'; done: number; total: number; branches: number }
  | { step: 'reading' }
  /** `played`: false when every seed asked for had been played before (nothing ran) */
  | { step: 'done'; seeds: number; seconds: number; played: boolean }
  | { step: 'cancelled' }
  | { step: 'error'; message: string };

/** The cache key of a branch's ensemble: its run key, the number of seeds and whether the assumptions were drawn. */
export const ensembleKey = (runKey: string, seeds: number, assumptions = false) =>
  `${seeds}${assumptions ? '+assumptions' : ''}:${runKey}`;
/** The cache key of the paired differences of two ensembles. */
export const differenceKey = (a: string, b: string) => `${a}\u0000${b}`;

/** A whole number of seeds within MIN_SEEDS..MAX_SEEDS, or null with the reason in words. */
export function readSeeds(text: string): { seeds: number } | { error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t))
    return { error: `Seeds must be a whole number from ${MIN_SEEDS} to ${MAX_SEEDS.toLocaleString('en')}.` };
  const n = Number(t);
  if (n < MIN_SEEDS || n > MAX_SEEDS)
    return {
      error: `Seeds must be from ${MIN_SEEDS} to ${MAX_SEEDS.toLocaleString('en')}; ${n} is outside.`,
    };
  return { seeds: n };
}

/** Gives the browser a turn: the page draws and answers input before the next slice. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a generator to its end in slices of at most `budget` ms, giving the browser a turn between slices. */
export async function inSlices<T>(
  steps: Generator<void, T, void>,
  signal: AbortSignal,
  budget = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<T> {
  let start = now();
  for (;;) {
    if (signal.aborted) throw new PoolCancelled();
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - start >= budget) {
      await breathe();
      start = now();
    }
  }
}

export class EnsembleState {
  /** the number of seeds the next run plays */
  seeds = $state(DEFAULT_SEEDS);
  /** the charts draw the median and bands of the ensemble in place of the single run, where there is one */
  show = $state(false);
  /** each seed of the next run also draws the assumptions the rulebook bounds (sim/assumptions.ts) */
  assumptions = $state(false);
  status: EnsembleStatus = $state.raw({ step: 'idle' });
  /** by ensembleKey */
  ensembles: Record<string, Ensemble> = $state.raw({});
  /** paired differences (first minus second), by differenceKey of their ensemble keys */
  differences: Record<string, BandTable> = $state.raw({});

  #createWorker: (() => BatchWorker) | null;
  #size: number;
  #controller: AbortController | null = null;
  #used: string[] = [];
  /** the pool's workers from the last run, idle, until WARM_MS after it */
  #warm: BatchWorker[] = [];
  #retire: ReturnType<typeof setTimeout> | undefined;

  constructor(createWorker: (() => BatchWorker) | null, cores?: number) {
    this.#createWorker = createWorker;
    this.#size = poolSize(cores);
  }

  get running(): boolean {
    return this.status.step === 'playing' || this.status.step === 'reading';
  }

  /** The ensemble of a branch at the current seed count, if it has been played. */
  of(runKey: string | null): Ensemble | undefined {
    return runKey === null ? undefined : this.ensembles[ensembleKey(runKey, this.seeds, this.assumptions)];
  }

  /** Bands of the per-seed differences, a minus b, once both have been played. */
  difference(a: string | null, b: string | null): BandTable | undefined {
    if (a === null || b === null) return undefined;
    const key = (runKey: string) => ensembleKey(runKey, this.seeds, this.assumptions);
    return this.differences[differenceKey(key(a), key(b))];
  }

  /**
   * Plays the targets not already kept at the current seed count (all of them on one pool, so one progress bar),
   * reads their bands, and the paired differences of the first (the branch on view) against each of the others.
   * Resolves when done, cancelled or failed; the status says which.
   */
  async run(targets: readonly EnsembleTarget[]): Promise<void> {
    if (this.running) return;
    if (!this.#createWorker) {
      this.status = {
        step: 'error',
        message: 'Seeds cannot be played here: this browser cannot start workers.',
      };
      return;
    }
    const seeds = this.seeds;
    const assumptions = this.assumptions;
    const controller = new AbortController();
    this.#controller = controller;
    const started = performance.now();
    const missing = targets.filter((t) => !this.ensembles[ensembleKey(t.runKey, seeds, assumptions)]);
    // Branches that differ only in their measures share one twin: it is played once, by the first of them or by an
    // ensemble kept from an earlier run, and the others are played without it and take its twins, seed by seed.
    // (with the assumptions drawn, a twin is another world: the same seed draws the same values in every branch)
    const twinKeys = missing.map((t) => twinKey(t.root, t.schedule) + (assumptions ? '\n+assumptions' : ''));
    const twinFrom = twinKeys.map((key, k): Ensemble | number | null => {
      const kept = Object.values(this.ensembles).find((e) => e.seeds === seeds && e.twinKey === key);
      if (kept) return kept;
      const earlier = twinKeys.indexOf(key);
      return earlier < k ? earlier : null;
    });
    const tasks = missing.flatMap((t, k) =>
      ensembleTasks(t.root, t.schedule, seeds, { assumptions }).map((task) => ({
        ...task,
        twin: twinFrom[k] === null,
      })),
    );
    try {
      let played: SeedSeries[] = [];
      if (tasks.length > 0) {
        this.status = { step: 'playing', done: 0, total: tasks.length, branches: missing.length };
        let shown = performance.now();
        clearTimeout(this.#retire);
        played = await runPool(tasks, {
          createWorker: this.#createWorker,
          size: this.#size,
          warm: this.#warm,
          signal: controller.signal,
          onProgress: (done, total) => {
            const now = performance.now();
            if (done < total && now - shown < PROGRESS_MS) return;
            shown = now;
            this.status = { step: 'playing', done, total, branches: missing.length };
          },
        });
      }
      this.status = { step: 'reading' };
      let added = { ...this.ensembles };
      const seriesOf: SeedSeries[][] = [];
      for (let k = 0; k < missing.length; k++) {
        const t = missing[k];
        const from = twinFrom[k];
        const twins = from === null ? null : typeof from === 'number' ? seriesOf[from] : from.series;
        const own = played.slice(k * seeds, (k + 1) * seeds);
        const series = twins ? own.map((s, i) => withTwinOf(s, twins[i])) : own;
        seriesOf.push(series);
        const table = await inSlices(bandSteps(series, BAND_OUTCOMES), controller.signal);
        const key = ensembleKey(t.runKey, seeds, assumptions);
        added = {
          ...added,
          [key]: {
            key,
            name: t.name,
            seeds,
            first: series[0].seed,
            last: series[series.length - 1].seed,
            series,
            table,
            twinKey: twinKeys[k],
            assumptions,
          },
        };
      }
      const keys = targets.map((t) => ensembleKey(t.runKey, seeds, assumptions));
      let differences = this.differences;
      for (const other of keys.slice(1)) {
        if (other === keys[0] || differences[differenceKey(keys[0], other)]) continue;
        const a = added[keys[0]].series;
        const b = added[other].series;
        const table = await inSlices(bandSteps(a, BAND_OUTCOMES, b), controller.signal);
        differences = { ...differences, [differenceKey(keys[0], other)]: table };
      }
      this.#keep(added, differences, keys);
      this.status = {
        step: 'done',
        seeds,
        seconds: (performance.now() - started) / 1000,
        played: tasks.length > 0,
      };
      this.show = true;
    } catch (e) {
      if (e instanceof PoolCancelled) this.status = { step: 'cancelled' };
      else this.status = { step: 'error', message: sentence(e) };
    } finally {
      if (this.#controller === controller) this.#controller = null;
      // whatever the run's end, the workers left warm go WARM_MS after it
      clearTimeout(this.#retire);
      this.#retire = setTimeout(() => this.#retireWorkers(), WARM_MS);
    }
  }

  /** Stops the run now: every worker is terminated, and what was played so far is dropped. */
  cancel() {
    this.#controller?.abort();
  }

  /** Terminates the workers kept warm after the last run. */
  #retireWorkers() {
    for (const w of this.#warm) w.terminate();
    this.#warm.length = 0;
  }

  #keep(ensembles: Record<string, Ensemble>, differences: Record<string, BandTable>, used: string[]) {
    this.#used = [...this.#used.filter((k) => !used.includes(k)), ...used].slice(-KEEP_ENSEMBLES);
    const keep = this.#used;
    this.ensembles = Object.fromEntries(Object.entries(ensembles).filter(([k]) => keep.includes(k)));
    this.differences = Object.fromEntries(
      Object.entries(differences).filter(([k]) => k.split('\u0000').every((part) => keep.includes(part))),
    );
  }
}

function sentence(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const clean = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `The seeds could not be played: ${clean || 'unknown error'}.`;
}
