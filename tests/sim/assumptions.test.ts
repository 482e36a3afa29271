// Assumptions drawn with the seeds (sim/assumptions.ts): each seed draws the assumed parameters the rulebook bounds,
// within their ranges, the same in every branch; the scenario's own choices are kept; and the bands then span the
// assumptions as well as the seeds.

import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { assumptionsAt, DRAWN_PARAMS, withAssumptions } from '../../src/sim/assumptions.ts';
import { BAND_OUTCOMES } from '../../src/sim/ensemble.ts';
import { bandTable, ensembleTasks, playEnsemble } from '../../src/sim/ensembleReport.ts';

const micron = parseScenario(presetScenario('micron-2023'));

describe('assumptions drawn with the seeds', () => {
  it('draws only assumptions with a range the rulebook bounds, within it and on the parameter’s step', () => {
    expect(DRAWN_PARAMS.length).toBeGreaterThanOrEqual(5);
    for (const spec of DRAWN_PARAMS) {
      expect(spec.basis, spec.key).toBe('assumption');
      expect(PARAM_SPECS.find((s) => s.key === spec.key)?.tornado).toEqual(spec.tornado);
    }
    expect(DRAWN_PARAMS.map((s) => s.key)).not.toContain('demandGrowth'); // sourced, with a range
    for (let seed = 0; seed < 200; seed++) {
      const drawn = assumptionsAt(seed);
      expect(Object.keys(drawn).sort()).toEqual(DRAWN_PARAMS.map((s) => s.key).sort());
      for (const spec of DRAWN_PARAMS) {
        const v = drawn[spec.key]!;
        expect(v, spec.key).toBeGreaterThanOrEqual(spec.tornado.low);
        expect(v, spec.key).toBeLessThanOrEqual(spec.tornado.high);
        const steps = (v - spec.tornado.low) / spec.step;
        expect(Math.abs(steps - Math.round(steps)), `${spec.key} ${v} on its step`).toBeLessThan(1e-6);
      }
    }
  });

  it('draws the same values for the same seed, other values for other seeds, covering each range', () => {
    expect(assumptionsAt(2023)).toEqual(assumptionsAt(2023));
    const values = Array.from({ length: 200 }, (_, seed) => assumptionsAt(seed));
    for (const spec of DRAWN_PARAMS) {
      const seen = values.map((d) => d[spec.key]!);
      const span = spec.tornado.high - spec.tornado.low;
      expect(Math.min(...seen), spec.key).toBeLessThan(spec.tornado.low + span * 0.1);
      expect(Math.max(...seen), spec.key).toBeGreaterThan(spec.tornado.high - span * 0.1 - spec.step);
    }
  });

  it('keeps what the scenario sets away from the default, and a branch’s own change; a branch takes the root’s draw', () => {
    const root = parseScenario({ ...presetScenario('micron-2023'), params: { techGapCost: 2.2 } });
    const branch = { ...root, params: { ...root.params, shortagePremium: 0.9 } };
    const { root: r, schedule } = withAssumptions(root, [{ fromRound: 3, scenario: branch }], 7);
    const drawn = assumptionsAt(7);
    expect(r.params.techGapCost).toBe(2.2);
    expect(r.params.shortagePremium).toBe(drawn.shortagePremium);
    expect(r.params.switchingTime).toBe(drawn.switchingTime);
    expect(schedule[0].scenario.params.shortagePremium).toBe(0.9);
    expect(schedule[0].scenario.params.techGapCost).toBe(2.2);
    expect(schedule[0].scenario.params.switchingTime).toBe(drawn.switchingTime);
    // the input is not changed
    expect(root.params.shortagePremium).toBeUndefined();
  });

  it('gives each task of an ensemble its seed’s draws, and none without being asked', () => {
    const plain = ensembleTasks(micron, [], 3);
    const drawn = ensembleTasks(micron, [], 3, { assumptions: true });
    expect(plain.map((t) => t.root)).toEqual([micron, micron, micron]);
    drawn.forEach((t, k) => {
      expect(t.seed).toBe(plain[k].seed);
      for (const spec of DRAWN_PARAMS) expect(t.root.params[spec.key]).toBe(assumptionsAt(t.seed)[spec.key]);
    });
  });

  it('widens the bands: the middle 90% of China’s cost effect at the end spans more with the assumptions drawn', () => {
    const small = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 8 });
    const width = (assumptions: boolean) => {
      const all = playEnsemble({ scenario: small }, 20, undefined, { assumptions });
      const last = bandTable(all, BAND_OUTCOMES)['cost.CHN'].effect.at(-1)!;
      return last.p95 - last.p5;
    };
    const seedsOnly = width(false);
    const both = width(true);
    expect(seedsOnly).toBeGreaterThan(0);
    expect(both).toBeGreaterThan(1.5 * seedsOnly);
  });
});
