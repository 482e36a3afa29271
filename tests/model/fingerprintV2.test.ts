// Fingerprint version 2 (model/reportStream.ts): hashed as a run's rounds are made, from each round's point and
// events and its rounded columns' bits. Each preset's is pinned here, as the golden files pin version 1.
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportOfRun } from '../../src/model/report.ts';
import { fingerprintV2Of, ReportStream } from '../../src/model/reportStream.ts';
import { runScenario, startRun, type ScheduledScenario } from '../../src/model/run.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { twinOf } from '../../src/model/twin.ts';

/** Every preset's version-2 fingerprint at its own seed (regenerate with the model, as the golden files). */
const PINNED: Record<string, string> = {
  'open-world': '6849e2767aeb299c',
  'tariff-war-2018': '6212e82347050bfd',
  'micron-2023': '463640b0cd09a02e',
  'tit-for-tat-escalation': '8fa46a4fdd1fb345',
  'small-yard': '00a0124b1615e9f1',
  'two-blocs': '783eb684dae03656',
  detente: 'dae9b4d886d12f62',
};

function streamed(scenario: Scenario, schedule: ScheduledScenario[] = []): ReportStream {
  const stream = new ReportStream(startRun(scenario, schedule), undefined, 2);
  while (stream.next());
  return stream;
}

describe('fingerprint version 2', () => {
  for (const id of PRESET_IDS.filter((p) => p !== 'tournament')) {
    it(`${id}: is pinned, is the hash of the run made whole, and is not version 1`, () => {
      const scenario = presetScenario(id);
      const v2 = streamed(scenario).fingerprint();
      expect(v2).toBe(PINNED[id]);
      const run = runScenario(scenario);
      expect(fingerprintV2Of(run, twinOf(run))).toBe(v2);
      expect(v2).not.toBe(reportOfRun(run).fingerprint);
    });
  }

  it('differs for another seed, another world size, and a branch that changes nothing after its round', () => {
    const main = { ...presetScenario('micron-2023'), rounds: 6 };
    const base = streamed(main).fingerprint();
    expect(streamed({ ...main, seed: main.seed + 1 }).fingerprint()).not.toBe(base);
    expect(streamed({ ...main, firms: 500 }).fingerprint()).not.toBe(base);
    expect(streamed(main, [{ fromRound: 4, scenario: main }]).fingerprint()).not.toBe(base);
  });

  it('keeps no round’s columns while it is hashed', () => {
    const stream = streamed({ ...presetScenario('micron-2023'), rounds: 4 });
    expect((stream as unknown as { columns: unknown[] }).columns).toHaveLength(0);
  });
});
