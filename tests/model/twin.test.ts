import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { advance, rebase, runScenario, startRun } from '../../src/model/run.ts';
import { startTwin, twinOf, twinScenario, welfareOf } from '../../src/model/twin.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import { expectUnchanged, scenario, tariff } from './helpers.ts';

describe('the no-measures twin', () => {
  it('keeps the world, seed, size, parameters and noise, and drops the timeline and every strategy', () => {
    const s = presetScenario('tit-for-tat-escalation');
    const twin = twinScenario(s);
    expect(twin.seed).toBe(s.seed);
    expect(twin.firms).toBe(s.firms);
    expect(twin.params).toEqual(s.params);
    expect(twin.noise).toBe(s.noise);
    expect(twin.timeline).toEqual([]);
    for (const c of STATE_CODES) expect(twin.states[c]?.strategy).toBe('passive');
  });

  it("gives a twin's base and a rebased base the run's hidden class in V8 (world.ts baseOf), which spreading does not", () => {
    const out = execFileSync(
      process.execPath,
      [
        '--allow-natives-syntax',
        '--import',
        'tsx',
        fileURLToPath(new URL('./baseShape.ts', import.meta.url)),
      ],
      { encoding: 'utf8' },
    );
    // the last check shows the test can tell: a base made by spreading has a class of its own
    expect(JSON.parse(out)).toEqual({ otherSeed: true, twin: true, rebased: true, plainSpread: false });
  });

  it('a rebase keeps every field of the base and takes the new parameters', () => {
    const run = startRun(presetScenario('micron-2023'));
    const keys = Object.keys(run.world.base);
    advance(run);
    rebase(run, { ...presetScenario('micron-2023'), params: { incumbency: 0.5 } });
    expect(Object.keys(run.world.base)).toEqual(keys);
    expect(run.world.base.params.incumbency).toBe(0.5);
  });

  it('imposes nothing in any round, and matches the run until its first measure', () => {
    const run = runScenario(presetScenario('tit-for-tat-escalation'));
    const twin = twinOf(run);
    expect(twin.records).toHaveLength(run.records.length);
    for (const r of twin.records) expect(r.activeMeasures).toBe(0);
    // The opening control comes in round 2: rounds 0 and 1 are the same world with the same draws.
    for (const t of [0, 1]) expect(twin.records[t].supplyChainCost).toEqual(run.records[t].supplyChainCost);
  });

  it('welfare is 0 for every state and round when the run imposes nothing', () => {
    const run = runScenario(scenario({ rounds: 6 }));
    for (const w of welfareOf(run, twinOf(run))) for (const c of STATE_CODES) expect(w[c]).toBe(0);
  });

  it('a tariff with its revenue handed back costs the taxed state welfare, never gains it', () => {
    const run = runScenario(
      scenario({ rounds: 6, timeline: [{ round: 1, action: 'impose', measure: tariff('USA', 'CHN', 0.5) }] }),
    );
    const w = welfareOf(run, twinOf(run));
    expect(w[6].CHN).toBeLessThan(0);
  });

  it("started beside its run at round 0, takes the run's world without sharing what a round changes, and plays as one built afresh", () => {
    const run = startRun({ ...presetScenario('micron-2023'), firms: 100, rounds: 6 });
    const twin = startTwin(run);
    expect(twin.world.base.linkBase).toBe(run.world.base.linkBase);
    expect(twin.world.linkShare).not.toBe(run.world.linkShare);
    expect(twin.world.memory).not.toBe(run.world.memory);
    expect(twin.world.base.states.CHN.strategy).toBe('passive');
    expect(run.world.base.states.CHN.strategy).toBe('scripted');
    while (run.world.round < 6) {
      advance(run);
      advance(twin);
    }
    expect(twin.records).toEqual(twinOf(run).records);
    expect(run.records).toEqual(runScenario(run.root).records);
  });

  it('does not modify the scenario it twins', () => {
    const s = presetScenario('micron-2023');
    expectUnchanged([s], () => twinScenario(s));
  });
});
