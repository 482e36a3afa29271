import { describe, expect, it } from 'vitest';
import { secondsLeft, type ProgressSample } from '../../../src/app/sensitivity/timeLeft.ts';
import { SensitivityJobs } from '../../../src/app/sensitivity/sensitivityJobs.svelte.ts';
import { durationText, estimateSeconds } from '../../../src/app/sensitivity/words.ts';
import type { BatchWorker } from '../../../src/app/ensemble/pool.ts';
import type { SensitivityPlan } from '../../../src/sim/sensitivity.ts';

/**
 * The new user's tornado: 584 runs on 2 workers, estimated at 35 seconds, finished in 39. The first two runs took
 * 3 seconds (each worker loading its world), every later one about 0.062 s.
 */
function coldStart(upTo: number): ProgressSample[] {
  const samples: ProgressSample[] = [];
  for (let done = 1; done <= upTo; done++)
    samples.push({ done, seconds: done <= 2 ? 3 : 3 + (done - 2) * 0.062 });
  return samples;
}

describe('the time a running tornado has left', () => {
  it('is not thrown off by the cold first runs: at 2 of 584 it counts the estimate down, not 14 minutes', () => {
    const left = secondsLeft(coldStart(2), 584, 35, 2)!;
    expect(left).toBeCloseTo(32, 5);
    expect(durationText(left)).toBe('about 30 seconds');
  });

  it('reads the recent rate once a few runs and a second have passed, leaving the cold start out', () => {
    const samples = coldStart(100);
    const truth = (584 - 100) * 0.062;
    expect(secondsLeft(samples, 584, 35, 2)).toBeCloseTo(truth, 1);
    // a planned figure far off does not matter once the pool's own rate is known
    expect(secondsLeft(samples, 584, 600, 2)).toBeCloseTo(truth, 1);
  });

  it('follows the pool when it slows down, from the recent runs rather than the average since the start', () => {
    const samples = coldStart(200);
    const at = samples.at(-1)!.seconds;
    for (let done = 201; done <= 260; done++) samples.push({ done, seconds: at + (done - 200) * 0.2 });
    expect(secondsLeft(samples, 584, 35, 2)).toBeCloseTo((584 - 260) * 0.2, 1);
  });

  it('says nothing without an estimate or progress, and nothing left once every run is done', () => {
    expect(secondsLeft([], 584, null, 2)).toBeNull();
    expect(secondsLeft([], 584, 35, 2)).toBe(35);
    expect(secondsLeft(coldStart(2), 584, null, 2)).toBeNull();
    expect(secondsLeft([{ done: 4, seconds: 9 }], 4, 3, 2)).toBe(0);
    // past the estimate while still warming up: no negative time
    expect(secondsLeft([{ done: 1, seconds: 50 }], 584, 35, 2)).toBe(0);
  });

  it('starts a job with the estimate the view shows beside Run, so the two lines agree', async () => {
    // workers that never answer: the job stays running until cancelled
    const silent = (): BatchWorker => ({
      onmessage: null,
      onerror: null,
      postMessage() {},
      terminate() {},
    });
    const jobs = new SensitivityJobs(silent, 2);
    const plan = { tasks: Array.from({ length: 584 }, () => ({})), rounds: 12, firms: 400 };
    const running = jobs.runTornado(plan as unknown as SensitivityPlan, {
      key: 'k',
      scenarioName: 'Micron',
      branchName: 'main',
    });
    expect(jobs.running).toBe('tornado');
    expect(jobs.left).toBe(estimateSeconds(584, 12, 400, jobs.workers, jobs.speed));
    jobs.cancel();
    await running;
    expect(jobs.left).toBeNull();
  });
});
