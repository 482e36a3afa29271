// Generators of valid scenarios and workspaces for the share tests (fast-check), and a deep freeze that makes any
// change to a workspace passed in throw.

import fc from 'fast-check';
import { ANCHOR_FIRMS } from '../../src/model/calibration.ts';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { parseScenario, type Scenario } from '../../src/model/scenario.ts';
import {
  SECTOR_IDS,
  STANDARD_IDS,
  STATE_CODES,
  STRATEGY_IDS,
  type TimelineEntry,
} from '../../src/model/types.ts';
import { formatted, type BranchSpec, type Workspace } from '../../src/sim/workspace.ts';
import { utf8Length } from '../../src/sim/files/validate.ts';

/** names people and pranksters type: markup and quotes are data and must come back verbatim */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"quotes" & <b>bold</b> \\ back\\slash',
  '{{ template }} {@html x}',
  'الحرب التجارية — 貿易戦争 🚢',
];

const text = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength }), fc.constantFrom(...HOSTILE_TEXT));

/** any double in range; -0 is read back as 0 (JSON has no -0), so it is generated as 0 */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));

const state = fc.constantFrom(...STATE_CODES);
const sectors = (minLength: number) => fc.subarray([...SECTOR_IDS], { minLength });
const anchor = fc.constantFrom(...ANCHOR_FIRMS.map((f) => f.id));

const makerAndTarget = fc
  .tuple(state, state)
  .filter(([a, b]) => a !== b)
  .map(([maker, target]) => ({ maker, target }));

const measure = (id: string) =>
  fc
    .oneof(
      fc.record(
        {
          kind: fc.constant('tariff' as const),
          id: fc.constant(id),
          pair: makerAndTarget,
          sectors: sectors(0),
          rate: num(0, 5),
        },
        { requiredKeys: ['kind', 'id', 'pair', 'rate'] },
      ),
      fc.record(
        {
          kind: fc.constant('exportControl' as const),
          id: fc.constant(id),
          pair: fc.oneof(
            makerAndTarget,
            fc.record({ maker: state, target: fc.oneof(fc.constant('ALL'), anchor) }),
          ),
          sectors: sectors(1),
          threshold: num(0, 1),
          size: num(0, 1),
          joined: fc.subarray([...STATE_CODES]),
        },
        { requiredKeys: ['kind', 'id', 'pair', 'sectors'] },
      ),
      fc.record(
        {
          kind: fc.constant('purchaseBan' as const),
          id: fc.constant(id),
          maker: state,
          firm: anchor,
          scope: fc.constantFrom('cii' as const, 'all' as const),
        },
        { requiredKeys: ['kind', 'id', 'maker', 'firm'] },
      ),
      fc.record({
        kind: fc.constant('entityListing' as const),
        id: fc.constant(id),
        maker: state,
        firm: anchor,
      }),
      fc.record({
        kind: fc.constant('subsidy' as const),
        id: fc.constant(id),
        maker: state,
        sectors: sectors(1),
        rate: num(0, 0.9),
      }),
      fc.record({
        kind: fc.constant('standardMandate' as const),
        id: fc.constant(id),
        maker: state,
        standard: fc.constantFrom(...STANDARD_IDS),
        strength: num(0, 10),
      }),
    )
    .map((m) => {
      // the pair of a tariff or control keeps maker and target apart, as the scenario requires
      if ('pair' in m) {
        const { pair, ...rest } = m;
        return { ...rest, ...pair };
      }
      return m;
    });

