import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/model/scenario.ts';
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

  it('does not modify the scenario it reads', () => {
    const frozen = Object.freeze(structuredClone(micron));
    const copy = structuredClone(frozen);
    changedParams(frozen);
    strategyRows(frozen);
    timelineRows(frozen);
    expect(frozen).toEqual(copy);
  });
});
