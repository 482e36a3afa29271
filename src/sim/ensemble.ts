// Ensembles: one world played at many seeds, each seed beside its no-measures twin, read as bands. Everything the app's
// ensembles, sensitivity and sweeps show, and the CLI's --runs, --sweep and --sensitivity print, is made of one task:
// play a scenario (and the schedule of a branch) at one seed with its twin, and keep the few series they read
// (SeedSeries). Tasks are independent, so the app shares them out over a pool of workers (batch.ts) and the CLI plays
// them in turn; both read them with the functions below, so the same seeds give the same numbers in both.
//
// Seeds: an ensemble of N runs plays seeds seed, seed + 1, ..., seed + N - 1 (wrapping at 2^32), as the CLI's --runs
// always has. A branch is played at each seed with its whole schedule moved to that seed (a branch keeps its parent's
// seed). Differences between branches are paired by seed: the band of "A minus B" is the band of the per-seed
// differences, which is far narrower than the gap between two bands when the seed moves both alike.

import { recycling } from '../model/arrays.ts';
import { canonicalJson } from '../model/fingerprint.ts';
import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { quantileSorted } from '../model/report.ts';
import { advance, finalRound, startRun, type Run, type ScheduledScenario } from '../model/run.ts';
import type { Scenario } from '../model/scenario.ts';
import { startTwin, twinScenario } from '../model/twin.ts';
import { STATE_CODES, type RoundRecord, type StateCode } from '../model/types.ts';
import { twinPointOf, type TwinPoint } from './effects.ts';

/** One seed of one world: what a worker is asked to play. */
export interface SeedTask {
  root: Scenario;
  schedule: readonly ScheduledScenario[];
  seed: number;
  /** keep only the last round (sensitivity and sweeps read the end of the run; bands read every round) */
  finalOnly?: boolean;
  /**
   * keep the anchor firms (default true). The app's ensembles leave them out: 60 firms at every round make a seed
   * about 40 times larger to post, hold and clone, and its charts read states, not firms.
   */
  firms?: boolean;
  /**
   * play the twin (default true). false leaves the series' twin empty, and its run without peakCost, for the caller
   * to fill from another task of the same seed whose twin is the same (twinKey; withTwinOf), as the app does when
   * branches that differ only in their measures are played together: their twin is one world
   */
  twin?: boolean;
}

/** An anchor firm at one round, as an ensemble reads it. */
export interface SeedFirm {
  /** share of its sector's sales, 0-1 */
  marketShare: number;
  /** revenue from all customer states */
  revenue: number;
}

/** One round of a seed's run: the twin's series plus the anchor firms. */
export interface SeedPoint extends TwinPoint {
  firms: Record<string, SeedFirm>;
  /**
   * on the run's points: the largest rise of each cost index over the twin's at any round up to this one (index
   * points, 0 if it never rose), so a tornado or sweep that keeps only the last round still reads the worst quarter
   */
  peakCost?: Record<'global' | StateCode, number>;
}

type CostKey = 'global' | StateCode;
const COST_KEYS: readonly CostKey[] = ['global', ...STATE_CODES];

/** The peak cost effect up to each round: the running maximum of run minus twin, from 0. */
function peakCosts(
  run: readonly Pick<RoundRecord, 'supplyChainCost'>[],
  twin: readonly Pick<RoundRecord, 'supplyChainCost'>[],
): Record<CostKey, number>[] {
  // The running maxima in an array, and each round's copy made key by key in one order: an object of whole zeros
  // whose fields later take fractions changed its shape in V8 afresh for every seed.
  const peak = COST_KEYS.map(() => 0);
  return run.map((r, t) => {
    const out = {} as Record<CostKey, number>;
    COST_KEYS.forEach((c, k) => {
      const effect = r.supplyChainCost[c] - (twin[t]?.supplyChainCost[c] ?? r.supplyChainCost[c]);
      if (effect > peak[k]!) peak[k] = effect;
      out[c] = peak[k]!;
    });
    return out;
  });
}

