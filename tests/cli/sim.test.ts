// The headless CLI, run as a user runs it (a child process) for output shape and exit codes, and through its
// functions for the finer points of flags and --set.

import { execFile, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inputFromOptions,
  mergeOver,
  parseArgs,
  parseSetValue,
  setPath,
  toCsv,
  UsageError,
} from '../../src/cli/cli.ts';
import { ANCHOR_IDS } from '../../src/model/calibration.ts';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportScenario, round6 } from '../../src/model/report.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { runTournament } from '../../src/model/tournament.ts';
import { STATE_CODES } from '../../src/model/types.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

/**
 * The command line as one file. `npm run sim` starts src/cli/sim.ts through tsx, which compiles the sources on every
 * start (about 2 s a start here, over 30 starts); the tests start this bundle of the same sources, built once (about
 * 0.3 s a start), and the first test starts it through tsx as a user does.
 */
let bundle = '';
let outDir = '';
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'decoupling-lab-cli-'));
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: 'src/cli/sim.ts',
      outDir,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'sim.mjs' } },
    },
  });
  bundle = join(outDir, 'sim.mjs');
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** how the tests start the command line: the bundle, or `tsx src/cli/sim.ts` as `npm run sim` does */
const command = (viaTsx = false): [string, string[]] =>
  viaTsx ? [tsx, ['src/cli/sim.ts']] : [process.execPath, [bundle]];

async function sim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return simWith(false, args);
}

