// The "Your move" panel's logic: which states teams play by hand, the short menu of moves a team picks from, and the
// timeline entry each move becomes. A move is an ordinary timeline entry at the next round, so it is kept, shared,
// branched and undone like any edit; it carries the team's note, which is how the panel knows a team has moved.

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { resolveScenario, ScenarioError, type Scenario, type TimelineEntry } from '../model/scenario.ts';
import {
  STATE_CODES,
  type Measure,
  type MeasureKind,
  type SectorId,
  type StateCode,
} from '../model/types.ts';
import { isJoinable, MEASURES, type MeasureFields } from '../model/measures/index.ts';
import { actorOf, sessionRound, teamNote, teamPlayOf } from '../sim/teamPlay.ts';
import type { Decisions } from '../sim/scoring.ts';
import type { BranchSpec } from '../sim/workspace.ts';
import { describeEntry, readNumber } from './timelineForm.ts';
import { en, type Messages } from './i18n/en.ts';
import { ENGLISH_EVENTS, type EventPhrasebook } from './i18n/events.ts';

export type MoveKind = 'tariff' | 'exportControl' | 'purchaseBan' | 'measure' | 'join' | 'lift' | 'nothing';

export const MOVE_KINDS: readonly MoveKind[] = [
  'tariff',
  'exportControl',
  'purchaseBan',
  'measure',
  'join',
  'lift',
  'nothing',
];

/** What a team fills in; numbers arrive as text from the fields. */
export interface MoveForm {
  kind: MoveKind;
  /** the state a tariff or an export control is aimed at */
  target: StateCode;
  /** extra tariff, in percent of the price */
  ratePercent: string;
  sector: SectorId;
  /** anchor firm for a purchase ban */
  firm: string;
  /** the team's own measure to lift */
  measureId: string;
  /** for "another measure": its kind, and its fields as the timeline editor has them (model/measures/) */
  measureKind: MeasureKind;
  fields: MeasureFields;
  /** an ally's export control to join */
  joinId: string;
}

/** highest extra tariff one move may add, in percent (the scenario format allows 500) */
export const MAX_MOVE_TARIFF = 500;

/** Anchor firms of other states: the firms a team can bar its critical-infrastructure buyers from. */
export function foreignFirms(self: StateCode) {
  return ANCHOR_FIRMS.filter((f) => f.state !== self);
}

export function otherStates(self: StateCode): StateCode[] {
  return STATE_CODES.filter((c) => c !== self);
}

export function defaultMove(self: StateCode): MoveForm {
  const target: StateCode = self === 'USA' ? 'CHN' : 'USA';
  return {
    kind: 'tariff',
    target,
    ratePercent: '10',
    sector: 'memory',
    firm: foreignFirms(self)[0]?.id ?? '',
    measureId: '',
    measureKind: 'exportControl',
    fields: {
      target,
      firm: foreignFirms(self)[0]?.id ?? '',
      sectors: [],
      ratePercent: '10',
      sizePercent: '100',
      threshold: '0',
      scope: 'cii',
      standard: 'A',
      strength: '1',
    },
    joinId: '',
  };
}

/** States whose strategy in this scenario is `human`, in the usual order. */
export function humanStates(scenario: Scenario): StateCode[] {
  const states = resolveScenario(scenario).states;
  return STATE_CODES.filter((c) => states[c].strategy === 'human');
}

export { teamNote };

export { actorOf };

/** Whether a timeline entry is a team's move: its note is the team's. */
export function isTeamMove(entry: TimelineEntry, timeline: readonly TimelineEntry[]): boolean {
  const who = actorOf(entry, timeline);
  return who !== undefined && entry.note === teamNote(who);
}

/**
 * A state's timeline steps at a round, with their index in the timeline: the team's own moves (`team`), or the
 * scenario's script for the state (`script`, a preset's measure, which the team did not choose), or both (`all`).
 */