/** One seed played: the run's rounds and its twin's, round 0 first (or the last round alone, for finalOnly). */
export interface SeedSeries {
  seed: number;
  run: SeedPoint[];
  twin: SeedPoint[];
}

/** The seeds of an ensemble of `runs` runs from `seed`. */
export function ensembleSeeds(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, k) => (seed + k) >>> 0);
}

/** The scenario and the branch's schedule, every one of them moved to `seed`. */
export function atSeed(
  root: Scenario,
  schedule: readonly ScheduledScenario[],
  seed: number,
): { root: Scenario; schedule: ScheduledScenario[] } {
  return {
    root: { ...root, seed },
    schedule: schedule.map((s) => ({ fromRound: s.fromRound, scenario: { ...s.scenario, seed } })),
  };
}

function seedPointOf(run: Run, record: RoundRecord, withFirms = true): SeedPoint {
  const firms: Record<string, SeedFirm> = {};
  for (let i = 0; withFirms && i < run.firms.length && i < ANCHOR_FIRMS.length; i++) {
    const info = run.firms[i];
    if (!info.anchor) continue;
    let revenue = 0;
    for (let s = 0; s < STATE_CODES.length; s++) revenue += record.firmRevenue[i * STATE_CODES.length + s];
    firms[info.id] = { marketShare: record.firmShare[i], revenue };
  }
  return { ...twinPointOf(record), firms };
}

/**
 * Plays one seed with its twin, round by round, and keeps what ensembles read. The run and twin are dropped when it
 * returns, so the arrays their rounds made are kept for the next seed (model/arrays.ts recycling): the series it
 * returns are plain numbers copied out of them.
 */
export function playSeed(task: SeedTask): SeedSeries {
  return recycling(() => playSeedOnce(task));
}

function playSeedOnce(task: SeedTask): SeedSeries {
  const { root, schedule } = atSeed(task.root, task.schedule, task.seed);
  const run = startRun(root, schedule);
  const twin = task.twin === false ? null : startTwin(run);
  // Only what seedPointOf reads is made round by round: no event text, no selfHarm, no per-firm numbers unless kept.
  const outcomesOnly = { firms: task.firms !== false };
  run.context.outcomesOnly = outcomesOnly;
  if (twin) twin.context.outcomesOnly = outcomesOnly;
  const end = finalRound(run);
  while (run.world.round < end) {
    advance(run);
    if (twin) advance(twin);
  }
  const keep = (r: Run) => {
    const records = task.finalOnly ? r.records.slice(-1) : r.records;
    return records.map((record) => seedPointOf(r, record, task.firms !== false));
  };
  if (!twin) return { seed: task.seed, run: keep(run), twin: [] };
  const peaks = peakCosts(run.records, twin.records);
  const kept = keep(run);
  const first = task.finalOnly ? peaks.length - 1 : 0;
  kept.forEach((point, i) => (point.peakCost = peaks[first + i]));
  return { seed: task.seed, run: kept, twin: keep(twin) };
}

/**
 * What a branch's twin is made of, as a string: two branches with the same key have the same twin at every seed
 * (to the bit; tests/sim/ensemble.test.ts), so an ensemble plays it once. The twin keeps the root's world, parameters and
 * round-0 tariffs (twin.ts twinScenario), and a scheduled scenario only where its twin differs from the one before it:
 * a step whose twin is the same world changes nothing the twin plays.
 */
export function twinKey(root: Scenario, schedule: readonly ScheduledScenario[]): string {
  let last = twinText(root);
  const steps: string[] = [last];
  for (const s of [...schedule].sort((a, b) => a.fromRound - b.fromRound)) {
    const twin = twinText(s.scenario);
    if (twin === last) continue;
    steps.push(`${s.fromRound}:${twin}`);
    last = twin;
  }
  return steps.join('\n');
}

