// npm run bench: speed and memory of the engine on this machine, printed as figures (targets are checked by eye and
// in the closing notes, never in timed tests).
//   default world (400 firms), 40 rounds: ms per round and total (target: total at most 50 ms)
//   10,000 firms, 200 rounds: seconds and peak memory (targets: at most 5 s and 1 GiB)
//   both: the engine's time per supplier link and round beside a plain typed-array kernel of the sourcing step on
//   the same world, and their ratio (aim: at most 3)
//   one seed task of an ensemble (bench/seeds.ts: the default preset's run and its twin, 12 rounds, bundled as the
//   app's worker is): ms per task, and what 1,000 seeds would take on this machine's cores at that pace (the
//   browser's own figure, from the click to the bands, is bench/browser.ts's)
// Each case runs in a fresh child process so that peak memory is its own; the default world is timed after two
// warm-up runs, as the app's worker is warm after its first run.

import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../src/model/scenario.ts';
import { presetScenario } from '../src/model/presets.ts';
import { runScenario, startRun } from '../src/model/run.ts';
import type { WorldBase } from '../src/model/world.ts';
import { baselineMs } from './baseline.ts';

const MiB = 1024 * 1024;

/**
 * CPU time this process has used, in ms (user and system): beside the wall clock, the engine's own work without the
 * time it waited for a core, which on a machine shared with other work is most of the difference between two runs.
 */
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

function sample(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

/**
 * The floor for the engine: the sourcing step alone (incumbency-weighted CES targets from a per-supplier pull, shares
 * moved 1/lag toward them, renormalised) as one plain loop over the same world's typed arrays, in nanoseconds per
 * supplier link and round. The engine does this and everything else a round does (production, costs, standards,
 * metrics, narration); its time per link over this one's is the ratio the issue aims to keep at 3 or below.
 */
function kernelNsPerLink(base: WorldBase, rounds: number): number {
  const { slotNode, slotStart, slotLen, slotSector, linkSupplier, linkBase, linkShare0, sectorLag } = base;
  const S = slotNode.length;
  const L = linkSupplier.length;
  const share = linkShare0.slice();
  const pull = new Float64Array(base.nFirms).fill(1);
  const target = new Float64Array(L);
  const incumbency = base.params.incumbency;
  const times: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < pull.length; j++) pull[j] = 1 + ((j + r) % 5) * 0.01;
      for (let s = 0; s < S; s++) {
        const start = slotStart[s]!;
        const end = start + slotLen[s]!;
        const lag = sectorLag[slotSector[s]!]!;
        let sum = 0;
        for (let l = start; l < end; l++) {
          const a =
            ((linkBase[l]! * (1 + incumbency * share[l]!)) / (1 + incumbency * linkShare0[l]!)) *
            pull[linkSupplier[l]!]!;
          target[l] = a;
          sum += a;
        }
        let total = 0;
        for (let l = start; l < end; l++) {
          const w = share[l]! + (target[l]! / sum - share[l]!) / lag;
          share[l] = w > 0 ? w : 0;
          total += share[l]!;
        }
        for (let l = start; l < end; l++) share[l] = share[l]! / total;
      }
    }
    times.push(performance.now() - t0);
  }
  return (times.sort((x, y) => x - y)[2]! * 1e6) / (rounds * L);
}

function caseDefault(): void {
  const scenario = parseScenario({ ...presetScenario('micron-2023'), rounds: 40 });
  const links = startRun(scenario).world.base.linkSupplier.length;
  const kernelNs = kernelNsPerLink(startRun(scenario).world.base, 40);
  runScenario(scenario);
  runScenario(scenario);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    runScenario(scenario);
    cpu.push(cpuMs() - c0);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
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
      cpuMs: cpu[2],
      perRoundMs: median / 40,
      newSeedMs: cold,
      links,
      engineNsPerLink: (median * 1e6) / (40 * links),
      kernelNsPerLink: kernelNs,
    }),
  );
}

function caseBaseline(): void {
  console.log(JSON.stringify({ case: 'baseline', ms: baselineMs() }));
}

