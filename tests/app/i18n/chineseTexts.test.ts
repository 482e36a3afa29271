// The parameters' words, the sensitivity view's sentences, the presets' texts and the lessons in Simplified Chinese: every parameter has its label,
// unit, help and source, with no English left beyond the names and symbols listed here, and the English said through
// the catalog is the model's own text.

import { describe, expect, it } from 'vitest';
import { sampleTornado } from '../tornadoFixture.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import {
  axisWords,
  changeUnit,
  durationText,
  outcomeGroups,
  outcomeName,
  outcomePhrase,
  outcomeUnit,
  tornadoSummary,
} from '../../../src/app/sensitivity/words.ts';
import { PARAM_KEYS, PARAM_SPECS } from '../../../src/model/params.ts';
import { PRESETS } from '../../../src/model/presets.ts';
import { LESSONS } from '../../../src/app/lessons/lessons.ts';
import { DILEMMA_PROBLEMS, dilemmaProblemId } from '../../../src/model/tournament.ts';
import { OUTCOMES } from '../../../src/sim/ensemble.ts';

/** Latin words a Chinese label, unit or help may keep: symbols and the names of lithography tools and chips */
const SYMBOLS = ['kappa', 'logit', 'DUV', 'EUV', 'DRAM'];
/** what a Chinese source may keep besides: the works it cites, as they are cited, and the project's files */
const CITED = [
  'Hu、Yang、Zeng 和 Zhang',
  'Hu 等',
  'Cao、de Nicola、Mattoo 和 Timmis',
  'Irwin and Klenow',
  'Xu and Wang',
  'Coe and Helpman',
  'Boehm、Levchenko 和 Pandalai-Nayar',
  'Fajgelbaum',
  'Broda and Weinstein',
  'Brock and Durlauf',
  'Rotemberg',
  'Arthur',
  'Krugman',
  'Bruegel',
  'SIA/BCG',
  'TrendForce',
  'SEMI',
  'CNIPA',
  'WSTS',
  '3GPP',
  '8-K',
  '20-F',
];
const FILE = /[\w-]+(?:\/[\w.-]+)+\.(?:ts|md)/g;

