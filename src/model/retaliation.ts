// Retaliation strategies: each state's habit of turning what it saw into intended measures. Every strategy is a small
// object with the same interface, so a classroom can pit them against each other as in Axelrod's tournaments.

import { log } from './detmath.ts';
import type { ModelParams } from './params.ts';
import type { Rng } from './rng.ts';
import { sectorSpec } from './calibration.ts';
import {
  SECTOR_IDS,
  STATE_CODES,
  type CauseRule,
  type EventCause,
  type Measure,
  type MeasureKind,
  type Observation,
  type StateCode,
  type StateConfig,
  type StrategyId,
} from './types.ts';
import { NK, NS, slotCiiShare, stateIndex, type StrategyMemory, type World } from './world.ts';

/** A move on the set of measures: impose (or replace) one, or relax one. */
export type Move = { action: 'impose'; measure: Measure } | { action: 'relax'; measureId: string };

/** A move a strategy intends, with why: the rule that fired and, where there is one, the act it answers. */
export type Intent = Move & { cause: EventCause };

/** A measure a state could take against another, with its size and an estimate of what it costs the state itself. */
export interface Candidate {
  measure: Measure;
  /** intensity felt by the target, in % of round-0 cross-border trade */
  intensity: number;
  /** estimated harm to the state's own buyers and firms, same unit */
  selfHarm: number;
}

export interface DecisionContext {
  self: StateCode;
  round: number;
  observations: readonly Observation[];
  memory: StrategyMemory;
  config: StateConfig;
  params: ModelParams;
  rng: Rng;
  /** measures this state could take against the offender, computed on demand */
  menu(offender: StateCode): Candidate[];
  /** this state's active measures that bear on the offender, oldest first */
  activeAgainst(offender: StateCode): Measure[];
}

export interface Decision {
  intents: Intent[];
  memory: StrategyMemory;
}

export interface Strategy {
  id: StrategyId;
  label: string;
  description: string;
  decide(ctx: DecisionContext): Decision;
}

/** Axelrod's payoffs: temptation, reward, punishment, sucker. */
export const PAYOFFS = { T: 5, R: 3, P: 1, S: 0 } as const;

/** The largest hostile act each offender was seen to impose this round. */
export function hostileActs(observations: readonly Observation[]): Map<StateCode, Observation> {
  const out = new Map<StateCode, Observation>();
  for (const o of observations) {
    if (o.action !== 'impose') continue;
    const prev = out.get(o.from);
    if (!prev || o.intensity > prev.intensity) out.set(o.from, o);
  }
  return out;
}

export function relaxations(observations: readonly Observation[]): Set<StateCode> {
  return new Set(observations.filter((o) => o.action === 'relax').map((o) => o.from));
}

function logDistance(a: number, b: number): number {
  return Math.abs(log(Math.max(a, 1e-6) / Math.max(b, 1e-6)));
}

/** The candidate of the same kind closest in size; any kind when the state has no measure of that kind to use. */
export function pickMirror(
  menu: readonly Candidate[],
  kind: MeasureKind,
  intensity: number,
): Candidate | undefined {
  const same = menu.filter((c) => c.measure.kind === kind);
  return pickClosest(same.length > 0 ? same : menu, intensity);
}

export function pickClosest(menu: readonly Candidate[], intensity: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of menu) {
    if (!best || logDistance(c.intensity, intensity) < logDistance(best.intensity, intensity) - 1e-12)
      best = c;
  }
  return best;
}

/** Among moves within half to one and a half times the wanted size, the one that spares the state's own industry. */
export function pickSparing(menu: readonly Candidate[], intensity: number): Candidate | undefined {
  const near = menu.filter((c) => c.intensity >= intensity * 0.5 && c.intensity <= intensity * 1.5);
  if (near.length === 0) return pickClosest(menu, intensity);
  return near.reduce((best, c) =>
    c.selfHarm / c.intensity < best.selfHarm / best.intensity - 1e-12 ? c : best,
  );
}

/** Why a strategy acts: the rule that fired and, where it answers one, the act as it was seen last round. */
function because(
  ctx: DecisionContext,
  strategy: StrategyId,
  rule: CauseRule,
  act?: Observation,
  extra: Partial<EventCause> = {},
): EventCause {
  const cause: EventCause = { source: 'strategy', strategy, rule };
  if (act) cause.act = { ...act, round: ctx.round - 1 };
  return { ...cause, ...extra };
}

function impose(c: Candidate | undefined, cause: EventCause): Intent[] {
  return c ? [{ action: 'impose', measure: c.measure, cause }] : [];
}

