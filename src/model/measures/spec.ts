// What every kind of measure provides, so that a kind lives in one module (measures/<kind>.ts): its data and schema,
// how it applies in a round (the policy tables it fills), how hostile it counts, whom it aims at, how it reads in
// words, and its fields in the app's forms. The round, the narrative, the schema and the forms ask the registry
// (measures/index.ts) instead of switching on the kind.

import { z } from 'zod';
import { ScenarioError, type MeasureProblem } from '../errors.ts';
import { STATE_NAMES, STATE_SHORT } from '../names.ts';
import type { Policy } from '../policy.ts';
import {
  SECTOR_IDS,
  STANDARD_IDS,
  STATE_CODES,
  type SectorId,
  type StandardId,
  type StateCode,
} from '../types.ts';
import type { NameBook } from '../words.ts';
import { sectorIndex, type WorldBase } from '../world.ts';

// The schema's building blocks, shared with the scenario format.
export const stateCode = z.enum(STATE_CODES);
export const sectorId = z.enum(SECTOR_IDS);
export const standardId = z.enum(STANDARD_IDS);
export const id = z.string().min(1).max(80);
export const share = z.number().min(0).max(1);

/** The state whose firm a firm id names, or undefined where no firm has that id. */
export type HomeOf = (firm: string) => StateCode | undefined;

/** What an act names, so that the state answering it can name it too: its sectors, its firm. */
export interface Subject {
  sectors?: SectorId[];
  firm?: string;
}

/**
 * The flat fields a person fills in to make a measure, as text where they are typed (the timeline editor's form and,
 * later, a team's move form). A kind reads the fields it shows and ignores the rest.
 */
export interface MeasureFields {
  /** a state code (tariffs), or a state code, ALL or a firm id (export controls) */
  target: string;
  /** the firm a purchase ban or entity listing names */
  firm: string;
  sectors: SectorId[];
  /** tariff or subsidy rate, in percent */
  ratePercent: string;
  /** share of covered trade refused, in percent (export controls) */
  sizePercent: string;
  /** technology level from which items are covered, 0-1 (export controls) */
  threshold: string;
  scope: 'cii' | 'all';
  standard: StandardId;
  strength: string;
}
export type FieldName = keyof MeasureFields;

/** A field a kind shows, with the words beside it where they differ between kinds. */
export interface FieldSpec {
  field: FieldName;
  /** the legend or unit shown with it, e.g. "% of the price (0-500)" */
  hint?: string;
  /** for 'target': states only, or also every foreign buyer and the anchor firms */
  targets?: 'states' | 'statesBuyersFirms';
}

export interface MeasureCommon {
  kind: string;
  id: string;
  maker: StateCode;
}

/**
 * What a kind's sentences in Chinese need from the app's Chinese catalog (src/app/i18n/events.zh-CN.ts gives it): the
 * sentences live in the kind's module beside the English ones, the names in the app, so a new kind is written in one
 * file.
 */
export interface ZhWords {
  /** a state's full name */
  state(code: StateCode): string;
  /** the sectors inside a sentence, listed; all goods (所有商品) when none is listed */
  sectors(list: readonly SectorId[] | undefined): string;
  /** the sectors in a row label, joined by 、 */
  sectorList(list: readonly SectorId[]): string;
  /** whom a measure targets in a sentence: a state, every foreign buyer, or a firm */
  target(code: string, names: NameBook): string;
  firm(id: string, names: NameBook): string;
  /** the start of a row label: the maker's short name and the kind's name */
  labelStart(m: MeasureCommon & { kind: string }): string;
  /** a target in a row label: a state's short name, all foreign buyers, or a firm's name */
  labelTarget(code: string, firmName: (id: string) => string): string;
  /** 0.251 -> "25.1%" */
  percent(x: number): string;
  /** a number such as a technology level, written the Chinese way */
  number(x: number): string;
  /** a technology stack's name */
  stack(id: StandardId): string;
}

/** A kind's sentences in Simplified Chinese: its English functions' counterparts, with the Chinese names given. */
export interface ZhSentences<M> {
  describe(m: M, zh: ZhWords, names: NameBook, replacing?: MeasureCommon): string;
  describeRelax(m: M, zh: ZhWords, names: NameBook): string;
  joinedAs?(m: M, zh: ZhWords, names: NameBook): string;
  noun(act: Subject, zh: ZhWords, names: NameBook): string;
  label(m: M, zh: ZhWords, firmName: (id: string) => string): string;
}

/**
 * A kind's look in the charts, by name: the Okabe-Ito hue (palette.ts OKABE_ITO) and the fill pattern drawn over it,
 * so kinds differ without colour too. Each kind needs a pair no other kind has.
 */
export interface KindStyle {
  colour: 'orange' | 'skyBlue' | 'bluishGreen' | 'yellow' | 'blue' | 'vermillion' | 'reddishPurple' | 'black';
  pattern: 'solid' | 'diagonal' | 'backDiagonal' | 'crosshatch' | 'dots' | 'vertical' | 'horizontal' | 'grid';
}

