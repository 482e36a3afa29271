import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenRun, PRESET_IDS } from './golden.ts';

const file = (id: string) => new URL(`./golden/${id}.json`, import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden runs of every preset at its fixed seed', () => {
  for (const id of PRESET_IDS) {
    it(`${id} reproduces its stored metrics, fingerprint and event text`, () => {
      const run = goldenRun(id);
      if (update) writeFileSync(file(id), `${JSON.stringify(run, null, 1)}\n`);
      expect(existsSync(file(id)), `tests/golden/${id}.json is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      const stored = JSON.parse(readFileSync(file(id), 'utf8'));
      // The fingerprint and the words first, so a failure says which kind of change it was.
      expect(run.fingerprint, `${id}: the report's fingerprint`).toBe(stored.fingerprint);
      expect(run.events, `${id}: the event text`).toEqual(stored.events);
      expect(run).toEqual(stored);
    });
  }
});
