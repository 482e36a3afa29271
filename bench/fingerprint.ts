// The fingerprint of a finished run, as the app's worker makes it after the last round (issue 9 part 4: at most 1 s
// after a 10,000-firm, 200-round run), measured against a baseline timed in the same process: the same version-1
// fingerprint made the way it was before the columns, from every round's point with every firm as objects
// (reportOfRun). Also version 2 of a run made whole (fingerprintV2Of), and the one the app shows (shownFingerprint:
// version 2 past 200,000 firm-rounds). The machine is shared, so the load is printed and the ratio is the figure to read.
//   npx tsx bench/fingerprint.ts [--firms 10000] [--rounds 20]

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { presetScenario } from '../src/model/presets.ts';
import { reportOfRun } from '../src/model/report.ts';
import { fingerprintV2Of } from '../src/model/reportStream.ts';
import { runScenario } from '../src/model/run.ts';
import { parseScenario } from '../src/model/scenario.ts';
import { twinOf } from '../src/model/twin.ts';
import { runFingerprint, shownFingerprint } from '../src/sim/branchReport.ts';

const { values } = parseArgs({
  options: { firms: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '20' } },
});
const scenario = parseScenario({
  ...presetScenario('micron-2023'),
  firms: Number(values.firms),
  rounds: Number(values.rounds),
});
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const time = <T>(f: () => T): [T, number] => {
  const began = performance.now();
  const value = f();
  return [value, performance.now() - began];
};

console.log(`${scenario.firms} firms x ${scenario.rounds} rounds; load at start ${load()} (1, 5, 15 min)`);
const [run, made] = time(() => runScenario(scenario));
const [twin, twinMade] = time(() => twinOf(run));
console.log(`run ${(made / 1000).toFixed(1)} s, twin ${(twinMade / 1000).toFixed(1)} s`);
const [v1, columns] = time(() => runFingerprint(run, scenario, [], twin));
const [whole, objects] = time(() => reportOfRun(run, undefined, twin).fingerprint);
const [v2, bits] = time(() => fingerprintV2Of(run, twin));
const [shown, shownMs] = time(() => shownFingerprint(run, scenario, [], twin));
if (v1 !== whole) throw new Error(`the fingerprints differ: ${v1} and ${whole}`);
const perRound = (ms: number) => `${(ms / run.records.length).toFixed(1)} ms a round`;
console.log(
  [
    `version 1 from columns (runFingerprint): ${columns.toFixed(0)} ms, ${perRound(columns)}, ${v1}`,
    `version 1 from objects (reportOfRun, the baseline): ${objects.toFixed(0)} ms, ${perRound(objects)}`,
    `ratio ${(columns / objects).toFixed(2)}`,
    `version 2 of the run made whole (fingerprintV2Of): ${bits.toFixed(0)} ms, ${perRound(bits)}, ${v2}`,
    `what the app shows after the run (shownFingerprint, version ${shown.fingerprintVersion}): ${shownMs.toFixed(0)} ms (issue 9 target: 1,000 ms at 10,000 x 200)`,
    `load at end ${load()}`,
  ].join('\n'),
);