/** A scenario's twin as text, keys sorted, without the words a seed's series never reads (name, description, sources). */
function twinText(scenario: Scenario): string {
  const { name: _name, description: _description, sources: _sources, ...played } = twinScenario(scenario);
  return canonicalJson(played);
}

/**
 * A series played without its twin (SeedTask.twin false), completed with the twin of another series of the same seed
 * and twin key: the twin's points, and the run's peak cost effects read against them.
 */
export function withTwinOf(series: SeedSeries, other: SeedSeries): SeedSeries {
  if (series.seed !== other.seed || series.run.length !== other.twin.length)
    throw new Error(`seed ${series.seed}: no twin of the same seed and length to share`);
  const peaks = peakCosts(series.run, other.twin);
  return {
    seed: series.seed,
    run: series.run.map((p, i) => ({ ...p, peakCost: peaks[i] })),
    twin: other.twin,
  };
}

/** How a series is read: the raw index, or the effect of the measures (run minus twin). */
export type Reading = 'raw' | 'effect';

/** An outcome an ensemble can show: its id (CLI and CSV), its words, its unit, and how one point gives it. */
export interface Outcome {
  id: string;
  label: string;
  /** unit of the raw value; an effect is in the same unit, as a difference (welfare is an effect already) */
  unit: string;
  /** the value at one round of a run (raw), given that round of the twin (welfare needs it) */
  raw: (run: SeedPoint, twin: SeedPoint) => number;
  /** whether the raw value is already read against the twin (welfare): its effect is itself */
  againstTwin?: boolean;
}

const welfare =
  (c: StateCode) =>
  (run: SeedPoint, twin: SeedPoint): number => {
    const base = twin.realIncome[c];
    return base > 0 ? 100 * (run.realIncome[c] / base - 1) : 0;
  };

/** Every outcome, in the order the app lists them. Ids are a contract: the CLI and the CSV exports use them. */
export const OUTCOMES: readonly Outcome[] = [
  {
    id: 'cost.global',
    label: 'Supply-chain cost, world',
    unit: 'index (round 0 = 100)',
    raw: (r) => r.supplyChainCost.global,
  },
  ...STATE_CODES.map((c): Outcome => ({
    id: `cost.${c}`,
    label: `Supply-chain cost, ${c}`,
    unit: 'index (round 0 = 100)',
    raw: (r) => r.supplyChainCost[c],
  })),
  {
    id: 'divergence',
    label: 'Standards divergence',
    unit: '0-1',
    raw: (r) => r.standardsDivergence,
  },
  {
    id: 'crossBloc',
    label: 'Cross-bloc trade share',
    unit: 'share of all trade, 0-1',
    raw: (r) => r.crossBlocTradeShare,
  },
  ...STATE_CODES.map((c): Outcome => ({
    id: `welfare.${c}`,
    label: `Welfare, ${c}`,
    unit: '% of real income without the measures',
    raw: welfare(c),
    againstTwin: true,
  })),
  ...COST_KEYS.map((c): Outcome => ({
    id: `peak.cost.${c}`,
    label: `Peak cost effect, ${c === 'global' ? 'world' : c}`,
    unit: 'index points over the twin, worst round so far',
    raw: (r) => r.peakCost?.[c] ?? 0,
    againstTwin: true,
  })),
  ...ANCHOR_FIRMS.map((f): Outcome => ({
    id: `firm.${f.id}.revenue`,
    label: `${f.name}: revenue`,
    unit: 'revenue (round 0 world = 1 per sector)',
    raw: (r) => r.firms[f.id]?.revenue ?? 0,
  })),
  ...ANCHOR_FIRMS.map((f): Outcome => ({
    id: `firm.${f.id}.marketShare`,
    label: `${f.name}: market share`,
    unit: 'share of its sector, 0-1',
    raw: (r) => r.firms[f.id]?.marketShare ?? 0,
  })),
];

/**
 * The outcomes an ensemble's bands are read for in the app and in the CLI's `ensemble` key: cost (world and by state),
 * divergence, cross-bloc trade and welfare by state. The firms' outcomes and the peaks are for sensitivity and sweeps.
 */
