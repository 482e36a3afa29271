// Hosting: the headers a static host sends (public/_headers) are the ones vite.config.ts defines and `vite preview`
// sends in the browser tests; CSV cells cannot be read as spreadsheet formulas.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../src/model/presets.ts';
import { csvCell, reportScenario, toCsv } from '../src/model/report.ts';
import { parseScenario } from '../src/model/scenario.ts';
import { runCsv } from '../src/sim/branchReport.ts';
import { outcomeById, playSeed } from '../src/sim/ensemble.ts';
import { BANDS_CSV_COLUMNS, bandsCsv, bandTable } from '../src/sim/ensembleReport.ts';
import { CONTENT_SECURITY_POLICY, HOSTING_HEADERS, headersFile } from '../vite.config.ts';

describe('hosting headers', () => {
  it('public/_headers holds exactly the headers vite.config.ts defines', () => {
    expect(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')).toBe(headersFile());
  });

  it('forbid framing, sniffing and referrers, on top of the page’s own policy', () => {
    expect(HOSTING_HEADERS['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(HOSTING_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(HOSTING_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(HOSTING_HEADERS['X-Frame-Options']).toBe('DENY');
    // the worker takes this policy from its script's response: no eval, no scripts from elsewhere
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

describe('CSV cells a spreadsheet could take for formulas (csvCell, the one writer of a cell)', () => {
  const cases: Array<[string | number, string]> = [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `"'\r=1"`],
    ['=1,2', `"'=1,2"`],
    ['-0.03', '-0.03'],
    ['+1.5e-7', '+1.5e-7'],
    ['2023 Q2', '2023 Q2'],
    ['round', 'round'],
    ['a "b", c', '"a ""b"", c"'],
    ['', ''],
    [-0.5, '-0.5'],
    [-1e-7, '-1e-7'],
    [0, '0'],
    [123.457, '123.457'],
  ];
  it.each(cases)('%j becomes %j', (cell, safe) => {
    expect(csvCell(cell)).toBe(safe);
  });

  it('a round label that looks like a formula is neutralised in the app’s CSV and the CLI’s, and numbers stay numbers', () => {
    const report = reportScenario({ ...presetScenario('micron-2023'), rounds: 3 });
    const hostile = { ...report, series: report.series.map((p) => ({ ...p, label: '=1+1' })) };
    for (const csv of [runCsv(hostile), toCsv(hostile)]) {
      const rows = csv.trimEnd().split('\n').slice(1);
      for (const row of rows) expect(row.split(',')[1]).toBe(`'=1+1`);
      expect(rows.every((row) => !/(^|,)[=+@]/.test(row))).toBe(true);
    }
  });

  it('a negative number stays a number in the run CSV: China’s welfare under the Micron ban', () => {
    const report = reportScenario({ ...presetScenario('micron-2023'), firms: 100 });
    expect(report.series.at(-1)!.welfare.CHN).toBeLessThan(0);
    const [header, ...rows] = runCsv(report).trimEnd().split('\n');
    const column = header.split(',').indexOf('welfare.CHN');
    const last = rows.at(-1)!.split(',')[column];
    expect(last).toMatch(/^-\d/);
    expect(Number(last)).toBe(report.series.at(-1)!.welfare.CHN);
  });

  it('a branch named like a formula is neutralised in the bands CSV, and its negative quantiles stay numbers', () => {
    const root = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 4 });
    const runs = [0, 1].map((k) => playSeed({ root, schedule: [], seed: root.seed + k, firms: false }));
    const welfare = outcomeById('welfare.CHN')!;
    const rows = bandsCsv([{ branch: '@SUM(A1)', table: bandTable(runs, [welfare]) }], [welfare])
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((cells) => cells[0] === `'@SUM(A1)`)).toBe(true);
    const p50 = BANDS_CSV_COLUMNS.indexOf('p50');
    const negative = rows.filter((cells) => cells[p50].startsWith('-'));
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.every((cells) => Number.isFinite(Number(cells[p50])))).toBe(true);
  });
});
