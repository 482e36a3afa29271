// The round log in every language: each event is said again from the data it carries. English said again must be the
// text the engine stored (the golden files hold it), and Chinese must leave no English sentence behind.

import { describe, expect, it } from 'vitest';
import { CHINESE_EVENTS, PRESET_NOTES } from '../../../src/app/i18n/events.zh-CN.ts';
import { ENGLISH_EVENTS, sayEvent } from '../../../src/app/i18n/events.ts';
import { ENGLISH, PACKS } from '../../../src/app/i18n/packs.ts';
import { LOCALES } from '../../../src/app/i18n/locales.ts';
import { language } from '../../../src/app/i18n/language.svelte.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { withoutLabel } from '../../../src/app/eventLog.ts';
import { describeEntry } from '../../../src/app/timelineForm.ts';
import { teamNote } from '../../../src/app/humanMoves.ts';
import { MEASURE_KINDS, type Measure } from '../../../src/model/measures/index.ts';
import { PRESET_IDS, presetScenario } from '../../../src/model/presets.ts';
import { runScenario, type Run } from '../../../src/model/run.ts';
import { resolveScenario, roundLabel } from '../../../src/model/scenario.ts';
import type { TimelineEntry } from '../../../src/model/scenario.ts';
import {
  CAUSE_RULES,
  STATE_CODES,
  type EventCause,
  type EventEntry,
  type EventFacts,
  type StateCode,
  type StrategyId,
} from '../../../src/model/types.ts';

const runs = new Map<string, Run>(PRESET_IDS.map((id) => [id, runScenario(presetScenario(id))]));

const namesOf = (run: Run) => {
  const names = new Map(run.firms.map((f) => [f.id, f.name]));
  return { firmName: (id: string) => names.get(id) ?? id };
};

/** Latin words a Chinese sentence may keep: names the zh-CN catalog itself writes in Latin letters */
const KEPT_LATIN = /DRAM|NAND|SK Siltron|SK|ASM|OPPO|vivo/g;

