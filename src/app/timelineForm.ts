// The timeline editor's form: the flat fields a person fills in (state, measure, target, sectors, size, round) and
// the conversion to and from a timeline entry. Numbers arrive as text from the fields, so each is checked here and
// refused with a message naming the field, before the scenario schema checks the rest.

import { ANCHOR_FIRMS } from '../model/calibration.ts';
import { capitalise, describeJoin, describeMeasure, describeRelax } from '../model/narrate.ts';
import { ScenarioError, type TimelineEntry } from '../model/scenario.ts';
import type { Measure, MeasureKind, SectorId, StandardId, StateCode } from '../model/types.ts';
import { STATE_CODES } from '../model/types.ts';

export interface EntryForm {
  action: 'impose' | 'relax' | 'join';
  round: string;
  /** the state that imposes the measure, or that joins one */
  state: StateCode;
  kind: MeasureKind;
  /** a state code, ALL, or a firm id (export controls); a state code (tariffs) */
  target: string;
  /** firm id for purchase bans and entity listings */
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
  /** the measure an entry relaxes or joins; for a new measure, its id (made up when left empty) */
  measureId: string;
  note: string;
}

export const ACTION_LABELS: Record<EntryForm['action'], string> = {
  impose: 'Impose a measure',
  relax: 'Lift a measure',
  join: 'Join a measure',
};

export function defaultForm(round: number): EntryForm {
  return {
    action: 'impose',
    round: String(Math.max(1, round)),
    state: 'USA',
    kind: 'tariff',
    target: 'CHN',
    firm: 'micron',
    sectors: [],
    ratePercent: '10',
    sizePercent: '100',
    threshold: '0',
    scope: 'cii',
    standard: 'A',
    strength: '1',
    measureId: '',
    note: '',
  };
}

const pct = (x: number) => String(Math.round(x * 10000) / 100);
/** percent typed to a share, without the float noise of a bare division (21.1 / 100 = 0.21100000000000002) */
const share = (percent: number) => Number((percent / 100).toPrecision(12));

export function formFromEntry(entry: TimelineEntry): EntryForm {
  const form = defaultForm(entry.round);
  form.round = String(entry.round);
  form.note = entry.note ?? '';
  if (entry.action === 'relax') return { ...form, action: 'relax', measureId: entry.measureId };
  if (entry.action === 'join')
    return { ...form, action: 'join', measureId: entry.measureId, state: entry.state };
  const m = entry.measure;
  const out: EntryForm = { ...form, action: 'impose', kind: m.kind, state: m.maker, measureId: m.id };
  switch (m.kind) {
    case 'tariff':
      return { ...out, target: m.target, sectors: [...(m.sectors ?? [])], ratePercent: pct(m.rate) };
    case 'exportControl':
      return {
        ...out,
        target: m.target,
        sectors: [...m.sectors],
        sizePercent: pct(m.size),
        threshold: String(m.threshold),
      };
    case 'purchaseBan':
      return { ...out, firm: m.firm, scope: m.scope };
    case 'entityListing':
      return { ...out, firm: m.firm };
    case 'subsidy':
      return { ...out, sectors: [...m.sectors], ratePercent: pct(m.rate) };
    case 'standardMandate':
      return { ...out, standard: m.standard, strength: String(m.strength) };
  }
}

/** A number typed into a field, or a ScenarioError naming the field. */
export function readNumber(field: string, text: string, min: number, max: number, integer = false): number {
  const trimmed = text.trim();
  const x = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(x)) throw new ScenarioError(`${field}: enter a number`);
  if (integer && !Number.isInteger(x)) throw new ScenarioError(`${field}: enter a whole number`);
  if (x < min || x > max) throw new ScenarioError(`${field}: enter a number from ${min} to ${max}`);
  return x;
}

