import { describe, expect, it } from 'vitest';
import { ANCHOR_FIRMS, STATES } from '../../src/model/calibration.ts';
import { DEFAULT_PARAMS } from '../../src/model/params.ts';
import {
  isKnownFirm,
  parseScenario,
  resolveScenario,
  roundLabel,
  ScenarioError,
} from '../../src/model/scenario.ts';
import { expectUnchanged } from './helpers.ts';

const OK = { version: 1, name: 'a test', seed: 1, rounds: 4, firms: 100 };

function refusal(input: unknown): ScenarioError {
  try {
    parseScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('the scenario was accepted');
}

describe('parseScenario', () => {
  it('fills in the defaults of a minimal scenario', () => {
    const s = parseScenario(OK);
    expect(s).toMatchObject({ description: '', noise: 0, params: {}, states: {}, timeline: [] });
  });

  it('fills in the defaults inside measures', () => {
    const s = parseScenario({
      ...OK,
      timeline: [
        {
          round: 1,
          action: 'impose',
          measure: { kind: 'exportControl', id: 'c', maker: 'USA', target: 'CHN', sectors: ['memory'] },
        },
        {
          round: 2,
          action: 'impose',
          measure: { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'micron' },
        },
      ],
    });
    expect(s.timeline[0]).toMatchObject({ measure: { threshold: 0, size: 1 } });
    expect(s.timeline[1]).toMatchObject({ measure: { scope: 'cii' } });
  });

  it('accepts firm ids of anchors and of generated firms, and ALL, as control targets', () => {
    for (const target of ['huawei', 'phones-chn-3', 'ALL']) {
      const s = parseScenario({
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'exportControl', id: 'c', maker: 'USA', target, sectors: ['logic'] },
          },
        ],
      });
      expect(s.timeline).toHaveLength(1);
    }
  });

  it('accepts a tariff dated round 0, already in force in the starting world', () => {
    const s = parseScenario({
      ...OK,
      timeline: [
        {
          round: 0,
          action: 'impose',
          measure: { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.03 },
        },
      ],
    });
    expect(s.timeline[0].round).toBe(0);
  });

  it('accepts a purchase ban dated round 0, already in force in the starting world', () => {
    const s = parseScenario({
      ...OK,
      timeline: [
        {
          round: 0,
          action: 'impose',
          measure: { kind: 'purchaseBan', id: 'b', maker: 'USA', firm: 'huawei', scope: 'all' },
        },
      ],
    });
    expect(s.timeline[0].round).toBe(0);
  });

  it.each([
    [
      'a subsidy at round 0',
      {
        round: 0,
        action: 'impose',
        measure: { kind: 'subsidy', id: 's', maker: 'USA', sectors: ['logic'], rate: 0.1 },
      },
      /only tariffs, export controls, purchase bans and entity listings can be in force at round 0/,
    ],
    ['a relax at round 0', { round: 0, action: 'relax', measureId: 't' }, /timeline\.0\.round/],
  ])('refuses %s', (_, entry, message) => {
    expect(refusal({ ...OK, timeline: [entry] }).message).toMatch(message);
  });

  it('accepts a relax after the impose it lifts, even when written first', () => {
    const s = parseScenario({
      ...OK,
      timeline: [
        { round: 3, action: 'relax', measureId: 't' },
        {
          round: 1,
          action: 'impose',
          measure: { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.1 },
        },
      ],
    });
    expect(s.timeline).toHaveLength(2);
  });

  const imposeTariff = (round: number) => ({
    round,
    action: 'impose',
    measure: { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.1 },
  });

  it.each([
    { name: 'a wrong version', input: { ...OK, version: 2 }, path: 'version', expected: /expected 1/ },
    { name: '0 rounds', input: { ...OK, rounds: 0 }, path: 'rounds', expected: />=1/ },
    { name: '401 rounds', input: { ...OK, rounds: 401 }, path: 'rounds', expected: /<=400/ },
    { name: '2.5 rounds', input: { ...OK, rounds: 2.5 }, path: 'rounds', expected: /int/i },
    { name: '99 firms', input: { ...OK, firms: 99 }, path: 'firms', expected: />=100/ },
    { name: '20001 firms', input: { ...OK, firms: 20001 }, path: 'firms', expected: /<=20000/ },
    { name: 'a negative seed', input: { ...OK, seed: -1 }, path: 'seed', expected: />=0/ },
    { name: 'noise above 0.5', input: { ...OK, noise: 0.6 }, path: 'noise', expected: /<=0.5/ },
    {
      name: 'an unknown strategy',
      input: { ...OK, states: { USA: { strategy: 'bully' } } },
      path: 'states.USA.strategy',
      expected: /titForTat/,
    },
    {
      name: 'an unknown state',
      input: { ...OK, states: { XYZ: { strategy: 'passive' } } },
      path: 'states',
      expected: /XYZ|key/i,
    },
    {
      name: 'a parameter out of its range',
      input: { ...OK, params: { scarcityMarkup: 9 } },
      path: 'params.scarcityMarkup',
      expected: /<=3/,
    },
    {
      name: 'an unknown parameter',
      input: { ...OK, params: { bogus: 1 } },
      path: 'params',
      expected: /bogus/,
    },
    {
      name: 'an unknown firm id in a ban',
      input: {
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'acme' },
          },
        ],
      },
      path: 'timeline.0.measure.firm',
      expected: /no firm with id "acme"/,
    },
    {
      name: 'an unknown firm id as a control target',
      input: {
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'exportControl', id: 'c', maker: 'USA', target: 'acme', sectors: ['logic'] },
          },
        ],
      },
      path: 'timeline.0.measure.target',
      expected: /state code, ALL or a firm id/,
    },
    {
      name: 'the relax of a never-imposed id',
      input: { ...OK, timeline: [imposeTariff(1), { round: 2, action: 'relax', measureId: 'ghost' }] },
      path: 'timeline.1.measureId',
      expected: /no measure "ghost" is imposed before round 2/,
    },
    {
      name: 'a relax before its impose',
      input: { ...OK, timeline: [imposeTariff(3), { round: 2, action: 'relax', measureId: 't' }] },
      path: 'timeline.1.measureId',
      expected: /no measure "t"/,
    },
    {
      name: 'a tariff aimed at its maker',
      input: {
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'tariff', id: 't', maker: 'CHN', target: 'CHN', rate: 0.1 },
          },
        ],
      },
      path: 'timeline.0.measure.target',
      expected: /cannot aim a measure at itself/,
    },
    {
      name: 'an export control aimed at its maker',
      input: {
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'exportControl', id: 'c', maker: 'USA', target: 'USA', sectors: ['logic'] },
          },
        ],
      },
      path: 'timeline.0.measure.target',
      expected: /cannot aim a measure at itself/,
    },
    {
      name: 'a timeline entry before round 0',
      input: { ...OK, timeline: [imposeTariff(-1)] },
      path: 'timeline.0.round',
      expected: />=0/,
    },
    {
      name: 'a tariff rate above 5',
      input: {
        ...OK,
        timeline: [
          {
            round: 1,
            action: 'impose',
            measure: { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 6 },
          },
        ],
      },
      path: 'timeline.0.measure.rate',
      expected: /<=5/,
    },
    { name: 'an extra unknown key', input: { ...OK, colour: 'red' }, path: 'scenario', expected: /"colour"/ },
    { name: 'no name', input: { ...OK, name: undefined }, path: 'name', expected: /string/ },
  ])('refuses $name with a message naming "$path"', ({ input, path, expected }) => {
    const e = refusal(input);
    expect(e.name).toBe('ScenarioError');
    expect(e.message.startsWith(`${path}: `)).toBe(true);
    expect(e.message).toMatch(expected);
  });

  it('refuses something that is not an object', () => {
    expect(() => parseScenario('not a scenario')).toThrow(ScenarioError);
    expect(() => parseScenario(null)).toThrow(ScenarioError);
  });

  it('does not modify its input', () => {
    const input = {
      ...OK,
      states: { USA: { strategy: 'titForTat' } },
      timeline: [
        {
          round: 1,
          action: 'impose',
          measure: { kind: 'exportControl', id: 'c', maker: 'USA', target: 'CHN', sectors: ['memory'] },
        },
      ],
    };
    expectUnchanged([input], () => parseScenario(input));
  });
});

