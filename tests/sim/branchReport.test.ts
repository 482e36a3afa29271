import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, toCsv } from '../../src/cli/cli.ts';
import { ANCHOR_IDS } from '../../src/model/calibration.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { reportOfRun, reportScenario, streamedReportOfRun } from '../../src/model/report.ts';
import { runScenario } from '../../src/model/run.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import {
  exportReportOfBranch,
  jsonPieces,
  reportOfBranch,
  runCsv,
  runFingerprint,
  runJson,
  streamJson,
  withEffects,
} from '../../src/sim/branchReport.ts';
import { twinOf } from '../../src/model/twin.ts';
import { decodeWorkspace, encodeWorkspace } from '../../src/sim/files/link.ts';
import { newWorkspace, type Workspace } from '../../src/sim/workspace.ts';
import { deepFreeze } from './arbitraries.ts';

describe('runFingerprint', () => {
  it('gives a main line the CLI’s fingerprint for the same scenario', () => {
    const scenario = presetScenario('micron-2023');
    const run = runScenario(scenario);
    expect(runFingerprint(run, scenario, [])).toBe(reportScenario(scenario).fingerprint);
  });

  it('gives a branch its own fingerprint, even where its change makes no difference to the numbers', () => {
    const scenario = presetScenario('micron-2023');
    const renamed = { ...scenario, name: 'Same run, other name' };
    const schedule = [{ fromRound: 6, scenario: renamed }];
    const main = runFingerprint(runScenario(scenario), scenario, []);
    const branch = runFingerprint(runScenario(scenario, undefined, schedule), scenario, schedule);
    expect(branch).toMatch(/^[0-9a-f]{16}$/);
    expect(branch).not.toBe(main);
  });

  it('a branch from round 0 or 1 replaces the whole run: it has the fingerprint of its scenario as a main line, its parent’s when unchanged (the rulebook’s rule)', () => {
    const parent = { ...presetScenario('micron-2023'), rounds: 8 };
    const changed = { ...parent, noise: 0.1 };
    for (const fromRound of [0, 1]) {
      const same = [{ fromRound, scenario: parent }];
      const other = [{ fromRound, scenario: changed }];
      expect(runFingerprint(runScenario(parent, undefined, same), parent, same)).toBe(
        reportScenario(parent).fingerprint,
      );
      expect(runFingerprint(runScenario(parent, undefined, other), parent, other)).toBe(
        reportScenario(changed).fingerprint,
      );
    }
    const later = [{ fromRound: 2, scenario: parent }];
    expect(runFingerprint(runScenario(parent, undefined, later), parent, later)).not.toBe(
      reportScenario(parent).fingerprint,
    );
  });

  it('covers the tournament’s ranking for the tournament preset', () => {
    const scenario = { ...presetScenario('tournament'), rounds: 6 };
    expect(runFingerprint(runScenario(scenario), scenario, [])).toBe(reportScenario(scenario).fingerprint);
  });
});

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
    const report = reportOfBranch({ workspace: link.workspace, branchId: 'main' });
    expect(report.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(report.fingerprint).toBe(cli.fingerprint);
  });

  it('the JSON export of the main line is byte for byte what the CLI prints for the preset, then the effects', () => {
    const source = { workspace: newWorkspace(presetScenario('small-yard')), branchId: 'main' };
    const cli = cliOutput(['--preset', 'small-yard']);
    expect([...streamJson(source)].join('')).toBe(cli);
    const exported = [...streamJson(source, { effects: true })].join('');
    const effects = withEffects(reportOfBranch(source), runScenario(presetScenario('small-yard'))).effects;
    expect(exported).toBe(`${cli.slice(0, -2)},"effects":${JSON.stringify(effects)}}\n`);
    expect(cliOutput(['--preset', 'small-yard', '--firm-detail', 'all'])).toBe(
      [...streamJson(source, { firmDetail: 'all' })].join(''),
    );
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
    const a = reportOfBranch({ workspace: ws, branchId: 'tariff' });
    const b = reportOfBranch({ workspace: ws, branchId: 'tariff' });
    const base = reportOfBranch({ workspace: ws, branchId: 'main' });
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

describe('one report from any source', () => {
  const main = { ...presetScenario('micron-2023'), rounds: 6 };
  const noBan = {
    ...main,
    timeline: main.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
  };
  const ws: Workspace = {
    ...newWorkspace(main),
    branches: [
      ...newWorkspace(main).branches,
      { id: 'no-ban', name: 'No ban', parent: 'main', fromRound: 3, scenario: noBan },
    ],
  };
  const schedule = [{ fromRound: 3, scenario: noBan }];

  it('a scenario alone, and the main line of a workspace holding it, give the CLI’s report', () => {
    const cli = reportScenario(main, { runs: 2 });
    expect(reportOfBranch({ scenario: main }, { runs: 2 })).toEqual(cli);
    expect(reportOfBranch({ workspace: ws, branchId: 'main' }, { runs: 2 })).toEqual(cli);
  });

  it('a branch named in a workspace and the same schedule given outright give one report', () => {
    const named = reportOfBranch({ workspace: ws, branchId: 'no-ban' });
    expect(reportOfBranch({ scenario: main, schedule })).toEqual(named);
    expect(named.fingerprint).not.toBe(reportOfBranch({ scenario: main }).fingerprint);
  });

  it('a run already made is reported as it is, with the fingerprint of the report that makes its own run', () => {
    const run = runScenario(main, undefined, schedule);
    const onRun = vi.fn();
    const given = reportOfBranch({ scenario: main, schedule }, { run, onRun });
    expect(given).toEqual(reportOfBranch({ workspace: ws, branchId: 'no-ban' }));
    expect(onRun).not.toHaveBeenCalled();
    expect(runFingerprint(run, main, schedule)).toBe(given.fingerprint);
  });

  it('does not modify the workspace it reports on', () => {
    const frozen = deepFreeze(structuredClone(ws));
    const before = structuredClone(frozen);
    reportOfBranch({ workspace: frozen, branchId: 'no-ban' });
    expect(frozen).toEqual(before);
  });
});

describe('JSON text', () => {
  it('jsonPieces join to exactly the JSON of the report, series and all, and runJson is that text', () => {
    for (const id of ['micron-2023', 'tournament'] as const) {
      const report = reportScenario(
        { ...presetScenario(id), rounds: 4 },
        { runs: id === 'tournament' ? 1 : 3 },
      );
      expect([...jsonPieces(report)].join('')).toBe(`${JSON.stringify(report)}\n`);
      expect(runJson(report)).toBe(`${JSON.stringify(report)}\n`);
    }
  });
});

describe('run data as CSV', () => {
  const report = reportOfBranch({ scenario: presetScenario('micron-2023') });
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

describe('run data with the effects of the measures', () => {
  const scenario = presetScenario('micron-2023');
  const run = runScenario(scenario);
  const plain = reportOfBranch({ scenario }, { run });
  const report = withEffects(plain, run);
  const twin = twinOf(run);

  it('adds `effects` after every other key and changes nothing else, the fingerprint included', () => {
    expect(Object.keys(report)).toEqual([...Object.keys(plain), 'effects']);
    expect({ ...report, effects: undefined }).toEqual({ ...plain, effects: undefined });
    expect(report.fingerprint).toBe(reportScenario(scenario).fingerprint);
    expect(JSON.parse(runJson(report)).effects).toEqual(report.effects);
  });

  it('gives each round the run minus its twin, rounded as the report rounds', () => {
    expect(report.effects?.map((e) => e.round)).toEqual(report.series.map((p) => p.round));
    const last = run.records.length - 1;
    const e = report.effects![last];
    const r = run.records[last];
    const w = twin.records[last];
    expect(e.supplyChainCost.CHN).toBeCloseTo(r.supplyChainCost.CHN - w.supplyChainCost.CHN, 4);
    // not zero by accident: in Q2 2023 (round 3) the tool controls raise China's buyers' cost by about a point
    expect(report.effects![3].supplyChainCost.CHN).toBeGreaterThan(0.5);
    expect(e.standardsDivergence).toBeCloseTo(r.standardsDivergence - w.standardsDivergence, 6);
    expect(e.crossBlocTradeShare).toBeCloseTo(r.crossBlocTradeShare - w.crossBlocTradeShare, 6);
    expect(report.effects![0].supplyChainCost.global).toBe(0);
  });

  it('adds the effect columns to the CSV after every other column, with the report’s values', () => {
    const lines = runCsv(report).trimEnd().split('\n');
    const before = runCsv(plain).trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, before[0].split(',').length)).toEqual(before[0].split(','));
    expect(header.slice(before[0].split(',').length)).toEqual([
      'effect.supplyChainCost.global',
      ...STATE_CODES.map((c) => `effect.supplyChainCost.${c}`),
      'effect.standardsDivergence',
      'effect.crossBlocTradeShare',
    ]);
    lines.forEach((line, i) => expect(line.startsWith(`${before[i]},`)).toBe(true));
    const col = header.indexOf('effect.supplyChainCost.CHN');
    report.effects!.forEach((e, t) =>
      expect(Number(lines[t + 1].split(',')[col])).toBe(e.supplyChainCost.CHN),
    );
  });
});

describe('the streamed report of the exports equals the whole report', () => {
  // 1,000 firms over 8 rounds, a main line and a branch from round 3: small enough for the suite, every firm and
  // round compared; the streamed path is the one a 20,000-firm, 400-round export takes (bench/exportLarge.ts)
  const main = { ...presetScenario('micron-2023'), firms: 1000, rounds: 8 };
  const noBan = {
    ...main,
    timeline: main.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
  };
  const ws: Workspace = {
    ...newWorkspace(main),
    branches: [
      ...newWorkspace(main).branches,
      { id: 'no-ban', name: 'No ban', parent: 'main', fromRound: 3, scenario: noBan },
    ],
  };

  for (const [branchId, schedule] of [
    ['main', []],
    ['no-ban', [{ fromRound: 3, scenario: noBan }]],
  ] as const) {
    it(`${branchId}: the same fingerprint, every point with every firm, the same JSON and CSV text`, () => {
      const run = runScenario(main, undefined, [...schedule]);
      const twin = twinOf(run);
      const whole = reportOfRun(run, undefined, twin);
      const streamed = streamedReportOfRun(run, twin);
      expect(streamed.report.fingerprint).toBe(whole.fingerprint);
      expect(runFingerprint(run, main, schedule, twin)).toBe(whole.fingerprint);
      whole.series.forEach((point, t) => expect(streamed.pointAt(t)).toEqual(point));
      // the streamed series keeps the named firms only, as the whole one has them
      const anchors = new Set(run.firms.filter((f) => f.anchor).map((f) => f.id));
      expect(anchors.size).toBeGreaterThan(0);
      expect(anchors.size).toBeLessThan(run.firms.length);
      streamed.report.series.forEach((point, t) => {
        expect(Object.keys(point.firms)).toEqual([...anchors]);
        expect(point).toEqual({
          ...whole.series[t],
          firms: Object.fromEntries(Object.entries(whole.series[t].firms).filter(([id]) => anchors.has(id))),
        });
      });
      const { report, pointAt } = exportReportOfBranch({ workspace: ws, branchId }, run, twin);
      const expected = withEffects(reportOfBranch({ workspace: ws, branchId }), run, twin);
      expect(report.fingerprint).toBe(expected.fingerprint);
      expect([...jsonPieces(report, pointAt)].join('')).toBe(runJson(expected));
      expect(runCsv(report)).toBe(runCsv(expected));
    });
  }

  it('a tournament’s export is its whole report', () => {
    const scenario = { ...presetScenario('tournament'), rounds: 4 };
    const run = runScenario(scenario);
    const { report, pointAt } = exportReportOfBranch({ scenario }, run);
    const expected = withEffects(reportOfBranch({ scenario }), run);
    expect(report.tournament).toBeDefined();
    expect([...jsonPieces(report, pointAt)].join('')).toBe(runJson(expected));
    expect(runFingerprint(run, scenario, [])).toBe(expected.fingerprint);
  });
});
