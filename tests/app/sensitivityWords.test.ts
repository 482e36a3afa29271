import { describe, expect, it } from 'vitest';
import { sampleTornado } from './tornadoFixture.ts';
import {
  changeUnit,
  durationText,
  estimateSeconds,
  isPeak,
  outcomeGroups,
  outcomePhrase,
  tornadoBase,
  tornadoSummary,
} from '../../src/app/sensitivity/words.ts';
import { outcomeById } from '../../src/sim/ensemble.ts';
import { en } from '../../src/app/i18n/en.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';

describe('the sensitivity view’s words', () => {
  it('estimates a tornado’s time from its runs, rounds, size and workers, and says it in round words', () => {
    // 472 runs of the Micron preset's 12 rounds at 400 firms on 2 workers: about half a minute
    expect(estimateSeconds(472, 12, 400, 2)).toBeCloseTo(27.8, 1);
    expect(estimateSeconds(472, 12, 400, 2, 2)).toBeCloseTo(55.5, 1);
    expect(durationText(3)).toBe('a few seconds');
    expect(durationText(27.8)).toBe('about 30 seconds');
    expect(durationText(200)).toBe('about 3 minutes');
    expect(durationText(Number.NaN)).toBe('a moment');
  });

  it('names the unit of a change: index points, percentage points, or the outcome’s own', () => {
    expect(changeUnit(outcomeById('cost.CHN')!)).toBe('index points');
    expect(changeUnit(outcomeById('welfare.USA')!)).toBe('percentage points of real income');
    expect(changeUnit(outcomeById('divergence')!)).toBe('points on the 0-1 scale');
    expect(changeUnit(outcomeById('crossBloc')!)).toBe('share of all trade (0-1)');
    expect(outcomePhrase(outcomeById('cost.global')!, 'effect')).toBe(
      'the measures’ effect on supply-chain cost, world',
    );
    expect(outcomePhrase(outcomeById('cost.global')!, 'raw')).toBe('supply-chain cost, world');
  });

  it('groups the outcomes for the picker with states named in full', () => {
    const groups = outcomeGroups();
    expect(groups.map((g) => g.label)).toEqual([
      'Supply-chain cost',
      'Worst quarter of cost',
      'Standards and trade',
      'Welfare',
      'A firm’s revenue',
    ]);
    expect(groups[0].outcomes.find((o) => o.id === 'cost.CHN')?.label).toBe('Supply-chain cost, China');
    expect(groups[0].outcomes.some((o) => o.id.startsWith('peak.'))).toBe(false);
    expect(groups[1].outcomes.find((o) => o.id === 'peak.cost.CHN')?.label).toBe('Peak cost effect, China');
    expect(groups[1].outcomes.find((o) => o.id === 'peak.cost.global')?.label).toBe(
      'Peak cost effect, world',
    );
    expect(groups[4].outcomes.some((o) => o.id === 'firm.micron.revenue')).toBe(true);
  });

  it('sums up a tornado in a sentence, and says when nothing moves', () => {
    const t = sampleTornado();
    expect(tornadoSummary(t)).toBe(
      'Substitution scale (a sourced figure) matters most for the measures’ effect on supply-chain cost, China: at ' +
        'the low end of its range the median change is \u22120.10 index points, at the high end +4.70 index points.',
    );
    expect(tornadoSummary({ ...t, rows: [{ ...t.rows[0], swing: 0 }] })).toMatch(/^No parameter moves/);
  });
});

describe('what a tornado’s or sweep’s caption says the outcome is read at', () => {
  const peak = outcomeById('peak.cost.CHN')!;
  const cost = outcomeById('cost.CHN')!;

  it('reads a peak as the largest it reached in the run, never “at the last round”, in English and Chinese', () => {
    expect(isPeak(peak)).toBe(true);
    expect(isPeak(cost)).toBe(false);
    const phrase = outcomePhrase(peak, 'effect');
    for (const text of [
      en.sensitivity.tornadoDescription(phrase, 'index points', 8, isPeak(peak)),
      en.sensitivity.sweepDescription(phrase, 8, isPeak(peak)),
      en.sensitivity.gridDescription(phrase, 8, 'index points', true, isPeak(peak)),
      en.sensitivity.readAt(12, true, isPeak(peak)),
    ]) {
      expect(text).not.toMatch(/last round/);
      expect(text).toMatch(/any (round of the run|of the 12 rounds)/);
    }
    expect(en.sensitivity.tornadoDescription(phrase, 'index points', 8, true)).toMatch(
      /^Median change in peak cost effect, China \(the largest it reached in any round of the run\)/,
    );
    const zh = outcomePhrase(peak, 'effect', zhCN);
    for (const text of [
      zhCN.sensitivity.tornadoDescription(zh, '指数点', 8, true),
      zhCN.sensitivity.sweepDescription(zh, 8, true),
      zhCN.sensitivity.gridDescription(zh, 8, '指数点', true, true),
      zhCN.sensitivity.readAt(12, true, true),
    ]) {
      expect(text).not.toMatch(/最后一个回合/);
      expect(text).toMatch(/任一回合/);
    }
  });

  it('reads any other outcome at the last round', () => {
    const phrase = outcomePhrase(cost, 'effect');
    expect(en.sensitivity.tornadoDescription(phrase, 'index points', 8, isPeak(cost))).toMatch(
      /^Median change in the measures’ effect on supply-chain cost, China at the last round/,
    );
    expect(en.sensitivity.readAt(12, true, false)).toMatch(/at the last round/);
    expect(zhCN.sensitivity.tornadoDescription('x', 'y', 8, false)).toMatch(/在最后一个回合/);
  });
});

describe('the tornado’s base, which every bar is measured from', () => {
  it('says the outcome with every setting at its default, in English and Chinese', () => {
    const t = sampleTornado(true);
    expect(tornadoBase(t)).toBe(
      'With every setting at its default, the measures’ effect on supply-chain cost, China is +0.10 index points ' +
        '(median of 4 seeds): each bar is a change from this.',
    );
    expect(tornadoBase(t, zhCN)).toBe(
      '所有设置都取默认值时，措施对中国供应链成本的效果为 +0.10 指数点（4 个种子的中位数）：每个条都是相对于这个值的变化。',
    );
  });

  it('says “as the scenario has it” when a setting is not at its default, and reads a raw value in its own unit', () => {
    const t = sampleTornado();
    const moved = { ...t, rows: [{ ...t.rows[0], base: 2 }] };
    expect(tornadoBase(moved)).toMatch(/^With every setting as the scenario has it, /);
    const raw = { ...t, reading: 'raw' as const, base: { ...t.base!, p50: 104.2 } };
    expect(tornadoBase(raw)).toMatch(/supply-chain cost, China is 104.20 index \(round 0 = 100\) \(median/);
  });

  it('reads a peak as itself, not as the measures’ effect on it, and says nothing without a number', () => {
    const t = sampleTornado();
    const peak = {
      ...t,
      outcome: {
        id: 'peak.cost.CHN',
        label: 'Peak cost effect, CHN',
        unit: outcomeById('peak.cost.CHN')!.unit,
      },
    };
    expect(tornadoBase(peak)).toMatch(
      /^With every setting at its default, peak cost effect, China is \+0.10 index/,
    );
    expect(tornadoBase({ ...t, base: null })).toBeNull();
  });
});
