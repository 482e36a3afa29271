// The event log says why: every state act names its cause, over every preset and many seeds, and an act answered
// because of misperception says so exactly when the observation it answered was misperceived.

import { describe, expect, it } from 'vitest';
import { actor, describeCause, type NameBook } from '../../src/model/narrate.ts';
import { PRESET_IDS, presetScenario, type PresetId } from '../../src/model/presets.ts';
import { advance, startRun, type Run } from '../../src/model/run.ts';
import { resolveScenario, roundLabel, type Scenario } from '../../src/model/scenario.ts';
import type { CauseRule, EventCause, EventEntry, StateCode } from '../../src/model/types.ts';
import type { ActRecord } from '../../src/model/world.ts';
import { impose, scenario, tariff } from './helpers.ts';

const SEEDS = 20;
const STATE_ACTS: readonly EventEntry['kind'][] = ['measure', 'relax', 'alliance'];

interface Traced {
  scenario: Scenario;
  names: NameBook;
  events: EventEntry[];
  /** the acts taken in each round, as the states observed them the round after */
  acts: ActRecord[][];
}

function trace(s: Scenario, step: (run: Run) => void = (run) => advance(run)): Traced {
  const run = startRun(s);
  const acts: ActRecord[][] = [[]];
  while (run.world.round < s.rounds) {
    step(run);
    acts.push(run.world.acts);
  }
  return { scenario: s, names: run.context.names, events: run.records.flatMap((r) => r.events), acts };
}

const cache = new Map<string, Traced>();
/** The preset at its seed + i, at its own noise or the one given; runs are shared by the tests below. */
function presetRun(id: PresetId, i: number, noise?: number): Traced {
  const s = presetScenario(id);
  s.seed += i;
  if (noise !== undefined) s.noise = noise;
  const key = `${id}/${s.seed}/${s.noise}`;
  let t = cache.get(key);
  if (!t) {
    t = trace(s);
    cache.set(key, t);
  }
  return t;
}

/** The words each rule must put in the text, besides the act it answers. */
function ruleWords(cause: EventCause, self: StateCode, label: (t: number) => string): string {
  const toward = cause.toward ? actor(cause.toward) : '';
  const words: Record<CauseRule, string> = {
    script: cause.note ?? 'as the timeline scripts',
    team: cause.note ?? `the team playing ${actor(self)} chooses it`,
    joinAlly: `an ally, following ${actor(cause.ally ?? 'USA')}'s control in force since ${label(cause.since ?? 0)}`,
    mirror: 'in answer to',
    share: 'times the harm of',
    escalate: 'escalates: answers',
    grimTrigger: 'grim trigger: never forgives',
    relaxInReturn: `in return for ${cause.act ? actor(cause.act.from) : ''} lifting its`,
    forgive: `forgives ${toward} after`,
    shift: 'shifts after a bad round, hit by',
    stay: `stays hostile to ${toward} after a good round`,
  };
  return words[cause.rule];
}

/** Checks that a state act carries a cause and that its text names it; returns the cause. */
function expectNamedCause(e: EventEntry, t: Pick<Traced, 'scenario' | 'names'>): EventCause {
  expect(e.cause, e.text).toBeDefined();
  const cause = e.cause!;
  const self = e.states[0]!;
  const label = (round: number) => roundLabel(t.scenario, round);
  expect(e.text.endsWith(` — ${describeCause(cause, self, t.names, label)}`), e.text).toBe(true);
  expect(e.text, e.text).toContain(ruleWords(cause, self, label));
  if (cause.act) {
    expect(e.text, e.text).toContain(actor(cause.act.from));
    expect(e.text, e.text).toContain(`(${label(cause.act.round)})`);
    expect(e.text.includes('misreads'), e.text).toBe(cause.act.misperceived);
  }
  if (cause.source === 'strategy')
    expect(cause.strategy).toBe(resolveScenario(t.scenario).states[self].strategy);
  return cause;
}

