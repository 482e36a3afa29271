// The ensemble's unit of work, timed in Node: one seed task of the default preset (micron-2023, 400 firms, 12 rounds),
// the run and its no-measures twin, as the app's batch workers play it (sim/ensemble.ts playSeed, without the anchor
// firms). bench.ts bundles this file with Vite, as the app's worker is bundled, and runs it in a child process. (tsx
// names every function it compiles with a __name call, and V8 does not inline a closure made that way; the engine
// keeps closures out of its per-link loops, so tsx and the bundle now run it at about the same pace, but the figure
// here is the worker's code.) Prints one JSON line.

import { presetScenario } from '../src/model/presets.ts';
import { parseScenario } from '../src/model/scenario.ts';
import { playSeed } from '../src/sim/ensemble.ts';
import { ensembleTasks } from '../src/sim/ensembleReport.ts';

const WARM = 5;
const TIMED = 40;
const tasks = ensembleTasks(parseScenario(presetScenario('micron-2023')), [], WARM + TIMED);
for (let i = 0; i < WARM; i++) playSeed(tasks[i]);
const times: number[] = [];
const c0 = process.cpuUsage();
for (let i = WARM; i < tasks.length; i++) {
  const t0 = performance.now();
  playSeed(tasks[i]);
  times.push(performance.now() - t0);
}
const cpu = process.cpuUsage(c0);
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(
  JSON.stringify({
    case: 'seeds',
    tasks: TIMED,
    meanMs: mean,
    /** CPU time (user and system) per task, ms: the work without the waits for a core */
    cpuMeanMs: (cpu.user + cpu.system) / 1000 / TIMED,
    medianMs: times[times.length >> 1],
    fastestMs: times[0],
  }),
);
