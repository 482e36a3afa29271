// The registry of measure kinds (src/model/measures/): every kind has a module that parses, applies, words and
// forms its own measures, and the rest of the model asks it instead of switching on the kind.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bearsOn,
  isHostile,
  MEASURE_KINDS,
  MEASURES,
  measureSchema,
  specOf,
  type Measure,
  type MeasureKind,
  type ZhWords,
} from '../../src/model/measures/index.ts';
import { compilePolicy } from '../../src/model/policy.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import type { StateCode } from '../../src/model/types.ts';
import { defaultForm } from '../../src/app/timelineForm.ts';
import { expectUnchanged, scenario, smallWorld } from './helpers.ts';

/** one measure of each kind, as the scenario format holds it (defaults filled in) */
const SAMPLES: Record<MeasureKind, Measure> = {
  tariff: { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', sectors: ['memory'], rate: 0.25 },
  exportControl: {
    kind: 'exportControl',
    id: 'c',
    maker: 'USA',
    target: 'CHN',
    sectors: ['lithography', 'logic'],
    threshold: 0.7,
    size: 0.8,
    joined: ['JPN'],
  },
  purchaseBan: { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'micron', scope: 'cii' },
  entityListing: { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' },
  subsidy: { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['memory'], rate: 0.3 },
  standardMandate: { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 2 },
};
const names = { firmName: (id: string) => ({ micron: 'Micron', huawei: 'Huawei' })[id] ?? id };
const home: Record<string, StateCode> = { micron: 'USA', huawei: 'CHN' };
const homeOf = (firm: string) => home[firm];

describe('the registry of measure kinds', () => {
  it('holds one module for each kind, under its own name, in the order pickers list them', () => {
    expect(Object.keys(MEASURES)).toEqual([...MEASURE_KINDS]);
    for (const kind of MEASURE_KINDS) expect(MEASURES[kind].kind).toBe(kind);
    expect(new Set(MEASURE_KINDS.map((k) => MEASURES[k].name)).size).toBe(MEASURE_KINDS.length);
  });

  it('has a module file named after each kind and no other, as the lint rule reads the kinds from the file names', () => {
    const files = readdirSync(new URL('../../src/model/measures/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'spec.ts')
      .map((f) => f.slice(0, -3));
    expect([...files].sort()).toEqual([...MEASURE_KINDS].sort());
  });

  it.each(MEASURE_KINDS)('the scenario format reads a %s back as it was written', (kind) => {
    expect(measureSchema.parse(structuredClone(SAMPLES[kind]))).toEqual(SAMPLES[kind]);
  });

  it('the scenario format refuses a kind no module knows', () => {
    expect(measureSchema.safeParse({ kind: 'quota', id: 'q', maker: 'USA' }).success).toBe(false);
  });

  it.each(MEASURE_KINDS)('the form shows a %s and reads it back unchanged', (kind) => {
    const m = SAMPLES[kind];
    const spec = specOf(m);
    const fields = { ...defaultForm(1), ...spec.form.write(m) };
    const read = spec.form.read(fields, { id: m.id, maker: m.maker });
    // what the form does not show (the allies that joined) is not the form's to keep
    const { joined: _joined, ...shown } = m as Measure & { joined?: unknown };
    expect(read).toEqual(shown);
    // every field it writes is one it says it shows
    for (const field of Object.keys(spec.form.write(m)))
      expect(spec.form.fields.map((f) => f.field)).toContain(field);
  });

  it.each(MEASURE_KINDS)('a %s reads in words, with no gaps', (kind) => {
    const m = SAMPLES[kind];
    const spec = specOf(m);
    const texts = [
      spec.describe(m, names),
      spec.describeRelax(m, names),
      spec.noun(spec.subject(m), names),
      spec.label(m, names.firmName),
    ];
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(spec.describe(m, names)).not.toBe(spec.describeRelax(m, names));
  });

  it.each(MEASURE_KINDS)('a %s reads in Chinese from its own module, with the names it is given', (kind) => {
    const m = SAMPLES[kind];
    const spec = specOf(m);
    // names in Chinese stand-ins, so any English left in a sentence is the module's own
    const zh: ZhWords = {
      state: () => '甲国',
      sectors: () => '某行业',
      sectorList: () => '某行业',
      target: () => '乙方',
      firm: () => '某企业',
      labelStart: () => '甲国措施',
      labelTarget: () => '乙方',
      percent: () => '百分之十',
      number: () => '零点九',
      stack: () => '技术栈',
    };
    const texts = [
      spec.zh.describe(m, zh, names),
      spec.zh.describeRelax(m, zh, names),
      spec.zh.noun(spec.subject(m), zh, names),
      spec.zh.label(m, zh, names.firmName),
      ...(spec.zh.joinedAs ? [spec.zh.joinedAs(m, zh, names)] : []),
    ];
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(1);
      expect(text).not.toMatch(/[A-Za-z]/);
    }
    expect(spec.zh.describe(m, zh, names)).not.toBe(spec.zh.describeRelax(m, zh, names));
  });

  it.each(MEASURE_KINDS)(
    'applying a %s changes the policy tables and leaves the measure as it was',
    (kind) => {
      const base = smallWorld().base;
      const empty = compilePolicy(base, []);
      const m = SAMPLES[kind];
      let policy = empty;
      expectUnchanged([m], () => (policy = compilePolicy(base, [m])));
      expect(policy).not.toEqual(empty);
    },
  );

  it('counts as hostile exactly what restricts trade', () => {
    const hostile = MEASURE_KINDS.filter((k) => isHostile(SAMPLES[k]));
    expect(hostile).toEqual(['tariff', 'exportControl', 'purchaseBan', 'entityListing']);
  });

  it.each<[MeasureKind, StateCode[]]>([
    ['tariff', ['CHN']],
    ['exportControl', ['CHN']],
    ['purchaseBan', ['USA']],
    ['entityListing', ['CHN']],
    ['subsidy', []],
    ['standardMandate', []],
  ])('a %s bears on the states it is aimed at and no other', (kind, aimed) => {
    const m = SAMPLES[kind];
    const states: StateCode[] = ['USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN', 'ROW'];
    expect(states.filter((s) => bearsOn(m, s, homeOf))).toEqual(aimed);
  });

  it('a control on every foreign buyer bears on every state but its maker, and binds the allies who joined', () => {
    const m: Measure = { ...(SAMPLES.exportControl as Measure & { kind: 'exportControl' }), target: 'ALL' };
    expect(bearsOn(m, 'CHN', homeOf)).toBe(true);
    expect(bearsOn(m, 'EU', homeOf)).toBe(true);
    expect(bearsOn(m, 'USA', homeOf)).toBe(false);
    expect(specOf(m).makers(m)).toEqual(['USA', 'JPN']);
  });

  it('tariffs and the measures that close links may be in force in the starting world, and the scenario refuses the others there', () => {
    expect(MEASURE_KINDS.filter((k) => MEASURES[k].inStartingWorld)).toEqual([
      'tariff',
      'exportControl',
      'purchaseBan',
      'entityListing',
    ]);
    expect(MEASURE_KINDS.filter((k) => MEASURES[k].inStartingWorld === 'prices')).toEqual(['tariff']);
    const atZero = (measure: Measure) =>
      parseScenario({ ...scenario(), timeline: [{ round: 0, action: 'impose', measure }] });
    for (const k of ['tariff', 'exportControl', 'purchaseBan', 'entityListing'] as const)
      expect(() => atZero(SAMPLES[k])).not.toThrow();
    expect(() => atZero(SAMPLES.subsidy)).toThrow(
      /only tariffs, export controls, purchase bans and entity listings can be in force at round 0/,
    );
    expect(() => atZero(SAMPLES.standardMandate)).toThrow(/timeline\.0\.round/);
  });

  it('the scenario refuses a measure naming a firm that does not exist, with the field', () => {
    const measure = { ...SAMPLES.purchaseBan, firm: 'nobody' };
    expect(() =>
      parseScenario({ ...scenario(), timeline: [{ round: 1, action: 'impose', measure }] }),
    ).toThrow('timeline.0.measure.firm: no firm with id "nobody"');
  });
});
