import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';
import { migrateScenario, migrateWorkspace } from '../../../src/sim/files/migrate.ts';
import { checkScenario, parseScenarioFile, parseWorkspace } from '../../../src/sim/files/validate.ts';
import { deepFreeze } from '../arbitraries.ts';
import { formatZero as oldScenario } from './corpus.ts';

const formatZero = () => deepFreeze(oldScenario());

describe('migrating older formats', () => {
  it('a format-0 scenario becomes a current one: name from title, strategies folded into the states', () => {
    const old = formatZero();
    const before = structuredClone(old);
    const migrated = migrateScenario(old);
    expect(migrated).toEqual({
      ok: true,
      migrated: true,
      value: {
        version: 1,
        name: 'Old tariff war',
        seed: 11,
        rounds: 8,
        firms: 200,
        // a strategy given with the state's own settings wins over the old map
        states: {
          USA: { strategy: 'titForTat' },
          CHN: { alignment: -0.9, strategy: 'passive' },
          EU: { ciiShare: 0.2 },
        },
        timeline: old.timeline,
      },
    });
    expect(old).toEqual(before);
  });

  it('a format-0 scenario file opens with a notice that it was updated', () => {
    const read = parseScenarioFile(JSON.stringify(formatZero()));
    if (!read.ok) throw new Error(read.message);
    expect(read.notice).toBe(
      'This file was saved by an older version of Decoupling Lab and has been updated to the current format.',
    );
    expect(read.scenario.states.USA).toEqual({ strategy: 'titForTat' });
    expect(read.scenario.name).toBe('Old tariff war');
  });

  it('a format-0 strategy map naming a state that does not exist is reported at that state', () => {
    const old = { ...formatZero(), strategies: { XYZ: 'passive' } };
    const checked = checkScenario(old);
    expect(checked).toEqual({
      ok: false,
      problem: 'invalid',
      detail: 'field states.XYZ: no such field in a scenario',
    });
  });

  it('a bare scenario (a format-0 workspace) becomes a workspace with it as the main line', () => {
    const scenario = presetScenario('detente');
    const checked = parseWorkspace(deepFreeze(structuredClone(scenario)));
    expect(checked).toEqual({
      ok: true,
      value: newWorkspace(scenario),
      notice: 'was saved by an older version of Decoupling Lab and has been updated to the current format.',
    });
  });

  it('a current workspace whose branch holds a format-0 scenario has that branch migrated', () => {
    const ws = newWorkspace(presetScenario('open-world'));
    const old = deepFreeze({ ...ws, branches: [{ ...ws.branches[0], scenario: formatZero() }] });
    const migrated = migrateWorkspace(old);
    expect(migrated.ok && migrated.migrated).toBe(true);
    const checked = parseWorkspace(old);
    expect(checked.ok && checked.value.branches[0].scenario.name).toBe('Old tariff war');
  });

  it('the current format passes through unchanged and is not reported as migrated', () => {
    const ws = deepFreeze(newWorkspace(presetScenario('micron-2023')));
    expect(migrateWorkspace(ws)).toEqual({ ok: true, value: ws, migrated: false });
    expect(migrateScenario(ws.branches[0].scenario)).toEqual({
      ok: true,
      value: ws.branches[0].scenario,
      migrated: false,
    });
  });

  it('newer scenario and workspace formats are refused, naming both formats', () => {
    const scenario = { ...presetScenario('open-world'), version: 5 };
    expect(migrateScenario(scenario)).toEqual({
      ok: false,
      message:
        'was made by a newer version of Decoupling Lab (scenario format 5; this version reads formats up to 1). Open it in the newer version of the app.',
    });
    const ws = newWorkspace(presetScenario('open-world'));
    expect(migrateWorkspace({ ...ws, branches: [{ ...ws.branches[0], scenario }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('made by a newer version of Decoupling Lab (scenario format 5'),
    });
  });

  it('data that is not an object, or whose version is not a format number, is left for the schema to describe', () => {
    for (const raw of [null, 3, 'text', [1, 2], { version: 'one' }, { version: -1 }]) {
      expect(migrateScenario(raw)).toEqual({ ok: true, value: raw, migrated: false });
    }
  });
});
