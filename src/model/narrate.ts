// Narrate: the round's events in plain words a class can follow ("Q2 2023: China bars critical-infrastructure
// operators from buying Micron").

import { sectorSpec } from './calibration.ts';
import { STANDARD_NAMES, STATE_ACTORS, STATE_NAMES } from './names.ts';
import type { CauseAct, EventCause, Measure, Observation, SectorId, StateCode, StrategyId } from './types.ts';

export interface NameBook {
  firmName(id: string): string;
}

/** A sector's label inside a sentence: lower case, except acronyms such as DRAM, NAND and PCs. */
export function sectorNoun(k: SectorId): string {
  return sectorSpec(k)
    .label.split(' ')
    .map((w) => ((w.match(/[A-Z]/g) ?? []).length >= 2 ? w : w.toLowerCase()))
    .join(' ');
}

function listSectors(sectors: readonly SectorId[] | undefined): string {
  if (!sectors || sectors.length === 0) return 'all goods';
  const names = sectors.map(sectorNoun);
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function actor(code: StateCode): string {
  return STATE_ACTORS[code];
}

function targetName(target: string, names: NameBook): string {
  if (target === 'ALL') return 'every foreign buyer';
  const state = (['USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN', 'ROW'] as const).find((c) => c === target);
  return state ? actor(state) : names.firmName(target);
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** One sentence, without the round label, for a measure being imposed (or replaced by a new rate). */
export function describeMeasure(m: Measure, names: NameBook, replacing?: Measure): string {
  switch (m.kind) {
    case 'tariff': {
      const before = replacing && replacing.kind === 'tariff' ? replacing.rate : undefined;
      const where = `its tariff on ${listSectors(m.sectors)} from ${actor(m.target)}`;
      if (before !== undefined && Math.abs(before - m.rate) < 1e-9) {
        return `${actor(m.maker)} keeps ${where} at ${percent(m.rate)}`;
      }
      const verb = before === undefined ? 'sets' : before < m.rate ? 'raises' : 'lowers';
      return `${actor(m.maker)} ${verb} ${where} to ${percent(m.rate)}`;
    }
    case 'exportControl': {
      const tech = m.threshold > 0 ? ` at technology level ${m.threshold} and above` : '';
      const part = m.size < 1 ? ` (denying ${percent(m.size)} of licences)` : '';
      return `${actor(m.maker)} restricts exports of ${listSectors(m.sectors)}${tech} to ${targetName(m.target, names)}${part}`;
    }
    case 'purchaseBan':
      return m.scope === 'cii'
        ? `${actor(m.maker)} bars critical-infrastructure operators from buying ${names.firmName(m.firm)}`
        : `${actor(m.maker)} bars all its buyers from buying ${names.firmName(m.firm)}`;
    case 'entityListing':
      return `${actor(m.maker)} adds ${names.firmName(m.firm)} to its entity list: its firms may no longer sell to it`;
    case 'subsidy':
      return `${actor(m.maker)} subsidises its ${listSectors(m.sectors)} makers (${percent(m.rate)} of their own costs)`;
    case 'standardMandate':
      return `${actor(m.maker)} tells its firms to build on ${STANDARD_NAMES[m.standard]}`;
  }
}

export function describeRelax(m: Measure, names: NameBook): string {
  const who = actor(m.maker);
  switch (m.kind) {
    case 'tariff':
      return `${who} removes its ${percent(m.rate)} tariff on ${listSectors(m.sectors)} from ${actor(m.target)}`;
    case 'exportControl':
      return `${who} lifts its controls on exports of ${listSectors(m.sectors)} to ${targetName(m.target, names)}`;
    case 'purchaseBan':
      return m.scope === 'cii'
        ? `${who} lets critical-infrastructure operators buy ${names.firmName(m.firm)} again`
        : `${who} lets its buyers buy ${names.firmName(m.firm)} again`;
    case 'entityListing':
      return `${who} takes ${names.firmName(m.firm)} off its entity list`;
    case 'subsidy':
      return `${who} ends its subsidy to its ${listSectors(m.sectors)} makers`;
    case 'standardMandate':
      return `${who} drops its ${STANDARD_NAMES[m.standard]} mandate`;
  }
}

export function describeJoin(state: StateCode, m: Measure, names: NameBook): string {
  const what =
    m.kind === 'exportControl'
      ? `its controls on ${listSectors(m.sectors)} to ${targetName(m.target, names)}`
      : 'its measure';
  return `${actor(state)} joins ${actor(m.maker)} in ${what}`;
}

/** A strategy's name inside a sentence. */
const STRATEGY_NOUNS: Record<StrategyId, string> = {
  passive: 'passive',
  titForTat: 'tit for tat',
  generousTitForTat: 'generous tit for tat',
  proportional: 'proportional',
  escalator: 'escalator',
  grimTrigger: 'grim trigger',
  winStayLoseShift: 'win-stay-lose-shift',
  scripted: 'scripted',
  human: 'human team',
};

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one quiet round", "two quiet rounds", "12 quiet rounds" */
function count(n: number, noun: string): string {
  return `${SMALL_NUMBERS[n] ?? String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function possessive(code: StateCode): string {
  return `${actor(code)}'s`;
}

/** An act named by its kind and what it covers: "control on lithography tools", "tariff", "ban on Micron". */
export function actNoun(act: Pick<Observation, 'kind' | 'sectors' | 'firm'>, names: NameBook): string {
  switch (act.kind) {
    case 'tariff':
      return act.sectors && act.sectors.length > 0 ? `tariff on ${listSectors(act.sectors)}` : 'tariff';
    case 'exportControl':
      return act.sectors && act.sectors.length > 0
        ? `control on ${listSectors(act.sectors)}`
        : 'export control';
    case 'purchaseBan':
      return act.firm ? `ban on ${names.firmName(act.firm)}` : 'purchase ban';
    case 'entityListing':
      return act.firm ? `listing of ${names.firmName(act.firm)}` : 'entity listing';
    case 'subsidy':
      return 'subsidy';
    case 'standardMandate':
      return 'stack mandate';
  }
}

/** "the USA's control on lithography tools (Q4 2022)", and how the state misread it where noise changed it. */
function describeAct(act: CauseAct, names: NameBook, label: (round: number) => string): string {
  const when = label(act.round);
  const noun = actNoun(act, names);
  if (act.misread === 'invented')
    return `a ${noun} from ${actor(act.from)} (${when}) that it misreads: none was imposed`;
  const seen = `${possessive(act.from)} ${noun} (${when})`;
  if (act.misread === 'larger') return `${seen}, which it misreads as one size larger`;
  if (act.misread === 'smaller') return `${seen}, which it misreads as one size smaller`;
  return seen;
}

function times(ratio: number | undefined): string {
  return `${(Math.round((ratio ?? 1) * 10) / 10).toFixed(1)} times`;
}

/**
 * Why a state acted, in words, from the cause its strategy, the timeline, its team or its ally gave: "tit for tat: in
 * answer to the USA's control on lithography tools (Q4 2022)". `self` is the state that acted; `label` names rounds.
 */
export function describeCause(
  cause: EventCause,
  self: StateCode,
  names: NameBook,
  label: (round: number) => string,
): string {
  const strategy = STRATEGY_NOUNS[cause.strategy ?? 'scripted'];
  const act = cause.act ? describeAct(cause.act, names, label) : 'an act it saw';
  const toward = cause.toward ? actor(cause.toward) : 'the other state';
  switch (cause.rule) {
    case 'script':
      return cause.note ?? 'as the timeline scripts';
    case 'team':
      return cause.note ?? `the team playing ${actor(self)} chooses it`;
    case 'joinAlly':
      return `an ally, following ${cause.ally ? possessive(cause.ally) : 'its ally’s'} control in force since ${label(cause.since ?? 0)}`;
    case 'mirror':
      return cause.strategy === 'generousTitForTat'
        ? `${strategy}, not forgiving this time: in answer to ${act}`
        : `${strategy}: in answer to ${act}`;
    case 'share':
      return `${strategy}, sparing its own industry: answers ${times(cause.ratio)} the harm of ${act}`;
    case 'escalate':
      return `escalates: answers ${times(cause.ratio)} the harm of ${act}`;
    case 'grimTrigger':
      return `grim trigger: never forgives ${act}`;
    case 'relaxInReturn':
      return cause.act
        ? `${strategy}: in return for ${actor(cause.act.from)} lifting its ${actNoun(cause.act, names)} (${label(cause.act.round)})`
        : `${strategy}: in return for a relaxation`;
    case 'forgive':
      return `${strategy}: forgives ${toward} after ${count(cause.quietRounds ?? 1, 'quiet round')}`;
    case 'shift':
      return `${strategy}: shifts after a bad round, hit by ${act}`;
    case 'stay':
      return `${strategy}: stays hostile to ${toward} after a good round`;
  }
}

export function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/** "Micron loses 48% of its revenue from China-headquartered buyers" */
export function describeRevenueLoss(firm: string, state: StateCode, before: number, after: number): string {
  const change = before > 0 ? after / before - 1 : 0;
  const where = `${STATE_NAMES[state]}-headquartered buyers`;
  if (change <= -0.005) return `${firm} has lost ${percent(-change)} of its revenue from ${where}`;
  if (change >= 0.005) return `${firm}'s revenue from ${where} is up ${percent(change)}`;
  return `${firm}'s revenue from ${where} is unchanged`;
}

/** Learning and growth move the raw index too, so the sentence says so: a measure's effect is against the twin. */
const RAW_INDEX_NOTE = 'learning included; what measures did is the gap to the same world without them';

export function describeCost(index: number): string {
  const change = index / 100 - 1;
  if (Math.abs(change) < 0.005) return 'devices’ input costs are where they started';
  return change > 0
    ? `devices’ input costs are ${percent(change)} above round 0 (${RAW_INDEX_NOTE})`
    : `devices’ input costs are ${percent(-change)} below round 0 (${RAW_INDEX_NOTE})`;
}
