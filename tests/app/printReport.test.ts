import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario, roundLabel } from '../../src/model/scenario.ts';
import { sayEvent } from '../../src/app/i18n/events.ts';
import { CHINESE_EVENTS } from '../../src/app/i18n/events.zh-CN.ts';
import { language } from '../../src/app/i18n/language.svelte.ts';
import { changedParams, eventRows, strategyRows, timelineRows } from '../../src/app/printReport.ts';

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
