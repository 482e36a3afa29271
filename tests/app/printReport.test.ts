import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario, roundLabel } from '../../src/model/scenario.ts';
import { sayEvent } from '../../src/app/i18n/events.ts';
import { CHINESE_EVENTS } from '../../src/app/i18n/events.zh-CN.ts';
import { language } from '../../src/app/i18n/language.svelte.ts';
import {
  changedParams,
  eventRows,
  howSure,
  pairedCosts,
  paramBases,
  strategyRows,
  timelineRows,
} from '../../src/app/printReport.ts';

const micron = presetScenario('micron-2023');

describe('the run report’s lists', () => {
  it('lists only the parameters set away from their defaults, with the default beside', () => {
    const plain = parseScenario({ ...structuredClone(micron), params: {} });
    expect(changedParams(plain)).toEqual([]);
    const changed = parseScenario({
      ...structuredClone(micron),
      params: { homeBias: DEFAULT_PARAMS.homeBias + 0.1 },
    });
    expect(changedParams(changed)).toEqual([
      expect.objectContaining({
        key: 'homeBias',
        value: DEFAULT_PARAMS.homeBias + 0.1,
        defaultValue: DEFAULT_PARAMS.homeBias,
      }),
    ]);
  });

  it('names every state’s strategy, the scenario’s where it sets one', () => {
    const s = parseScenario({ ...structuredClone(micron), states: { CHN: { strategy: 'titForTat' } } });
    const rows = strategyRows(s);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.code === 'CHN')?.strategy).toMatch(/tit for tat/i);
  });

  it('lists the timeline in round order with calendar labels', () => {
    const rows = timelineRows(micron);
    expect(rows).toHaveLength(micron.timeline.length);
    expect(rows.map((r) => r.round)).toEqual([...rows.map((r) => r.round)].sort((a, b) => a - b));
    expect(rows.find((r) => /Micron/.test(r.text))?.when).toBe('Q2 2023');
  });

  it('lists every event of the run oldest first, without repeating the round label in the text', () => {
    const run = runScenario(parseScenario({ ...structuredClone(micron), firms: 100 }));
    const rows = eventRows(run.records);
    expect(rows).toHaveLength(run.records.reduce((n, r) => n + r.events.length, 0));
    expect(rows.map((r) => r.round)).toEqual([...rows.map((r) => r.round)].sort((a, b) => a - b));
    for (const r of rows) expect(r.text.startsWith(`${r.when}:`)).toBe(false);
  });

  it('lists the timeline and the events in Chinese when given the Chinese phrasebook and round labels', async () => {
    await language.show('zh-CN');
    const round = (label: string) => language.round(label);
    const timeline = timelineRows(micron, CHINESE_EVENTS, round);
    expect(timeline.find((r) => r.text.includes('美光'))).toMatchObject({
      when: '2023年第2季度',
      text: '中国禁止关键信息基础设施运营者采购美光的产品',
    });
    const run = runScenario(parseScenario({ ...structuredClone(micron), firms: 100 }));
    const names = { firmName: (id: string) => id };
    const label = (t: number) => round(roundLabel(micron, t));
    const rows = eventRows(run.records, (e) => sayEvent(e, CHINESE_EVENTS, names, label), round);
    expect(rows[0]).toMatchObject({
      when: '2022年第3季度',
      text: expect.stringMatching(/^校准后的起始世界/),
    });
    for (const r of rows) expect(r.text, r.text).not.toMatch(/[a-z]{3,}/);
    await language.show('en');
  });

  it('does not modify the scenario it reads', () => {
    const frozen = Object.freeze(structuredClone(micron));
    const copy = structuredClone(frozen);
    changedParams(frozen);
    strategyRows(frozen);
    timelineRows(frozen);
    expect(frozen).toEqual(copy);
  });
});

describe('the run report’s “How sure” lines', () => {
  const band = (round: number, p50: number, p5 = p50 - 1, p95 = p50 + 1) => ({
    round,
    label: `R${round}`,
    p5,
    p25: p50,
    p50,
    p75: p50,
    p95,
    n: 10,
  });
  const outcome = (effect: number[], raw: number[] = effect.map((v) => v + 100)) => ({
    effect: effect.map((v, i) => band(i, v)),
    raw: raw.map((v, i) => band(i, v)),
  });

  it('reads the last round’s median and middle 90% of each headline outcome, in the reading asked for', () => {
    const table = {
      'cost.global': outcome([0, 0.4]),
      'cost.CHN': outcome([0, 1.8]),
      divergence: outcome([0, 0.05]),
      crossBloc: outcome([0, -0.01]),
      'welfare.CHN': outcome([0, -0.2]),
    };
    expect(howSure(table, 'effect')).toEqual([
      { subject: 'global', median: 0.4, lo: 0.4 - 1, hi: 0.4 + 1 },
      { subject: 'CHN', median: 1.8, lo: 1.8 - 1, hi: 1.8 + 1 },
      { subject: 'divergence', median: 0.05, lo: 0.05 - 1, hi: 0.05 + 1 },
      { subject: 'crossBloc', median: -0.01, lo: -0.01 - 1, hi: -0.01 + 1 },
    ]);
    expect(howSure(table, 'raw')[0]).toEqual({ subject: 'global', median: 100.4, lo: 99.4, hi: 101.4 });
    // an outcome whose last median is not a number is left out, not printed as NaN
    expect(howSure({ 'cost.global': outcome([0, Number.NaN]) }, 'effect')).toEqual([]);
  });

  it('against a compared branch: the world first, then the states that move most, small ones left out', () => {
    const differences = {
      'cost.global': outcome([0, 0.3]),
      'cost.USA': outcome([0, 0.01]),
      'cost.CHN': outcome([0, 1.9]),
      'cost.JPN': outcome([0, -0.6]),
      'cost.EU': outcome([0, 0.2]),
      'cost.KOR': outcome([0, 0.1]),
      'cost.TWN': outcome([0, 0.07]),
      divergence: outcome([0, 0.5]),
    };
    // paired differences are read raw: the branch on view minus the other, seed by seed
    const rows = pairedCosts(
      Object.fromEntries(Object.entries(differences).map(([k, v]) => [k, { effect: [], raw: v.effect }])),
    );
    expect(rows.map((r) => r.subject)).toEqual(['global', 'CHN', 'JPN', 'EU', 'KOR']);
    expect(rows[1]).toEqual({ subject: 'CHN', median: 1.9, lo: 1.9 - 1, hi: 1.9 + 1 });
  });

  it('counts the parameters read from sources and the assumptions, and says which each changed one is', () => {
    const { sourced, assumed, total } = paramBases();
    expect(sourced + assumed).toBe(total);
    expect(sourced).toBeGreaterThan(0);
    expect(assumed).toBeGreaterThan(0);
    const changed = parseScenario({
      ...structuredClone(micron),
      params: { techGapCost: 2, demandGrowth: 0.01 },
    });
    const basis = Object.fromEntries(changedParams(changed).map((r) => [r.key, r.basis]));
    expect(basis.techGapCost).toBe('assumption');
    expect(Object.values(basis)).toContain('sourced');
  });
});