/** English left in a Chinese sentence: two Latin letters in a row, once the names kept in Latin are taken out */
function english(text: string): string | null {
  return /[A-Za-z]{2,}[A-Za-z ,']*/.exec(text.replace(KEPT_LATIN, ''))?.[0] ?? null;
}

/** every event of a run said again in a language, as the event log says it with that language on view */
async function sayAll(run: Run, locale: 'en' | 'zh-CN') {
  const names = namesOf(run);
  await language.show(locale);
  const label = (t: number) => language.round(roundLabel(run.scenario, t));
  return run.records.flatMap((r) =>
    r.events.map((e) => ({ e, label: r.label, said: sayEvent(e, language.events, names, label) })),
  );
}

describe('the round log said again in each language', () => {
  it('every language has an event phrasebook, English’s is the engine’s, and Chinese’s comes with its catalog', async () => {
    expect(Object.keys(PACKS).sort()).toEqual(LOCALES.map((l) => l.id).sort());
    expect(ENGLISH.events).toBe(ENGLISH_EVENTS);
    expect(await PACKS.en()).toBe(ENGLISH);
    expect(await PACKS['zh-CN']()).toEqual({ t: zhCN, events: CHINESE_EVENTS });
  });

  for (const id of PRESET_IDS) {
    it(`${id}: every event carries its facts, and English said again is the stored text`, async () => {
      const run = runs.get(id)!;
      const said = await sayAll(run, 'en');
      expect(said.length).toBeGreaterThan(0);
      for (const { e, label, said: text } of said) {
        expect(e.facts, e.text).toBeDefined();
        expect(text, e.text).toBe(withoutLabel(e.text, label));
      }
    });

    it(`${id}: every event in Chinese has no English sentence left in it`, async () => {
      const run = runs.get(id)!;
      for (const { e, said } of await sayAll(run, 'zh-CN')) {
        expect(said, e.text).not.toBeNull();
        expect(english(said!), `${e.text}\n${said}`).toBeNull();
      }
    });
  }

  it('an event without facts (a run kept from before they were carried) is not said again', () => {
    const e: EventEntry = { round: 1, text: 'Q1 2023: Something', states: [], kind: 'summary' };
    expect(sayEvent(e, CHINESE_EVENTS, { firmName: (x) => x }, String)).toBeNull();
  });
});

describe('the Chinese phrasebook', () => {
  const names = { firmName: (id: string) => id };
  const label = (t: number) => `第${t}回合`;
  const samples: Measure[] = [
    { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.25 },
    {
      kind: 'exportControl',
      id: 'x',
      maker: 'USA',
      target: 'ALL',
      sectors: ['lithography'],
      threshold: 0.5,
      size: 0.4,
    },
    { kind: 'purchaseBan', id: 'p', maker: 'CHN', firm: 'micron', scope: 'cii' },
    { kind: 'purchaseBan', id: 'q', maker: 'CHN', firm: 'micron', scope: 'all' },
    { kind: 'entityListing', id: 'e', maker: 'USA', firm: 'ymtc' },
    { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['memory'], rate: 0.2 },
    { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 2 },
  ];

  it('words every kind of measure imposed, relaxed and joined in Chinese', () => {
    expect(new Set(samples.map((m) => m.kind))).toEqual(new Set(MEASURE_KINDS));
    for (const measure of samples) {
      const facts: EventFacts[] = [
        { what: 'impose', measure },
        { what: 'impose', measure, previous: measure },
        { what: 'relax', measure },
        { what: 'join', state: 'JPN', measure },
      ];
      for (const f of facts) {
        const text = CHINESE_EVENTS.facts(f, names);
        expect(english(text), text).toBeNull();
        expect(text.length).toBeGreaterThan(4);
      }
    }
  });

  it.each([
    [{ what: 'impose', measure: samples[0] }, '美国对来自中国的所有商品征收25%的关税'],
    [
      { what: 'impose', measure: { ...samples[0], rate: 0.1 }, previous: samples[0] },
      '美国把对来自中国的所有商品的关税降低到10%',
    ],
    [{ what: 'impose', measure: samples[2] }, '中国禁止关键信息基础设施运营者采购美光的产品'],
    [
      { what: 'impose', measure: samples[1] },
      '美国限制向所有外国买家出口技术水平0.5及以上的光刻设备（拒发40%的许可证）',
    ],
    [{ what: 'bloc', state: 'KOR', from: 'US', to: 'NA' }, '韩国从美国阵营转入不结盟国家'],
    [
      { what: 'revenue', firm: 'micron', maker: 'CHN', before: 100, after: 52, since: true },
      '自措施实施以来，美光来自总部位于中国的买家的收入减少了48%',
    ],
    [
      { what: 'switch', state: 'CHN', sector: 'memory', stack: 'B', count: 3, anchors: ['cxmt'] },
      '中国的三家存储芯片（DRAM和NAND）生产企业（其中包括长鑫存储）转向技术栈B',
    ],
    [
      { what: 'start', firms: 12000, tariffs: 2 },
      '校准后的起始世界：七个国家和地区共12,000家企业，已有2项关税生效。',
    ],
    [
      { what: 'start', firms: 400, tariffs: 1, closures: 2 },
      '校准后的起始世界：七个国家和地区共400家企业，已有1项关税和2项其他措施生效。',
    ],
    [
      { what: 'start', firms: 400, tariffs: 0, closures: 1 },
      '校准后的起始世界：七个国家和地区共400家企业，已有1项措施生效。',
    ],
  ] as Array<[EventFacts, string]>)('says %j as %s', (facts, text) => {
    expect(CHINESE_EVENTS.facts(facts, names)).toBe(text);
  });

  it('says why a state acted, for every rule, in Chinese', () => {
    const act = {
      from: 'USA',
      to: 'CHN',
      kind: 'exportControl',
      action: 'impose',
      intensity: 0.3,
      misperceived: false,
      round: 4,
      sectors: ['lithography'],
    } as const;
    for (const rule of CAUSE_RULES) {
      for (const misread of [undefined, 'larger', 'smaller', 'invented'] as const) {
        const cause: EventCause = {
          source: 'strategy',
          rule,
          strategy: 'titForTat',
          act: { ...act, sectors: [...act.sectors], ...(misread ? { misread } : {}) },
          toward: 'USA',
          quietRounds: 2,
          ratio: 1.5,
          ally: 'USA',
          since: 3,
        };
        const text = CHINESE_EVENTS.cause(cause, 'CHN', names, label);
        expect(english(text), `${rule}: ${text}`).toBeNull();
      }
    }
    const mirror = CHINESE_EVENTS.cause(
      {
        source: 'strategy',
        rule: 'share',
        strategy: 'proportional',
        act: { ...act, sectors: ['lithography'] },
        ratio: 0.55,
      },
      'CHN',
      names,
      label,
    );
    expect(mirror).toBe(
      '按比例回应，同时保护本国产业：回应的力度是美国对光刻设备的出口管制（第4回合）所造成损害的0.6倍',
    );
  });

  it('labels every kind of measure, and every measure of every preset, in Chinese on the escalation timeline', () => {
    expect(CHINESE_EVENTS.measureLabel(samples[1], (id) => id)).toBe(
      '美国出口管制：所有外国买家（光刻设备）',
    );
    expect(CHINESE_EVENTS.measureLabel(samples[2], (id) => id)).toBe(
      '中国采购禁令：美光（关键信息基础设施）',
    );
    const measures = [...runs.values()].flatMap((run) => run.records.flatMap((r) => r.measures));
    for (const m of [...samples, ...measures]) {
      const label = CHINESE_EVENTS.measureLabel(m, (id) => id);
      expect(english(label), label).toBeNull();
    }
  });

  it('gives every preset’s timeline notes in Chinese, and keeps a note someone wrote as written', () => {
    const notes = new Set(
      PRESET_IDS.flatMap((id) => presetScenario(id).timeline.flatMap((e) => (e.note ? [e.note] : []))),
    );
    for (const n of notes) expect(PRESET_NOTES[n], n).toBeDefined();
    for (const n of Object.values(PRESET_NOTES)) expect(english(n), n).toBeNull();
    const own: EventCause = { source: 'timeline', rule: 'script', note: 'Our own move' };
    expect(CHINESE_EVENTS.cause(own, 'USA', names, label)).toBe('Our own move');
  });
});

describe('a timeline entry in Chinese', () => {
  const ban: TimelineEntry = {
    round: 3,
    action: 'impose',
    measure: { kind: 'purchaseBan', id: 'ban', maker: 'CHN', firm: 'micron', scope: 'cii' },
  };
  const control: TimelineEntry = {
    round: 2,
    action: 'impose',
    measure: {
      kind: 'exportControl',
      id: 'tools',
      maker: 'USA',
      target: 'CHN',
      sectors: ['lithography'],
      threshold: 0,
      size: 1,
    },
  };
  const timeline = [control, ban];

  it.each([
    [ban, '中国禁止关键信息基础设施运营者采购美光的产品'],
    [{ round: 5, action: 'relax', measureId: 'ban' }, '中国重新允许关键信息基础设施运营者采购美光的产品'],
    [
      { round: 4, action: 'join', measureId: 'tools', state: 'JPN' },
      '日本追随美国，一同实施对中国的光刻设备出口管制',
    ],
    [{ round: 5, action: 'relax', measureId: 'gone' }, '解除措施 gone'],
  ] as Array<[TimelineEntry, string]>)('words %j as %s, as the round log does', (entry, text) => {
    expect(describeEntry(entry, timeline, CHINESE_EVENTS)).toBe(text);
  });

  it('in English unless told otherwise, the engine’s own words', () => {
    expect(describeEntry(ban, timeline)).toBe(
      'China bars critical-infrastructure operators from buying Micron',
    );
    expect(describeEntry({ round: 5, action: 'relax', measureId: 'gone' }, timeline)).toBe(
      'Lift measure gone',
    );
  });

  it('a team’s move says which team chose it, not the English note it carries', () => {
    const cause: EventCause = { source: 'human', rule: 'team', note: teamNote('KOR') };
    expect(CHINESE_EVENTS.cause(cause, 'KOR', { firmName: (x) => x }, String)).toBe(
      '由操控韩国的小组作出这一选择',
    );
  });
});

describe('a tournament’s log in Chinese', () => {
  const scenario = presetScenario('tournament');
  const run = runs.get('tournament')!;
  const { states } = resolveScenario(scenario);
  const habits = Object.fromEntries(STATE_CODES.map((c) => [c, states[c].strategy])) as Record<
    StateCode,
    StrategyId
  >;
  const names = namesOf(run);

  it('names the habits that act, in Chinese, wherever the English does', () => {
    let named = 0;
    for (const e of run.records.flatMap((r) => r.events)) {
      const en = ENGLISH_EVENTS.habit(e, habits, names);
      const zh = CHINESE_EVENTS.habit(e, habits, names);
      expect(zh === null, e.text).toBe(en === null);
      if (zh === null) continue;
      named++;
      expect(english(zh), zh).toBeNull();
      expect(zh).toContain(`“${zhCN.strategies[habits[e.states[0]]].label}”（${zhCN.states[e.states[0]]}）`);
    }
    expect(named).toBeGreaterThan(10);
  });
});
