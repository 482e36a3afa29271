// The facilitator's answer to a team's move, on the team's laptop: the answer carries the facilitator's English, and
// the team's page says the sentences it knows in its own language, the reason from the model's checks too.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { ackWordsIn } from '../../../src/app/room/ackWords.ts';
import { readScenarioProblem, scenarioProblemText, type ScenarioProblem } from '../../../src/model/errors.ts';
import { readTeamMove } from '../../../src/sim/roomMessages.ts';

const PROBLEMS: ScenarioProblem[] = [
  { kind: 'round-zero', path: 'timeline.9.round', measure: 'subsidy' },
  { kind: 'unknown-firm', path: 'timeline.9.measure.firm', firm: 'nope' },
  { kind: 'unknown-target', path: 'timeline.9.measure.target', target: 'nobody' },
  { kind: 'self-target', path: 'timeline.9.measure.target' },
  { kind: 'not-imposed', path: 'timeline.9.measureId', measureId: 'never', round: 3 },
  { kind: 'move-rounds', first: 2, last: 8 },
  { kind: 'move-round', round: 4 },
  { kind: 'not-own' },
  { kind: 'round-zero-unsellable', firm: 'cn-gallium', percent: 34.8 },
];

/** Latin words left once the paths and quoted values are taken out */
const latinLeft = (zh: string) =>
  zh
    .replace(/“[^”]*”/g, '')
    .replace(/[\w]+(\.[\w]+)+|\bround\b|\bmeasure\b|\bALL\b/g, '')
    .match(/[A-Za-z]{2,}/g);

describe('the model’s checks read back from their English', () => {
  it('every problem reads back from its sentence, and other text reads as none', () => {
    for (const p of PROBLEMS) expect(readScenarioProblem(scenarioProblemText(p))).toEqual(p);
    expect(readScenarioProblem('name: too long')).toBeNull();
  });
});

describe('a team’s move refused, on the team’s laptop', () => {
  const sent = [
    en.roomWords.moveLate(en.states.CHN, 5, 4),
    en.roomWords.moveRefused(en.states.CHN, en.roomWords.cannotBeMade),
    ...PROBLEMS.map((p) => en.roomWords.moveRefused(en.states.USA, scenarioProblemText(p))),
    (readTeamMove(42, 'JPN') as { message: string }).message,
    (readTeamMove(JSON.stringify({ state: 'CHN', round: 2, entry: null }), 'JPN') as { message: string })
      .message,
  ];

  it('shows the English it was sent, as it was sent', () => {
    for (const m of sent) expect(ackWordsIn(m, en)).toBe(m);
  });

  it('says each in Chinese, the reason too, leaving only paths and values', () => {
    for (const m of sent) {
      const zh = ackWordsIn(m, zhCN);
      expect(zh, m).toMatch(/[\u4e00-\u9fff]/);
      expect(latinLeft(zh), zh).toBeNull();
    }
    expect(ackWordsIn(sent[0], zhCN)).toBe(zhCN.roomWords.moveLate(zhCN.states.CHN, 5, 4));
  });

  it('shows a sentence it does not know as it came', () => {
    expect(ackWordsIn('Something else.', zhCN)).toBe('Something else.');
  });
});
