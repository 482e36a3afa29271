import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import { atSeed, playSeed } from '../../src/sim/ensemble.ts';
import { bitCases, bitsOf } from './bits.ts';

/** Hashes of the same plays by the engine as it stood when its numbers last changed on purpose (idle pricing, uncapped
 * markup with partial price adjustment, controls as quotas: December 2026), made by the same bitsOf
 * (tests/sim/writeBits.ts writes them). */
const stored: Record<string, { engine: string; seed: string }> = JSON.parse(
  readFileSync(new URL('./bits.json', import.meta.url), 'utf8'),
);

describe('the engine and the ensembles keep every bit of what they played before they were made faster', () => {
  for (const c of bitCases()) {
    it(`${c.name}: every round record of the run and of its twin, and the seed task's series`, () => {
      const { root, schedule } = atSeed(c.root, c.schedule, c.seed);
      const run = runScenario(root, undefined, schedule);
      const twin = twinOf(run);
      const task = { root: c.root, schedule: c.schedule, seed: c.seed };
      expect(stored[c.name], `no stored hash for ${c.name}`).toBeDefined();
      expect(bitsOf({ run: run.records, twin: twin.records }), 'run and twin records').toBe(
        stored[c.name]!.engine,
      );
      expect(
        bitsOf([playSeed({ ...task, firms: false }), playSeed({ ...task, finalOnly: true })]),
        'playSeed series',
      ).toBe(stored[c.name]!.seed);
    });
  }

  it('the hash sees the last bit and the sign of zero', () => {
    expect(bitsOf([1])).not.toBe(bitsOf([1 + Number.EPSILON]));
    expect(bitsOf([0])).not.toBe(bitsOf([-0]));
    expect(bitsOf(new Float64Array([1, 2]))).not.toBe(bitsOf(new Float64Array([2, 1])));
    expect(bitsOf({ a: 1, b: 2 })).toBe(bitsOf({ b: 2, a: 1 }));
  });
});
