import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import {
  defaultForm,
  describeEntry,
  entryFromForm,
  formFromEntry,
  imposedIds,
  readNumber,
} from '../../src/app/timelineForm.ts';

const none = new Set<string>();

describe('timeline form', () => {
  it('every entry of every preset survives the trip to the form and back', () => {
    for (const id of ['micron-2023', 'two-blocs', 'detente', 'tariff-war-2018'] as const) {
      const timeline = presetScenario(id).timeline;
      for (const entry of timeline) {
        const back = entryFromForm(formFromEntry(entry), 400, none);
        expect(back).toEqual(entry);
      }
    }
  });

  it('a tariff typed in percent becomes a rate, with a made-up id', () => {
    const form = { ...defaultForm(2), ratePercent: '25' };
    const entry = entryFromForm(form, 12, none);
    expect(entry).toEqual({
      round: 2,
      action: 'impose',
      measure: { kind: 'tariff', id: 'usa-tariff-chn-r2', maker: 'USA', target: 'CHN', rate: 0.25 },
    });
    const again = entryFromForm(form, 12, new Set(['usa-tariff-chn-r2']));
    expect(again.action === 'impose' && again.measure.id).toBe('usa-tariff-chn-r2-2');
  });

  it('the entries it makes pass the scenario schema', () => {
    const scenario = presetScenario('open-world');
    const control = {
      ...defaultForm(3),
      kind: 'exportControl' as const,
      sectors: ['memory' as const],
      target: 'ALL',
    };
    const timeline = [entryFromForm(control, 40, none)];
    expect(() => parseScenario({ ...scenario, timeline })).not.toThrow();
  });

  it.each([
    [{ round: 'x' }, /round: enter a number/],
    [{ round: '2.5' }, /round: enter a whole number/],
    [{ round: '50' }, /round: enter a number from 0 to 12/],
    [{ round: '0', action: 'relax', measureId: 't' }, /round: enter a number from 1 to 12/],
    [{ ratePercent: '' }, /rate: enter a number/],
    [{ kind: 'exportControl', sectors: [] }, /sectors: choose at least one/],
    [
      { kind: 'exportControl', sectors: ['memory'], sizePercent: '120' },
      /size: enter a number from 0 to 100/,
    ],
    [{ action: 'relax', measureId: '' }, /measure: choose/],
  ])('refuses %j with a message naming the field', (over, message) => {
    expect(() => entryFromForm({ ...defaultForm(2), ...(over as object) }, 12, none)).toThrow(message);
  });

  it('readNumber refuses what is not a finite number', () => {
    expect(() => readNumber('x', 'Infinity', 0, 1)).toThrow(/enter a number/);
    expect(readNumber('x', '0.25', 0, 1)).toBe(0.25);
  });

  it('describes entries in words, lifts and joins by the measure they concern', () => {
    const timeline = presetScenario('micron-2023').timeline;
    const ban = timeline.find((e) => e.action === 'impose' && e.measure.kind === 'purchaseBan')!;
    expect(describeEntry(ban, timeline)).toBe(
      'China bars critical-infrastructure operators from buying Micron',
    );
    const join = timeline.find((e) => e.action === 'join')!;
    expect(describeEntry(join, timeline)).toMatch(/joins the USA/);
    expect(imposedIds(timeline)).toContain('cn-micron-cii-2023');
  });
});

describe('round 0 in the form', () => {
  const none = new Set<string>();
  it('keeps a tariff at round 0 (already in force in the starting world)', () => {
    const entry = entryFromForm({ ...defaultForm(1), round: '0' }, 12, none);
    expect(entry.round).toBe(0);
  });

  it('keeps a purchase ban, an entity listing or an export control at round 0 too', () => {
    for (const form of [
      { ...defaultForm(1), kind: 'purchaseBan' as const, round: '0' },
      { ...defaultForm(1), kind: 'entityListing' as const, round: '0' },
      { ...defaultForm(1), kind: 'exportControl' as const, sectors: ['logic' as const], round: '0' },
    ])
      expect(entryFromForm(form, 12, none).round).toBe(0);
  });

  it('refuses round 0 for a subsidy, a mandate, a lift or a join', () => {
    expect(() =>
      entryFromForm({ ...defaultForm(1), kind: 'subsidy', sectors: ['logic'], round: '0' }, 12, none),
    ).toThrow(/round/);
    expect(() => entryFromForm({ ...defaultForm(1), kind: 'standardMandate', round: '0' }, 12, none)).toThrow(
      /round/,
    );
    expect(() =>
      entryFromForm({ ...defaultForm(1), action: 'relax', measureId: 'x', round: '0' }, 12, none),
    ).toThrow(/round/);
  });
});
