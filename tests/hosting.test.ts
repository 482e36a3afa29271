// Hosting: the headers a static host sends (public/_headers) are the ones vite.config.ts defines and `vite preview`
// sends in the browser tests; CSV cells cannot be read as spreadsheet formulas.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../src/model/presets.ts';
import { reportScenario } from '../src/model/report.ts';
import { neutraliseCell, reportCsv, runCsv } from '../src/sim/branchReport.ts';
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

describe('CSV cells a spreadsheet could take for formulas', () => {
  const cases: Array<[string, string]> = [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['-0.03', '-0.03'],
    ['+1.5e-7', '+1.5e-7'],
    ['2023 Q2', '2023 Q2'],
    ['round', 'round'],
    ['', ''],
  ];
  it.each(cases)('%j becomes %j', (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });

  it('a round label that looks like a formula is neutralised in the app’s CSV and the CLI’s, and numbers stay numbers', () => {
    const report = reportScenario({ ...presetScenario('micron-2023'), rounds: 3 });
    const hostile = { ...report, series: report.series.map((p) => ({ ...p, label: '=1+1' })) };
    for (const csv of [runCsv(hostile), reportCsv(hostile)]) {
      const rows = csv.trimEnd().split('\n').slice(1);
      for (const row of rows) expect(row.split(',')[1]).toBe(`'=1+1`);
      expect(rows.every((row) => !/(^|,)[=+@]/.test(row))).toBe(true);
    }
  });
});
