// "In words" in Simplified Chinese: every preset's headline sentences, in both readings and at every round, leave no
// English behind, and give the same numbers as the English.

import { beforeAll, describe, expect, it } from 'vitest';
import { language } from '../../../src/app/i18n/language.svelte.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { summarise } from '../../../src/app/summary.ts';
import { PRESET_IDS, presetScenario } from '../../../src/model/presets.ts';
import { runScenario } from '../../../src/model/run.ts';
import { twinOf } from '../../../src/model/twin.ts';
import { effectsOf, twinPointOf } from '../../../src/sim/effects.ts';
import {
  costEffectSummary,
  costSummary,
  crossBlocEffectSummary,
  crossBlocSummary,
  divergenceEffectSummary,
  differenceSummary,
  divergenceSummary,
  escalationSummary,
  memorySummary,
  tradeSummary,
} from '../../../src/app/charts/summary.ts';
import { chordMatrix } from '../../../src/app/charts/chordMatrix.ts';
import { differenceSeries } from '../../../src/app/charts/difference.ts';
import { measureSpans } from '../../../src/app/charts/measureSpans.ts';
import { memoryShares } from '../../../src/app/charts/stack.ts';

/** English left in a sentence: two Latin letters in a row */
const english = (text: string) => /[A-Za-z]{2,}[A-Za-z ,']*/.exec(text)?.[0] ?? null;
/** the numbers a sentence gives, in order */
const numbers = (text: string) => text.match(/\d+(\.\d+)?/g) ?? [];

describe('the round in words, in Chinese', () => {
  beforeAll(() => language.show('zh-CN'));
  const round = (label: string) => language.round(label);

  for (const id of PRESET_IDS) {
    it(`${id}: every headline sentence and value, in both readings, is in Chinese`, () => {
      const scenario = presetScenario(id);
      const run = runScenario(scenario);
      const twin = twinOf(run).records.map(twinPointOf);
      for (const reading of ['effect', 'raw'] as const) {
        for (const current of [0, Math.floor(run.records.length / 2), run.records.length - 1]) {
          const options = { twin, reading };
          const zh = summarise(run.records, current, run.firms, scenario, { ...options, words: zhCN, round });
          const en = summarise(run.records, current, run.firms, scenario, options);
          expect(zh.map((l) => l.id)).toEqual(en.map((l) => l.id));
          for (const [i, line] of zh.entries()) {
            expect(english(line.text), line.text).toBeNull();
            expect(english(line.value), line.value).toBeNull();
            expect(english(line.short), line.short).toBeNull();
            // the same figures, whatever the language (a round label's year and quarter aside)
            const figures = (text: string) => numbers(text.replace(/Q[1-4] \d{4}|\d{4}年第[1-4]季度/g, ''));
            expect(figures(line.value)).toEqual(figures(en[i].value));
          }
        }
      }
    });
  }

  it('while the twin is being computed, says so in Chinese', () => {
    const scenario = presetScenario('micron-2023');
    const run = runScenario(scenario);
    const [line] = summarise(run.records, 1, run.firms, scenario, { reading: 'effect', words: zhCN, round });
    expect(line.text).toBe('没有措施的同一世界仍在计算中。');
  });
});

describe('the headline charts’ summaries, in Chinese', () => {
  const round = (label: string) => language.round(label);
  const words = { t: zhCN, round };

  for (const id of PRESET_IDS) {
    it(`${id}: the cost, divergence and cross-bloc summaries leave no English, in both readings`, async () => {
      await language.show('zh-CN');
      const run = runScenario(presetScenario(id));
      const twin = twinOf(run).records.map(twinPointOf);
      const effects = effectsOf(run.records, twin);
      for (const records of [run.records.slice(0, 0), run.records.slice(0, 1), run.records]) {
        const texts = [
          costSummary(records, words),
          divergenceSummary(records, words),
          crossBlocSummary(records, words),
        ];
        for (const text of texts) expect(english(text), text).toBeNull();
      }
      const other = runScenario(presetScenario(id === 'open-world' ? 'detente' : 'open-world'));
      const shares = memoryShares(run.records, run.firms);
      // the chart names the makers in the reader's language (MemoryShareChart), and so the summary
      const named = {
        ...shares,
        keys: shares.keys.map((k) => ({ ...k, label: zhCN.firms[k.key] ?? '其他' })),
      };
      for (const records of [run.records.slice(0, 0), run.records.slice(0, 1), run.records]) {
        const texts = [
          tradeSummary(chordMatrix(records, records.length - 1), words),
          escalationSummary(measureSpans(records), records, words),
          differenceSummary(
            differenceSeries(other.records, records, (r) => r.supplyChainCost.global),
            differenceSeries(other.records, records, (r) => r.standardsDivergence),
            '主线',
            '分支',
            words,
          ),
        ];
        for (const text of texts) expect(english(text), text).toBeNull();
      }
      const memory = memorySummary(named, words);
      expect(english(memory), memory).toBeNull();
      for (const points of [effects.slice(0, 0), effects]) {
        const texts = [
          costEffectSummary(points, words),
          divergenceEffectSummary(points, words),
          crossBlocEffectSummary(points, words),
        ];
        for (const text of texts) expect(english(text), text).toBeNull();
      }
    });
  }
});
