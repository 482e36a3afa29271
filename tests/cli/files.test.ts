// The CLI reads a file as the app opens it: every file of the hostile corpus the app's tests use is accepted by both
// or refused by both, with the same sentence; an accepted one runs the branch the app would show, to the same
// fingerprint. In-process (main), so the corpus runs in seconds.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/cli.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { reportOfBranch } from '../../src/sim/branchReport.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';
import { openFile } from '../../src/app/share/open.ts';
import { ACCEPTED_FILES, SCENARIO_CORPUS, WORKSPACE_CORPUS, formatZero } from '../sim/files/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'sim-files-'));

/** `npm run sim -- ARGS` in this process: its exit status and what it wrote. */
function sim(...args: string[]): { code: number; stdout: string; stderr: string } {
  const out = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out.stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((out.stderr += String(chunk)), true));
  const code = main(args);
  vi.restoreAllMocks();
  return { code, ...out };
}

afterEach(() => vi.restoreAllMocks());

function fileOf(name: string, text: string): string {
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(file, text);
  return file;
}

/** One file through both paths: the app's openFile and `sim --scenario FILE`. */
function bothPaths(name: string, text: string) {
  const opened = openFile(newWorkspace(presetScenario('open-world')), text);
  const file = fileOf(name, text);
  return { opened, file, cli: sim('--scenario', file) };
}

describe('sim --scenario reads every file as the app opens it', () => {
  for (const [name, make] of [...SCENARIO_CORPUS, ...WORKSPACE_CORPUS]) {
    it(`${name}: refused by both, with the app's sentence`, () => {
      const { opened, file, cli } = bothPaths(name, make());
      expect(opened.changed).toBe(false);
      expect(cli.code).toBe(2);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toBe(`sim: ${file}: ${opened.message}\n`);
    });
  }

  for (const [name, make] of ACCEPTED_FILES) {
    it(`${name}: accepted by both, the same run, and the app's notice on stderr`, () => {
      const { opened, file, cli } = bothPaths(name, make());
      expect(opened.changed).toBe(true);
      expect(cli.code).toBe(0);
      expect(cli.stderr).toBe(opened.notice ? `sim: ${file}: ${opened.notice}\n` : '');
      const shown = reportOfBranch({ workspace: opened.workspace, branchId: opened.workspace.active });
      expect(JSON.parse(cli.stdout).fingerprint).toBe(shown.fingerprint);
    });
  }
});

describe('sim --preset with --scenario lays the file over the preset', () => {
  it('migrates a format-0 file of a few fields before it merges them', () => {
    const { title, strategies } = formatZero();
    const file = fileOf('old-fields', JSON.stringify({ title, strategies, rounds: 4 }));
    const cli = sim('--preset', 'micron-2023', '--scenario', file);
    expect(cli.stderr).toBe('');
    const out = JSON.parse(cli.stdout);
    expect(out.name).toBe('Old tariff war');
    expect(out.series).toHaveLength(5);
  });

  it('refuses a broken file with the sentence the app gives for it', () => {
    const [, make, message] = SCENARIO_CORPUS.find(([name]) => name === 'a __proto__ key at the top')!;
    const file = fileOf('proto-fields', make());
    const cli = sim('--preset', 'micron-2023', '--scenario', file);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(`sim: ${file}: ${message}\n`);
  });
});
