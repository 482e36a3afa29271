// Invariants of the engine over random scenarios: random seeds, small worlds, few rounds, parameters anywhere in
// their allowed ranges, random strategies and noise, and random timelines of valid measures.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_FIRMS } from '../../src/model/calibration.ts';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { reportScenario } from '../../src/model/report.ts';
import { advance, runScenario, startRun } from '../../src/model/run.ts';
import { parseScenario, type Scenario, type ScenarioInput } from '../../src/model/scenario.ts';
import {
  SECTOR_IDS,
  STANDARD_IDS,
  STATE_CODES,
  STRATEGY_IDS,
  type Measure,
  type StrategyId,
  type TimelineEntry,
} from '../../src/model/types.ts';
import { control, slotSums } from './helpers.ts';

const ANCHORS = ANCHOR_FIRMS.map((f) => f.id);
const PAIRS = STATE_CODES.flatMap((a) => STATE_CODES.filter((b) => b !== a).map((b) => [a, b] as const));

const share = fc.double({ min: 0, max: 1, noNaN: true });
const maker = fc.constantFrom(...STATE_CODES);
const pair = fc.constantFrom(...PAIRS);
const sectors = fc.subarray([...SECTOR_IDS], { minLength: 1 });

type Unnamed<M> = M extends Measure ? Omit<M, 'id'> : never;

const tariffArb: fc.Arbitrary<Unnamed<Measure>> = fc
  .record({
    pair,
    rate: fc.double({ min: 0, max: 2, noNaN: true }),
    sectors: fc.option(sectors, { nil: undefined }),
  })
  .map(({ pair: [m, t], rate, sectors: ks }) => ({
    kind: 'tariff' as const,
    maker: m,
    target: t,
    rate,
    ...(ks ? { sectors: ks } : {}),
  }));

const controlArb: fc.Arbitrary<Unnamed<Measure>> = fc
  .record({
    maker,
    to: fc.oneof(fc.constantFrom<string>(...STATE_CODES, 'ALL'), fc.constantFrom(...ANCHORS)),
    sectors,
    threshold: share,
    size: share,
    joined: fc.subarray([...STATE_CODES]),
  })
  .map(({ maker: m, to, sectors: ks, threshold, size, joined }) => ({
    kind: 'exportControl' as const,
    maker: m,
    target: to === m ? 'ALL' : to,
    sectors: ks,
    threshold,
    size,
    joined: joined.filter((c) => c !== m),
  }));

const otherArb: fc.Arbitrary<Unnamed<Measure>> = fc.oneof(
  fc
    .record({
      maker,
      firm: fc.constantFrom(...ANCHORS),
      scope: fc.constantFrom('cii' as const, 'all' as const),
    })
    .map((m) => ({ kind: 'purchaseBan' as const, ...m })),
  fc
    .record({ maker, firm: fc.constantFrom(...ANCHORS) })
    .map((m) => ({ kind: 'entityListing' as const, ...m })),
  fc
    .record({ maker, sectors, rate: fc.double({ min: 0, max: 0.9, noNaN: true }) })
    .map((m) => ({ kind: 'subsidy' as const, ...m })),
  fc
    .record({
      maker,
      standard: fc.constantFrom(...STANDARD_IDS),
      strength: fc.double({ min: 0, max: 10, noNaN: true }),
    })
    .map((m) => ({ kind: 'standardMandate' as const, ...m })),
);

const measureArb = fc.oneof(tariffArb, controlArb, otherArb);

/** A timeline of valid measures: each imposed at a round, some relaxed a few rounds later. */
function timelineArb(rounds: number): fc.Arbitrary<TimelineEntry[]> {
  return fc
    .array(
      fc.record({
        round: fc.integer({ min: 1, max: rounds }),
        measure: measureArb,
        relaxAfter: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    )
    .map((items) =>
      items.flatMap(({ round, measure, relaxAfter }, i): TimelineEntry[] => {
        const m = { ...measure, id: `m${i}` } as Measure;
        const entries: TimelineEntry[] = [{ round, action: 'impose', measure: m }];
        if (relaxAfter !== undefined && round + relaxAfter <= rounds)
          entries.push({ round: round + relaxAfter, action: 'relax', measureId: m.id });
        return entries;
      }),
    );
}

const paramsArb = fc.record(
  Object.fromEntries(PARAM_SPECS.map((p) => [p.key, fc.double({ min: p.min, max: p.max, noNaN: true })])),
  { requiredKeys: [] },
);

function scenarioArb(strategies: readonly StrategyId[], noise: fc.Arbitrary<number>): fc.Arbitrary<Scenario> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      firms: fc.integer({ min: 100, max: 150 }),
      rounds: fc.integer({ min: 2, max: 6 }),
      noise,
      params: paramsArb,
      strategies: fc.array(fc.constantFrom(...strategies), { minLength: 7, maxLength: 7 }),
    })
    .chain((s) =>
      timelineArb(s.rounds).map((timeline) => {
        const input: ScenarioInput = {
          version: 1,
          name: 'property',
          seed: s.seed,
          rounds: s.rounds,
          firms: s.firms,
          noise: s.noise,
          params: s.params,
          states: Object.fromEntries(STATE_CODES.map((c, i) => [c, { strategy: s.strategies[i] }])),
          timeline,
        };
        return parseScenario(input);
      }),
    );
}

