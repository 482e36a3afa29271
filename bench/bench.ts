// npm run bench: speed and memory of the engine on this machine, printed as figures (targets are checked by eye and
// in the closing notes, never in timed tests).
//   default world (400 firms), 40 rounds: ms per round and total (target: total at most 50 ms)
//   10,000 firms, 200 rounds: seconds and peak memory (targets: at most 5 s and 1 GiB)
// Each case runs in a fresh child process so that peak memory is its own; the default world is timed after two
// warm-up runs, as the app's worker is warm after its first run.

import { execFileSync } from 'node:child_process';
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
else {
  const d = child('default');
  const l = child('large');
  const verdict = (ok: boolean) => (ok ? 'within target' : 'MISSES target');
  const totalMs = Number(d.totalMs);
  console.log('Decoupling Lab engine benchmark (micron-2023 timeline)');
  console.log(
    `default world, ${d.firms} firms, 40 rounds: ${totalMs.toFixed(1)} ms total, ${Number(d.perRoundMs).toFixed(2)} ms per round (first run of a new seed: ${Number(d.newSeedMs).toFixed(1)} ms) — target 50 ms: ${verdict(totalMs <= 50)}`,
  );
  const s = Number(l.seconds);
  const m = Number(l.peakMiB);
  console.log(
    `10,000 firms, 200 rounds: ${s.toFixed(2)} s, peak memory ${m.toFixed(0)} MiB (process RSS) — targets 5 s: ${verdict(s <= 5)}; 1024 MiB: ${verdict(m <= 1024)}`,
  );
}
