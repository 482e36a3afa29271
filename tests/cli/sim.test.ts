// The headless CLI, run as a user runs it (a child process) for output shape and exit codes, and through its
// functions for the finer points of flags and --set.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  inputFromOptions,
  mergeOver,
  parseArgs,
  parseSetValue,
  setPath,
  UsageError,
} from '../../src/cli/cli.ts';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportScenario } from '../../src/model/report.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { STATE_CODES } from '../../src/model/types.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

async function sim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['src/cli/sim.ts', ...args], {
      cwd: root,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('sim prints a run as JSON', () => {
  it('gives the documented shape for micron-2023', async () => {
    const { code, stdout, stderr } = await sim('--preset', 'micron-2023');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out.preset).toBe('micron-2023');
    expect(out.seed).toBeTypeOf('number');
    expect(out.rounds).toBe(12);
    expect(out.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(out.series).toHaveLength(13);
    const point = out.series[3];
    expect(point.label).toBe('Q2 2023');
    expect(Object.keys(point.supplyChainCost).sort()).toEqual(['global', ...STATE_CODES].sort());
    for (const key of ['standardsDivergence', 'crossBlocTradeShare', 'escalation'])
      expect(point[key]).toBeTypeOf('number');
    expect(point.averageTariff['USA->CHN']).toBeTypeOf('number');
    expect(Object.keys(point.firms.micron.revenue).sort()).toEqual([...STATE_CODES].sort());
    expect(point.firms['sk-hynix'].marketShare).toBeGreaterThan(0);
    expect(point.firms.cxmt).toBeDefined();
    expect(out.events.some((e: { text: string }) => /Micron/.test(e.text))).toBe(true);
    expect(out.events[0]).toEqual({ round: 0, text: expect.any(String) });
  });

  it('gives the same fingerprint on every run, and another for another seed', async () => {
    const a = JSON.parse((await sim('--preset', 'open-world', '--rounds', '6')).stdout);
    const b = JSON.parse((await sim('--preset', 'open-world', '--rounds', '6')).stdout);
    const c = JSON.parse((await sim('--preset', 'open-world', '--rounds', '6', '--seed', '99')).stdout);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
    expect(c.seed).toBe(99);
  });

  it('adds per-round percentiles over seeds with --runs', async () => {
    const out = JSON.parse(
      (await sim('--preset', 'tariff-war-2018', '--rounds', '5', '--runs', '4', '--firms', '120')).stdout,
    );
    expect(out.runs).toBe(4);
    for (const metric of ['supplyChainCost', 'standardsDivergence', 'crossBlocTradeShare', 'escalation']) {
      const rows = out.percentiles[metric];
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(row.p5).toBeLessThanOrEqual(row.p25);
        expect(row.p25).toBeLessThanOrEqual(row.p50);
        expect(row.p50).toBeLessThanOrEqual(row.p75);
        expect(row.p75).toBeLessThanOrEqual(row.p95);
      }
    }
  });

  it('adds the ranking, the pairings and the evolution for the tournament preset, as the engine makes them', async () => {
    const out = JSON.parse((await sim('--preset', 'tournament', '--rounds', '8')).stdout);
    const engine = reportScenario(parseScenario({ ...presetScenario('tournament'), rounds: 8 })).tournament!;
    // the same habits in the same order with the same scores, best first
    expect(out.tournament.ranking).toEqual(engine.ranking);
    expect(out.tournament.ranking).toHaveLength(7);
    const scores = out.tournament.ranking.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(out.tournament.pairs).toHaveLength(49);
    expect(out.tournament.evolution.at(-1).generation).toBe(50);
  });

  it('applies --set to any field by dotted path', async () => {
    const out = JSON.parse(
      (
        await sim(
          '--preset',
          'tit-for-tat-escalation',
          '--rounds',
          '8',
          '--set',
          'noise=0',
          '--set',
          'states.USA.strategy=passive',
        )
      ).stdout,
    );
    const base = JSON.parse((await sim('--preset', 'tit-for-tat-escalation', '--rounds', '8')).stdout);
    expect(out.fingerprint).not.toBe(base.fingerprint);
    expect(out.series.at(-1).activeMeasures).toBeLessThan(base.series.at(-1).activeMeasures);
  });

  it('writes CSV, one row per round, to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'run.csv');
    const { code, stdout } = await sim('--preset', 'micron-2023', '--format', 'csv', '--out', file);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0].split(',').slice(0, 4)).toEqual([
      'round',
      'label',
      'supplyChainCost.global',
      'supplyChainCost.USA',
    ]);
    expect(lines[4].startsWith('3,Q2 2023,')).toBe(true);
  });

  it('runs a scenario file, merged over the preset when both are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'what-if.json');
    writeFileSync(file, JSON.stringify({ name: 'No ban', rounds: 4, timeline: [] }));
    const out = JSON.parse((await sim('--preset', 'micron-2023', '--scenario', file)).stdout);
    expect(out.name).toBe('No ban');
    expect(out.series).toHaveLength(5);
    expect(out.series[3].activeMeasures).toBe(0);
  });
});

describe('sim reads older files as the app does', () => {
  it('runs a format-0 scenario file written with a byte-order mark, and says it was updated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'old.json');
    const old = {
      title: 'Old tariff war',
      seed: 11,
      rounds: 3,
      firms: 200,
      strategies: { USA: 'titForTat' },
    };
    writeFileSync(file, `\uFEFF${JSON.stringify(old)}`);
    const { code, stdout, stderr } = await sim('--scenario', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).name).toBe('Old tariff war');
    expect(stderr).toBe(
      `sim: ${file}: This file was saved by an older version of Decoupling Lab and has been updated to the current format.\n`,
    );
  });
});

