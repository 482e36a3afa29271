import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { reportScenario } from '../../src/model/report.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { twinOf } from '../../src/model/twin.ts';
import { twinPointOf } from '../../src/sim/effects.ts';
import { createBatchRunner, type FromBatch } from '../../src/sim/batch.ts';
import {
  atSeed,
  BAND_OUTCOMES,
  bandOf,
  bandsOf,
  ensembleSeeds,
  OUTCOMES,
  outcomeById,
  playSeed,
  twinKey,
  valueAt,
  withTwinOf,
  type SeedSeries,
} from '../../src/sim/ensemble.ts';

const micron = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 8 });
const open = parseScenario({ ...presetScenario('open-world'), firms: 100, rounds: 6 });
const play = (scenario = micron, runs = 6) =>
  ensembleSeeds(scenario.seed, runs).map((seed) => playSeed({ root: scenario, schedule: [], seed }));

describe('one seed played with its twin', () => {
  it('is the run the engine makes at that seed, and its twin', () => {
    const series = playSeed({ root: micron, schedule: [], seed: 77 });
    const run = runScenario({ ...micron, seed: 77 });
    const twin = twinOf(run);
    expect(series.run.map((p) => p.supplyChainCost.CHN)).toEqual(
      run.records.map((r) => r.supplyChainCost.CHN),
    );
    expect(series.twin.map((p) => p.standardsDivergence)).toEqual(
      twin.records.map((r) => r.standardsDivergence),
    );
    expect(series.run[0].firms['micron'].marketShare).toBe(
      run.records[0].firmShare[run.firms.findIndex((f) => f.id === 'micron')],
    );
  });

  it('reads every kept number as the fully reported run and twin have it, though it makes only what it keeps', () => {
    const run = runScenario({ ...micron, seed: 91 });
    const twin = twinOf(run);
    const micronAt = 7 * run.firms.findIndex((f) => f.id === 'micron');
    for (const firms of [false, true]) {
      const series = playSeed({ root: micron, schedule: [], seed: 91, firms });
      const states = (points: SeedSeries['run']) =>
        points.map(({ firms: _, peakCost: __, ...point }) => point);
      expect(states(series.run)).toEqual(run.records.map(twinPointOf));
      expect(states(series.twin)).toEqual(twin.records.map(twinPointOf));
      expect(Object.keys(series.run[3].firms).length).toBe(firms ? 60 : 0);
      if (firms)
        expect(series.run[5].firms['micron'].revenue).toBe(
          run.records[5].firmRevenue.slice(micronAt, micronAt + 7).reduce((a, b) => a + b, 0),
        );
    }
  });

  it('keeps the last round alone when asked', () => {
    const all = playSeed({ root: micron, schedule: [], seed: 5 });
    const last = playSeed({ root: micron, schedule: [], seed: 5, finalOnly: true });
    expect(last.run).toEqual(all.run.slice(-1));
    expect(last.twin).toEqual(all.twin.slice(-1));
  });

  it('moves a branch schedule to the seed with its root', () => {
    const moved = atSeed(micron, [{ fromRound: 3, scenario: micron }], 9);
    expect(moved.root.seed).toBe(9);
    expect(moved.schedule[0].scenario.seed).toBe(9);
    expect(micron.seed).not.toBe(9);
  });

  it('reads no effect in a world without measures', () => {
    for (const s of play(open, 3))
      for (let i = 0; i < s.run.length; i++) {
        expect(valueAt(s, outcomeById('cost.global')!, 'effect', i)).toBe(0);
        expect(valueAt(s, outcomeById('welfare.CHN')!, 'effect', i)).toBe(0);
      }
  });
});

describe('one twin for branches that differ only in their measures', () => {
  // the app plays such a twin once (app/ensemble/ensembleState): every preset, a branch from round 2 that drops its
  // later timeline and turns every state passive, played at two seeds, has the root's twin to the bit
  for (const id of PRESET_IDS) {
    it(`${id}: a branch of other measures has the root's twin key and twin, and withTwinOf completes it as played`, () => {
      const root = parseScenario({ ...presetScenario(id), firms: 100, rounds: 5 });
      const other = parseScenario({
        ...root,
        timeline: root.timeline.filter((e) => e.round < 2),
        states: Object.fromEntries(
          Object.entries(root.states).map(([c, s]) => [c, { ...s, strategy: 'passive' }]),
        ),
      });
      const schedule = [{ fromRound: 2, scenario: other }];
      expect(twinKey(root, schedule)).toBe(twinKey(root, []));
      for (const seed of [root.seed, root.seed + 1]) {
        const own = playSeed({ root, schedule: [], seed, firms: false });
        const full = playSeed({ root, schedule, seed, firms: false });
        expect(full.twin).toEqual(own.twin);
        const alone = playSeed({ root, schedule, seed, firms: false, twin: false });
        expect(alone.twin).toEqual([]);
        expect(withTwinOf(alone, own)).toEqual(full);
      }
    });
  }

  it('tells apart branches whose twin is another world (parameters, noise, round-0 tariffs), and not branches of other words', () => {
    const root = micron;
    const key = twinKey(root, []);
    const branch = (scenario: typeof root) => twinKey(root, [{ fromRound: 2, scenario }]);
    expect(branch({ ...root, params: { ...root.params, interopCost: 0.3 } })).not.toBe(key);
    expect(branch({ ...root, noise: 0.2 })).not.toBe(key);
    const tariff = {
      round: 0,
      action: 'impose' as const,
      measure: {
        kind: 'tariff' as const,
        id: 'extra',
        maker: 'USA' as const,
        target: 'CHN' as const,
        rate: 0.1,
      },
    };
    expect(branch({ ...root, timeline: [...root.timeline, tariff] })).not.toBe(key);
    // words and the order keys were written in are not the world
    expect(branch({ ...root, name: 'Another name', description: 'Other words' })).toBe(key);
    expect(branch(Object.fromEntries(Object.entries(root).reverse()) as typeof root)).toBe(key);
  });
});

