// Shared builders for the engine's tests: small scenarios and worlds, a deep snapshot that sees inside typed arrays,
// and a fake decision context for the retaliation strategies.

import { expect } from 'vitest';
import type { ModelParams } from '../../src/model/params.ts';
import type { Candidate, DecisionContext } from '../../src/model/retaliation.ts';
import { createRng, type Rng } from '../../src/model/rng.ts';
import { startRun, type Run } from '../../src/model/run.ts';
import {
  parseScenario,
  resolveScenario,
  type Scenario,
  type ScenarioInput,
} from '../../src/model/scenario.ts';
import {
  SECTOR_IDS,
  type Measure,
  type MeasureKind,
  type Observation,
  type SectorId,
  type StateCode,
  type StateConfig,
  type TimelineEntry,
} from '../../src/model/types.ts';
import {
  buildWorld,
  stateIndex,
  type MeasureMeta,
  type StrategyMemory,
  type World,
} from '../../src/model/world.ts';

/** the smallest world the model builds: fast enough to step hundreds of times in a test */
export const SMALL = 100;

/** A checked scenario of a small world with every default filled in; fields given override the defaults. */
export function scenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return parseScenario({ version: 1, name: 'test', seed: 7, rounds: 4, firms: SMALL, ...overrides });
}

/** The round-0 world of a scenario. */
export function worldOf(s: Scenario): World {
  const { params, states } = resolveScenario(s);
  return buildWorld({ seed: s.seed, firms: s.firms, params, states });
}

/** A small round-0 world, with parameters and state settings changed where given. */
export function smallWorld(
  params: Partial<ModelParams> = {},
  states: Partial<Record<StateCode, Partial<StateConfig>>> = {},
  seed = 7,
): World {
  return worldOf(scenario({ seed, params, states }));
}

export function smallRun(overrides: Partial<ScenarioInput> = {}): Run {
  return startRun(scenario(overrides));
}

/** The same world with some measures in force, as if imposed at the given round. */
export function withMeasures(world: World, measures: Measure[], imposedRound = world.round): World {
  const meta: Record<string, MeasureMeta> = { ...world.meta };
  for (const m of measures)
    meta[m.id] = { imposedRound, intensity: 1, intensityByState: [0, 0, 0, 0, 0, 0, 0], source: 'timeline' };
  return { ...world, measures: [...world.measures, ...measures], meta };
}

export function firmIndex(world: World, id: string): number {
  const j = world.base.firmIndex.get(id);
  if (j === undefined) throw new Error(`no firm ${id} in the test world`);
  return j;
}

export function impose(round: number, measure: Measure): TimelineEntry {
  return { round, action: 'impose', measure };
}

export function tariff(
  maker: StateCode,
  target: StateCode,
  rate: number,
  id = `${maker}-t-${target}`,
): Measure {
  return { kind: 'tariff', id, maker, target, rate };
}

export function control(
  maker: StateCode,
  target: string,
  sectors: SectorId[],
  extra: { threshold?: number; size?: number; joined?: StateCode[]; id?: string } = {},
): Measure {
  return {
    kind: 'exportControl',
    id: extra.id ?? `${maker}-c-${target}-${sectors.join('+')}`,
    maker,
    target,
    sectors,
    threshold: extra.threshold ?? 0,
    size: extra.size ?? 1,
    ...(extra.joined ? { joined: extra.joined } : {}),
  };
}

export function ban(maker: StateCode, firm: string, scope: 'cii' | 'all' = 'cii'): Measure {
  return { kind: 'purchaseBan', id: `${maker}-ban-${firm}-${scope}`, maker, firm, scope };
}

/**
 * A plain, comparable copy of any value: typed arrays become tagged number lists, Maps and Sets become sorted entry
 * lists, so that `expect(snapshot(x)).toEqual(before)` notices a change to a single element of a typed array.
 */
export function snapshot(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number>;
    return { typed: value.constructor.name, values: Array.from(arr, (x) => (Object.is(x, -0) ? '-0' : x)) };
  }
  if (value instanceof Map) return { map: [...value.entries()].map(([k, v]) => [snapshot(k), snapshot(v)]) };
  if (value instanceof Set) return { set: [...value].map(snapshot) };
  if (Array.isArray(value)) return value.map(snapshot);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v)]));
  }
  return value;
}