export interface MeasureSpec<M extends MeasureCommon> {
  kind: M['kind'];
  /** its name in lists, legends and pickers: "Export control" */
  name: string;
  /** its name in the app's other languages (the catalogs read it from here, so a new kind brings its own) */
  names: { 'zh-CN': string };
  /** how the charts tell it apart: a colour of the app's palette and a fill pattern (src/app/charts/palette.ts) */
  style: KindStyle;
  /** restricts trade, so counts toward escalation and is answered by strategies (subsidies and mandates do not) */
  hostile: boolean;
  /**
   * whether it may already be in force at round 0, in the starting world, and how the starting world reads it
   * (startingWorld.ts; the rulebook): 'prices' into buyers' preferences and round-0 prices (tariffs), 'shares' into
   * buyers' round-0 shares (the measures that close links); false where it may not (subsidies and mandates, which
   * would make a starting world other than the observed one)
   */
  inStartingWorld: false | 'prices' | 'shares';
  /** closes or taxes supplier links, so the sourcing step's open links depend on it */
  shapesAccess: boolean;
  /** allies may join it (export controls) */
  joinable: boolean;
  /** the states whose firms it binds: the maker, and for a joinable measure those who joined */
  makers(m: M): StateCode[];
  /** the states it is aimed at (itself or one of its firms); 'everyone' for a control on every foreign buyer */
  targets(m: M, homeOf: HomeOf): readonly StateCode[] | 'everyone';
  subject(m: M): Subject;
  /** the firm it names, if any: a banned or listed firm, or the firm a control targets */
  namedFirm(m: M): string | undefined;
  /** the firm it singles out, whose trade with the maker's firms the narrative follows */
  followedFirm(m: M): string | undefined;
  /**
   * which of that firm's trade with the maker's firms the narrative follows: what it sells to them ('sales', the
   * default: a purchase ban stops the maker's buyers buying from it) or what it buys from them ('purchases': an entity
   * listing stops the maker's firms selling to it)
   */
  followedTrade?: 'sales' | 'purchases';
  /** what the schema cannot check alone (firm ids against the world), as "field: message", or null */
  check(m: M, isKnownFirm: (firm: string) => boolean): MeasureProblem | null;
  /** applies it: adds it to the policy tables the sourcing and production passes read per link */
  compile(m: M, base: WorldBase, policy: Policy): void;
  /** one sentence, without the round label, for the measure being imposed (or replacing `replacing`) */
  describe(m: M, names: NameBook, replacing?: MeasureCommon): string;
  describeRelax(m: M, names: NameBook): string;
  /** what an ally joins, in "Japan joins the USA in ...", for a joinable measure */
  joinedAs?(m: M, names: NameBook): string;
  /** the act named by its kind and what it covers: "control on lithography tools", "ban on Micron" */
  noun(act: Subject, names: NameBook): string;
  /** its row label on the escalation timeline: "USA export control on China (memory, logic)" */
  label(m: M, firmName: (id: string) => string): string;
  /** the same sentences in Simplified Chinese, given the Chinese names (the app's event phrasebook reads them) */
  zh: ZhSentences<M>;
  form: {
    /** the fields the form shows for this kind, in order */
    fields: readonly FieldSpec[];
    /** the part of a made-up id that says whom it aims at (a firm or a target), or '' */
    aim(fields: MeasureFields): string;
    /** the measure the fields describe, or a ScenarioError naming the field */
    read(fields: MeasureFields, common: { id: string; maker: StateCode }): M;
    /** the fields that show an existing measure */
    write(m: M): Partial<MeasureFields>;
  };
}

/** Sector indices a measure covers; none listed covers every sector. */
export function sectorsOf(list: readonly SectorId[] | undefined): number[] {
  return list && list.length > 0 ? list.map((k) => sectorIndex[k]) : SECTOR_IDS.map((_, i) => i);
}

/** A number typed into a field, or a ScenarioError naming the field. */
export function readNumber(field: string, text: string, min: number, max: number, integer = false): number {
  const trimmed = text.trim();
  const x = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(x)) throw new ScenarioError({ kind: 'enter-number', field, whole: false });
  if (integer && !Number.isInteger(x)) throw new ScenarioError({ kind: 'enter-number', field, whole: true });
  if (x < min || x > max) throw new ScenarioError({ kind: 'number-range', field, min, max });
  return x;
}

/** a share shown in percent, without float noise: 0.211 -> "21.1" */
export const percentText = (x: number) => String(Math.round(x * 10000) / 100);
/** percent typed to a share, without the float noise of a bare division (21.1 / 100 = 0.21100000000000002) */
export const shareOf = (percent: number) => Number((percent / 100).toPrecision(12));

/** The start of a row label: "USA export control" (the maker's short name and the kind's name in lower case). */
export function labelStart(m: MeasureCommon, kindName: string): string {
  return `${STATE_SHORT[m.maker] ?? m.maker} ${kindName.toLowerCase()}`;
}

/** A target in a row label: a state's short name, all foreign buyers, or a firm's name. */
export function labelTarget(target: string, firmName: (id: string) => string): string {
  if (target === 'ALL') return 'all foreign buyers';
  if (target in STATE_NAMES) return STATE_SHORT[target as StateCode];
  return firmName(target);
}

/** The states a measure on one firm aims at: the firm's home, where the world has the firm. */
export function homeOfFirm(firm: string, homeOf: HomeOf): StateCode[] {
  const home = homeOf(firm);
  return home === undefined ? [] : [home];
}

/** The check for a measure that names a firm: the world must have it. */
export function checkFirm(firm: string, isKnownFirm: (firm: string) => boolean): MeasureProblem | null {
  return isKnownFirm(firm) ? null : { kind: 'unknown-firm', path: 'measure.firm', firm };
}

export function isState(x: string): x is StateCode {
  return (STATE_CODES as readonly string[]).includes(x);
}
