// npm run bench: speed and memory of the engine on this machine, printed as figures (targets are checked by eye and
// in the closing notes, never in timed tests).
//   default world (400 firms), 40 rounds: ms per round and total (target: total at most 50 ms)
//   10,000 firms, 200 rounds: seconds and peak memory (targets: at most 5 s and 1 GiB)
// Each case runs in a fresh child process so that peak memory is its own; the default world is timed after two
// warm-up runs, as the app's worker is warm after its first run.

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../src/model/scenario.ts';
import { presetScenario } from '../src/model/presets.ts';
import { runScenario } from '../src/model/run.ts';

const MiB = 1024 * 1024;

function sample(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

function caseDefault(): void {
  const scenario = parseScenario({ ...presetScenario('micron-2023'), rounds: 40 });
  runScenario(scenario);
  runScenario(scenario);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    runScenario(scenario);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  const t0 = performance.now();
  runScenario(parseScenario({ ...scenario, seed: scenario.seed + 1 }));
  const cold = performance.now() - t0;
  console.log(
    JSON.stringify({
      case: 'default',
      firms: scenario.firms,
      rounds: 40,
      totalMs: median,
      perRoundMs: median / 40,
      newSeedMs: cold,
    }),
  );
}

/**
 * A fixed amount of plain arithmetic on typed arrays (the shape of the sourcing step's inner loop), timed in the same
 * process as the engine: on a shared machine the engine's time over this baseline's is the figure that carries from
 * run to run, whatever else the machine is doing.
 */
function baselineMs(): number {
  const n = 1 << 16;
  const a = new Float64Array(n).map((_, i) => 1 + (i % 7) / 10);
  const w = new Float64Array(n).fill(0.5);
  let sum = 0;
  const times: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (let k = 0; k < 40; k++) {
      for (let i = 0; i < n; i++) {
        const x = w[i]! * a[i]! ** -2.5;
        w[i] = 0.5 + (x - 0.5) * 0.5;
        sum += x;
      }
    }
    times.push(performance.now() - t0);
  }
  if (sum === 42) console.log('');
  return times.sort((x, y) => x - y)[2]!;
}

function caseBaseline(): void {
  console.log(JSON.stringify({ case: 'baseline', ms: baselineMs() }));
}

function caseLarge(): void {
  const scenario = parseScenario({ ...presetScenario('micron-2023'), rounds: 200, firms: 10000 });
  const peak = sample();
  const t0 = performance.now();
  runScenario(scenario);
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ case: 'large', firms: 10000, rounds: 200, seconds, peakMiB: peak() / MiB }));
}

function child(name: string): Record<string, number | string> {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const which = process.argv[2];
if (which === 'default') caseDefault();
else if (which === 'large') caseLarge();
else if (which === 'baseline') caseBaseline();
else {
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  const b0 = Number(child('baseline').ms);
  const d = child('default');
  const l = child('large');
  const b1 = Number(child('baseline').ms);
  const base = (b0 + b1) / 2;
  const verdict = (ok: boolean) => (ok ? 'within target' : 'MISSES target');
  const totalMs = Number(d.totalMs);
  console.log('Decoupling Lab engine benchmark (micron-2023 timeline)');
  console.log(
    `machine load (1, 5, 15 min) at start: ${load}; baseline (fixed typed-array arithmetic, timed before and after): ${b0.toFixed(1)} ms and ${b1.toFixed(1)} ms`,
  );
  console.log(
    `default world, ${d.firms} firms, 40 rounds: ${totalMs.toFixed(1)} ms total, ${Number(d.perRoundMs).toFixed(2)} ms per round (first run of a new seed: ${Number(d.newSeedMs).toFixed(1)} ms) — target 50 ms: ${verdict(totalMs <= 50)}`,
  );
  const s = Number(l.seconds);
  const m = Number(l.peakMiB);
  console.log(
    `10,000 firms, 200 rounds: ${s.toFixed(2)} s, peak memory ${m.toFixed(0)} MiB (process RSS) — targets 5 s: ${verdict(s <= 5)}; 1024 MiB: ${verdict(m <= 1024)}`,
  );
  console.log(
    `ratios to the baseline (compare these between runs on a busy machine): default world ${(totalMs / base).toFixed(2)}, large world ${((s * 1000) / base).toFixed(1)}`,
  );
}
