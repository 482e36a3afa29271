// Fingerprint version 2 (model/reportStream.ts): hashed as a run's rounds are made, from each round's point and
// events and its rounded columns' bits. Each preset's is pinned, as the golden files pin version 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportOfRun } from '../../src/model/report.ts';
import { fingerprintV2Of, ReportStream } from '../../src/model/reportStream.ts';
import { runScenario, startRun, type ScheduledScenario } from '../../src/model/run.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { twinOf } from '../../src/model/twin.ts';

/**
 * Every preset's version-2 fingerprint at its own seed, in tests/golden/fingerprint-v2.json. A change to the model
 * moves them as it moves the golden files: regenerate both in the same commit, with the reason:
 *   UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts tests/model/fingerprintV2.test.ts
 */
const PINS_FILE = new URL('../golden/fingerprint-v2.json', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';
const PINNED: Record<string, string> = JSON.parse(readFileSync(PINS_FILE, 'utf8'));
const made: Record<string, string> = {};
afterAll(() => {
  if (update) writeFileSync(PINS_FILE, `${JSON.stringify(made, null, 1)}\n`);
});

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
      made[id] = v2;
      if (!update)
        expect(v2, `${id}: regenerate with UPDATE_GOLDEN=1 after a change to the model`).toBe(PINNED[id]);
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
