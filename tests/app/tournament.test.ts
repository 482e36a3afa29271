import { describe, expect, it } from 'vitest';
import type { TournamentReport } from '../../src/model/report.ts';
import { evolutionLines, pairGrid, rankRows, tournamentSentences } from '../../src/app/tournament.ts';

const report: TournamentReport = {
  ranking: [
    { strategy: 'winStayLoseShift', score: 2.93 },
    { strategy: 'titForTat', score: 2.62 },
    { strategy: 'escalator', score: 2.35 },
  ],
  pairs: [
    { strategy: 'winStayLoseShift', opponent: 'titForTat', score: 3 },
    { strategy: 'titForTat', opponent: 'winStayLoseShift', score: 2.9 },
    { strategy: 'escalator', opponent: 'titForTat', score: 1 },
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

  it('has a sentence even for an empty tournament', () => {
    expect(tournamentSentences({ ranking: [], pairs: [], evolution: [] })).toEqual([
      'No habit played: the tournament has no result.',
    ]);
  });
});