/** Impose a chosen answer to an act, saying how large it is beside the act where the rule is about size. */
function answer(
  ctx: DecisionContext,
  strategy: StrategyId,
  rule: CauseRule,
  act: Observation,
  c: Candidate | undefined,
  sized = false,
): Intent[] {
  if (!c) return [];
  return impose(c, because(ctx, strategy, rule, act, sized ? { ratio: c.intensity / act.intensity } : {}));
}

/** Relax the newest of this state's measures against the offender. */
function relaxNewest(ctx: DecisionContext, offender: StateCode, cause: EventCause): Intent[] {
  const active = ctx.activeAgainst(offender);
  const last = active[active.length - 1];
  return last ? [{ action: 'relax', measureId: last.id, cause }] : [];
}

type Respond = (ctx: DecisionContext, offender: StateCode, act: Observation) => Intent[];

/** Strategies that answer each hostile act and relax when the other relaxes differ only in how they answer. */
function reactive(
  id: StrategyId,
  respond: Respond,
  forgiveQuietRounds: boolean,
): (ctx: DecisionContext) => Decision {
  return (ctx) => {
    const intents: Intent[] = [];
    const hostile = hostileActs(ctx.observations);
    const relaxed = relaxations(ctx.observations);
    // Quiet rounds are counted only so that a forgiving relaxation can say how long it waited.
    const quiet: Partial<Record<StateCode, number>> | undefined = forgiveQuietRounds ? {} : undefined;
    for (const offender of STATE_CODES) {
      if (offender === ctx.self) continue;
      const act = hostile.get(offender);
      if (quiet) quiet[offender] = act ? 0 : (ctx.memory.quiet?.[offender] ?? 0) + 1;
      if (act) intents.push(...respond(ctx, offender, act));
      else if (relaxed.has(offender)) {
        const lifted = ctx.observations.find((o) => o.action === 'relax' && o.from === offender);
        intents.push(...relaxNewest(ctx, offender, because(ctx, id, 'relaxInReturn', lifted)));
      } else if (
        forgiveQuietRounds &&
        ctx.activeAgainst(offender).length > 0 &&
        ctx.rng.next() < ctx.config.forgiveness
      ) {
        const cause = because(ctx, id, 'forgive', undefined, {
          toward: offender,
          quietRounds: quiet?.[offender],
        });
        intents.push(...relaxNewest(ctx, offender, cause));
      }
    }
    return { intents, memory: quiet ? { ...ctx.memory, quiet } : ctx.memory };
  };
}

const passive: Strategy = {
  id: 'passive',
  label: 'Passive',
  description: 'Never answers; takes only the measures the timeline gives it.',
  decide: (ctx) => ({ intents: [], memory: ctx.memory }),
};

const titForTat: Strategy = {
  id: 'titForTat',
  label: 'Tit for tat',
  description: 'Mirrors the last hostile act in kind and size; relaxes when the other relaxes.',
  decide: reactive(
    'titForTat',
    (ctx, offender, act) =>
      answer(ctx, 'titForTat', 'mirror', act, pickMirror(ctx.menu(offender), act.kind, act.intensity)),
    false,
  ),
};

const generousTitForTat: Strategy = {
  id: 'generousTitForTat',
  label: 'Generous tit for tat',
  description:
    'Like tit for tat, but forgives a hostile act with probability q (1/3 by default), and after a quiet round relaxes one of its measures with the same probability.',
  decide: reactive(
    'generousTitForTat',
    (ctx, offender, act) => {
      if (ctx.rng.next() < ctx.config.forgiveness) return [];
      const pick = pickMirror(ctx.menu(offender), act.kind, act.intensity);
      return answer(ctx, 'generousTitForTat', 'mirror', act, pick);
    },
    true,
  ),
};

const proportional: Strategy = {
  id: 'proportional',
  label: 'Proportional',
  description:
    'Answers a share of the harm, choosing the move that spares its own industry: a measure against a foreign firm whose products have the best substitutes at home or from third states.',
  decide: reactive(
    'proportional',
    (ctx, offender, act) => {
      const pick = pickSparing(ctx.menu(offender), act.intensity * ctx.params.proportionalShare);
      return answer(ctx, 'proportional', 'share', act, pick, true);
    },
    false,
  ),
};

const escalator: Strategy = {
  id: 'escalator',
  label: 'Escalator',
  description:
    'Answers every hostile act with a larger one, of any kind; relaxes only when the other relaxes.',
  decide: reactive(
    'escalator',
    (ctx, offender, act) => {
      const wanted = act.intensity * ctx.params.escalationFactor;
      const bigger = ctx.menu(offender).filter((c) => c.intensity >= act.intensity);
      const pick = pickClosest(bigger.length > 0 ? bigger : ctx.menu(offender), wanted);
      return answer(ctx, 'escalator', 'escalate', act, pick, true);
    },
    false,
  ),
};

