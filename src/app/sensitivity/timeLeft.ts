// How long a running tornado or sweep has left, from the runs finished so far. The first runs on a pool are slow
// (each worker loads and calibrates its world before its first seed), so they say little about the rest: until a few
// runs and a second have passed, the estimate shown before the job started is counted down instead, and after that
// the rate is read from the recent runs only, never from the cold start.

/** A run finished: how many are done, and seconds since the job started. */
export interface ProgressSample {
  done: number;
  seconds: number;
}

/** runs per worker before the pool's rate is read at all (the first holds the worker's start-up) */
export const WARM_RUNS_PER_WORKER = 2;
/** seconds before the pool's rate is read at all */
export const WARM_SECONDS = 1;
/** the recent runs the rate is read from */
export const RECENT_RUNS = 24;

/**
 * Seconds left for a job of `total` runs on `workers` workers, given its progress so far (in order) and the estimate
 * made before it started (`planned` seconds, null if none): that estimate counted down while the pool warms up, then
 * the recent rate. Null when there is nothing to go on.
 */
export function secondsLeft(
  samples: readonly ProgressSample[],
  total: number,
  planned: number | null,
  workers = 1,
): number | null {
  const last = samples.at(-1);
  const elapsed = last?.seconds ?? 0;
  const countdown = planned === null || !Number.isFinite(planned) ? null : Math.max(0, planned - elapsed);
  if (!last) return countdown;
  if (last.done >= total) return 0;
  const warm = Math.max(2, WARM_RUNS_PER_WORKER * Math.max(1, workers));
  if (last.done < warm || last.seconds < WARM_SECONDS) return countdown;
  const from = Math.max(warm, last.done - RECENT_RUNS);
  const ref = samples.find((s) => s.done >= from);
  if (!ref || ref === last || last.seconds - ref.seconds <= 0 || last.done <= ref.done) return countdown;
  const rate = (last.done - ref.done) / (last.seconds - ref.seconds);
  return (total - last.done) / rate;
}
