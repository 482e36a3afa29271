import { describe, expect, it } from 'vitest';
import { runFingerprint } from '../../src/app/runFingerprint.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { reportScenario } from '../../src/model/report.ts';
import { runScenario } from '../../src/model/run.ts';

describe('runFingerprint', () => {
  it('gives a main line the CLI’s fingerprint for the same scenario', () => {
    const scenario = presetScenario('micron-2023');
    const run = runScenario(scenario);
    expect(runFingerprint(run, scenario, [])).toBe(reportScenario(scenario).fingerprint);
  });

  it('gives a branch its own fingerprint, even where its change makes no difference to the numbers', () => {
    const scenario = presetScenario('micron-2023');
    const renamed = { ...scenario, name: 'Same run, other name' };
    const schedule = [{ fromRound: 6, scenario: renamed }];
    const main = runFingerprint(runScenario(scenario), scenario, []);
    const branch = runFingerprint(runScenario(scenario, undefined, schedule), scenario, schedule);
    expect(branch).toMatch(/^[0-9a-f]{16}$/);
    expect(branch).not.toBe(main);
  });

  it('covers the tournament’s ranking for the tournament preset', () => {
    const scenario = { ...presetScenario('tournament'), rounds: 6 };
    expect(runFingerprint(runScenario(scenario), scenario, [])).toBe(reportScenario(scenario).fingerprint);
  });
});