async function simWith(
  viaTsx: boolean,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [file, head] = command(viaTsx);
  try {
    const { stdout, stderr } = await run(file, [...head, ...args], {
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
  it('gives the documented shape for micron-2023, started as `npm run sim` starts it', async () => {
    const { code, stdout, stderr } = await simWith(true, ['--preset', 'micron-2023']);
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

  it('adds the ranking (best mean payoff first, as the engine ranks it), the pairings and the evolution for the tournament preset', async () => {
    const out = JSON.parse((await sim('--preset', 'tournament', '--rounds', '8')).stdout);
    const ranking: Array<{ strategy: string; score: number }> = out.tournament.ranking;
    expect(ranking).toHaveLength(7);
    expect(new Set(ranking.map((e) => e.strategy)).size).toBe(7);
    // best first; ties by name
    for (let i = 1; i < ranking.length; i++) {
      const [a, b] = [ranking[i - 1]!, ranking[i]!];
      expect(a.score > b.score || (a.score === b.score && a.strategy.localeCompare(b.strategy) < 0)).toBe(
        true,
      );
    }
    // the same order the engine gives in this process
    const engine = runTournament(parseScenario({ ...presetScenario('tournament'), rounds: 8 })).result
      .ranking;
    expect(ranking.map((e) => e.strategy)).toEqual(engine.map((e) => e.strategy));
    expect(ranking.map((e) => e.score)).toEqual(engine.map((e) => round6(e.score)));
    // the pairings and the evolution, as reportScenario makes them
    const report = reportScenario(parseScenario({ ...presetScenario('tournament'), rounds: 8 })).tournament!;
    expect(out.tournament.pairs).toEqual(report.pairs);
    expect(out.tournament.pairs).toHaveLength(49);
    expect(out.tournament.evolution).toEqual(report.evolution);
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

describe('sim --firm-detail chooses the firms the series details, and rounds are written as they are played', () => {
  const small = ['--preset', 'micron-2023', '--firms', '300', '--rounds', '3'];

  it('details the named firms by default, every firm with all, the firms listed with ids; one fingerprint for all', async () => {
    const named = JSON.parse((await sim(...small)).stdout);
    const all = JSON.parse((await sim(...small, '--firm-detail', 'all')).stdout);
    const some = JSON.parse((await sim(...small, '--firm-detail', 'micron,memory-chn-1')).stdout);
    const anchors = Object.keys(all.series[0].firms).filter((id) => ANCHOR_IDS.has(id));
    expect([named.firmDetail, all.firmDetail, some.firmDetail]).toEqual([
      'named',
      'all',
      'micron,memory-chn-1',
    ]);
    expect(Object.keys(all.series[0].firms)).toHaveLength(300);
    for (let t = 0; t <= 3; t++) {
      expect(Object.keys(named.series[t].firms)).toEqual(anchors);
      // in the run's order (named firms first), with the numbers the report with every firm has
      expect(some.series[t].firms).toEqual({
        micron: all.series[t].firms.micron,
        'memory-chn-1': all.series[t].firms['memory-chn-1'],
      });
      expect({ ...named.series[t], firms: {} }).toEqual({ ...all.series[t], firms: {} });
    }
    // the fingerprint covers every firm, whichever are written: the report's as before
    const before = reportScenario(parseScenario({ ...presetScenario('micron-2023'), firms: 300, rounds: 3 }));
    for (const out of [named, all, some]) expect(out.fingerprint).toBe(before.fingerprint);
    expect(all.series).toEqual(before.series);
    expect(all.events).toEqual(before.events);
  });

  it('refuses a firm the run does not have with status 2, one line naming it and nothing on stdout', async () => {
    for (const [detail, message] of [
      [
        'micron,no-such-firm',
        /^sim: --firm-detail: no firm "no-such-firm" in this run; named firms: cn-gallium, /,
      ],
      [',', /^sim: --firm-detail expects named, all, or firm ids separated by commas\n$/],
    ] as const) {
      const out = await sim(...small, '--firm-detail', detail);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('writes the first rounds while the run is still being played', async () => {
    // 2,000 firms over 60 rounds: seconds of play; the head and round 0 come out long before the end
    const [file, head] = command();
    const child = spawn(file, [...head, '--preset', 'micron-2023', '--firms', '2000', '--rounds', '60'], {
      cwd: root,
    });
    const began = Date.now();
    let first: { at: number; text: string } | null = null;
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      first ??= { at: Date.now() - began, text: chunk };
      text += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const ended = Date.now() - began;
    expect(code).toBe(0);
    expect(first!.text).toMatch(/^\{"preset":"micron-2023",.*"series":\[\{"round":0,/);
    expect(first!.text).not.toContain('"fingerprint"');
    expect(first!.at).toBeLessThan(ended * 0.7);
    expect(JSON.parse(text).series).toHaveLength(61);
  }, 120_000);

  it('carries fingerprint version 1 by default, and version 2 when asked: the same report otherwise', async () => {
    const v1 = JSON.parse((await sim(...small)).stdout);
    const v2 = JSON.parse((await sim(...small, '--fingerprint-version', '2')).stdout);
    expect(v1.fingerprintVersion).toBe(1);
    expect(v2.fingerprintVersion).toBe(2);
    expect(v2.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(v2.fingerprint).not.toBe(v1.fingerprint);
    expect({ ...v2, fingerprint: '', fingerprintVersion: 0 }).toEqual({
      ...v1,
      fingerprint: '',
      fingerprintVersion: 0,
    });
    const refused = await sim('--preset', 'tournament', '--rounds', '3', '--fingerprint-version', '2');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^sim: --fingerprint-version: fingerprint version 2 is for a single run/);
  });

  it('writes CSV round by round too, the same text as toCsv of the whole report', async () => {
    const { stdout } = await sim(...small, '--format', 'csv');
    const whole = reportScenario(parseScenario({ ...presetScenario('micron-2023'), firms: 300, rounds: 3 }));
    expect(stdout).toBe(toCsv(whole));
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
    [
      'a bad format',
      ['--preset', 'open-world', '--format', 'xml'],
      /--format expects json, csv or bands, got "xml"/,
    ],
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
    [
      'a missing scenario file',
      ['--scenario', '/nonexistent/file.json'],
      /cannot read "\/nonexistent\/file\.json": there is no such file or folder/,
    ],
    ['a folder given as the scenario file', ['--scenario', tmpdir()], /cannot read ".*": it is a folder/],
    [
      'an endless file, read no further than the app reads',
      ['--scenario', '/dev/zero'],
      /^sim: \/dev\/zero: This file is too large: it is more than 1\.0 MB, the most Decoupling Lab reads\.$/m,
    ],
    [
      'an output file in a folder that does not exist',
      ['--preset', 'open-world', '--rounds', '2', '--out', '/nonexistent/run.json'],
      /^sim: cannot write "\/nonexistent\/run\.json": there is no such file or folder$/m,
    ],
    [
      'an output file on a full disk',
      ['--preset', 'open-world', '--rounds', '2', '--out', '/dev/full'],
      /^sim: cannot write "\/dev\/full": the disk is full$/m,
    ],
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

  it('a file over the size the app opens is refused with the app’s sentence, before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'big.json');
    writeFileSync(file, ' '.repeat(2 * 1024 * 1024));
    const { code, stdout, stderr } = await sim('--scenario', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `sim: ${file}: This file is too large: it is 2.0 MB, and the most Decoupling Lab reads is 1.0 MB.\n`,
    );
  });

  it('standard output that fails (a full disk) gives one line and status 2, not a trace', async () => {
    const out = openSync('/dev/full', 'w');
    try {
      const [file, head] = command();
      const child = spawnSync(file, [...head, '--preset', 'open-world', '--rounds', '2'], {
        cwd: root,
        stdio: ['ignore', out, 'pipe'],
        encoding: 'utf8',
      });
      expect(child.status).toBe(2);
      expect(child.stderr).toBe('sim: cannot write the output: the disk is full\n');
    } finally {
      closeSync(out);
    }
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

describe('sim --runs reads an ensemble as the app does', () => {
  it('plays a workspace branch at every seed with its schedule and prints the bands bandsOf gives for those seeds', async () => {
    const { newWorkspace, scheduleOf } = await import('../../src/sim/workspace.ts');
    const { presetScenario } = await import('../../src/model/presets.ts');
    const { BAND_OUTCOMES, bandsOf, ensembleSeeds, playSeed } = await import('../../src/sim/ensemble.ts');
    const { roundBand } = await import('../../src/sim/ensembleReport.ts');
    const main = { ...presetScenario('micron-2023'), firms: 100, rounds: 5 };
    const noBan = {
      ...main,
      timeline: main.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
    };
    const ws = newWorkspace(main);
    ws.branches.push({ id: 'no-ban', name: 'No ban', parent: 'main', fromRound: 2, scenario: noBan });
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'workspace.json');
    writeFileSync(file, JSON.stringify(ws));

    const { code, stdout } = await sim('--scenario', file, '--branch', 'no-ban', '--runs', '4');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.runs).toBe(4);
    const { root, schedule } = scheduleOf(ws, 'no-ban');
    const seeds = ensembleSeeds(root.seed, 4);
    expect(out.ensemble.seeds).toEqual({ first: seeds[0], last: seeds[3] });
    const played = seeds.map((seed) => playSeed({ root, schedule, seed }));
    for (const outcome of BAND_OUTCOMES)
      for (const reading of ['raw', 'effect'] as const)
        expect(out.ensemble.outcomes[outcome.id][reading]).toEqual(
          bandsOf(played, outcome, reading).map(roundBand),
        );
    // per-state percentiles are there, and the main line keeps its old key beside the new one
    expect(Object.keys(out.ensemble.outcomes)).toContain('cost.CHN');
    const mainLine = JSON.parse((await sim('--scenario', file, '--branch', 'main', '--runs', '2')).stdout);
    expect(Object.keys(mainLine.percentiles)).toEqual([
      'supplyChainCost',
      'standardsDivergence',
      'crossBlocTradeShare',
      'escalation',
    ]);
    expect(mainLine.ensemble.outcomes['cost.global'].raw.at(-1).n).toBe(2);

    // --format bands prints the app's bands CSV for the branch, and needs several runs
    const bands = (await sim('--scenario', file, '--branch', 'no-ban', '--runs', '4', '--format', 'bands'))
      .stdout;
    const lines = bands.trim().split('\n');
    expect(lines[0]).toBe('branch,outcome,reading,round,label,p5,p25,p50,p75,p95,seeds,unit');
    const last = roundBand(bandsOf(played, BAND_OUTCOMES[0], 'raw').at(-1)!);
    expect(lines).toContain(
      `No ban,cost.global,raw,5,${last.label},${last.p5},${last.p25},${last.p50},${last.p75},${last.p95},4,index (round 0 = 100)`,
    );
    const one = await sim('--preset', 'micron-2023', '--format', 'bands');
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('sim: --format bands needs --runs 2 or more\n');
  });

  it('--draw-assumptions: each seed also draws the bounded assumptions, as playEnsemble does; says which and where', async () => {
    const { bandsOf, outcomeById } = await import('../../src/sim/ensemble.ts');
    const { playEnsemble, roundBand } = await import('../../src/sim/ensembleReport.ts');
    const { drawnAssumptions } = await import('../../src/sim/assumptions.ts');
    const scenario = { ...presetScenario('micron-2023'), firms: 100, rounds: 4 };
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const { code, stdout } = await sim('--scenario', file, '--runs', '3', '--draw-assumptions');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.ensemble.assumptions).toEqual(drawnAssumptions());
    const played = playEnsemble({ scenario: parseScenario(scenario) }, 3, undefined, { assumptions: true });
    expect(out.ensemble.outcomes['cost.CHN'].effect).toEqual(
      bandsOf(played, outcomeById('cost.CHN')!, 'effect').map(roundBand),
    );
    const plain = JSON.parse((await sim('--scenario', file, '--runs', '3')).stdout);
    expect(plain.ensemble.assumptions).toBeUndefined();
    expect(plain.ensemble.outcomes['cost.CHN'].effect).not.toEqual(out.ensemble.outcomes['cost.CHN'].effect);
    const single = await sim('--scenario', file, '--draw-assumptions');
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/^sim: --draw-assumptions needs --runs 2 or more/);
    const tornado = await sim('--scenario', file, '--sensitivity', '--draw-assumptions');
    expect(tornado.code).toBe(2);
    expect(tornado.stderr).toMatch(/--draw-assumptions goes with --runs, not with --sensitivity or --sweep/);
  });
});
