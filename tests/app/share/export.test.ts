import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, toCsv } from '../../../src/cli/cli.ts';
import { ANCHOR_IDS } from '../../../src/model/calibration.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import { reportScenario } from '../../../src/model/report.ts';
import { STATE_CODES } from '../../../src/model/types.ts';
import { newWorkspace, type Workspace } from '../../../src/app/workspace.ts';
import {
  reportOfBranch,
  runCsv,
  runJson,
  safeFileName,
  scenarioFileText,
  workspaceFileText,
} from '../../../src/app/share/export.ts';
import { decodeWorkspace, encodeWorkspace } from '../../../src/app/share/link.ts';
import { openFile } from '../../../src/app/share/open.ts';
import { parseScenarioFile } from '../../../src/app/share/validate.ts';
import { deepFreeze, scenarioArb, workspaceArb } from './arbitraries.ts';

/** What `npm run sim -- ARGS` prints on stdout. */
function cliOutput(args: string[]): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(main(args)).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('run report and fingerprint', () => {
  it('a workspace opened from a share link gives the fingerprint the CLI reports for the same scenario', () => {
    const cli = reportScenario(presetScenario('micron-2023'));
    const link = decodeWorkspace(encodeWorkspace(newWorkspace(presetScenario('micron-2023'))));
    if (!link.ok) throw new Error(link.message);
    const report = reportOfBranch(link.workspace, 'main');
    expect(report.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(report.fingerprint).toBe(cli.fingerprint);
  });

  it('the JSON export of the main line is byte for byte what the CLI prints for the preset', () => {
    const exported = runJson(reportOfBranch(newWorkspace(presetScenario('small-yard')), 'main'));
    expect(exported).toBe(cliOutput(['--preset', 'small-yard']));
  });

  it('a branch gets its own report: deterministic, the parent’s rounds before it forks, its own measures after, its own fingerprint', () => {
    const main = presetScenario('small-yard');
    const tariff = {
      kind: 'tariff' as const,
      id: 'branch-tariff',
      maker: 'USA' as const,
      target: 'EU' as const,
      rate: 0.5,
    };
    const changed = {
      ...main,
      name: 'A US tariff on the EU in round 6',
      timeline: [...main.timeline, { round: 6, action: 'impose' as const, measure: tariff }],
    };
    const ws: Workspace = {
      ...newWorkspace(main),
      branches: [
        ...newWorkspace(main).branches,
        { id: 'tariff', name: 'Tariff', parent: 'main', fromRound: 4, scenario: changed },
      ],
    };
    deepFreeze(ws);
    const before = structuredClone(ws);
    const a = reportOfBranch(ws, 'tariff');
    const b = reportOfBranch(ws, 'tariff');
    const base = reportOfBranch(ws, 'main');
    expect(a).toEqual(b);
    expect(ws).toEqual(before);
    expect(a.name).toBe('A US tariff on the EU in round 6');
    expect(a.series).toHaveLength(base.series.length);
    // rounds before the branch point are the parent's own
    expect(a.series.slice(0, 4)).toEqual(base.series.slice(0, 4));
    expect(a.series[6].averageTariff).not.toEqual(base.series[6].averageTariff);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(a.fingerprint).not.toBe(base.fingerprint);
  });
});

describe('run data as CSV', () => {
  const report = reportOfBranch(newWorkspace(presetScenario('micron-2023')), 'main');
  const csv = runCsv(report);
  const lines = csv.trimEnd().split('\n');
  const header = lines[0].split(',');

  it('has one row per round after the header, and every row as many cells as the header', () => {
    expect(lines).toHaveLength(report.series.length + 1);
    for (const line of lines) expect(line.split(',')).toHaveLength(header.length);
  });

  it('begins every line with the CLI CSV line for the same run, so the two line up column for column', () => {
    const cliLines = toCsv(report).trimEnd().split('\n');
    lines.forEach((line, i) => expect(line.startsWith(`${cliLines[i]},`)).toBe(true));
  });

  it('adds market share and revenue by customer state for every anchor firm, with the report’s values', () => {
    const anchors = Object.keys(report.series[0].firms).filter((id) => ANCHOR_IDS.has(id));
    expect(anchors.length).toBeGreaterThan(10);
    for (const id of anchors) {
      expect(header).toContain(`firm.${id}.marketShare`);
      for (const c of STATE_CODES) expect(header).toContain(`firm.${id}.revenue.${c}`);
    }
    const col = (name: string) => header.indexOf(name);
    report.series.forEach((point, t) => {
      const cells = lines[t + 1].split(',');
      expect(Number(cells[col('firm.micron.marketShare')])).toBe(point.firms.micron.marketShare);
      expect(Number(cells[col('firm.micron.revenue.CHN')])).toBe(point.firms.micron.revenue.CHN);
      expect(Number(cells[col('selfHarm.USA')])).toBe(point.selfHarm.USA);
    });
  });

  it('keeps the CLI’s percentile columns when the report is over several seeds', () => {
    const ensemble = reportScenario(presetScenario('open-world'), { runs: 3 });
    const cliLines = toCsv(ensemble).trimEnd().split('\n');
    const appLines = runCsv(ensemble).trimEnd().split('\n');
    expect(cliLines[0]).toContain('supplyChainCost.p95');
    appLines.forEach((line, i) => expect(line.startsWith(`${cliLines[i]},`)).toBe(true));
  });
});

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