/** number of the largest measures grim trigger throws at an offender, once */
const GRIM_MEASURES = 3;

const grimTrigger: Strategy = {
  id: 'grimTrigger',
  label: 'Grim trigger',
  description:
    'Never acts first; after the first hostile act it hits back with its largest measures and never relaxes.',
  decide: (ctx) => {
    const intents: Intent[] = [];
    const grim = [...ctx.memory.grim];
    for (const [offender, act] of hostileActs(ctx.observations)) {
      if (grim.includes(offender)) continue;
      grim.push(offender);
      const menu = [...ctx.menu(offender)].sort((a, b) => b.intensity - a.intensity);
      const kinds = new Set<MeasureKind>();
      const cause = because(ctx, 'grimTrigger', 'grimTrigger', act);
      for (const c of menu) {
        if (kinds.has(c.measure.kind) || kinds.size >= GRIM_MEASURES) continue;
        kinds.add(c.measure.kind);
        intents.push({ action: 'impose', measure: c.measure, cause });
      }
    }
    return { intents, memory: { ...ctx.memory, grim } };
  },
};

/**
 * Win-stay, lose-shift (Pavlov): against each other state, if last round paid well (T or R: it was not hit) it repeats
 * its own last move; if it paid badly (P or S: it was hit) it switches between imposing and relaxing.
 */
const winStayLoseShift: Strategy = {
  id: 'winStayLoseShift',
  label: 'Win-stay, lose-shift',
  description:
    'Repeats its last move against a state when that round went well (it was not hit) and switches when it went badly.',
  decide: (ctx) => {
    const intents: Intent[] = [];
    const hostile = hostileActs(ctx.observations);
    const imposedLast: Partial<Record<StateCode, boolean>> = {};
    for (const other of STATE_CODES) {
      if (other === ctx.self) continue;
      const hit = hostile.get(other);
      const wasHostile = ctx.memory.imposedLast[other] ?? false;
      const hostileNow = hit ? !wasHostile : wasHostile;
      if (hostileNow) {
        const menu = ctx.menu(other);
        const size = hit ? hit.intensity : Math.min(...menu.map((c) => c.intensity));
        const pick = hit ? pickMirror(menu, hit.kind, size) : pickClosest(menu, size);
        const cause = hit
          ? because(ctx, 'winStayLoseShift', 'shift', hit)
          : because(ctx, 'winStayLoseShift', 'stay', undefined, { toward: other });
        intents.push(...impose(pick, cause));
        imposedLast[other] = pick !== undefined;
      } else {
        // Not hostile now but hostile before: it was hit, and shifts to peace.
        if (wasHostile)
          intents.push(...relaxNewest(ctx, other, because(ctx, 'winStayLoseShift', 'shift', hit)));
        imposedLast[other] = false;
      }
    }
    return { intents, memory: { ...ctx.memory, imposedLast } };
  },
};

const scripted: Strategy = {
  id: 'scripted',
  label: 'Scripted',
  description: 'Does only what the timeline says, and never joins allies of its own accord.',
  decide: (ctx) => ({ intents: [], memory: ctx.memory }),
};

const human: Strategy = {
  id: 'human',
  label: 'Human team',
  description: 'A team chooses this state’s moves each round; left alone it does nothing.',
  decide: (ctx) => ({ intents: [], memory: ctx.memory }),
};

export const STRATEGIES: Record<StrategyId, Strategy> = {
  passive,
  titForTat,
  generousTitForTat,
  proportional,
  escalator,
  grimTrigger,
  winStayLoseShift,
  scripted,
  human,
};

/** Tariff rate steps a state can add in one move. */
export const TARIFF_STEPS = [0.05, 0.1, 0.25, 0.5];

/** Trade aggregates the menus are priced with, computed once per round. */
export interface TradeView {
  /** value by [(supplierState * NS + buyerState) * NK + k] */
  bySector: Float64Array;
  /** what each firm buys from suppliers of each state: [firm * NS + state] */
  purchases: Float64Array;
  /**
   * what each firm sells to the part of each state's demand a CII ban would reach (world.ts slotCiiShare):
   * [firm * NS + state]
   */
  criticalSales: Float64Array;
}

