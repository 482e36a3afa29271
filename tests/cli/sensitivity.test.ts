// The CLI's --sensitivity and --sweep: flags, refusals in one sentence, and the printed shapes (in process, with
// stdout and stderr caught; one child process as a user runs it).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs, UsageError, USAGE } from '../../src/cli/cli.ts';

const root = new URL('../../', import.meta.url).pathname;

function capture(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

const small = ['--preset', 'micron-2023', '--firms', '100', '--rounds', '3', '--runs', '2'];

describe('sim --sensitivity and --sweep', () => {
  it('reads the flags, a sweep twice at most, and checks the outcome and the reading', () => {
    const o = parseArgs(['--sensitivity', '--outcome', 'cost.CHN', '--reading', 'raw', '--runs', '4']);
    expect(o).toMatchObject({
      sensitivity: true,
      outcome: 'cost.CHN',
      reading: 'raw',
      runs: 4,
      runsGiven: true,
    });
    const s = parseArgs(['--sweep', 'elasticityScale=0.25:3:4', '--sweep=noise=0:0.1:2']);
    expect(s.sweeps).toEqual(['elasticityScale=0.25:3:4', 'noise=0:0.1:2']);
    expect(() => parseArgs(['--sweep', 'a=1:2:2', '--sweep', 'b=1:2:2', '--sweep', 'c=1:2:2'])).toThrow(
      /at most twice/,
    );
    expect(() => parseArgs(['--outcome', 'cost.MARS'])).toThrow(UsageError);
    expect(() => parseArgs(['--outcome', 'cost.MARS'])).toThrow(/outcomes: cost.global, cost.USA/);
    expect(() => parseArgs(['--reading', 'sideways'])).toThrow(/effect or raw/);
    expect(() => parseArgs(['--parameters', 'elasticityScale,warpFactor'])).toThrow(
      /unknown parameter "warpFactor"/,
    );
    expect(USAGE).toMatch(/--sensitivity/);
    expect(USAGE).toMatch(/--sweep PATH=FROM:TO:STEPS/);
  });

  it('refuses what does not go together, in one line with status 2 and nothing on stdout', () => {
    for (const [argv, message] of [
      [[...small, '--sensitivity', '--sweep', 'noise=0:0.1:2'], 'give --sensitivity or --sweep, not both'],
      [[...small, '--outcome', 'cost.CHN'], '--outcome and --reading go with --sensitivity or --sweep'],
      [[...small, '--sweep', 'noise=0:0.1:2', '--parameters', 'noise'], 'unknown parameter "noise"'],
      [
        [...small, '--sweep', 'elasticityScale=0:3:4'],
        'Substitution scale (elasticityScale) runs from 0.25 to 3',
      ],
      [[...small, '--sweep', 'elasticityScale=0.25:3'], '--sweep expects PATH=FROM:TO:STEPS'],
      [[...small, '--sweep', 'name=0:1:2'], '"name" is not a number field of the scenario'],
    ] as const) {
      const r = capture([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints the tornado as JSON, ranked, each row with its basis and both ends', () => {
    const r = capture([...small, '--sensitivity', '--parameters', 'shortagePremium,elasticityScale,joinLag']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).sensitivity;
    expect(t.outcome.id).toBe('cost.global');
    expect(t.reading).toBe('effect');
    expect(t.seeds).toEqual([2023, 2024]);
    expect(t.firms).toBe(100);
    expect(t.rows.map((row: { key: string }) => row.key).sort()).toEqual([
      'elasticityScale',
      'joinLag',
      'shortagePremium',
    ]);
    const swings = t.rows.map((row: { swing: number }) => row.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    const row = t.rows.find((x: { key: string }) => x.key === 'elasticityScale');
    expect(row).toMatchObject({ basis: 'sourced', low: { value: 0.25 }, high: { value: 3 } });
    expect(Object.keys(row.low.change).sort()).toEqual([
      'label',
      'n',
      'p25',
      'p5',
      'p50',
      'p75',
      'p95',
      'round',
    ]);
  });

  // the rulebook (Sensitivity, "Few seeds"): its example of a long whisker, as the view shows it (8 seeds from 2023)
  // and over 20 seeds
  it('at the high end of demand elasticity in micron-2023 China’s cost effect changes by 0.01 to 0.09 points over the view’s 8 seeds (median about 0.07), and 0.03 to 0.09 over 20', () => {
    const highEnd = (runs: string) => {
      const args = ['--preset', 'micron-2023', '--sensitivity', '--outcome', 'cost.CHN'];
      const r = capture([...args, '--parameters', 'demandElasticity', '--runs', runs]);
      expect(r.code).toBe(0);
      const row = JSON.parse(r.stdout).sensitivity.rows[0];
      expect(row).toMatchObject({ key: 'demandElasticity', high: { value: 3 } });
      return row.high.change as { p5: number; p50: number; p95: number; n: number };
    };
    const eight = highEnd('8');
    expect(eight.n).toBe(8);
    expect(eight.p5).toBeGreaterThanOrEqual(0.01);
    expect(eight.p95).toBeLessThanOrEqual(0.09);
    expect(eight.p50).toBeGreaterThanOrEqual(0.06);
    expect(eight.p50).toBeLessThanOrEqual(0.075);
    const twenty = highEnd('20');
    expect(twenty.n).toBe(20);
    expect(twenty.p5).toBeGreaterThanOrEqual(0.03);
    expect(twenty.p95).toBeLessThanOrEqual(0.09);
  }, 60_000);

  it('prints a two-path sweep as CSV, one row per pair of values', () => {
    const r = capture([
      ...small,
      '--sweep',
      'shortagePremium=0.1:1.1:3',
      '--sweep',
      'noise=0:0.1:2',
      '--outcome',
      'divergence',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('outcome,reading,params.shortagePremium,noise,seeds,p5,p25,p50,p75,p95');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toMatch(/^divergence,effect,0\.1,0\.1,2,/);
    expect(r.stdout).not.toMatch(/NaN/);
  });

  it('runs as a user runs it, with the default of 8 seeds', async () => {
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [
        'src/cli/sim.ts',
        '--preset',
        'micron-2023',
        '--firms',
        '100',
        '--rounds',
        '2',
        '--sweep',
        'joinRate=0:1:2',
        '--outcome',
        'welfare.CHN',
      ],
      { cwd: root },
    );
    const sweep = JSON.parse(stdout).sweep;
    expect(sweep.seeds).toHaveLength(8);
    expect(sweep.axes[0]).toMatchObject({ path: 'params.joinRate', label: 'Ally join rate', values: [0, 1] });
    expect(sweep.cells).toHaveLength(2);
    expect(sweep.cells[0].band.n).toBe(8);
  });
});