describe('every state act in the event log names its cause', () => {
  it.each([...PRESET_IDS])(`%s, over ${SEEDS} seeds: every measure, relaxation and join`, (id) => {
    let named = 0;
    for (let i = 0; i < SEEDS; i++) {
      const t = presetRun(id, i);
      for (const e of t.events) {
        if (!STATE_ACTS.includes(e.kind)) {
          expect(e.cause).toBeUndefined();
          continue;
        }
        expectNamedCause(e, t);
        named++;
      }
    }
    // The open world has no measures at all; every other preset has acts to explain.
    if (id === 'open-world') expect(named).toBe(0);
    else expect(named).toBeGreaterThan(SEEDS);
  });

  it('a team’s moves, with a note or without, say the team chose them', () => {
    const s = scenario({
      rounds: 3,
      states: { CHN: { strategy: 'human' }, USA: { strategy: 'titForTat' } },
      timeline: [
        impose(1, tariff('CHN', 'USA', 0.1, 'noted')),
        { ...impose(2, tariff('CHN', 'USA', 0.2, 'noted')), note: 'Move by the China team' },
        { round: 3, action: 'relax', measureId: 'noted' },
      ],
    });
    const t = trace(s);
    const team = t.events.filter((e) => e.cause?.source === 'human');
    expect(team.map((e) => e.cause!.rule)).toEqual(['team', 'team', 'team']);
    for (const e of team) expectNamedCause(e, t);
    expect(team.map((e) => e.text.slice(e.text.indexOf(' — ') + 3))).toEqual([
      'the team playing China chooses it',
      'Move by the China team',
      'the team playing China chooses it',
    ]);
    // The USA, playing tit for tat, answers the team's tariff and names it.
    const answer = t.events.find((e) => e.cause?.source === 'strategy')!;
    expect(answer.text).toMatch(/tit for tat: in answer to China's tariff \(Round 1\)$/);
  });
});

describe('misperception in the log', () => {
  it.each([...PRESET_IDS])(`%s with noise 0: no event says "misreads", over ${SEEDS} seeds`, (id) => {
    for (let i = 0; i < SEEDS; i++) {
      for (const e of presetRun(id, i, 0).events) {
        expect(e.text).not.toContain('misreads');
        expect(e.cause?.act?.misperceived ?? false).toBe(false);
      }
    }
  });

  it.each(['tit-for-tat-escalation', 'tournament'] as const)(
    `%s with its noise: an answer is flagged misread exactly when what it answered was misperceived, over ${SEEDS} seeds`,
    (id) => {
      const flagged = { larger: 0, smaller: 0, invented: 0, right: 0 };
      for (let i = 0; i < SEEDS; i++) {
        const t = presetRun(id, i);
        expect(t.scenario.noise).toBeGreaterThan(0);
        for (const e of t.events) {
          const act = e.cause?.act;
          if (!act) continue;
          const self = e.states[0]!;
          const done = t.acts[act.round]!.filter((a) => a.from === act.from && a.to === self);
          const real = done.find((a) => a.action === act.action && a.measureId === act.measureId);
          if (act.misread === 'invented') {
            expect(done.filter((a) => a.action === 'impose')).toEqual([]);
            expect(act.measureId).toBeUndefined();
          } else {
            expect(real, e.text).toBeDefined();
            const factor = { larger: 2, smaller: 0.5, none: 1 }[act.misread ?? 'none'];
            expect(act.intensity).toBeCloseTo(real!.intensity * factor, 12);
          }
          expect(act.misperceived).toBe(act.misread !== undefined);
          expect(e.text.includes('misreads')).toBe(act.misperceived);
          flagged[act.misread ?? 'right']++;
        }
      }
      expect(flagged.right).toBeGreaterThan(0);
      expect(flagged.larger + flagged.smaller + flagged.invented).toBeGreaterThan(0);
    },
  );
});
