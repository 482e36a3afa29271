// The rulebook's claim for partial price adjustment ("Why prices adjust part of the way"): with priceAdjustment at 1
// and buyers switching within a quarter (switchingTime 1) the two-blocs world runs a cobweb cycle, China's cost turning
// every quarter; either damping alone, prices moving half way (the default) or buyers taking the default switching
// time, makes it turn at most half as often (0 to 2 of 28 quarters over these seeds).
// Checked over seeds, as every claim about a run is.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';

const SEEDS = [1000, 8919, 16838, 24757];

/** How many times China's cost index changes direction from round 12 (after the fence is up) to the end. */
function turns(seed: number, priceAdjustment: number, switchingTime: number): number {
  const s = presetScenario('two-blocs');
  s.seed = seed;
  s.params = { ...s.params, priceAdjustment, switchingTime };
  const cost = runScenario(s).records.map((r) => r.supplyChainCost.CHN);
  let n = 0;
  for (let t = 12; t < cost.length - 1; t++)
    if ((cost[t]! - cost[t - 1]!) * (cost[t + 1]! - cost[t]!) < 0) n++;
  return n;
}

describe('partial price adjustment damps the cobweb', () => {
  it('at full price adjustment with buyers switching within a quarter China’s cost turns in at least 20 of 28 quarters in every seed; with prices at the default, or buyers at the default switching time, in at most half as many', () => {
    for (const seed of SEEDS) {
      const full = turns(seed, 1, 1);
      const partialPrices = turns(seed, DEFAULT_PARAMS.priceAdjustment, 1);
      const slowBuyers = turns(seed, 1, DEFAULT_PARAMS.switchingTime);
      expect(full, `seed ${seed}`).toBeGreaterThanOrEqual(20);
      expect(partialPrices, `seed ${seed}`).toBeLessThanOrEqual(full / 2);
      expect(slowBuyers, `seed ${seed}`).toBeLessThanOrEqual(full / 2);
    }
  });
});