function caseLarge(): void {
  const scenario = parseScenario({ ...presetScenario('micron-2023'), rounds: 200, firms: 10000 });
  const peak = sample();
  const t0 = performance.now();
  const c0 = cpuMs();
  const run = runScenario(scenario);
  const cpuSeconds = (cpuMs() - c0) / 1000;
  const seconds = (performance.now() - t0) / 1000;
  const links = run.world.base.linkSupplier.length;
  const kernelNs = kernelNsPerLink(run.world.base, 20);
  console.log(
    JSON.stringify({
      case: 'large',
      firms: 10000,
      rounds: 200,
      seconds,
      cpuSeconds,
      peakMiB: peak() / MiB,
      links,
      engineNsPerLink: (seconds * 1e9) / (200 * links),
      kernelNsPerLink: kernelNs,
    }),
  );
}

/** bench/seeds.ts bundled for Node (Vite's SSR build: one module, no getters between modules), then run alone. */
async function caseSeeds(): Promise<Record<string, number | string>> {
  const outDir = fileURLToPath(new URL('../node_modules/.cache/bench', import.meta.url));
  // imported here, not at the top: the child processes' peak memory must not carry Vite
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: fileURLToPath(new URL('./seeds.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'seeds.mjs' } },
    },
  });
  const out = execFileSync(process.execPath, [`${outDir}/seeds.mjs`], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
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
  const seeds = await caseSeeds();
  const b1 = Number(child('baseline').ms);
  const base = (b0 + b1) / 2;
  const verdict = (ok: boolean) => (ok ? 'within target' : 'MISSES target');
  const totalMs = Number(d.totalMs);
  console.log('Decoupling Lab engine benchmark (micron-2023 timeline)');
  console.log(
    `machine load (1, 5, 15 min) at start: ${load}; baseline (fixed typed-array arithmetic, timed before and after): ${b0.toFixed(1)} ms and ${b1.toFixed(1)} ms`,
  );
  console.log(
    `default world, ${d.firms} firms, 40 rounds: ${totalMs.toFixed(1)} ms total (CPU ${Number(d.cpuMs).toFixed(1)} ms), ${Number(d.perRoundMs).toFixed(2)} ms per round (first run of a new seed: ${Number(d.newSeedMs).toFixed(1)} ms) — target 50 ms: ${verdict(totalMs <= 50)}`,
  );
  const s = Number(l.seconds);
  const m = Number(l.peakMiB);
  console.log(
    `10,000 firms, 200 rounds: ${s.toFixed(2)} s (CPU ${Number(l.cpuSeconds).toFixed(2)} s), peak memory ${m.toFixed(0)} MiB (process RSS) — targets 5 s: ${verdict(s <= 5)}; 1024 MiB: ${verdict(m <= 1024)}`,
  );
  console.log(
    `ratios to the baseline (compare these between runs on a busy machine): default world ${(totalMs / base).toFixed(2)}, large world ${((s * 1000) / base).toFixed(1)}`,
  );
  const perTask = Number(seeds.meanMs);
  const cores = cpus().length;
  console.log(
    `one seed task of the default preset (run and twin, 12 rounds; ${seeds.tasks} tasks, bundled): ${perTask.toFixed(1)} ms mean (CPU ${Number(seeds.cpuMeanMs).toFixed(1)} ms), ${Number(seeds.medianMs).toFixed(1)} ms median, ${Number(seeds.fastestMs).toFixed(1)} ms fastest; 1,000 seeds at this pace on ${cores} cores: ${((1000 * perTask) / cores / 1000).toFixed(1)} s (issue 8 target in the browser: 10 s); ratio to the baseline ${(perTask / base).toFixed(2)}`,
  );
  for (const [name, c] of [
    ['default world', d],
    ['large world', l],
  ] as const) {
    const engine = Number(c.engineNsPerLink);
    const kernel = Number(c.kernelNsPerLink);
    console.log(
      `${name}, ${c.links} supplier links: engine ${engine.toFixed(1)} ns per link and round, sourcing kernel on the same world ${kernel.toFixed(1)} ns — ratio ${(engine / kernel).toFixed(1)} (aim: at most 3)`,
    );
  }
}