describe('bands over seeds', () => {
  const all = play();

  it('match the report percentiles of the raw global cost for the same seeds (those round each run first)', () => {
    const report = reportScenario(micron, { runs: all.length });
    const bands = bandsOf(all, outcomeById('cost.global')!, 'raw');
    const stored = report.percentiles!.supplyChainCost;
    expect(bands.map((b) => b.round)).toEqual(stored.map((p) => p.round));
    bands.forEach((b, t) => {
      for (const q of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) expect(b[q]).toBeCloseTo(stored[t][q], 3);
    });
  });

  it('are ordered p5 <= p25 <= p50 <= p75 <= p95 for every outcome and reading', () => {
    for (const outcome of OUTCOMES)
      for (const reading of ['raw', 'effect'] as const)
        for (const b of bandsOf(all, outcome, reading)) {
          expect(b.p5).toBeLessThanOrEqual(b.p25);
          expect(b.p25).toBeLessThanOrEqual(b.p50);
          expect(b.p50).toBeLessThanOrEqual(b.p75);
          expect(b.p75).toBeLessThanOrEqual(b.p95);
          expect(b.n).toBe(all.length);
        }
  });

  it("show the ban raising China's cost against the twin in every seed", () => {
    const end = bandsOf(all, outcomeById('cost.CHN')!, 'effect').at(-1)!;
    expect(end.p5).toBeGreaterThan(0);
  });

  it('of a branch against itself, paired by seed, are zero', () => {
    for (const b of bandsOf(all, outcomeById('cost.CHN')!, 'effect', all)) {
      expect(b.p5).toBe(0);
      expect(b.p95).toBe(0);
    }
  });

  it('pair by seed, not by position', () => {
    const reversed = [...all].reverse();
    expect(bandsOf(all, outcomeById('cost.USA')!, 'raw', reversed).every((b) => b.p95 === 0)).toBe(true);
    // paired by position the differences would not all be zero
    const shifted: SeedSeries[] = all.map((s, k) => ({ ...all[(k + 1) % all.length], seed: s.seed }));
    expect(bandsOf(all, outcomeById('cost.USA')!, 'raw', shifted).some((b) => b.p95 !== 0)).toBe(true);
  });

  it('leave out values that are not numbers, and a list of none has no band', () => {
    expect(bandOf([Number.NaN, 1, 3], 0, 'r0')).toMatchObject({ p50: 2, n: 2 });
    expect(bandOf([Number.NaN], 0, 'r0')).toBeNull();
  });
});

describe('the batch runner', () => {
  it('posts every result with its index, then done', () => {
    const messages: FromBatch[] = [];
    const receive = createBatchRunner((m) => messages.push(m));
    receive({
      type: 'tasks',
      job: 3,
      first: 10,
      tasks: [11, 12].map((seed) => ({ root: open, schedule: [], seed })),
    });
    expect(messages.map((m) => m.type)).toEqual(['result', 'result', 'done']);
    expect(messages.map((m) => ('index' in m ? m.index : null))).toEqual([10, 11, null]);
  });

  it('stops a slice at a task that fails and says which', () => {
    const messages: FromBatch[] = [];
    const receive = createBatchRunner((m) => messages.push(m));
    const broken = [{ fromRound: 2, scenario: { ...open, firms: 200 } }];
    receive({ type: 'tasks', job: 1, first: 0, tasks: [{ root: open, schedule: broken, seed: 1 }] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', index: 0 });
  });
});

describe('the peak cost effect', () => {
  it('is the running maximum of run minus twin, from 0, and the same whether every round is kept or the last', () => {
    const scenario = parseScenario({ ...presetScenario('two-blocs'), firms: 100, rounds: 12 });
    const full = playSeed({ root: scenario, schedule: [], seed: 5 });
    const last = playSeed({ root: scenario, schedule: [], seed: 5, finalOnly: true });
    const run = runScenario({ ...scenario, seed: 5 });
    const twin = twinOf(run);
    let peak = 0;
    const expected = run.records.map((r, t) => {
      peak = Math.max(peak, r.supplyChainCost.CHN - twin.records[t].supplyChainCost.CHN);
      return peak;
    });
    expect(full.run.map((p) => p.peakCost?.CHN)).toEqual(expected);
    // a cut-off raises China's cost at some round, so the test reads a real peak, not the floor of 0
    expect(expected.at(-1)).toBeGreaterThan(1);
    const outcome = outcomeById('peak.cost.CHN')!;
    expect(valueAt(last, outcome, 'effect', 0)).toBe(expected.at(-1));
    expect(valueAt(last, outcome, 'raw', 0)).toBe(expected.at(-1));
    // the peak is at least the final effect
    expect(valueAt(last, outcome, 'effect', 0)).toBeGreaterThanOrEqual(
      valueAt(last, outcomeById('cost.CHN')!, 'effect', 0),
    );
  });

  it('is not among the outcomes bands are read for', () => {
    expect(BAND_OUTCOMES.some((o) => o.id.startsWith('peak.'))).toBe(false);
    expect(OUTCOMES.filter((o) => o.id.startsWith('peak.cost.')).length).toBeGreaterThan(1);
  });
});