const anyScenario = scenarioArb(STRATEGY_IDS, fc.double({ min: 0, max: 0.5, noNaN: true }));

const inUnit = (x: number) => x >= 0 && x <= 1;

/** a fixed seed keeps the gate reproducible; FC_SEED=<n> explores other scenarios */
const FC = { seed: Number(process.env.FC_SEED ?? 20_261_126) };

describe('invariants over random scenarios', () => {
  it(
    'keeps shares summing to 1 and costs, prices and indices finite and positive, every round',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(anyScenario, (s) => {
          const run = startRun(s);
          while (run.world.round < s.rounds) {
            const record = advance(run);
            const w = run.world;
            for (const sum of slotSums(w)) expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
            for (const x of w.linkShare) expect(x >= 0 && Number.isFinite(x)).toBe(true);
            for (let j = 0; j < w.base.nFirms; j++) {
              const price = w.unitCost[j]! * (1 + w.markup[j]!);
              expect(Number.isFinite(price) && price > 0, `price of ${w.base.firms[j]!.id}`).toBe(true);
              expect(w.markup[j]! >= 0).toBe(true);
            }
            for (const [k, v] of Object.entries(record.supplyChainCost))
              expect(Number.isFinite(v) && v > 0, `cost index ${k}`).toBe(true);
            expect(inUnit(record.standardsDivergence)).toBe(true);
            expect(inUnit(record.crossBlocTradeShare)).toBe(true);
            expect(Number.isFinite(record.escalation) && record.escalation >= 0).toBe(true);
            for (const v of Object.values(record.selfHarm)) expect(Number.isFinite(v) && v >= 0).toBe(true);
          }
        }),
        { ...FC, numRuns: 25 },
      );
    },
  );

  it('gives the same fingerprint for the same scenario and seed', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const a = reportScenario(s);
        const b = reportScenario(structuredClone(s));
        expect(b.fingerprint).toBe(a.fingerprint);
        expect(b.series).toEqual(a.series);
      }),
      { ...FC, numRuns: 15 },
    );
  });
});

