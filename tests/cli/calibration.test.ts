// The calibration table against published figures: every row marked 'expected' must hold its median inside its
// band over 20 seeds, every known miss must say why, and docs/calibration.md must be the table as the model now
// makes it (regenerate with `npm run calibrate`).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_SEEDS,
  CALIBRATION_TARGETS,
  RULEBOOK_CHECKS,
  SeedRuns,
  calibrationSeed,
  calibrationMarkdown,
  insideWords,
  runCalibration,
} from '../../src/cli/calibration.ts';

// each seed's runs made once, for the table and the rulebook's checks alike
const seedRuns = Array.from({ length: CALIBRATION_SEEDS }, (_, k) => new SeedRuns(calibrationSeed(k)));

describe('the calibration table', () => {
  const rows = runCalibration(CALIBRATION_SEEDS, undefined, (k) => seedRuns[k]!);

  it.each(rows.filter((r) => r.target.status === 'expected').map((r) => [r.target.id, r] as const))(
    '%s: the model’s median over 20 seeds is inside the published band',
    (_, row) => {
      expect(row.p50).toBeGreaterThanOrEqual(row.target.lo);
      expect(row.p50).toBeLessThanOrEqual(row.target.hi);
      expect(row.p5).toBeLessThanOrEqual(row.p50);
      expect(row.p95).toBeGreaterThanOrEqual(row.p50);
    },
  );

  it('says why for every figure the model misses, and a known miss that starts to fit is moved to expected', () => {
    for (const row of rows.filter((r) => r.target.status === 'miss')) {
      expect(row.target.why?.length ?? 0, row.target.id).toBeGreaterThan(40);
      expect(row.inside, `${row.target.id} now fits: mark it expected`).toBe(false);
    }
  });

  it('gives every figure a source and a reason for its band', () => {
    for (const t of CALIBRATION_TARGETS) {
      expect(t.source.length, t.id).toBeGreaterThan(10);
      expect(t.tolerance.length, t.id).toBeGreaterThan(5);
      // and says what a match shows: a test, a fit of a parameter, or an input reproduced
      expect(t.evidenceWhy.length, t.id).toBeGreaterThan(20);
      expect(t.lo, t.id).toBeLessThan(t.hi);
    }
    expect(new Set(CALIBRATION_TARGETS.map((t) => t.id)).size).toBe(CALIBRATION_TARGETS.length);
  });

  it('says how many seeds are inside where not all agree with the median, and nothing more where they do', () => {
    const expected = rows.find((r) => r.target.status === 'expected')!;
    const miss = rows.find((r) => r.target.status === 'miss')!;
    expect(insideWords({ ...expected, inside: true, seedsInside: 20, seeds: 20 })).toBe('yes');
    expect(insideWords({ ...expected, inside: true, seedsInside: 17, seeds: 20 })).toBe(
      'yes; 17 of 20 seeds inside',
    );
    expect(insideWords({ ...miss, inside: false, seedsInside: 0, seeds: 20 })).toBe('no (known miss)');
    expect(insideWords({ ...miss, inside: false, seedsInside: 3, seeds: 20 })).toBe(
      'no (known miss); 3 of 20 seeds inside',
    );
    for (const r of rows) {
      expect(r.seeds).toBe(CALIBRATION_SEEDS);
      expect(r.seedsInside).toBeGreaterThanOrEqual(0);
      expect(r.seedsInside).toBeLessThanOrEqual(r.seeds);
      // every seed inside puts the 5th and 95th percentiles inside too
      if (r.seedsInside === r.seeds) {
        expect(r.p5, r.target.id).toBeGreaterThanOrEqual(r.target.lo);
        expect(r.p95, r.target.id).toBeLessThanOrEqual(r.target.hi);
      }
    }
  });

  it('docs/calibration.md is the table the model now makes (run npm run calibrate after a model change)', () => {
    const written = readFileSync(new URL('../../docs/calibration.md', import.meta.url), 'utf8');
    expect(written).toBe(calibrationMarkdown(rows, CALIBRATION_SEEDS));
  });
}, 120_000);

describe('the rulebook’s claims about the calibration runs', () => {
  const runs = seedRuns;
  it.each(RULEBOOK_CHECKS.map((c) => [c.id, c] as const))('%s holds in each of the 20 seeds', (_, check) => {
    const values = runs.map((r) => {
      const value = check.measure(r);
      expect(value, `${check.sentence} (seed ${r.seed})`).toBeGreaterThanOrEqual(check.lo);
      expect(value, `${check.sentence} (seed ${r.seed})`).toBeLessThanOrEqual(check.hi);
      return value;
    });
    if (check.across) {
      const sum = values.reduce((a, b) => a + b, 0);
      const total = check.across.of === 'sum' ? sum : sum / values.length;
      expect(total, `${check.sentence} (the ${check.across.of} over the seeds)`).toBeGreaterThanOrEqual(
        check.across.lo,
      );
      expect(total, `${check.sentence} (the ${check.across.of} over the seeds)`).toBeLessThanOrEqual(
        check.across.hi,
      );
    }
  });
}, 120_000);