export const BAND_OUTCOMES: readonly Outcome[] = OUTCOMES.filter(
  (o) => !o.id.startsWith('firm.') && !o.id.startsWith('peak.'),
);

const OUTCOME_BY_ID = new Map(OUTCOMES.map((o) => [o.id, o]));

/** The outcome with this id, or undefined. */
export function outcomeById(id: string): Outcome | undefined {
  return OUTCOME_BY_ID.get(id);
}

/** The outcome at the i-th kept round of one seed, read raw or as the effect of the measures. */
export function valueAt(series: SeedSeries, outcome: Outcome, reading: Reading, i: number): number {
  const run = series.run[i];
  const twin = series.twin[i];
  if (!run || !twin) return Number.NaN;
  const value = outcome.raw(run, twin);
  if (reading === 'raw' || outcome.againstTwin) return value;
  return value - outcome.raw(twin, twin);
}

/** The spread of one outcome at one round over the seeds (the R-7 rule, as the CLI's percentiles). */
export interface Band {
  round: number;
  label: string;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  /** seeds read (those that reached this round) */
  n: number;
}

/** The band of a list of values (NaN left out), or null when there is none. */
export function bandOf(values: readonly number[], round: number, label: string): Band | null {
  // sorted as numbers by the typed array's own sort, not by a comparator called per step: the app reads every band of
  // 1,000 seeds after the last one is played, on the way to the chart
  const finite = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) finite[n++] = v;
  const sorted = finite.subarray(0, n).sort();
  if (sorted.length === 0) return null;
  const q = (p: number) => quantileSorted(sorted, p);
  return {
    round,
    label,
    p5: q(0.05),
    p25: q(0.25),
    p50: q(0.5),
    p75: q(0.75),
    p95: q(0.95),
    n: sorted.length,
  };
}

/** Each seed of `all` with its partner of the same seed in `against`; seeds missing from either side left out. */
export function pairBySeed(
  all: readonly SeedSeries[],
  against: readonly SeedSeries[],
): Array<[SeedSeries, SeedSeries]> {
  const other = new Map(against.map((s) => [s.seed, s]));
  const out: Array<[SeedSeries, SeedSeries]> = [];
  for (const s of all) {
    const o = other.get(s.seed);
    if (o) out.push([s, o]);
  }
  return out;
}

/**
 * The band of an outcome at the i-th kept round of an ensemble, or of its per-seed differences from `pairs` (from
 * pairBySeed) when given. bandsOf is this at every round; the app calls it a few rounds at a time, so a long ensemble
 * is read without one long task on the page.
 */
export function bandAt(
  all: readonly SeedSeries[],
  outcome: Outcome,
  reading: Reading,
  i: number,
  pairs?: ReadonlyArray<readonly [SeedSeries, SeedSeries]>,
): Band | null {
  const first = all[0];
  const at = first?.run[i];
  if (!at) return null;
  const values: number[] = [];
  if (!pairs) for (const s of all) values.push(valueAt(s, outcome, reading, i));
  else
    for (const [s, o] of pairs)
      values.push(valueAt(s, outcome, reading, i) - valueAt(o, outcome, reading, i));
  return bandOf(values, at.round, at.label);
}

/**
 * Bands of an outcome round by round over an ensemble. With `against` (the same seeds played for another branch), the
 * bands are of the per-seed differences, this ensemble minus that one, paired by seed; seeds missing from either side
 * are left out.
 */
export function bandsOf(
  all: readonly SeedSeries[],
  outcome: Outcome,
  reading: Reading,
  against?: readonly SeedSeries[],
): Band[] {
  const first = all[0];
  if (!first) return [];
  const pairs = against ? pairBySeed(all, against) : undefined;
  const out: Band[] = [];
  for (let i = 0; i < first.run.length; i++) {
    const band = bandAt(all, outcome, reading, i, pairs);
    if (band) out.push(band);
  }
  return out;
}
