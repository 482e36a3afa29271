// An edit or a form refused, in every language: the model gives why as data (ScenarioError.problem), English words it
// as the model always said it, and a view says it in the language on view (refusalIn).

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { refusalIn, refusalOf } from '../../../src/app/i18n/editRefusal.ts';
import { ScenarioError, type ScenarioProblem } from '../../../src/model/errors.ts';

/** each refusal, with the English the model said before it gave its reasons as data */
const CASES: [ScenarioProblem, string][] = [
  [{ kind: 'enter-number', field: 'rate', whole: false }, 'rate: enter a number'],
  [{ kind: 'enter-number', field: 'round', whole: true }, 'round: enter a whole number'],
  [{ kind: 'number-range', field: 'rate', min: 0, max: 1 }, 'rate: enter a number from 0 to 1'],
  [{ kind: 'choose', what: 'sector' }, 'sectors: choose at least one sector'],
  [{ kind: 'choose', what: 'other-state' }, 'target: choose another state'],
  [{ kind: 'choose', what: 'foreign-firm' }, 'firm: choose a firm of another state'],
  [{ kind: 'choose', what: 'measure-kind' }, 'measure: choose a kind of measure'],
  [{ kind: 'choose', what: 'control-to-join' }, 'measure: choose the control to join'],
  [{ kind: 'choose', what: 'measure-to-lift' }, 'measure: choose the measure to lift'],
  [{ kind: 'choose', what: 'lift-or-join' }, 'measure: choose the measure to lift or join'],
  [{ kind: 'tariff-state' }, 'target: a tariff targets a state'],
  [{ kind: 'tariff-rate' }, 'rate: a tariff needs a rate above 0'],
  [{ kind: 'weights' }, 'weights: each weight is a number from 0 to 10'],
  [
    { kind: 'branch-starts', from: 5 },
    'round: this branch starts at round 5; earlier rounds are shared with the run it branches from',
  ],
  [{ kind: 'run-ends', rounds: 8 }, 'round: the run ends at round 8'],
  [{ kind: 'no-entry', index: 3 }, 'timeline.3: no such entry'],
  [
    { kind: 'before-branch', index: 3, round: 2, from: 5 },
    'timeline.3: round 2 is before this branch starts (round 5)',
  ],
  [{ kind: 'branches-most', most: 12 }, 'a workspace keeps at most 12 branches; delete one first'],
  [{ kind: 'branch-name' }, 'name: a branch needs a name'],
  [{ kind: 'main-run' }, 'the main run cannot be deleted'],
  [{ kind: 'compare-self' }, 'compare: the branch on view is not compared with itself'],
  [{ kind: 'compare-none' }, 'compare: choose a branch under “Compare with” first'],
  [
    { kind: 'compare-most', most: 3 },
    'compare: at most 3 branches are compared with the one on view; take one out first',
  ],
  [
    { kind: 'branch-keeps-run' },
    'a branch keeps the seed and the number of firms of the run it branches from',
  ],
  [{ kind: 'move-rounds', first: 2, last: 8 }, 'round: moves can be made for rounds 2 to 8'],
  [{ kind: 'move-round', round: 4 }, 'round: this move is for round 4'],
  [{ kind: 'not-own' }, 'measure: a team can only lift its own measures'],
  [
    { kind: 'round-zero', path: 'timeline.9.round', measure: 'subsidy' },
    'timeline.9.round: only tariffs, export controls, purchase bans and entity listings can be in force at round 0 (the starting world); impose a subsidy from round 1',
  ],
];

describe('an edit or a form refused', () => {
  it('says in English what the model always said, byte for byte', () => {
    for (const [problem, text] of CASES) {
      const e = new ScenarioError(problem);
      expect(e.message).toBe(text);
      expect(refusalIn(refusalOf(e), en)).toBe(text);
    }
  });

  it('says each in Chinese, leaving only the field it names', () => {
    for (const [problem, text] of CASES) {
      const zh = refusalIn(refusalOf(new ScenarioError(problem)), zhCN);
      expect(zh, text).toMatch(/[\u4e00-\u9fff]/);
      const field = /^[\w.]+(?=: )/.exec(text)?.[0] ?? '';
      expect(zh.replace(field, '').match(/[A-Za-z]{2,}/g), zh).toBeNull();
    }
  });

  it('shows a message without a kind as it is', () => {
    expect(refusalIn(refusalOf(new ScenarioError('note: too long')), zhCN)).toBe('note: too long');
  });
});
