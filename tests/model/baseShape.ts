// Run by twin.test.ts in a Node of its own with --allow-natives-syntax: whether a twin's base and a rebased base have
// the hidden class of the run's own base (world.ts baseOf), printed as JSON. V8's %HaveSameMap is reached through the
// Function constructor, since the natives syntax is no TypeScript.

import { presetScenario } from '../../src/model/presets.ts';
import { advance, rebase, startRun } from '../../src/model/run.ts';
import { startTwin } from '../../src/model/twin.ts';

const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
const run = startRun(presetScenario('micron-2023'));
const other = startRun({ ...presetScenario('micron-2023'), seed: 7 });
const twin = startTwin(run);
advance(run);
const before = run.world.base;
rebase(run, { ...presetScenario('micron-2023'), params: { incumbency: 0.5 } });
console.log(
  JSON.stringify({
    otherSeed: sameShape(before, other.world.base),
    twin: sameShape(before, twin.world.base),
    rebased: sameShape(before, run.world.base),
    plainSpread: sameShape(before, { ...before, states: before.states }),
  }),
);