export function scheduledFor(
  timeline: readonly TimelineEntry[],
  self: StateCode,
  round: number,
  which: 'team' | 'script' | 'all' = 'all',
): Array<{ entry: TimelineEntry; index: number }> {
  return timeline
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => {
      if (entry.round !== round || actorOf(entry, timeline) !== self) return false;
      if (which === 'all') return true;
      return isTeamMove(entry, timeline) === (which === 'team');
    });
}

/** Keys `STATE@round` of every round at which a team has made a move. */
export function teamMoveRounds(timeline: readonly TimelineEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of timeline) {
    const who = actorOf(e, timeline);
    if (who && e.note === teamNote(who)) out.add(`${who}@${e.round}`);
  }
  return out;
}

/**
 * The team's measures it can lift at the next round: in force at the round on show, made by the state, imposed by
 * the timeline (only those can be lifted by it) and not already lifted at that round.
 */
export function liftable(
  timeline: readonly TimelineEntry[],
  inForce: readonly Measure[],
  self: StateCode,
  nextRound: number,
): Measure[] {
  const imposed = new Set(
    timeline.flatMap((e) => (e.action === 'impose' && e.round <= nextRound ? [e.measure.id] : [])),
  );
  const lifted = new Set(
    timeline.flatMap((e) => (e.action === 'relax' && e.round === nextRound ? [e.measureId] : [])),
  );
  return inForce.filter((m) => m.maker === self && imposed.has(m.id) && !lifted.has(m.id));
}

/** `USA-human-r5-tariff-CHN`, with `-2`, `-3`, ... when the timeline already uses it. */
export function moveId(self: StateCode, round: number, what: string, taken: ReadonlySet<string>): string {
  const stem = `${self}-human-r${round}-${what}`;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** percent typed to a share, without the float noise of a bare division */
const share = (percent: number) => Number((percent / 100).toPrecision(12));

/**
 * The timeline entry a team's move becomes at `round`, or null for "do nothing", which leaves the timeline as it is.
 * Throws ScenarioError naming the field a team has to fix; the scenario schema checks the rest when it is applied.
 */
export function moveEntry(
  self: StateCode,
  round: number,
  form: MoveForm,
  timeline: readonly TimelineEntry[],
): TimelineEntry | null {
  const note = teamNote(self);
  const taken = new Set(timeline.flatMap((e) => (e.action === 'impose' ? [e.measure.id] : [])));
  const aimed = () => {
    if (form.target === self || !STATE_CODES.includes(form.target))
      throw new ScenarioError({ kind: 'choose', what: 'other-state' });
    return form.target;
  };
  switch (form.kind) {
    case 'nothing':
      return null;
    case 'tariff': {
      const target = aimed();
      const rate = share(readNumber('rate', form.ratePercent, 0, MAX_MOVE_TARIFF));
      if (rate <= 0) throw new ScenarioError({ kind: 'tariff-rate' });
      const id = moveId(self, round, `tariff-${target}`, taken);
      return { round, action: 'impose', measure: { kind: 'tariff', id, maker: self, target, rate }, note };
    }
    case 'exportControl': {
      const target = aimed();
      const id = moveId(self, round, `control-${form.sector}-${target}`, taken);
      return {
        round,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id,
          maker: self,
          target,
          sectors: [form.sector],
          threshold: 0,
          size: 1,
        },
        note,
      };
    }
    case 'purchaseBan': {
      const firm = foreignFirms(self).find((f) => f.id === form.firm);
      if (!firm) throw new ScenarioError({ kind: 'choose', what: 'foreign-firm' });
      const id = moveId(self, round, `ban-${firm.id}`, taken);
      return {
        round,
        action: 'impose',
        measure: { kind: 'purchaseBan', id, maker: self, firm: firm.id, scope: 'cii' },
        note,
      };
    }
    case 'measure': {
      // any kind, read by its own module exactly as the timeline editor reads it
      const spec = MEASURES[form.measureKind];
      if (!spec) throw new ScenarioError({ kind: 'choose', what: 'measure-kind' });
      const aim = spec.form.aim(form.fields).toLowerCase();
      if (aim === self.toLowerCase()) throw new ScenarioError({ kind: 'choose', what: 'other-state' });
      const id = moveId(self, round, [form.measureKind.toLowerCase(), aim].filter(Boolean).join('-'), taken);
      const measure = spec.form.read(form.fields, { id, maker: self }) as Measure;
      return { round, action: 'impose', measure, note };
    }
    case 'join':
      if (form.joinId.trim() === '') throw new ScenarioError({ kind: 'choose', what: 'control-to-join' });
      return { round, action: 'join', measureId: form.joinId.trim(), state: self, note };
    case 'lift':
      if (form.measureId.trim() === '') throw new ScenarioError({ kind: 'choose', what: 'measure-to-lift' });
      return { round, action: 'relax', measureId: form.measureId.trim(), note };
  }
}

