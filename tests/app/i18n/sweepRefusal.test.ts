// A sweep's refusal in every language: the engine gives why as data (SensitivityError.problem), English words it as
// the CLI always said it, and the Chinese catalog words it in Chinese, quoting only a checker's English detail.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import {
  parseSweepSpec,
  SensitivityError,
  sweepAxis,
  sweepPlan,
  type SensitivityProblem,
} from '../../../src/sim/sensitivity.ts';

const world = { root: presetScenario('micron-2023'), schedule: [] };

function problemOf(f: () => unknown): SensitivityProblem {
  try {
    f();
  } catch (e) {
    if (e instanceof SensitivityError) return e.problem;
    throw e;
  }
  throw new Error('no refusal');
}

/** each refusal the engine can give, with the English it has always said */
const CASES: [() => unknown, string][] = [
  [
    () => sweepAxis(world, 'elasticityScale', 0.1, 3, 4),
    'Substitution scale (elasticityScale) runs from 0.25 to 3; 0.1 to 3 goes outside it.',
  ],
  [() => sweepAxis(world, 'name', 0, 1, 3), '"name" is not a number field of the scenario.'],
  [() => sweepAxis(world, 'seed', 0, 1, 3), 'The seed cannot be swept: the runs already vary it.'],
  [() => sweepAxis(world, '__proto__.x', 0, 1, 3), '"__proto__.x" is not a field of a scenario.'],
  [() => sweepAxis(world, 'noise', 0, 0.1, 1), 'A sweep takes 2 to 50 steps, got 1.'],
  [() => sweepAxis(world, 'noise', Number.NaN, 0.1, 3), 'A sweep of noise needs two numbers, FROM and TO.'],
  [() => sweepPlan(world, [], [1]), 'A sweep takes one or two paths.'],
  [
    () => parseSweepSpec('elasticityScale=0.25:3'),
    '--sweep expects PATH=FROM:TO:STEPS (e.g. elasticityScale=0.25:3:6), got "elasticityScale=0.25:3".',
  ],
];

describe('a sweep’s refusal', () => {
  it('says in English what the CLI always said, byte for byte', () => {
    for (const [f, text] of CASES) {
      expect(() => f()).toThrow(text);
      expect(en.sensitivity.refusal(problemOf(f))).toBe(text);
    }
  });

  it('says in Chinese every refusal, keeping only paths, keys, numbers and the --sweep form', () => {
    for (const [f] of CASES) {
      const zh = zhCN.sensitivity.refusal(problemOf(f));
      const left = zh.replace(/PATH=FROM:TO:STEPS|elasticityScale|noise|name|seed|__proto__\.x|--sweep/g, '');
      expect(left, zh).not.toMatch(/[A-Za-z]{2,}/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
    const range = zhCN.sensitivity.refusal(problemOf(CASES[0][0]));
    expect(range).toContain(zhCN.params.elasticityScale.label);
  });

  it('quotes a checker’s English detail in the Chinese sentence', () => {
    const p: SensitivityProblem = { kind: 'not-allowed', path: 'noise', value: 0.9, detail: 'too noisy' };
    expect(en.sensitivity.refusal(p)).toBe('A sweep of noise to 0.9 is not allowed: too noisy.');
    expect(zhCN.sensitivity.refusal(p)).toContain('英文说明：too noisy');
  });
});

describe('a sweep to a value the scenario refuses', () => {
  it('says the checker’s reason in Chinese too, the English as before', () => {
    const p = problemOf(() => sweepAxis(world, 'rounds', 2, 900, 3));
    expect(en.sensitivity.refusal(p)).toBe(
      'A sweep of rounds to 451 is not allowed: field rounds: expected a whole number from 1 to 400, got 451.',
    );
    const zh = zhCN.sensitivity.refusal(p);
    expect(zh).toBe('不能把 rounds 扫描到 451：字段 rounds：应为 1 到 400 之间的整数，实际是 451。');
  });
});
