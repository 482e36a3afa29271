// Writes tests/sim/bits.json from the engine as it is now: run it only in the commit that changes the model's numbers
// on purpose, and say why there (`npx tsx tests/sim/writeBits.ts`).
import { writeFileSync } from 'node:fs';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import { atSeed, playSeed } from '../../src/sim/ensemble.ts';
import { bitCases, bitsOf } from './bits.ts';

const out: Record<string, { engine: string; seed: string }> = {};
for (const c of bitCases()) {
  const { root, schedule } = atSeed(c.root, c.schedule, c.seed);
  const run = runScenario(root, undefined, schedule);
  const twin = twinOf(run);
  const task = { root: c.root, schedule: c.schedule, seed: c.seed };
  out[c.name] = {
    engine: bitsOf({ run: run.records, twin: twin.records }),
    seed: bitsOf([playSeed({ ...task, firms: false }), playSeed({ ...task, finalOnly: true })]),
  };
}
writeFileSync(new URL('./bits.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