describe('resolveScenario', () => {
  it('fills every parameter and every state from the defaults, keeping what the scenario sets', () => {
    const r = resolveScenario(
      parseScenario({
        ...OK,
        params: { incumbency: 2 },
        states: { CHN: { strategy: 'escalator', ciiShare: 0.9 } },
      }),
    );
    expect(r.params).toEqual({ ...DEFAULT_PARAMS, incumbency: 2 });
    for (const st of STATES) {
      const expected =
        st.code === 'CHN' ? { ...st.defaults, strategy: 'escalator', ciiShare: 0.9 } : st.defaults;
      expect(r.states[st.code]).toEqual(expected);
    }
  });
});

describe('isKnownFirm', () => {
  const cases: Array<[string, boolean]> = [
    ...ANCHOR_FIRMS.slice(0, 5).map((a): [string, boolean] => [a.id, true]),
    ['memory-kor-1', true],
    ['phones-row-12', true],
    ['phones-xyz-1', false],
    ['widgets-chn-1', false],
    ['memory-kor-', false],
    ['Micron', false],
  ];
  it.each(cases)('%s is known: %s', (id, known) => {
    expect(isKnownFirm(id)).toBe(known);
  });
});

describe('roundLabel', () => {
  it.each([
    { start: undefined, round: 0, label: 'Round 0' },
    { start: undefined, round: 17, label: 'Round 17' },
    { start: { year: 2022, quarter: 4 }, round: 0, label: 'Q4 2022' },
    { start: { year: 2022, quarter: 4 }, round: 1, label: 'Q1 2023' },
    { start: { year: 2022, quarter: 4 }, round: 3, label: 'Q3 2023' },
    { start: { year: 2022, quarter: 4 }, round: 5, label: 'Q1 2024' },
    { start: { year: 2018, quarter: 1 }, round: 4, label: 'Q1 2019' },
    { start: { year: 2018, quarter: 1 }, round: 399, label: 'Q4 2117' },
  ])('round $round from $start is "$label"', ({ start, round, label }) => {
    expect(roundLabel({ start }, round)).toBe(label);
  });
});