function madeUpId(form: EntryForm, round: number, taken: ReadonlySet<string>): string {
  const aim =
    form.kind === 'purchaseBan' || form.kind === 'entityListing'
      ? form.firm
      : form.kind === 'tariff' || form.kind === 'exportControl'
        ? form.target
        : '';
  const stem = [form.state, form.kind, aim, `r${round}`].filter(Boolean).join('-').toLowerCase();
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/**
 * The timeline entry a form describes. `taken` holds the ids already used by other entries, so that a new measure
 * never silently replaces one with the same id.
 */
export function entryFromForm(form: EntryForm, maxRound: number, taken: ReadonlySet<string>): TimelineEntry {
  // Round 0 is the starting world: only a tariff may already be in force there (see the rulebook).
  const startingTariff = form.action === 'impose' && form.kind === 'tariff';
  const round = readNumber('round', form.round, startingTariff ? 0 : 1, maxRound, true);
  const note = form.note.trim() === '' ? undefined : form.note.trim().slice(0, 200);
  const withNote = <T extends object>(e: T) => (note === undefined ? e : { ...e, note });
  if (form.action === 'relax' || form.action === 'join') {
    if (form.measureId.trim() === '') throw new ScenarioError('measure: choose the measure to lift or join');
    return form.action === 'relax'
      ? withNote({ round, action: 'relax', measureId: form.measureId.trim() })
      : withNote({ round, action: 'join', measureId: form.measureId.trim(), state: form.state });
  }
  const id = form.measureId.trim() || madeUpId(form, round, taken);
  const maker = form.state;
  const base = { id, maker };
  switch (form.kind) {
    case 'tariff': {
      if (!(STATE_CODES as readonly string[]).includes(form.target))
        throw new ScenarioError('target: a tariff targets a state');
      const rate = share(readNumber('rate', form.ratePercent, 0, 500));
      const measure = {
        kind: 'tariff' as const,
        ...base,
        target: form.target as StateCode,
        rate,
        ...(form.sectors.length > 0 ? { sectors: [...form.sectors] } : {}),
      };
      return withNote({ round, action: 'impose', measure });
    }
    case 'exportControl': {
      if (form.sectors.length === 0) throw new ScenarioError('sectors: choose at least one sector');
      const measure = {
        kind: 'exportControl' as const,
        ...base,
        target: form.target,
        sectors: [...form.sectors],
        threshold: readNumber('threshold', form.threshold, 0, 1),
        size: share(readNumber('size', form.sizePercent, 0, 100)),
      };
      return withNote({ round, action: 'impose', measure });
    }
    case 'purchaseBan':
      return withNote({
        round,
        action: 'impose',
        measure: { kind: 'purchaseBan' as const, ...base, firm: form.firm.trim(), scope: form.scope },
      });
    case 'entityListing':
      return withNote({
        round,
        action: 'impose',
        measure: { kind: 'entityListing' as const, ...base, firm: form.firm.trim() },
      });
    case 'subsidy': {
      if (form.sectors.length === 0) throw new ScenarioError('sectors: choose at least one sector');
      const rate = share(readNumber('rate', form.ratePercent, 0, 90));
      return withNote({
        round,
        action: 'impose',
        measure: { kind: 'subsidy' as const, ...base, sectors: [...form.sectors], rate },
      });
    }
    case 'standardMandate':
      return withNote({
        round,
        action: 'impose',
        measure: {
          kind: 'standardMandate' as const,
          ...base,
          standard: form.standard,
          strength: readNumber('strength', form.strength, 0, 10),
        },
      });
  }
}

/** Ids of the measures a timeline imposes, in order of first appearance: the choices for "lift" and "join". */
export function imposedIds(timeline: readonly TimelineEntry[]): string[] {
  const ids: string[] = [];
  for (const e of timeline) if (e.action === 'impose' && !ids.includes(e.measure.id)) ids.push(e.measure.id);
  return ids;
}

/** Names of the anchor firms, for sentences and for the firm picker; other firms read as their ids. */
export const FIRM_NAMES: ReadonlyMap<string, string> = new Map(ANCHOR_FIRMS.map((f) => [f.id, f.name]));
const NAMES = { firmName: (id: string) => FIRM_NAMES.get(id) ?? id };

/** A timeline entry in words ("China bars critical-infrastructure operators from buying Micron"). */
export function describeEntry(entry: TimelineEntry, timeline: readonly TimelineEntry[]): string {
  if (entry.action === 'impose') return capitalise(describeMeasure(entry.measure as Measure, NAMES));
  const imposed = timeline.find(
    (e): e is Extract<TimelineEntry, { action: 'impose' }> =>
      e.action === 'impose' && e.measure.id === entry.measureId,
  );
  if (!imposed) return `${entry.action === 'relax' ? 'Lift' : 'Join'} measure ${entry.measureId}`;
  const m = imposed.measure as Measure;
  return capitalise(entry.action === 'relax' ? describeRelax(m, NAMES) : describeJoin(entry.state, m, NAMES));
}
