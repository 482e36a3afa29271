// Narrate: the round's events in plain words a class can follow ("Q2 2023: China bars critical-infrastructure
// operators from buying Micron").

import { MEASURES, specOf } from './measures/index.ts';
import { STANDARD_NAMES, STATE_NAMES } from './names.ts';
import type {
  Bloc,
  CauseAct,
  EventCause,
  EventFacts,
  Measure,
  Observation,
  StateCode,
  StrategyId,
} from './types.ts';
import { actor, capitalise, percent, sectorNoun, type NameBook } from './words.ts';

export { actor, capitalise, type NameBook };
export { sectorNoun } from './words.ts';

/** One sentence, without the round label, for a measure being imposed (or replaced by a new rate). */
export function describeMeasure(m: Measure, names: NameBook, replacing?: Measure): string {
  return specOf(m).describe(m, names, replacing);
}

export function describeRelax(m: Measure, names: NameBook): string {
  return specOf(m).describeRelax(m, names);
}

export function describeJoin(state: StateCode, m: Measure, names: NameBook): string {
  const what = specOf(m).joinedAs?.(m, names) ?? 'its measure';
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
  return MEASURES[act.kind].noun(act, names);
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

/** "Micron loses 48% of its revenue from China-headquartered buyers" */
export function describeRevenueLoss(firm: string, state: StateCode, before: number, after: number): string {
  const change = before > 0 ? after / before - 1 : 0;
  const where = `${STATE_NAMES[state]}-headquartered buyers`;
  if (change <= -0.005) return `${firm} has lost ${percent(-change)} of its revenue from ${where}`;
  if (change >= 0.005) return `${firm}'s revenue from ${where} is up ${percent(change)}`;
  return `${firm}'s revenue from ${where} is unchanged`;
}

/**
 * "YMTC no longer buys from United States-headquartered suppliers": a listed firm's inputs from the listing state's
 * firms, as a share of all it buys (where it finds no other supplier it keeps some: sourcing.ts). `since`: a later
 * line, rounds on ("now buys nothing", true whatever the first line said).
 */
export function describePurchaseLoss(
  firm: string,
  state: StateCode,
  before: number,
  after: number,
  since = false,
): string {
  const change = before > 0 ? after / before - 1 : 0;
  const where = `${STATE_NAMES[state]}-headquartered suppliers`;
  if (before > 0 && change <= -0.995)
    return since ? `${firm} now buys nothing from ${where}` : `${firm} no longer buys from ${where}`;
  const than = since ? ' than before the measure' : '';
  if (change <= -0.005) return `${firm} takes ${percent(-change)} less of its inputs from ${where}${than}`;
  if (change >= 0.005) return `${firm} takes ${percent(change)} more of its inputs from ${where}${than}`;
  return `${firm} takes as much of its inputs from ${where} as before${since ? ' the measure' : ''}`;
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

/** "the calibrated starting world: 400 firms in seven states, no measures in force." */
export function describeStart(firms: number, tariffs: number, closures = 0): string {
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const inForce =
    closures === 0
      ? tariffs === 0
        ? 'no measures in force'
        : `${plural(tariffs, 'tariff')} already in force`
      : tariffs === 0
        ? `${plural(closures, 'measure')} already in force`
        : `${plural(tariffs, 'tariff')} and ${plural(closures, 'other measure')} already in force`;
  return `the calibrated starting world: ${firms} firms in seven states, ${inForce}.`;
}

const BLOC_PHRASES: Record<Bloc, string> = {
  US: 'the US-aligned bloc',
  CN: 'the China-aligned bloc',
  NA: 'the non-aligned states',
};

/** "KOR moves from the US-aligned bloc to the non-aligned states" */
export function describeBlocMove(state: StateCode, from: Bloc, to: Bloc): string {
  const who = state === 'ROW' ? 'the rest of the world' : state;
  return `${who} moves from ${BLOC_PHRASES[from]} to ${BLOC_PHRASES[to]}`;
}

/** "Micron switches to stack B", "three DRAM and NAND makers in China (CXMT among them) switch to stack B" */
export function describeSwitch(f: Extract<EventFacts, { what: 'switch' }>, names: NameBook): string {
  const named = f.anchors.map((id) => names.firmName(id));
  const noun = sectorNoun(f.sector);
  const unnamed = f.count - named.length;
  const count = f.count === 1 ? 'one' : String(f.count);
  const among = named.length > 0 ? ` (${named.join(', ')} among them)` : '';
  const who =
    unnamed === 0
      ? named.join(' and ')
      : `${count} ${noun} maker${f.count > 1 ? 's' : ''} in ${actor(f.state)}${among}`;
  return `${who} ${f.count === 1 ? 'switches' : 'switch'} to ${STANDARD_NAMES[f.stack]}`;
}

/** An event's sentence from its facts, without the round label and not yet capitalised (round.ts adds both). */
export function describeFacts(f: EventFacts, names: NameBook): string {
  switch (f.what) {
    case 'start':
      return describeStart(f.firms, f.tariffs, f.closures);
    case 'impose':
      return describeMeasure(f.measure, names, f.previous);
    case 'relax':
      return describeRelax(f.measure, names);
    case 'join':
      return describeJoin(f.state, f.measure, names);
    case 'bloc':
      return describeBlocMove(f.state, f.from, f.to);
    case 'revenue': {
      const text = describeRevenueLoss(names.firmName(f.firm), f.maker, f.before, f.after);
      return f.since ? `${text} since the measure began` : text;
    }
    case 'purchases':
      return describePurchaseLoss(names.firmName(f.firm), f.maker, f.before, f.after, f.since);
    case 'switch':
      return describeSwitch(f, names);
    case 'cost':
      return describeCost(f.index);
  }
}
