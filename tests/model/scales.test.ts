// The three scale parameters multiply what the timeline and the states set (subsidy rates, mandate strengths, CII
// shares), so the sensitivity view can vary them; each must move what it scales, and 1 must change nothing.

import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { advance, runScenario, startRun } from '../../src/model/run.ts';
import { parseScenario, type Scenario } from '../../src/model/scenario.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import { ciiShareOf, stateIndex } from '../../src/model/world.ts';

function scenario(
  preset: 'two-blocs' | 'micron-2023',
  params: Record<string, number>,
  rounds = 10,
): Scenario {
  const base = presetScenario(preset);
  return parseScenario({ ...base, firms: 100, rounds, params: { ...base.params, ...params } });
}

/** Subsidies the USA and China pay over the run. */
function subsidiesPaid(s: Scenario): number {
  const run = startRun(s);
  let paid = 0;
  while (run.world.round < s.rounds) {
    advance(run);
    paid += run.world.subsidyCost[0]! + run.world.subsidyCost[1]!;
  }
  return paid;
}

describe('scale parameters', () => {
  it('subsidyScale: none paid at 0, more paid at 2 than at 1', () => {
    const at = (x: number) => subsidiesPaid(scenario('two-blocs', { subsidyScale: x }));
    const one = at(1);
    expect(one).toBeGreaterThan(0);
    expect(at(0)).toBe(0);
    expect(at(2)).toBeGreaterThan(one * 1.3);
  });

  it('mandateScale: the stacks split less without the mandates’ pull', () => {
    const divergence = (x: number) =>
      runScenario(scenario('two-blocs', { mandateScale: x }, 20)).records.at(-1)!.standardsDivergence;
    expect(divergence(0)).toBeLessThan(divergence(1) - 0.1);
  });

  it('ciiShareScale: a CII ban reaches more of China’s demand, at most all of it', () => {
    const run = startRun(scenario('micron-2023', { ciiShareScale: 0.5 }, 1));
    const china = run.world.base.states.CHN.ciiShare;
    expect(ciiShareOf(run.world.base, 'CHN')).toBeCloseTo(Math.min(1, china * 0.5), 12);
    const full = startRun(scenario('micron-2023', { ciiShareScale: 3 }, 1));
    expect(ciiShareOf(full.world.base, 'CHN')).toBe(1);
    const revenue = (x: number) => {
      const r = runScenario(scenario('micron-2023', { ciiShareScale: x }, 6));
      const i = r.firms.findIndex((f) => f.id === 'micron');
      return r.records.at(-1)!.firmRevenue[i * STATE_CODES.length + stateIndex.CHN]!;
    };
    expect(revenue(0.5)).toBeGreaterThan(revenue(1));
  });
});