/**
 * Allies' export controls a team can join at the next round: in force at the round on show, imposed by the timeline,
 * made by another state, not aimed at the team's own state, and not joined by it already.
 */
export function joinable(
  timeline: readonly TimelineEntry[],
  inForce: readonly Measure[],
  self: StateCode,
  nextRound: number,
): Measure[] {
  const imposed = new Set(
    timeline.flatMap((e) => (e.action === 'impose' && e.round <= nextRound ? [e.measure.id] : [])),
  );
  return inForce.filter(
    (m) =>
      isJoinable(m) &&
      m.maker !== self &&
      m.target !== self &&
      !(m.joined ?? []).includes(self) &&
      imposed.has(m.id),
  );
}

/**
 * Where playing should stop for the teams: the first round after `from` (and before the last) at which a team has
 * neither moved for the round after it nor chosen to do nothing. Null when no team is waited for.
 */
export function nextHold(
  from: number,
  lastRound: number,
  teams: readonly StateCode[],
  moved: (self: StateCode, round: number) => boolean,
  firstPlayable = 1,
): number | null {
  if (teams.length === 0) return null;
  for (let r = Math.max(from + 1, firstPlayable - 1); r < lastRound; r++) {
    if (teams.some((s) => !moved(s, r + 1))) return r;
  }
  return null;
}

/** `moved(state, round)`: whether the timeline holds a move a team made for that round. */
export function teamMoved(timeline: readonly TimelineEntry[]): (self: StateCode, round: number) => boolean {
  const rounds = teamMoveRounds(timeline);
  return (self, round) => rounds.has(`${self}@${round}`);
}

/** The round a branch's hot-seat session is at (teamPlay.ts sessionRound): play stops there. Null: no team waited for. */
export function sessionRoundOf(branch: BranchSpec): number | null {
  return sessionRound(branch, humanStates(branch.scenario), teamMoved(branch.scenario.timeline));
}

/**
 * Each team's decision at each round in words, for the debrief: its moves in the timeline, "Did nothing", or
 * "Skipped by the facilitator". Rounds without a decision are left out; hidden moves are not told. In English (the
 * debrief's downloads keep it) unless a language's phrasebook and catalog are given.
 */
export function decisionsOf(
  branch: BranchSpec,
  teams: readonly StateCode[],
  book: EventPhrasebook = ENGLISH_EVENTS,
  words: Messages['hotSeat'] = en.hotSeat,
): Decisions {
  const timeline = branch.scenario.timeline;
  const out: Decisions = {};
  for (const s of teams) out[s] = {};
  for (const e of timeline) {
    const who = actorOf(e, timeline);
    if (!who || !teams.includes(who) || !isTeamMove(e, timeline)) continue;
    const move = describeEntry(e, timeline, book);
    const at = out[who]!;
    at[e.round] = at[e.round] ? words.andThen(at[e.round]!, move) : move;
  }
  for (const c of teamPlayOf(branch).choices) {
    if (!teams.includes(c.state)) continue;
    out[c.state]![c.round] ??= c.choice === 'nothing' ? words.didNothing : words.skippedByFacilitator;
  }
  return out;
}
