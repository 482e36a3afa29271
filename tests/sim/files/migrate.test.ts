import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { formatted, newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
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
    expect(checked).toMatchObject({
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
    expect(migrateScenario(scenario)).toMatchObject({
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

describe('workspace formats 1 and 2', () => {
  const plain = () => newWorkspace(presetScenario('open-world'));
  const withTeam = (): Workspace => {
    const w = plain();
    return { ...w, branches: [{ ...w.branches[0], team: { choices: [], hidden: [] } }] };
  };
  const comparing = (): Workspace => {
    const w = plain();
    const b = { ...w.branches[0], id: 'b', name: 'B', parent: 'main', fromRound: 1 };
    const c = { ...b, id: 'c', name: 'C' };
    return { ...w, branches: [w.branches[0], b, c], compare: 'b', compareAlso: ['c'] };
  };

  it('a workspace is written as format 1 unless it uses team play or several compared branches', () => {
    expect(formatted(plain()).version).toBe(1);
    expect(formatted(withTeam()).version).toBe(2);
    expect(formatted(comparing()).version).toBe(2);
    // the stamp follows the content both ways: a workspace read as format 2 that no longer needs it is written as 1
    expect(formatted({ ...plain(), version: 2 }).version).toBe(1);
    const w = plain();
    expect(formatted(w)).toBe(w);
  });

  it('reads format 2, and format 1 carrying team or compareAlso as files made before format 2 did', () => {
    for (const w of [withTeam(), comparing()]) {
      for (const version of [1, 2] as const) {
        const read = parseWorkspace(JSON.parse(JSON.stringify({ ...w, version })));
        expect(read.ok, JSON.stringify(read)).toBe(true);
        if (read.ok) expect(read.notice).toBeNull();
      }
    }
  });

  it('refuses format 3 as made by a newer version', () => {
    const read = parseWorkspace({ ...plain(), version: 3 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.detail).toMatch(/workspace format 3; this version reads formats up to 2/);
  });
});