/** global cost index of every round after round 0 */
function costs(s: Scenario): number[] {
  return runScenario(s)
    .records.slice(1)
    .map((r) => r.supplyChainCost.global);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function withExtra(s: Scenario, measure: Measure, round: number): Scenario {
  return { ...s, timeline: [...s.timeline, { round: Math.min(round, s.rounds), action: 'impose', measure }] };
}

/**
 * Checks that the scenario with one more measure costs at least as much on average over its rounds, within tol, and,
 * unless `finalTol` is given, in its final round within tol too.
 */
function expectNoCheaper(s: Scenario, more: Scenario, tol: number, finalTol = tol): void {
  const before = costs(s);
  const after = costs(more);
  expect(after[after.length - 1]!).toBeGreaterThanOrEqual(before[before.length - 1]! - finalTol);
  expect(mean(after)).toBeGreaterThanOrEqual(mean(before) - tol);
}

const extraArb = fc.oneof(
  tariffArb.filter((m) => m.kind === 'tariff' && m.rate > 0),
  controlArb.filter((m) => m.kind === 'exportControl' && m.size > 0),
);

/**
 * Index points a second-order effect may move the index the other way by. Shifting demand between suppliers moves them
 * along their learning curves (a firm with a short history learns fast from extra output), which can lower a few
 * costs by a hair; with restrictions priced (premiums at least 5%), random search found such moves below 1e-5 in most
 * worlds (the final round's exception: LEARNING_GAIN).
 */
const TOLERANCE = 1e-3;

/**
 * Index points per unit of a control's size by which its final round may come out cheaper than without it. A control
 * moves demand at once to suppliers with a shorter history, who learn faster from it: with qualification lags a
 * quarter as long, a memory control of size 0.006 (0.012) joined by three states lowers a two-round world's final
 * index by 0.0013 (0.002) points while its first round's rises by 0.015; the same with switching time 1. About 0.2
 * points per unit of size; the mean over the rounds still rises.
 */
const LEARNING_GAIN = 0.3;

/** Scenarios in which nothing but the timeline acts: no strategy answers, no ally joins, no noise. */
const quiet = scenarioArb(['passive', 'scripted'] as StrategyId[], fc.constant(0)).map((s) => ({
  ...s,
  params: { ...s.params, joinRate: 0 },
}));

describe('an open world', () => {
  // A change of stack is a cause of its own: with the interoperability cost on (standards.ts interopFactors), a firm
  // that moves to a stack its partners do not use raises what they pay from the next round. Over 48 noisy open worlds
  // (choice noise up to 3) the index rose in 130 rounds, every one of them after a change of stack.
  it(
    'with no measures and no noise, the global cost index never rises from one round to the next, unless a firm changed stack the round before and the interoperability cost is on, or a supplier is short of capacity',
    { timeout: 60_000 },
    () => {
      const open = scenarioArb(['passive'] as StrategyId[], fc.constant(0)).map((s) => ({
        ...s,
        timeline: [],
      }));
      fc.assert(
        fc.property(open, (s) => {
          const run = startRun(s);
          const cost = [100];
          const stacks = [run.world.standard];
          // a supplier short of capacity (demand growing faster than it builds) prices the shortage: a real rise
          const short = [false];
          while (run.world.round < s.rounds) {
            cost.push(advance(run).supplyChainCost.global);
            stacks.push(run.world.standard);
            short.push(run.world.served.some((x) => x < 1) || run.world.markup.some((m) => m > 0));
          }
          const interop = run.world.base.params.interopCost > 0;
          for (let i = 1; i < cost.length; i++) {
            const switched = i >= 2 && stacks[i - 1]!.some((x, j) => x !== stacks[i - 2]![j]);
            if ((interop && switched) || short[i]) continue;
            expect(cost[i]!).toBeLessThanOrEqual(cost[i - 1]! + 1e-9);
          }
        }),
        { ...FC, numRuns: 20 },
      );
    },
  );
});

describe('more restriction, all else equal', () => {
  it(
    'adding an export control or a tariff never lowers the mean global cost index, nor the final round’s by more than a learning effect, when restrictions carry their premiums',
    { timeout: 60_000 },
    () => {
      const priced = quiet.map((s) => ({
        ...s,
        params: {
          ...s.params,
          blockedPremium: Math.max(0.05, s.params.blockedPremium ?? 1),
          shortagePremium: Math.max(0.05, s.params.shortagePremium ?? 0.3),
        },
      }));
      fc.assert(
        fc.property(priced, extraArb, fc.integer({ min: 1, max: 6 }), (s, extra, at) => {
          const measure = { ...extra, id: 'extra' } as Measure;
          // the final round may gain by learning in proportion to the demand a control moves (see LEARNING_GAIN)
          const moved = measure.kind === 'exportControl' ? measure.size : 0;
          expectNoCheaper(s, withExtra(s, measure, at), TOLERANCE, TOLERANCE + LEARNING_GAIN * moved);
        }),
        { ...FC, numRuns: 30 },
      );
    },
  );

  // At the edge of the allowed parameters: the premiums at their lowest (0.05), no scarcity markup, no fixed costs and
  // no learning spill-over. With the premiums at 0 (no longer allowed) the control moved memory demand to makers with
  // a short production history, who learn faster from it, and the index fell by about 0.036 points: a restriction
  // then had no price of its own. The premiums' floor of 0.05 keeps that learning effect below the tolerance.
  it('adding an export control never lowers the cost index, even with the premiums at their lowest', () => {
    const s = parseScenario({
      version: 1,
      name: 'free restriction',
      seed: 0,
      rounds: 4,
      firms: 100,
      params: {
        shortagePremium: 0.05,
        scarcityMarkup: 0,
        fixedCostShare: 0,
        learningSpillover: 0,
        blockedPremium: 0.05,
        joinRate: 0,
      },
    });
    const memory = control('USA', 'ALL', ['memory'], { joined: ['KOR'], id: 'extra' });
    expectNoCheaper(s, withExtra(s, memory, 1), 1e-9);
  });

  // Each control draws its allies from its own stream (alliance.ts), so an unrelated control changes nothing here.
  it('adding a negligible export control does not change when allies join other controls', () => {
    const s = parseScenario({
      version: 1,
      name: 'allies',
      seed: 11,
      rounds: 6,
      firms: 100,
      params: { joinRate: 0.3, joinLag: 0 },
      timeline: [
        {
          round: 3,
          action: 'impose',
          measure: control('USA', 'CHN', ['lithography', 'process'], { id: 'late' }),
        },
      ],
    });
    const negligible = control('USA', 'CHN', ['cars'], { size: 1e-9, id: 'a-tiny' });
    /** who has joined the control 'late', round by round */
    const joinsOfLate = (scenario: Scenario) =>
      runScenario(scenario).records.map((r) => {
        const late = r.measures.find((m) => m.id === 'late');
        return late?.kind === 'exportControl' ? [...(late.joined ?? [])] : [];
      });
    const without = joinsOfLate(s);
    // the case means something only if allies do join
    expect(without[without.length - 1]!.length).toBeGreaterThan(0);
    expect(joinsOfLate(withExtra(s, negligible, 1))).toEqual(without);
    expectNoCheaper(s, withExtra(s, negligible, 1), TOLERANCE);
  });
});