/** the Latin words of two letters or more left in a text once the allowed ones are taken out */
function english(text: string, allowed: readonly string[]): string[] {
  let rest = text.replace(FILE, ' ');
  for (const a of allowed) rest = rest.split(a).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** the firms as the Chinese catalog names them: some keep Latin letters (SK海力士, ASM国际, brands) */
const firmNames = Object.values(zhCN.firms);

describe('parameters in Simplified Chinese', () => {
  it('every parameter key has a non-empty Chinese label, unit, help and source', () => {
    expect(Object.keys(zhCN.params).sort()).toEqual([...PARAM_KEYS].sort());
    for (const key of PARAM_KEYS)
      for (const field of ['label', 'unit', 'help', 'source'] as const)
        expect(zhCN.params[key][field].trim().length, `${key}.${field}`).toBeGreaterThan(0);
  });

  it('labels, units and help leave no English words but symbols; sources keep only the works they cite', () => {
    const left = PARAM_KEYS.flatMap((key) => {
      const w = zhCN.params[key];
      return [
        ...['label', 'unit', 'help'].flatMap((f) =>
          english(w[f as 'label'], SYMBOLS).map((word) => `${key}.${f}: ${word}`),
        ),
        ...english(w.source, [...SYMBOLS, ...CITED]).map((word) => `${key}.source: ${word}`),
      ];
    });
    expect(left).toEqual([]);
  });

  it('every Chinese text is written in Chinese characters, not the English left in place', () => {
    for (const key of PARAM_KEYS)
      for (const field of ['label', 'unit', 'help', 'source'] as const)
        expect(zhCN.params[key][field], `${key}.${field}`).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the English catalog gives the model’s own words, byte for byte', () => {
    for (const spec of PARAM_SPECS)
      expect(en.params[spec.key]).toEqual({
        label: spec.label,
        unit: spec.unit,
        help: spec.help,
        source: spec.source,
      });
  });
});

describe('the sensitivity view in Simplified Chinese', () => {
  const tornado = sampleTornado(true);

  it('sums up the tornado in Chinese, naming the parameters, the state and the unit', () => {
    expect(tornadoSummary(tornado, zhCN)).toBe(
      '替代弹性倍数（有来源的数据）最能左右措施对中国供应链成本的效果：取其范围低端时，变化的中位数为 ' +
        '\u22120.10 指数点；取高端时为 +4.70 指数点。其次是短缺溢价。',
    );
    expect(tornadoSummary({ ...tornado, rows: [] }, zhCN)).toBe(
      '在这 4 个种子中，没有哪个参数在其取值范围内改变措施对中国供应链成本的效果。',
    );
  });

  it('names states in full in English sentences and titles too, as the picker does, never by their code', () => {
    expect(tornadoSummary(tornado)).toBe(
      'Substitution scale (a sourced figure) matters most for the measures’ effect on supply-chain cost, China: at ' +
        'the low end of its range the median change is \u22120.10 index points, at the high end +4.70 index points.' +
        ' Next comes shortage premium.',
    );
    expect(outcomeName({ id: 'peak.cost.CHN', label: 'Peak cost effect, CHN' })).toBe(
      'Peak cost effect, China',
    );
    expect(outcomeName({ id: 'peak.cost.CHN', label: 'Peak cost effect, CHN' }, zhCN)).toBe(
      '中国成本效果峰值',
    );
    for (const o of OUTCOMES) expect(outcomeName(o), o.id).not.toMatch(/\b(USA|CHN|EU|JPN|KOR|TWN|ROW)\b/);
    for (const o of OUTCOMES) expect(outcomeUnit(o), o.id).toBe(o.unit);
    expect(axisWords({ path: 'params.toolLife', label: 'Tool life', unit: 'quarters' })).toEqual({
      label: 'Tool life',
      unit: 'quarters',
    });
    expect(axisWords({ path: 'noise', label: 'noise', unit: '' }, zhCN)).toEqual({
      label: 'noise',
      unit: '',
    });
  });

  it('names every outcome, group, unit and duration in Chinese (firms named as the catalog names them)', () => {
    const texts = [
      ...outcomeGroups(zhCN).flatMap((g) => [g.label, ...g.outcomes.map((o) => o.label)]),
      ...OUTCOMES.flatMap((o) => [
        outcomeName(o, zhCN),
        outcomeUnit(o, zhCN),
        changeUnit(o, zhCN),
        outcomePhrase(o, 'effect', zhCN),
        outcomePhrase(o, 'raw', zhCN),
      ]),
      ...[Number.NaN, 3, 27.8, 200].map((s) => durationText(s, zhCN)),
      ...PARAM_KEYS.map((k) => axisWords({ path: `params.${k}`, label: 'x', unit: 'x' }, zhCN).label),
    ];
    const left = texts.filter((text) => english(text, [...firmNames, ...SYMBOLS]).length > 0);
    expect(left).toEqual([]);
    for (const w of [
      zhCN.sensitivityWords.jobDone(zhCN.sensitivityWords.theTornado, 472, '27.8'),
      zhCN.sensitivityWords.jobCancelled(zhCN.sensitivityWords.theSweep, 3, 24),
    ])
      expect(english(w, []), w).toEqual([]);
    expect(en.sensitivityWords.jobDone(en.sensitivityWords.theTornado, 472, '27.8')).toBe(
      'The tornado is done: 472 runs in 27.8 seconds.',
    );
    expect(durationText(27.8, zhCN)).toBe('30 秒');
    expect(outcomeGroups(zhCN)[0].outcomes.find((o) => o.id === 'cost.CHN')?.label).toBe('中国供应链成本');
  });
});

describe('presets in Simplified Chinese', () => {
  it('every preset has a Chinese summary and as many “What to look for” sentences as the English, all in Chinese', () => {
    for (const p of PRESETS) {
      const zh = zhCN.presetTexts[p.id];
      expect(zh.shows.length, p.id).toBe(p.shows.length);
      for (const text of [zh.summary, ...zh.shows]) {
        expect(text, p.id).toMatch(/[\u4e00-\u9fff]/);
        expect(english(text, firmNames), p.id).toEqual([]);
      }
    }
  });

  it('the English catalog gives the model’s own summaries and sentences', () => {
    for (const p of PRESETS) expect(en.presetTexts[p.id]).toEqual({ summary: p.summary, shows: p.shows });
  });
});

describe('lessons in Simplified Chinese', () => {
  it('every lesson and step has its Chinese title, intro, question, choices, where to look, reveal, claim and takeaway', () => {
    for (const l of LESSONS) {
      const zh = zhCN.lessonTexts[l.id];
      expect(zh.steps.length, l.id).toBe(l.steps.length);
      const texts = [zh.title, zh.intro, zh.takeaway];
      l.steps.forEach((step, i) => {
        const s = zh.steps[i];
        expect(s.choices.length, `${l.id} step ${i + 1}`).toBe(step.choices.length);
        expect(new Set(s.choices).size, `${l.id} step ${i + 1}: choices differ`).toBe(s.choices.length);
        texts.push(s.question, ...s.choices, s.look, s.reveal, s.claim);
      });
      for (const text of texts) {
        expect(text, l.id).toMatch(/[\u4e00-\u9fff]/);
        expect(english(text, firmNames), `${l.id}: ${text}`).toEqual([]);
      }
    }
  });

  it('the English catalog gives the lessons’ own words', () => {
    for (const l of LESSONS) {
      const w = en.lessonTexts[l.id];
      expect([w.title, w.intro, w.takeaway]).toEqual([l.title, l.intro, l.takeaway]);
      expect(w.steps).toEqual(
        l.steps.map((s) => ({
          question: s.question,
          choices: s.choices,
          look: s.look,
          reveal: s.reveal,
          claim: s.claim,
        })),
      );
    }
  });
});

describe('the dilemma check in Simplified Chinese', () => {
  it('words every reason payoffs are no dilemma, by the model’s id', () => {
    expect(Object.keys(zhCN.dilemma).sort()).toEqual(Object.keys(DILEMMA_PROBLEMS).sort());
    expect(en.dilemma).toEqual(DILEMMA_PROBLEMS);
    for (const text of Object.values(zhCN.dilemma)) expect(english(text, [])).toEqual([]);
    expect(dilemmaProblemId({ T: 5, R: 3, P: 1, S: 0 })).toBeNull();
    expect(dilemmaProblemId({ T: 9, R: 3, P: 1, S: 0 })).toBe('turns');
  });
});
