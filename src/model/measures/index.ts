// The registry of measure kinds: one module each (tariff.ts, exportControl.ts, ...), listed here once. Everything
// that depends on a measure's kind asks it through these functions, so adding a kind means writing its module (with
// its tests: its rules, words, form, names in every language and chart style) and adding it to the lists below.

import { z } from 'zod';
import type { StateCode } from '../types.ts';
import { entityListing, entityListingSchema, type EntityListingMeasure } from './entityListing.ts';
import { exportControl, exportControlSchema, type ExportControlMeasure } from './exportControl.ts';
import { purchaseBan, purchaseBanSchema, type PurchaseBanMeasure } from './purchaseBan.ts';
import type { HomeOf, MeasureSpec } from './spec.ts';
import { standardMandate, standardMandateSchema, type StandardMandateMeasure } from './standardMandate.ts';
import { subsidy, subsidySchema, type SubsidyMeasure } from './subsidy.ts';
import { tariff, tariffSchema, type TariffMeasure } from './tariff.ts';

export type {
  EntityListingMeasure,
  ExportControlMeasure,
  PurchaseBanMeasure,
  StandardMandateMeasure,
  SubsidyMeasure,
  TariffMeasure,
};
export type {
  FieldName,
  FieldSpec,
  HomeOf,
  MeasureFields,
  MeasureSpec,
  Subject,
  ZhSentences,
  ZhWords,
} from './spec.ts';

export type Measure =
  | TariffMeasure
  | ExportControlMeasure
  | PurchaseBanMeasure
  | EntityListingMeasure
  | SubsidyMeasure
  | StandardMandateMeasure;
export type MeasureKind = Measure['kind'];

/** Every kind, in the order pickers, legends and the rulebook list them. */
export const MEASURES: { readonly [K in MeasureKind]: MeasureSpec<Extract<Measure, { kind: K }>> } = {
  tariff,
  exportControl,
  purchaseBan,
  entityListing,
  subsidy,
  standardMandate,
};

export const MEASURE_KINDS = Object.keys(MEASURES) as readonly MeasureKind[];

/** Each kind's name in lists, legends and pickers ("Export control"), from its module. */
export const KIND_NAMES = Object.fromEntries(MEASURE_KINDS.map((k) => [k, MEASURES[k].name])) as Record<
  MeasureKind,
  string
>;

/** The scenario format's measure: one schema per kind, told apart by `kind`. */
export const measureSchema = z.discriminatedUnion('kind', [
  tariffSchema,
  exportControlSchema,
  purchaseBanSchema,
  entityListingSchema,
  subsidySchema,
  standardMandateSchema,
]);

/** The module of a measure's kind, typed for that measure. */
export function specOf<M extends Measure>(m: M): MeasureSpec<M> {
  return MEASURES[m.kind] as unknown as MeasureSpec<M>;
}

/** Measures that count toward escalation and that strategies answer: everything that restricts trade. */
export function isHostile(m: Measure): boolean {
  return MEASURES[m.kind].hostile;
}

/** Whether a measure is aimed at a state (or at one of its firms). */
export function bearsOn(m: Measure, state: StateCode, homeOf: HomeOf): boolean {
  const targets = specOf(m).targets(m, homeOf);
  return targets === 'everyone' ? m.maker !== state : targets.includes(state);
}

/** Measures allies may join (export controls): they carry the states that joined. */
export type JoinableMeasure = ExportControlMeasure;
export function isJoinable(m: Measure): m is JoinableMeasure {
  return MEASURES[m.kind].joinable;
}