export function tradeView(world: World): TradeView {
  const base = world.base;
  const F = base.nFirms;
  const bySector = new Float64Array(NS * NS * NK);
  const purchases = new Float64Array(F * NS);
  const criticalSales = new Float64Array(F * NS);
  for (let s = 0; s < base.slotNode.length; s++) {
    const b = base.slotNode[s];
    const k = base.slotSector[s];
    const q = (b < F ? world.output[b] : base.finalDemand[b]) * base.slotAlpha[s];
    const bs = base.nodeState[b];
    const phi = slotCiiShare(base, s);
    for (let l = base.slotStart[s], end = l + base.slotLen[s]; l < end; l++) {
      const j = base.linkSupplier[l];
      const js = base.nodeState[j];
      const v = q * world.linkShare[l] * world.unitCost[j] * (1 + world.markup[j]);
      bySector[(js * NS + bs) * NK + k] += v;
      if (b < F) purchases[b * NS + js] += v;
      if (phi > 0 && j < F) criticalSales[j * NS + bs] += v * phi;
    }
  }
  return { bySector, purchases, criticalSales };
}

function hasActive(world: World, probe: (m: Measure) => boolean): boolean {
  return world.measures.some(probe);
}

/**
 * Every move `self` could take against `offender` this round: raise its tariff on the offender's goods, control
 * exports of a sector the offender buys from it, bar its CII buyers from an anchor firm of the offender, or list an
 * anchor firm of the offender that buys from its firms. Moves already in force are left out.
 */
export function responseMenu(
  world: World,
  view: TradeView,
  self: StateCode,
  offender: StateCode,
  round: number,
): Candidate[] {
  const base = world.base;
  const si = stateIndex[self];
  const oi = stateIndex[offender];
  const unit = 100 / base.trade0;
  const menu: Candidate[] = [];
  const id = (what: string) => `${self}-${what}-${offender}-r${round}`;

  let imports = 0;
  for (let k = 0; k < NK; k++) imports += view.bySector[(oi * NS + si) * NK + k];
  const tariffId = `${self}-tariff-${offender}`;
  const current = world.measures.find((m) => m.id === tariffId);
  const currentRate = current && current.kind === 'tariff' ? current.rate : 0;
  for (const step of TARIFF_STEPS) {
    if (imports <= 0 || currentRate + step > 2) continue;
    const intensity = step * imports * unit;
    menu.push({
      measure: { kind: 'tariff', id: tariffId, maker: self, target: offender, rate: currentRate + step },
      intensity,
      selfHarm: intensity,
    });
  }

  SECTOR_IDS.forEach((k, ki) => {
    const exports = view.bySector[(si * NS + oi) * NK + ki];
    if (exports <= 0) return;
    const taken = hasActive(
      world,
      (m) => m.kind === 'exportControl' && m.maker === self && m.target === offender && m.sectors.includes(k),
    );
    if (taken) return;
    const intensity = exports * unit;
    menu.push({
      measure: {
        kind: 'exportControl',
        id: id(`control-${k}`),
        maker: self,
        target: offender,
        sectors: [k],
        threshold: 0,
        size: 1,
      },
      intensity,
      selfHarm: intensity * 0.5,
    });
  });

  for (let j = 0; j < base.nFirms; j++) {
    const firm = base.firms[j];
    if (!firm.anchor || base.nodeState[j] !== oi) continue;
    const sales = world.revenue[j * NS + si];
    if (
      sales > 0 &&
      !hasActive(world, (m) => m.kind === 'purchaseBan' && m.maker === self && m.firm === firm.id)
    ) {
      // Own buyers' harm grows with how much of the sector they buy from the firm and how hard it is to replace.
      let sectorBuys = 0;
      const ki = base.nodeSector[j];
      for (let i = 0; i < base.nFirms; i++) {
        if (base.nodeSector[i] === ki) sectorBuys += world.revenue[i * NS + si];
      }
      const dependence = sectorBuys > 0 ? sales / sectorBuys : 1;
      const sigma = Math.max(1.1, sectorSpec(firm.sector).elasticity);
      const intensity = view.criticalSales[j * NS + si] * unit;
      menu.push({
        measure: { kind: 'purchaseBan', id: id(`ban-${firm.id}`), maker: self, firm: firm.id, scope: 'cii' },
        intensity,
        selfHarm: (intensity * dependence * 4) / sigma,
      });
    }
    const bought = view.purchases[j * NS + si];
    if (
      bought > 0 &&
      !hasActive(world, (m) => m.kind === 'entityListing' && m.maker === self && m.firm === firm.id)
    ) {
      const intensity = bought * unit;
      menu.push({
        measure: { kind: 'entityListing', id: id(`list-${firm.id}`), maker: self, firm: firm.id },
        intensity,
        selfHarm: intensity * 0.5,
      });
    }
  }
  return menu.filter((c) => c.intensity > 1e-9);
}
