// Undo labels of opening things and of a team's move, in every language: the history keeps the English the app always
// wrote, and the toolbar's title says it in the language on view; a label a view wrote is shown as written.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { labelIn, labelled } from '../../../src/app/i18n/undoLabels.ts';

const LABELS: [(t: typeof en) => string, string][] = [
  [(t) => t.app.openLinkLabel, 'Open shared link'],
  [(t) => t.app.openFileLabel('class.json'), 'Open file class.json'],
  [(t) => t.app.openSavedLabel('Week 3'), 'Open saved scenario Week 3'],
  [(t) => t.app.teamMoveLabel('CHN', 4), "China team's move for round 4 (hidden, from its laptop)"],
];

describe('undo labels', () => {
  it('keep the English the app always wrote', () => {
    for (const [words, text] of LABELS) {
      expect(labelled(words)).toBe(text);
      expect(labelIn(text, en)).toBe(text);
    }
  });

  it('are said in Chinese, keeping only a file’s or a save’s own name', () => {
    for (const [words, text] of LABELS) {
      const zh = labelIn(labelled(words), zhCN);
      expect(zh).toBe(words(zhCN));
      expect(zh.replace(/class\.json|Week 3/, ''), zh).not.toMatch(/[A-Za-z]{2,}/);
      expect(zh).not.toBe(text);
    }
    expect(
      labelIn(
        labelled((t) => t.app.teamMoveLabel('CHN', 4)),
        zhCN,
      ),
    ).toContain(zhCN.states.CHN);
  });

  it('a label a view wrote is shown as written', () => {
    expect(labelIn('Firms 20000', zhCN)).toBe('Firms 20000');
  });
});

describe('the hot-seat panel’s undo labels', () => {
  it('are English as before and Chinese in Chinese', () => {
    const cases: [string, string][] = [
      [en.app.hotSeatMoveLabel('CHN', 3), "China team's move for round 3 (hidden)"],
      [en.app.revealLabel(3), "Reveal the teams' moves for round 3"],
      [en.app.skipLabel('CHN', 3), 'Skip the China team in round 3'],
      [en.app.weightLabel('cost', 2), 'Score weight: cost 2'],
    ];
    for (const [label, text] of cases) expect(label).toBe(text);
    for (const zh of [
      zhCN.app.hotSeatMoveLabel('CHN', 3),
      zhCN.app.revealLabel(3),
      zhCN.app.skipLabel('CHN', 3),
      zhCN.app.weightLabel('cost', 2),
    ])
      expect(zh).not.toMatch(/[A-Za-z]{2,}/);
  });
});
