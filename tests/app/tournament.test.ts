import { describe, expect, it } from 'vitest';
import type { TournamentReport } from '../../src/model/report.ts';
import {
  evolutionLines,
  habitName,
  habitSentence,
  pairGrid,
  rankRows,
  tournamentSentences,
} from '../../src/app/tournament.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario, resolveScenario } from '../../src/model/scenario.ts';
import { STATE_CODES, type StateCode, type StrategyId } from '../../src/model/types.ts';

const report: TournamentReport = {
  ranking: [
    { strategy: 'winStayLoseShift', score: 2.93, counts: { R: 80, T: 8, P: 5, S: 7 } },
    { strategy: 'titForTat', score: 2.62, counts: { R: 70, T: 5, P: 15, S: 10 } },
    { strategy: 'escalator', score: 2.35, counts: { R: 50, T: 10, P: 30, S: 10 } },
  ],
  pairs: [
    { strategy: 'winStayLoseShift', opponent: 'titForTat', score: 3, counts: { R: 10, T: 0, P: 0, S: 0 } },
    { strategy: 'titForTat', opponent: 'winStayLoseShift', score: 2.9, counts: { R: 9, T: 0, P: 1, S: 0 } },
    { strategy: 'escalator', opponent: 'titForTat', score: 1, counts: { R: 0, T: 0, P: 10, S: 0 } },
  ],
  evolution: [
    { generation: 0, shares: { winStayLoseShift: 1 / 3, titForTat: 1 / 3, escalator: 1 / 3 } },
    { generation: 50, shares: { winStayLoseShift: 0.6, titForTat: 0.395, escalator: 0.005 } },
  ],
};

describe('the tournament view', () => {
  it('ranks the habits by name, best first, with their final share', () => {
    const rows = rankRows(report);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({ name: 'Win-stay, lose-shift', score: 2.93, finalShare: 0.6 });
  });

  it('reads each pair once, in the ranking order, and null where two habits never met', () => {
    const grid = pairGrid(report);
    expect(grid.habits).toEqual(['winStayLoseShift', 'titForTat', 'escalator']);
    expect(grid.score('titForTat', 'winStayLoseShift')).toBe(2.9);
    expect(grid.score('winStayLoseShift', 'escalator')).toBeNull();
  });

  it('draws one line per habit over the generations', () => {
    const lines = evolutionLines(report);
    expect(lines).toHaveLength(3);
    expect(lines[2].points).toEqual([
      { generation: 0, share: 1 / 3 },
      { generation: 50, share: 0.005 },
    ]);
  });

  it('says who won, who came last and who took over, from the numbers', () => {
    const [best, worst, evolution] = tournamentSentences(report);
    expect(best).toBe(
      'Win-stay, lose-shift scored best: 2.93 points per opponent and round, out of 5 (Tit for tat came second with 2.62).',
    );
    expect(worst).toBe('Escalator scored least: 2.35.');
    expect(evolution).toBe(
      'If each habit spreads in proportion to its score, after 50 generations Win-stay, lose-shift makes up 60% of the population, and Escalator has all but died out.',
    );
  });

  it('says the same result in Chinese, with the habits’ Chinese names', () => {
    expect(tournamentSentences(report, 5, zhCN.tournamentResult, zhCN.strategies)).toEqual([
      '“赢则保持，输则改变”得分最高：对每个对手每回合平均2.93分（满分5分）；“以牙还牙”以2.62分位居第二。',
      '“步步升级”得分最低：2.35分。',
      '如果每种策略按其得分的比例扩散，50代之后，“赢则保持，输则改变”占总体的60%，“步步升级”则几乎全部消失。',
    ]);
  });

  it('has a sentence even for an empty tournament', () => {
    expect(tournamentSentences({ ranking: [], pairs: [], evolution: [] })).toEqual([
      'No habit played: the tournament has no result.',
    ]);
  });
});

describe('the log of a tournament', () => {
  const scenario = parseScenario(presetScenario('tournament'));
  const run = runScenario(scenario);
  const { states } = resolveScenario(scenario);
  const habits = Object.fromEntries(STATE_CODES.map((c) => [c, states[c].strategy])) as Record<
    StateCode,
    StrategyId
  >;
  const names = { firmName: (id: string) => id };
  const events = run.records.flatMap((r) => r.events);
  const byHabit = events.filter((e) => e.cause?.source === 'strategy');

  it('names the habit that acts, and the habit it answers, for every act a habit’s rule caused', () => {
    expect(byHabit.length).toBeGreaterThan(10);
    for (const e of byHabit) {
      const words = habitSentence(e, habits, names);
      expect(words, e.text).not.toBeNull();
      expect(words).toContain(habitName(habits[e.states[0]!]));
      const other = e.cause!.act?.from ?? e.cause!.toward;
      if (other) expect(words).toContain(habitName(habits[other]));
      expect(words).not.toMatch(/undefined|NaN/);
    }
  });

  it('keeps the engine’s words for what no habit caused', () => {
    const other = events.filter((e) => e.cause?.source !== 'strategy');
    expect(other.length).toBeGreaterThan(0);
    for (const e of other) expect(habitSentence(e, habits, names)).toBeNull();
  });

  it('says when the act answered was one noise invented', () => {
    const invented = {
      states: ['USA'] as StateCode[],
      cause: {
        source: 'strategy' as const,
        rule: 'mirror' as const,
        strategy: 'titForTat' as const,
        act: {
          from: 'CHN' as const,
          kind: 'tariff' as const,
          action: 'impose' as const,
          intensity: 1,
          misperceived: true,
          misread: 'invented' as const,
          round: 3,
        },
      },
    };
    const words = habitSentence(invented, { ...habits, USA: 'titForTat', CHN: 'passive' }, names);
    expect(words).toBe(
      `${habitName('titForTat')} (the USA) answers in kind a tariff it believes came from ${habitName('passive')} (China) (none did)`,
    );
  });
});
