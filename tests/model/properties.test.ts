// Invariants of the engine over random scenarios: random seeds, small worlds, few rounds, parameters anywhere in
// their allowed ranges, random strategies and noise, and random timelines of valid measures.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_FIRMS, SECTORS } from '../../src/model/calibration.ts';
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
import type { WorldBase } from '../../src/model/world.ts';
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
 * Index points a second-order effect may move the index the other way by, beyond the effects allowed below. Shifting
 * demand between suppliers moves them along their learning curves (a firm with a short history learns fast from extra
 * output), which can lower a few costs by a hair: over 6,000 random cases of the property below (fast-check seeds
 * 1-200, 30 each), the mean fell by at most 0.00007 points beyond the idle allowance for export controls and 0.000004
 * for tariffs.
 */
const TOLERANCE = 1e-3;

/**
 * Index points per unit of a control's size by which its final round may come out cheaper than without it. A control
 * moves demand at once to suppliers with a shorter history, who learn faster from it: with qualification lags a
 * quarter as long, a memory control of size 0.006 (0.012) joined by three states lowers a two-round world's final
 * index by 0.0013 (0.002) points while its first round's rises by 0.015; the same with switching time 1. About 0.2
 * points per unit of size (at most 0.13 beyond the idle allowance in the search above); the mean over the rounds
 * still rises.
 */
const LEARNING_GAIN = 0.3;

/**
 * Index points per index point of idle work, times the fixed cost share, by which a restriction may lower the index
 * in a round. A measure takes work from some suppliers (the tariffed or controlled firms, their own suppliers, and
 * everyone upstream of buyers who now buy less) and gives it to others. A supplier left below plan cuts its price
 * toward marginal cost by fixedCostShare x the share of its plan left idle (learning.ts idlePricing); one pushed above
 * plan does not raise it until demand passes its capacity (the scarcity markup). So the cut is not offset, and every
 * other buyer of the idled supplier pays less. Where the measure's own price does not reach the index (a tariff or
 * control on devices is paid by households, and the index is device makers' input cost) this can be all it does to
 * the index. Its size: at most fixedCostShare x the value added of the work lost (a cut of fixedCostShare x lost /
 * plan, on fewer units than plan), summed over suppliers and taken in index points of device makers' round-0 input
 * bill (idleWork): hence a gain of 1. A 10.5% US tariff on China's phones (seed 0, 100 firms, no demand growth or
 * elasticity) moves 0.72 units of phone output (of 353 units of device makers' input bill) from Chinese makers to
 * others and takes 0.013 units of value added from chip makers (TSMC, China's logic and memory): its first round is
 * 0.00063 points cheaper, of which idle pricing -0.00069 (logic made in Taiwan -0.00037, in China -0.00015) and
 * learning +0.000003, against an allowance of 0.00074. Over 12,000 random cases (seeds 1-400) the mean's fall beyond
 * TOLERANCE reached 0.93 of the allowance.
 */
const IDLE_GAIN = 1;

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

const DEVICE_TIER = SECTORS.map((s) => s.tier === 'devices');

interface Trace {
  base: WorldBase;
  /** global cost index of every round after round 0 */
  cost: number[];
  /** every firm's output, every round after round 0 */
  output: Float64Array[];
  /** whether a supplier was short of capacity (demand unserved, or a scarcity markup) in some round */
  short: boolean;
}

function trace(s: Scenario): Trace {
  const run = startRun(s);
  const out: Trace = { base: run.world.base, cost: [], output: [], short: false };
  while (run.world.round < s.rounds) {
    out.cost.push(advance(run).supplyChainCost.global);
    const w = run.world;
    // copied: a run writes over the arrays of the world two rounds back
    out.output.push(w.output.slice());
    out.short ||= w.served.some((x) => x < 1) || w.markup.some((m) => m > 0);
  }
  return out;
}

/**
 * Per round, the value added of the work a measure took from suppliers upstream of device makers (each one's output
 * without the measure less its output with it, where positive, at round-0 prices), in index points of device makers'
 * round-0 input bill: what idle pricing can give back (IDLE_GAIN).
 */
function idleWork(without: Trace, more: Trace): number[] {
  const base = without.base;
  let bill = 0;
  for (let j = 0; j < base.nFirms; j++)
    if (DEVICE_TIER[base.nodeSector[j]!]) bill += base.output0[j]! * base.inputCost0[j]!;
  return without.output.map((before, r) => {
    let lost = 0;
    for (let j = 0; j < base.nFirms; j++) {
      const d = before[j]! - more.output[r]![j]!;
      if (d > 0 && !DEVICE_TIER[base.nodeSector[j]!]) lost += base.va0[j]! * d;
    }
    return (100 * lost) / bill;
  });
}

