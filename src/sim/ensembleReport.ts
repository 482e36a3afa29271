// An ensemble's bands as people get them: the CLI's `ensemble` key (`npm run sim -- --runs N`), the numbers the app
// shows and the CSV it exports. All three read the seeds with bandAt (ensemble.ts) and round as the report rounds
// (round6), so the same seeds give the same digits in the app and on the command line.
//
// API:
//   bandSteps(all, outcomes, against?) -> a generator: one outcome and reading per step, returning the BandTable; the
//                                         app runs a few steps per slice of time, the CLI runs it through (bandTable)
//   bandTable(all, outcomes, against?) -> BandTable     every band at once
//   ensembleReport(all, table) -> EnsembleReport         the CLI's `ensemble` key, rounded
//   bandsCsv(sections, outcomes) -> text                 one row per branch, outcome, reading and round (BANDS_CSV_COLUMNS)
//   ensembleTasks(root, schedule, runs) -> SeedTask[]    the seeds of an ensemble, as the app's pool and the CLI play them
//   playEnsemble(source, runs) -> SeedSeries[]           those tasks played in turn (the CLI)

import type { ParamKey } from '../model/params.ts';
import { csvCell, round6 } from '../model/report.ts';
import type { ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import type { BranchSource } from './branchReport.ts';
import {
  bandAt,
  ensembleSeeds,
  pairBySeed,
  playSeed,
  type Band,
  type Outcome,
  type Reading,
  type SeedSeries,
  type SeedTask,
} from './ensemble.ts';
import { withAssumptions } from './assumptions.ts';
import { scheduleOf } from './workspace.ts';

export const READINGS: readonly Reading[] = ['raw', 'effect'];

/** Bands by outcome id and reading, round 0 first (raw numbers, not rounded). */
export type BandTable = Record<string, Record<Reading, Band[]>>;

/** One outcome's bands in the report: its words and unit, raw and as the effect of the measures. */
export interface OutcomeBands {
  label: string;
  /** unit of the raw reading; the effect is a difference in the same unit (welfare is read against the twin in both) */
  unit: string;
  raw: Band[];
  effect: Band[];
}

/** The CLI's `ensemble` key. */
export interface EnsembleReport {
  runs: number;
  /** the seeds played: first .. last (wrapping at 2^32) */
  seeds: { first: number; last: number };
  outcomes: Record<string, OutcomeBands>;
  /**
   * with --draw-assumptions: the parameters each seed also drew, uniformly within these ranges (sim/assumptions.ts),
   * where the scenario leaves them at their defaults
   */
  assumptions?: Array<{ key: ParamKey; low: number; high: number }>;
}

/** A band with its quantiles rounded as the report rounds every number. */
export function roundBand(b: Band): Band {
  return {
    round: b.round,
    label: b.label,
    p5: round6(b.p5),
    p25: round6(b.p25),
    p50: round6(b.p50),
    p75: round6(b.p75),
    p95: round6(b.p95),
    n: b.n,
  };
}

/**
 * Reads every band of an ensemble, one outcome and reading per step (at most a few milliseconds for 1,000 seeds of
 * 40 rounds). With `against`, the bands are of the per-seed differences, paired by seed.
 */
export function* bandSteps(
  all: readonly SeedSeries[],
  outcomes: readonly Outcome[],
  against?: readonly SeedSeries[],
): Generator<void, BandTable, void> {
  const pairs = against ? pairBySeed(all, against) : undefined;
  const rounds = all[0]?.run.length ?? 0;
  const table: BandTable = {};
  for (const outcome of outcomes) {
    const byReading = {} as Record<Reading, Band[]>;
    for (const reading of READINGS) {
      // welfare is read against the twin already: its effect is the same numbers
      if (reading === 'effect' && outcome.againstTwin) {
        byReading.effect = byReading.raw;
        continue;
      }
      const bands: Band[] = [];
      for (let i = 0; i < rounds; i++) {
        const band = bandAt(all, outcome, reading, i, pairs);
        if (band) bands.push(band);
      }
      byReading[reading] = bands;
      yield;
    }
    table[outcome.id] = byReading;
  }
  return table;
}

/** Every band at once (the CLI; tests). */
export function bandTable(
  all: readonly SeedSeries[],
  outcomes: readonly Outcome[],
  against?: readonly SeedSeries[],
): BandTable {
  const steps = bandSteps(all, outcomes, against);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The CLI's `ensemble` key for seeds played from `all[0].seed`, rounded as the report is. */
export function ensembleReport(
  all: readonly SeedSeries[],
  outcomes: readonly Outcome[],
  table: BandTable = bandTable(all, outcomes),
): EnsembleReport {
  const out: Record<string, OutcomeBands> = {};
  for (const o of outcomes) {
    const t = table[o.id];
    if (!t) continue;
    out[o.id] = {
      label: o.label,
      unit: o.unit,
      raw: t.raw.map(roundBand),
      effect: t.effect.map(roundBand),
    };
  }
  return {
    runs: all.length,
    seeds: { first: all[0]?.seed ?? 0, last: all[all.length - 1]?.seed ?? 0 },
    outcomes: out,
  };
}

/** The columns of the bands CSV, in order (documented in the README). */
export const BANDS_CSV_COLUMNS = [
  'branch',
  'outcome',
  'reading',
  'round',
  'label',
  'p5',
  'p25',
  'p50',
  'p75',
  'p95',
  'seeds',
  'unit',
] as const;

/**
 * The bands as CSV: one row per section (a branch, or "A minus B" for paired differences), outcome, reading and
 * round; the quantiles rounded as the report rounds them.
 */
export function bandsCsv(
  sections: ReadonlyArray<{ branch: string; table: BandTable }>,
  outcomes: readonly Outcome[],
): string {
  const lines = [BANDS_CSV_COLUMNS.map(csvCell).join(',')];
  for (const { branch, table } of sections)
    for (const o of outcomes) {
      const t = table[o.id];
      if (!t) continue;
      for (const reading of READINGS)
        for (const b of t[reading].map(roundBand))
          lines.push(
            [branch, o.id, reading, b.round, b.label, b.p5, b.p25, b.p50, b.p75, b.p95, b.n, o.unit]
              .map(csvCell)
              .join(','),
          );
    }
  return `${lines.join('\n')}\n`;
}

/**
 * Plays the seeds of an ensemble of `runs` runs of a scenario or a workspace's branch (seed, seed + 1, ...; a branch
 * at each seed with its whole schedule), each with its twin, one after another: the CLI's way; the app shares the
 * same tasks out over its pool of workers.
 */
export function playEnsemble(
  source: BranchSource,
  runs: number,
  onSeed?: (done: number, total: number) => void,
  options: EnsembleOptions = {},
): SeedSeries[] {
  const { root, schedule } =
    'workspace' in source
      ? scheduleOf(source.workspace, source.branchId)
      : { root: source.scenario, schedule: source.schedule ?? [] };
  return ensembleTasks(root, schedule, runs, options).map((task, k, all) => {
    const series = playSeed(task);
    onSeed?.(k + 1, all.length);
    return series;
  });
}

export interface EnsembleOptions {
  /** each seed also draws the assumptions the rulebook bounds (assumptions.ts), so the bands span them too */
  assumptions?: boolean;
}

/**
 * The tasks of an ensemble: every seed from the root's, without the anchor firms (the bands read states); with
 * `assumptions`, each seed's scenario carries that seed's drawn assumptions.
 */
export function ensembleTasks(
  root: Scenario,
  schedule: readonly ScheduledScenario[],
  runs: number,
  options: EnsembleOptions = {},
): SeedTask[] {
  return ensembleSeeds(root.seed, runs).map((seed) =>
    options.assumptions
      ? { ...withAssumptions(root, schedule, seed), seed, firms: false }
      : { root, schedule, seed, firms: false },
  );
}
