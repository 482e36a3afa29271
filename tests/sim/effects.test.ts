import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf, welfareOf } from '../../src/model/twin.ts';
import { STATE_CODES, type Measure, type RoundRecord } from '../../src/model/types.ts';
import { effectOf, effectsOf, measuresTaken, twinPointOf } from '../../src/sim/effects.ts';
import { deepFreeze } from './arbitraries.ts';

const small = (id: Parameters<typeof presetScenario>[0]) =>
  parseScenario({ ...structuredClone(presetScenario(id)), firms: 100, rounds: 8 });

describe('effects of the measures', () => {
  const micron = runScenario(small('micron-2023'));
  const micronTwin = twinOf(micron);

  it('are the run minus its twin at every round, cost in index points, trade and divergence as shares', () => {
    const effects = effectsOf(micron.records, micronTwin.records.map(twinPointOf));
    expect(effects.map((e) => e.round)).toEqual(micron.records.map((r) => r.round));
    effects.forEach((e, t) => {
      const r = micron.records[t];
      const w = micronTwin.records[t];
      expect(e.label).toBe(r.label);
      for (const k of ['global', ...STATE_CODES] as const)
        expect(e.supplyChainCost[k]).toBe(r.supplyChainCost[k] - w.supplyChainCost[k]);
      expect(e.standardsDivergence).toBe(r.standardsDivergence - w.standardsDivergence);
      expect(e.crossBlocTradeShare).toBe(r.crossBlocTradeShare - w.crossBlocTradeShare);
    });
    // the ban and the controls raise China's costs against the same world without them
    expect(effects[effects.length - 1].supplyChainCost.CHN).toBeGreaterThan(0);
  });

  it('give each state’s welfare exactly as the rulebook’s welfareOf does', () => {
    const effects = effectsOf(micron.records, micronTwin.records.map(twinPointOf));
    expect(effects.map((e) => e.welfare)).toEqual(welfareOf(micron, micronTwin));
  });

  it('are 0 everywhere in a world without measures, and the run says no measures were taken', () => {
    const open = runScenario(small('open-world'));
    const effects = effectsOf(open.records, twinOf(open).records.map(twinPointOf));
    for (const e of effects) {
      expect(Object.values(e.supplyChainCost).every((v) => v === 0)).toBe(true);
      expect(Object.values(e.welfare).every((v) => v === 0)).toBe(true);
      expect(e.standardsDivergence).toBe(0);
      expect(e.crossBlocTradeShare).toBe(0);
    }
    expect(measuresTaken(open.records, open.records.length - 1)).toBe(false);
  });

  it('cover only the rounds the twin has reached; a missing or other round gives none', () => {
    const twin = micronTwin.records.slice(0, 3).map(twinPointOf);
    expect(effectsOf(micron.records, twin).map((e) => e.round)).toEqual([0, 1, 2]);
    expect(effectOf(micron.records[4], undefined)).toBeNull();
    expect(effectOf(micron.records[4], twin[2])).toBeNull();
  });

  it('give welfare 0, not NaN or infinity, where the twin has no income', () => {
    const twin = twinPointOf(micronTwin.records[2]);
    twin.realIncome = { ...twin.realIncome, CHN: 0 };
    expect(effectOf(micron.records[2], twin)?.welfare.CHN).toBe(0);
  });

  it('do not modify the run or the twin they read', () => {
    const records = deepFreeze(micron.records.map(twinPointOf));
    const twin = deepFreeze(micronTwin.records.map(twinPointOf));
    expect(effectsOf(records, twin)).toHaveLength(records.length);
  });
});

describe('measuresTaken', () => {
  const tariff = (rate: number): Measure =>
    ({ kind: 'tariff', id: 'us-tariff', maker: 'USA', target: 'CHN', sectors: ['memory'], rate }) as Measure;
  const at = (round: number, measures: Measure[]) =>
    ({ round, measures }) as Pick<RoundRecord, 'round' | 'measures'>;

  it.each([
    ['nothing ever in force', [at(0, []), at(1, []), at(2, [])], 2, false],
    ['a tariff kept from round 0', [at(0, [tariff(0.1)]), at(1, [tariff(0.1)])], 1, false],
    [
      'a measure imposed at round 2, asked at round 1',
      [at(0, []), at(1, []), at(2, [tariff(0.1)])],
      1,
      false,
    ],
    ['a measure imposed at round 2, asked at round 2', [at(0, []), at(1, []), at(2, [tariff(0.1)])], 2, true],
    ['a round-0 tariff raised under the same id', [at(0, [tariff(0.1)]), at(1, [tariff(0.25)])], 1, true],
    ['a round-0 tariff lifted', [at(0, [tariff(0.1)]), at(1, [])], 1, true],
    ['a measure imposed and lifted again', [at(0, []), at(1, [tariff(0.1)]), at(2, [])], 2, true],
  ])('%s: taken is as expected', (_name, records, round, taken) => {
    expect(measuresTaken(records, round)).toBe(taken);
  });

  it('finds the Micron ban once it is in force, and none at round 0', () => {
    const run = runScenario(small('micron-2023'));
    expect(measuresTaken(run.records, 0)).toBe(false);
    expect(measuresTaken(run.records, run.records.length - 1)).toBe(true);
  });
});
