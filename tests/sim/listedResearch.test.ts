// The size of a listed firm's own research, as docs/model.md ("A listed firm's own research") states it for
// micron-2023 over 20 seeds (tests/sim/probeListedResearch.ts), checked here on the first three of them.
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';

const SEEDS = [1000, 1000 + 7919, 1000 + 2 * 7919];

function played(seed: number, listedResearch: number) {
  const scenario = presetScenario('micron-2023');
  scenario.seed = seed;
  scenario.params = { ...scenario.params, listedResearch };
  const run = runScenario(scenario);
  const j = run.world.base.firmIndex.get('ymtc')!;
  const last = run.records.length - 1;
  return {
    run,
    research: run.world.research[j]!,
    need: run.world.tech[j]!,
    cnCost: run.records[last]!.supplyChainCost.CHN,
  };
}

describe('a listed firm’s own research in micron-2023 (YMTC, listed from Q4 2022, 12 quarters)', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: at 0.6 YMTC makes about a fifth of a node more, needs the same, and China’s cost hardly moves`, () => {
      const off = played(seed, 0);
      const on = played(seed, 0.6);
      expect(off.research).toBe(0);
      // 0.019 over 20 seeds: a fifth of a node on the model's scale (0.1 a node)
      expect(on.research).toBeGreaterThan(0.015);
      expect(on.research).toBeLessThan(0.025);
      // what it needs is its catch-up alone, which moves only through its output
      expect(Math.abs(on.need - off.need)).toBeLessThan(0.001);
      // the buyers that pay a gap to YMTC are abroad: China's cost index moves by less than 0.01 points
      expect(Math.abs(on.cnCost - off.cnCost)).toBeLessThan(0.01);
      // the twin lists no firm, so it does no research
      expect(twinOf(on.run).world.research.every((r) => r === 0)).toBe(true);
    });
  }
});