/** Runs fn on inputs and checks that none of them changed, typed arrays included. */
export function expectUnchanged(inputs: unknown[], fn: () => unknown): void {
  const before = inputs.map(snapshot);
  fn();
  inputs.forEach((input, i) => expect(snapshot(input)).toEqual(before[i]));
}

/** Share of every slot, summed: each should be 1. */
export function slotSums(world: World, share: Float64Array = world.linkShare): number[] {
  const base = world.base;
  const sums: number[] = [];
  for (let s = 0; s < base.slotNode.length; s++) {
    let t = 0;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++) t += share[l]!;
    sums.push(t);
  }
  return sums;
}

/** Slots whose buyer is in a state and that buy the sector of a given firm, with the link to that firm. */
/**
 * Whether a slot's buyer makes servers or telecom equipment (or is a final buyer of them): the only buyers a CII
 * purchase ban reaches. Named here, not read from the world, so that tests check the world's flags.
 */
export function criticalSlot(world: World, slot: number): boolean {
  const base = world.base;
  const sector = SECTOR_IDS[base.nodeSector[base.slotNode[slot]!]!];
  return sector === 'servers' || sector === 'telecom';
}

export function linksTo(
  world: World,
  firm: number,
  buyerState?: StateCode,
): Array<{ slot: number; link: number }> {
  const base = world.base;
  const out: Array<{ slot: number; link: number }> = [];
  for (let s = 0; s < base.slotNode.length; s++) {
    if (buyerState !== undefined && base.nodeState[base.slotNode[s]!] !== stateIndex[buyerState]) continue;
    for (let l = base.slotStart[s]!, end = l + base.slotLen[s]!; l < end; l++)
      if (base.linkSupplier[l] === firm) out.push({ slot: s, link: l });
  }
  return out;
}

// ---- retaliation ----

export function observation(
  from: StateCode,
  kind: MeasureKind,
  intensity: number,
  action: 'impose' | 'relax' = 'impose',
): Observation {
  return { from, kind, action, intensity, misperceived: false };
}

/** A candidate move of `self` against `target` with a given size and self-harm. */
export function candidate(
  self: StateCode,
  target: StateCode,
  kind: 'tariff' | 'exportControl' | 'purchaseBan' | 'entityListing',
  intensity: number,
  selfHarm = intensity,
): Candidate {
  const id = `${self}-${kind}-${target}-${intensity}`;
  const measure: Measure =
    kind === 'tariff'
      ? { kind, id, maker: self, target, rate: intensity / 10 }
      : kind === 'exportControl'
        ? { kind, id, maker: self, target, sectors: ['memory'], threshold: 0, size: 1 }
        : kind === 'purchaseBan'
          ? { kind, id, maker: self, firm: 'micron', scope: 'cii' }
          : { kind, id, maker: self, firm: 'huawei' };
  return { measure, intensity, selfHarm };
}

export interface FakeContextOptions {
  self?: StateCode;
  round?: number;
  observations?: Observation[];
  menus?: Partial<Record<StateCode, Candidate[]>>;
  active?: Partial<Record<StateCode, Measure[]>>;
  memory?: StrategyMemory;
  config?: Partial<StateConfig>;
  params?: Partial<ModelParams>;
  rng?: Rng;
}

/** A DecisionContext with hand-made menus and active measures, and nothing else behind it. */
export function fakeContext(o: FakeContextOptions = {}): DecisionContext {
  const params = resolveScenario(scenario()).params;
  return {
    self: o.self ?? 'USA',
    round: o.round ?? 1,
    observations: o.observations ?? [],
    memory: o.memory ?? { grim: [], imposedLast: {} },
    config: {
      strategy: 'passive',
      alignment: 1,
      ciiShare: 0.3,
      subsidyBudget: 0.05,
      forgiveness: 1 / 3,
      ...o.config,
    },
    params: { ...params, ...o.params },
    rng: o.rng ?? createRng(1),
    menu: (offender) => o.menus?.[offender] ?? [],
    activeAgainst: (offender) => o.active?.[offender] ?? [],
  };
}