const timeline = (rounds: number) =>
  fc
    .array(
      fc.record({
        round: fc.integer({ min: 1, max: rounds }),
        later: fc.integer({ min: 0, max: 5 }),
        follow: fc.constantFrom('none', 'relax', 'join'),
        joiner: state,
        note: fc.option(text(200), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .chain((plans) =>
      fc.tuple(...plans.map((_, i) => measure(`m${i}`))).map((measures) => {
        const imposes = plans.map((p, i) => ({
          round: p.round,
          action: 'impose' as const,
          measure: measures[i],
          ...(p.note === undefined ? {} : { note: p.note }),
        }));
        // relax and join entries come after every impose, at or after the round of the measure they name
        const follows = plans.flatMap((p, i): TimelineEntry[] => {
          const round = Math.min(rounds, p.round + p.later);
          if (p.follow === 'relax') return [{ round, action: 'relax' as const, measureId: `m${i}` }];
          if (p.follow === 'join')
            return [{ round, action: 'join' as const, measureId: `m${i}`, state: p.joiner }];
          return [];
        });
        return [...imposes, ...follows];
      }),
    );

const params = fc.record(
  Object.fromEntries(PARAM_SPECS.map((p) => [p.key, num(p.min, p.max)])) as Record<
    string,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
);

const stateConfig = fc.record(
  {
    strategy: fc.constantFrom(...STRATEGY_IDS),
    alignment: num(-1, 1),
    ciiShare: num(0, 1),
    subsidyBudget: num(0, 0.5),
    forgiveness: num(0, 1),
  },
  { requiredKeys: [] },
);

const states = fc.record(
  Object.fromEntries(STATE_CODES.map((c) => [c, stateConfig])) as Record<string, typeof stateConfig>,
  { requiredKeys: [] },
);

/** A valid scenario with every default filled in, as the app holds it. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .integer({ min: 1, max: 400 })
  .chain((rounds) =>
    fc.record(
      {
        version: fc.constant(1),
        preset: fc.string({ maxLength: 80 }),
        name: text(200),
        description: fc.string({ unit: 'binary', maxLength: 400 }),
        seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        rounds: fc.constant(rounds),
        firms: fc.integer({ min: 100, max: 20000 }),
        start: fc.record({
          year: fc.integer({ min: 1900, max: 2200 }),
          quarter: fc.integer({ min: 1, max: 4 }),
        }),
        noise: num(0, 0.5),
        params,
        states,
        timeline: timeline(rounds),
        sources: fc.array(fc.string({ maxLength: 100 }), { maxLength: 4 }),
        tournament: fc.record({ rotations: fc.integer({ min: 1, max: 7 }) }),
      },
      { requiredKeys: ['version', 'name', 'seed', 'rounds', 'firms'] },
    ),
  )
  .map((input) => parseScenario(input));

/** A valid workspace: a main line and up to four branches, each forking from an earlier one. */
export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    main: scenarioArb,
    branches: fc.array(
      fc.record({
        parentPick: fc.nat(),
        fromRound: fc.integer({ min: 0, max: 400 }),
        name: text(80),
        scenario: scenarioArb,
      }),
      { maxLength: 4 },
    ),
    activePick: fc.nat(),
    comparePick: fc.option(fc.nat(), { nil: null }),
    alsoPicks: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ main, branches, activePick, comparePick, alsoPicks }) => {
    const list: BranchSpec[] = [{ id: 'main', name: 'Main run', parent: null, fromRound: 0, scenario: main }];
    branches.forEach((b, i) => {
      const parent = list[b.parentPick % list.length];
      // a branch from a later round keeps the seed and world size of its parent, as the engine requires
      const scenario =
        b.fromRound > 1
          ? { ...b.scenario, seed: parent.scenario.seed, firms: parent.scenario.firms }
          : b.scenario;
      list.push({
        id: `branch-${i + 1}`,
        name: b.name.slice(0, 80),
        parent: parent.id,
        fromRound: b.fromRound,
        scenario,
      });
    });
    const compare = comparePick === null ? null : list[comparePick % list.length].id;
    // more compared branches only after a first, each once (the schema's structure check refuses anything else)
    const also = compare === null ? [] : [...new Set(alsoPicks.map((k) => list[k % list.length].id))];
    const compareAlso = also.filter((id) => id !== compare);
    // stamped as the app writes it, so that a round trip gives back exactly what went in
    return formatted({
      version: 1,
      branches: list,
      active: list[activePick % list.length].id,
      compare,
      ...(compareAlso.length > 0 ? { compareAlso } : {}),
    });
  });

/** Freezes a value and everything in it, so that any attempt to change it throws (modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** text that takes 1 to 4 bytes a character in UTF-8, for notes that fill a file */
const padText = fc.constantFrom('a', 'é', '€', '😀').map((c) => c.repeat(200 / c.length));

/**
 * A valid workspace of about `min` to `max` bytes (UTF-8) as compact JSON: workspaceArb with long timelines (notes of 1- to
 * 4-byte characters) added to its branches, up to the schema's limits, so that files near the import limit are made.
 */
export const largeWorkspaceArb = (
  min: number,
  max: number,
  notes: fc.Arbitrary<string> = padText,
): fc.Arbitrary<Workspace> =>
  fc
    .record({
      ws: workspaceArb,
      target: fc.integer({ min: Math.round(min), max: Math.round(max) }),
      note: notes,
    })
    .map(({ ws, target, note }) => {
      let size = utf8Length(JSON.stringify(ws));
      const branches = ws.branches.map((b) => {
        const timeline = [...b.scenario.timeline];
        while (size < target && timeline.length < 2000) {
          const entry: TimelineEntry = {
            round: b.scenario.rounds,
            action: 'impose',
            measure: { kind: 'tariff', id: `pad-${timeline.length}`, maker: 'USA', target: 'CHN', rate: 0.1 },
            note,
          };
          timeline.push(entry);
          size += utf8Length(JSON.stringify(entry)) + 1;
        }
        return { ...b, scenario: parseScenario({ ...b.scenario, timeline }) };
      });
      return { ...ws, branches };
    });