describe('more restriction, all else equal', () => {
  // Outside the claim, two ways a restriction can make the index cheaper for which no bound is derived here:
  // - A world whose suppliers are short of capacity without the measure. A measure that cuts demand (households buy
  //   fewer of the devices it makes dearer) or moves it off a short supplier lets it serve more, and the shortage
  //   premium and scarcity markup fall: a 200% Taiwanese tariff on US servers and lithography tools lowered a
  //   four-round world's final index by 0.81 points. About one random case in seven is short without the measure.
  // - The technology gap (techGapCost, here 0). A buyer pays extra for chips and tools below its own level, and the
  //   calibration keeps its round-0 share of such suppliers (the gap is in its preference weights), so the index, the
  //   share-weighted price buyers pay, counts that premium. A control that cuts buyers off a supplier behind them
  //   moves them to suppliers nearer their level and spares it (see the test below); one that shrinks a buyer's output
  //   slows its catch-up, and so the gap it pays. In random search a Japanese control on every export to Taiwan
  //   made a six-round world's final round 0.39 points cheaper (0.28 dearer without the gap cost).
  it(
    'adding an export control or a tariff, where no supplier is short of capacity and with no technology gap cost, never lowers the mean global cost index by more than the price cuts of the suppliers it leaves idle, nor the final round’s by more than those and a learning effect, when restrictions carry their premiums',
    { timeout: 60_000 },
    () => {
      const priced = quiet.map((s) => ({
        ...s,
        params: {
          ...s.params,
          blockedPremium: Math.max(0.05, s.params.blockedPremium ?? 1),
          shortagePremium: Math.max(0.05, s.params.shortagePremium ?? 0.3),
          techGapCost: 0,
        },
      }));
      fc.assert(
        fc.property(priced, extraArb, fc.integer({ min: 1, max: 6 }), (s, extra, at) => {
          const without = trace(s);
          fc.pre(!without.short);
          const measure = { ...extra, id: 'extra' } as Measure;
          const more = trace(withExtra(s, measure, at));
          const idle = idleWork(without, more).map((x) => IDLE_GAIN * more.base.params.fixedCostShare * x);
          // the final round may gain by learning in proportion to the demand a control moves (see LEARNING_GAIN)
          const learning = measure.kind === 'exportControl' ? LEARNING_GAIN * measure.size : 0;
          const last = s.rounds - 1;
          expect(more.cost[last]!).toBeGreaterThanOrEqual(
            without.cost[last]! - TOLERANCE - learning - idle[last]!,
          );
          expect(mean(more.cost)).toBeGreaterThanOrEqual(mean(without.cost) - TOLERANCE - mean(idle));
        }),
        { ...FC, numRuns: 30 },
      );
    },
  );

  // The mechanism IDLE_GAIN allows for, in a world without demand growth (with it, suppliers run a little above plan,
  // capacity following demand a round behind, and a small loss of work leaves none idle) and with households' demand
  // fixed, so the tariff only moves phone purchases between makers.
  it('a tariff on phones can lower the cost index by idling chip makers, and no longer does without fixed costs', () => {
    const phones: Measure = {
      kind: 'tariff',
      id: 'extra',
      maker: 'USA',
      target: 'CHN',
      rate: 0.25,
      sectors: ['phones'],
    };
    const world = (fixedCostShare: number) =>
      parseScenario({
        version: 1,
        name: 'idle chip makers',
        seed: 0,
        rounds: 2,
        firms: 100,
        params: { demandGrowth: 0, demandElasticity: 0, fixedCostShare },
      });
    const s = world(0.2);
    const without = trace(s);
    const more = trace(withExtra(s, phones, 1));
    expect(without.short || more.short).toBe(false);
    const idle = idleWork(without, more).map((x) => IDLE_GAIN * 0.2 * x);
    // cheaper in both rounds, on average by more than TOLERANCE (-0.0013, -0.0020 points; allowed 0.0015, 0.0028)
    more.cost.forEach((c, r) => {
      expect(c).toBeLessThan(without.cost[r]!);
      expect(c).toBeGreaterThanOrEqual(without.cost[r]! - idle[r]!);
    });
    expect(mean(more.cost)).toBeLessThan(mean(without.cost) - TOLERANCE);
    // with no fixed costs an idle supplier has no price to cut, and the tariff raises the index (+0.0002, +0.0005)
    const plain = world(0);
    const plainWithout = trace(plain);
    trace(withExtra(plain, phones, 1)).cost.forEach((c, r) =>
      expect(c).toBeGreaterThan(plainWithout.cost[r]!),
    );
  });

  // The technology gap the property above leaves out. In this world (seed 9, 101 firms) a generated Japanese logic
  // maker at level 0.42 supplies 3-5% of US device makers' logic (Apple at 0.95 pays 1.5 x 0.53 = 80% more for it):
  // the control moves that demand to TSMC, Intel and Samsung, nearer the buyers' level.
  it('an export control can lower the cost index by moving buyers off a supplier behind them, and no longer does without the gap cost', () => {
    const logic = control('JPN', 'USA', ['logic'], { id: 'extra' });
    const world = (techGapCost: number) =>
      parseScenario({
        version: 1,
        name: 'gap',
        seed: 9,
        rounds: 2,
        firms: 101,
        params: { joinRate: 0, techGapCost },
      });
    const s = world(1.5);
    const without = costs(s);
    const more = costs(withExtra(s, logic, 1));
    // -0.17 and -0.20 points
    more.forEach((c, r) => expect(c).toBeLessThan(without[r]! - 0.1));
    // +0.13 and +0.09 points
    const plain = world(0);
    const plainWithout = costs(plain);
    costs(withExtra(plain, logic, 1)).forEach((c, r) => expect(c).toBeGreaterThan(plainWithout[r]!));
  });

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
