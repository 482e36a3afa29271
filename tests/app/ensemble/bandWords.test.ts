import { describe, expect, it } from 'vitest';
import { costRangeWords, differenceSentences, effectSentences } from '../../../src/app/ensemble/bandWords.ts';
import type { Band } from '../../../src/sim/ensemble.ts';
import type { BandTable } from '../../../src/sim/ensembleReport.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';

const band = (p5: number, p95: number): Band => ({
  round: 12,
  label: 'Q3 2026',
  p5,
  p25: p5,
  p50: (p5 + p95) / 2,
  p75: p95,
  p95,
  n: 50,
});

describe('a band of cost in words', () => {
  it.each([
    [1.84, 1.93, 'adds 1.8 to 1.9 points to China’s cost'],
    [1.84, 1.83, 'adds 1.8 points to China’s cost'],
    [-2.5, -0.4, 'lowers China’s cost by 0.4 to 2.5 points'],
    [-0.6, 1.2, 'changes China’s cost by −0.6 to +1.2 points (up in some runs, down in others)'],
    // under a point, two decimals; under a tenth, three: a small effect is not read as "0.0 to 0.0"
    [0.04, 0.18, 'adds 0.04 to 0.18 points to China’s cost'],
    [-0.01, 0.02, 'changes China’s cost by −0.010 to +0.020 points (up in some runs, down in others)'],
    [0.012, 0.048, 'adds 0.012 to 0.048 points to China’s cost'],
    [-0.0002, 0.0004, 'leaves China’s cost unchanged (within 0.0005 points)'],
    [-0.04, 0, 'lowers China’s cost by 0.000 to 0.040 points'],
    // an end that is not a number is said as such, never "NaN" or "−aN"
    [Number.NaN, 0.2, 'changes China’s cost by n/a to +0.2 points (up in some runs, down in others)'],
  ])('p5 %s and p95 %s read "%s"', (p5, p95, words) => {
    expect(costRangeWords(band(p5, p95), 'China’s')).toBe(words);
  });
});

describe('sentences for a workshop', () => {
  const table: BandTable = {
    'cost.global': { raw: [band(100, 102)], effect: [band(0.4, 0.7)] },
    'cost.CHN': { raw: [band(101, 104)], effect: [band(1.81, 1.94)] },
  };

  it('say the effect of the measures in 90% of runs, with the seed count', () => {
    expect(effectSentences(table, 50).map((s) => s.text)).toEqual([
      'By Q3 2026, the measures add 0.40 to 0.70 points to the world’s cost in 90% of runs, against the same world without them (50 seeds).',
      'By Q3 2026, the measures add 1.8 to 1.9 points to China’s cost in 90% of runs, against the same world without them (50 seeds).',
    ]);
  });

  it('say a paired difference between two branches, and never NaN', () => {
    const words = differenceSentences(table, 50, 'Ban', 'No ban');
    expect(words[1].text).toBe(
      'By Q3 2026, “Ban” adds 1.8 to 1.9 points to China’s cost compared with “No ban” in 90% of runs (50 seeds, paired by seed).',
    );
    expect(words.map((w) => w.id)).toEqual(['cost.global', 'cost.CHN']);
    expect(words.some((w) => w.text.includes('NaN'))).toBe(false);
  });

  it('say when each seed also drew the assumptions', () => {
    expect(effectSentences(table, 50, true)[0].text).toMatch(/\(50 seeds, assumptions drawn\)\.$/);
    expect(differenceSentences(table, 50, 'Ban', 'No ban', true)[1].text).toMatch(
      /\(50 seeds, assumptions drawn, paired by seed\)\.$/,
    );
  });
});

describe('the sentences in Chinese', () => {
  const table: BandTable = {
    'cost.global': { raw: [band(100, 102)], effect: [band(0.4, 0.7)] },
    'cost.CHN': { raw: [band(101, 104)], effect: [band(1.81, 1.94)] },
  };
  const voice = { t: zhCN, round: (label: string) => (label === 'Q3 2026' ? '2026年第3季度' : label) };

  it('say the effect, the difference, the seeds and the round in Chinese, with the same numbers', () => {
    expect(effectSentences(table, 50, false, voice).map((s) => s.text)).toEqual([
      '到2026年第3季度，在90%的运行中，措施使全世界的成本增加0.40至0.70点，与没有这些措施的同一世界相比（50个种子）。',
      '到2026年第3季度，在90%的运行中，措施使中国的成本增加1.8至1.9点，与没有这些措施的同一世界相比（50个种子）。',
    ]);
    expect(differenceSentences(table, 50, '主运行', '无禁令', true, voice)[1].text).toBe(
      '到2026年第3季度，在90%的运行中，与“无禁令”相比，“主运行”使中国的成本增加1.8至1.9点（50个种子，假设随机抽取，按种子配对）。',
    );
  });

  it('hold no English word', () => {
    const all = [
      ...effectSentences(table, 50, true, voice),
      ...differenceSentences(table, 50, '主运行', '无禁令', true, voice),
      { id: 'x', text: costRangeWords(band(-0.6, 1.2), '中国', false, zhCN) },
      { id: 'y', text: costRangeWords(band(-0.0001, 0.0001), '中国', false, zhCN) },
      { id: 'z', text: costRangeWords(band(-2.5, -0.4), '中国', false, zhCN) },
    ];
    expect(all.filter((s) => /[A-Za-z]{2,}/.test(s.text)).map((s) => s.text)).toEqual([]);
  });
});
