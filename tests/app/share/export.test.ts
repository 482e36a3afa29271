import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';
import {
  opensAgain,
  safeFileName,
  scenarioFileText,
  workspaceFileText,
} from '../../../src/app/share/export.ts';
import { openFile } from '../../../src/app/share/open.ts';
import { MAX_FILE_BYTES, parseScenarioFile, utf8Length } from '../../../src/sim/files/validate.ts';
import { deepFreeze, largeWorkspaceArb, scenarioArb, workspaceArb } from '../../sim/arbitraries.ts';

describe('scenario and workspace files', () => {
  it('any valid scenario comes back from its file exactly as it went in', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(parseScenarioFile(scenarioFileText(scenario))).toEqual({ ok: true, scenario, notice: null });
      }),
      { numRuns: 150 },
    );
  });

  it('any valid workspace comes back from its file exactly as it went in', () => {
    const current = deepFreeze(newWorkspace(presetScenario('open-world')));
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        expect(openFile(current, workspaceFileText(ws))).toEqual({
          workspace: ws,
          changed: true,
          message: null,
          refusal: null,
          notice: null,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('opening a scenario file starts a workspace with that scenario as its main line', () => {
    const current = deepFreeze(newWorkspace(presetScenario('open-world')));
    const scenario = presetScenario('two-blocs');
    const opened = openFile(current, scenarioFileText(scenario));
    expect(opened.changed).toBe(true);
    expect(opened.workspace).toEqual(newWorkspace(scenario));
  });
});

describe('file names', () => {
  const cases: Array<[string, string, string]> = [
    ['The 2018-19 tariff war', 'seed-2023', 'the-2018-19-tariff-war-seed-2023.csv'],
    ['<script>alert(1)</script>', '', 'script-alert-1-script.csv'],
    ['../../etc/passwd', 'run', 'etc-passwd-run.csv'],
    ['C:\\Windows\\system32', '', 'c-windows-system32.csv'],
    ['Détente à la française', '', 'detente-a-la-francaise.csv'],
    ['貿易戦争', 'seed-7', 'decoupling-lab-seed-7.csv'],
    ['', '', 'decoupling-lab.csv'],
    ['CON', '', 'con-file.csv'],
    ['report.csv.exe', '', 'report-csv-exe.csv'],
    ['a'.repeat(500), 'x', `${'a'.repeat(58)}-x.csv`],
  ];
  for (const [title, suffix, expected] of cases) {
    it(`names a download from ${JSON.stringify(title.slice(0, 30))} as ${expected}`, () => {
      expect(safeFileName(title, suffix, 'csv')).toBe(expected);
    });
  }

  it('keeps a chart name whole and shortens a long scenario and branch name at a word boundary', () => {
    const base = 'No ban baseline What if the ban is lifted in 2024 and exports resume';
    const name = safeFileName(base, 'Supply-chain cost with measures', 'png');
    expect(name).toMatch(/-supply-chain-cost-with-measures\.png$/);
    const words = slugWords(base);
    const kept = name.replace(/-supply-chain-cost-with-measures\.png$/, '').split('-');
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(words.length);
    expect(kept).toEqual(words.slice(0, kept.length));
  });

  it('cuts a long name at a word boundary, never in the middle of a word', () => {
    const title = 'Chip controls and the Micron ban seen from Taiwan Korea Japan and Europe over ten years';
    const name = safeFileName(title, '', 'csv').replace(/\.csv$/, '');
    expect(name.length).toBeLessThanOrEqual(60);
    const kept = name.split('-');
    expect(kept).toEqual(slugWords(title).slice(0, kept.length));
  });

  it('never gives a name with anything but lower-case letters, digits, dashes and one dot', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (title, suffix) => {
        expect(safeFileName(title, suffix, 'json')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
      }),
    );
  });
});

/** the words of a title as safeFileName spells them */
function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

describe('every export reopens', () => {
  it('a workspace the app can hold (up to the import limit as compact JSON) comes back from its exported file', () => {
    const current = deepFreeze(newWorkspace(presetScenario('open-world')));
    fc.assert(
      fc.property(largeWorkspaceArb(MAX_FILE_BYTES / 2, MAX_FILE_BYTES * 1.1), (ws) => {
        // what the app can hold: autosave and share links take the compact form, and refuse larger
        fc.pre(utf8Length(JSON.stringify(ws)) <= MAX_FILE_BYTES);
        const text = workspaceFileText(ws);
        expect(opensAgain(text)).toBe(true);
        expect(openFile(current, text)).toEqual({
          workspace: ws,
          changed: true,
          message: null,
          refusal: null,
          notice: null,
        });
      }),
      { numRuns: 12 },
    );
  });

  it('a small workspace is exported indented, for a person to read', () => {
    expect(workspaceFileText(newWorkspace(presetScenario('micron-2023')))).toMatch(/^\{\n {2}"version": 1,/);
  });

  it('the 579 KB workspace of the issue, refused on reopening when indented, now reopens', () => {
    // the first of a fixed sample whose indented text passes the limit, as the did
    const ws = fc
      .sample(largeWorkspaceArb(579_000, 580_000, fc.constant('short note')), { numRuns: 20, seed: 12 })
      .find((w) => utf8Length(`${JSON.stringify(w, null, 2)}\n`) > MAX_FILE_BYTES);
    if (!ws) throw new Error('no workspace in the sample is over the limit when indented');
    expect(utf8Length(`${JSON.stringify(ws, null, 2)}\n`)).toBeGreaterThan(MAX_FILE_BYTES);
    const opened = openFile(newWorkspace(presetScenario('open-world')), workspaceFileText(ws));
    expect(opened.message).toBeNull();
    expect(opened.workspace).toEqual(ws);
  });
});
