// The largest run's export, measured (issue 12 item 6): the worker's export request (src/sim/simulator.ts, the code
// the app's worker runs) for a world of 20,000 firms over 400 rounds, in Node, printed as figures: time to the first
// chunk (the run, its twin, the report and its fingerprint), time to the last, the text's length, and peak memory
// (the process's maximum resident set, and the heap and array buffers sampled between chunks). Not a test: it takes
// minutes. The machine's load is printed beside the figures, since the machine is shared.
//   npx tsx bench/exportLarge.ts [--firms 20000] [--rounds 400] [--format json|csv] [--preset micron-2023]
//                                [--firm-detail named|all]   (which firms the JSON details; named by default)

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { presetScenario, type PresetId } from '../src/model/presets.ts';
import { parseScenario } from '../src/model/scenario.ts';
import { createSimulator } from '../src/sim/simulator.ts';
import type { FromWorker } from '../src/sim/protocol.ts';
import { newWorkspace } from '../src/sim/workspace.ts';

const { values } = parseArgs({
  options: {
    firms: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '400' },
    format: { type: 'string', default: 'json' },
    preset: { type: 'string', default: 'micron-2023' },
    'firm-detail': { type: 'string', default: 'named' },
  },
});
const format = values.format === 'csv' ? 'csv' : 'json';
const firmDetail = values['firm-detail'] === 'all' ? 'all' : 'named';
const scenario = parseScenario({
  ...presetScenario(values.preset as PresetId),
  firms: Number(values.firms),
  rounds: Number(values.rounds),
});
const workspace = newWorkspace(scenario);

const MiB = 1024 * 1024;
const peak = { heapUsed: 0, arrayBuffers: 0, rss: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
  peak.rss = Math.max(peak.rss, m.rss);
};
const timer = setInterval(sample, 200);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `${scenario.firms} firms x ${scenario.rounds} rounds, ${format} (${firmDetail} firms); load at start ${load()} (1, 5, 15 min)`,
);
const began = performance.now();
let firstChunk: number | null = null;
let chars = 0;
let chunks = 0;
let maxChunk = 0;
let last: FromWorker | null = null;
// the text itself is dropped as it comes: the app turns each chunk into a part of the file (WorkBar.svelte)
const sim = createSimulator({
  post: (msg) => {
    sample();
    if (msg.type === 'exportChunk') {
      firstChunk ??= performance.now();
      chars += msg.text.length;
      chunks++;
      maxChunk = Math.max(maxChunk, msg.text.length);
    } else last = msg;
  },
});
sim.receive({ type: 'export', job: 1, workspace, branchId: 'main', format, firmDetail });
await sim.idle();
clearInterval(timer);
sample();
const ended = performance.now();
const done = last as FromWorker | null;
if (done?.type !== 'exported') {
  console.log('failed:', done);
  process.exitCode = 1;
}
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  [
    `first chunk after ${s((firstChunk ?? ended) - began)} (run, twin, report and fingerprint)`,
    `last chunk after ${s(ended - began)}`,
    `${chars.toLocaleString('en')} characters in ${chunks} chunks (largest ${maxChunk.toLocaleString('en')})`,
    `fingerprint ${done?.type === 'exported' ? done.fingerprint : '-'}`,
    `peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; sampled between chunks: heap ${(peak.heapUsed / MiB).toFixed(0)} MiB, array buffers ${(peak.arrayBuffers / MiB).toFixed(0)} MiB`,
    `load at end ${load()}`,
  ].join('\n'),
);