describe('sim refuses bad input with status 2, one line on stderr and nothing on stdout', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'an unknown preset, listing the presets',
      ['--preset', 'nope'],
      new RegExp(`unknown preset "nope".*${PRESET_IDS.join(', ')}`),
    ],
    ['an unknown flag', ['--preset', 'open-world', '--colour', 'red'], /unknown flag "--colour"/],
    ['a flag without its value', ['--preset'], /--preset needs a value/],
    [
      'rounds out of range',
      ['--preset', 'open-world', '--rounds', '401'],
      /--rounds expects a whole number from 1 to 400/,
    ],
    [
      'firms that are not a number',
      ['--preset', 'open-world', '--firms', 'many'],
      /--firms expects a whole number/,
    ],
    ['a bad format', ['--preset', 'open-world', '--format', 'xml'], /--format expects json or csv/],
    [
      'an unknown strategy via --set',
      ['--preset', 'open-world', '--set', 'states.USA.strategy=bully'],
      /invalid scenario: field states\.USA\.strategy: expected "passive", .* got "bully" \(text\)/,
    ],
    [
      'noise out of range via --set',
      ['--preset', 'open-world', '--set', 'noise=2'],
      /invalid scenario: field noise: expected a number from 0 to [\d.]+, got 2$/m,
    ],
    ['a missing scenario file', ['--scenario', '/nonexistent/file.json'], /cannot read scenario file/],
    ['neither preset nor scenario', ['--seed', '3'], /give --preset ID or --scenario FILE/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await sim(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('an invalid scenario file names the field and what was expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, name: 'x', seed: 1, rounds: 5, firms: 50 }));
    const { code, stdout, stderr } = await sim('--scenario', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /bad\.json: This file is not a valid scenario: field firms: expected a whole number from 100 to 20000, got 50\.$/m,
    );
  });

  it('a file that is not JSON says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "version": 1, ');
    const { code, stderr } = await sim('--scenario', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not valid JSON/);
  });
});

describe('flag parsing', () => {
  it.each([
    ['0.03', 0.03],
    ['generousTitForTat', 'generousTitForTat'],
    ['true', true],
    ['[1,2]', [1, 2]],
  ])('reads --set value %s as %j', (raw, value) => {
    expect(parseSetValue(raw)).toEqual(value);
  });

  it('sets nested paths, creating objects on the way, without touching other fields', () => {
    const target: Record<string, unknown> = { states: { CHN: { strategy: 'passive' } } };
    setPath(target, 'states.USA.strategy', 'titForTat');
    expect(target).toEqual({ states: { CHN: { strategy: 'passive' }, USA: { strategy: 'titForTat' } } });
  });

  it('refuses prototype keys in a path', () => {
    expect(() => setPath({}, '__proto__.polluted', 1)).toThrow(UsageError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merges a file over a preset key by key, replacing arrays', () => {
    const merged = mergeOver({ a: 1, b: { c: 2, d: 3 }, t: [1, 2] }, { b: { c: 9 }, t: [] });
    expect(merged).toEqual({ a: 1, b: { c: 9, d: 3 }, t: [] });
  });

  it('accepts --flag=value as well as --flag value', () => {
    expect(parseArgs(['--preset=micron-2023', '--seed', '5']).preset).toBe('micron-2023');
    expect(parseArgs(['--preset=micron-2023', '--seed=5']).seed).toBe(5);
  });

  it('does not modify the preset it starts from', () => {
    const scenarioOf = (args: string[]) => {
      const { source } = inputFromOptions(parseArgs(args));
      if (!('scenario' in source)) throw new Error('not a scenario');
      return source.scenario;
    };
    const a = scenarioOf(['--preset', 'micron-2023', '--set', 'noise=0.2']);
    const b = scenarioOf(['--preset', 'micron-2023']);
    expect(a.noise).toBe(0.2);
    expect(b.noise).toBe(0);
  });
});

describe('sim runs a workspace file saved by the app', () => {
  it('gives a branch the fingerprint the app shows for it', async () => {
    const { newWorkspace, scheduleOf } = await import('../../src/sim/workspace.ts');
    const { runFingerprint } = await import('../../src/sim/branchReport.ts');
    const { presetScenario } = await import('../../src/model/presets.ts');
    const { runScenario } = await import('../../src/model/run.ts');
    const main = presetScenario('micron-2023');
    const noBan = {
      ...main,
      timeline: main.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
    };
    const ws = newWorkspace(main);
    ws.branches.push({ id: 'no-ban', name: 'No ban', parent: 'main', fromRound: 3, scenario: noBan });
    ws.active = 'no-ban';
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'workspace.json');
    writeFileSync(file, JSON.stringify(ws));

    const { root, schedule } = scheduleOf(ws, 'no-ban');
    const shown = runFingerprint(runScenario(root, undefined, schedule), root, schedule);
    const branch = JSON.parse((await sim('--scenario', file)).stdout);
    const mainLine = JSON.parse((await sim('--scenario', file, '--branch', 'main')).stdout);
    expect(branch.fingerprint).toBe(shown);
    expect(mainLine.fingerprint).toBe(JSON.parse((await sim('--preset', 'micron-2023')).stdout).fingerprint);
    expect(branch.fingerprint).not.toBe(mainLine.fingerprint);

    const bad = await sim('--scenario', file, '--branch', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no branch "nope"; branches: main, no-ban/);
    const mixed = await sim('--scenario', file, '--seed', '4');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/a workspace file runs as saved/);
  });
});
