// A refused file or link in every language: the checkers give why as data (validate.ts Reason, link.ts LinkProblem),
// English words it byte for byte as the checkers always said it (the CLI and the tests read it), and the Chinese
// catalog words it in Chinese, with no English left beyond paths, values from the file, numbers and the app's name.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { reasonZh } from '../../../src/app/i18n/checks.zh-CN.ts';
import { decodeWorkspace } from '../../../src/sim/files/link.ts';
import { parseFile, reasonText, type Reason } from '../../../src/sim/files/validate.ts';
import { fileCases, linkCases } from './refusalCases.ts';

/** the English each case gave before the checkers gave their reasons as data (made with the code of main at b4a7be5) */
const ENGLISH: Record<string, string> = Object.fromEntries([
  [
    'file: not JSON',
    'This file is not a valid scenario: line 1, column 11: it is not valid JSON (the text ends too early).',
  ],
  [
    'file: an unexpected character',
    'This file is not a valid scenario: line 1, column 10: it is not valid JSON (unexpected "x").',
  ],
  ['file: too large', 'This file is too large: it is 1.0 MB, and the most Decoupling Lab reads is 1.0 MB.'],
  [
    'file: nested too deep',
    'This file is not a valid scenario: line 1, column 33: lists and objects are nested more than 32 levels deep.',
  ],
  [
    'file: not an object',
    'This file is not a valid scenario: expected a JSON object ({ ... }), got a list of 2 entries.',
  ],
  [
    'file: a newer scenario format',
    'This file was made by a newer version of Decoupling Lab (scenario format 9; this version reads formats up to 1). Open it in the newer version of the app.',
  ],
  [
    'file: a newer workspace format',
    'This file was made by a newer version of Decoupling Lab (workspace format 9; this version reads formats up to 2). Open it in the newer version of the app.',
  ],
  [
    'file: a seed out of range',
    'This file is not a valid scenario: field seed: expected a whole number from 0 to 4294967295, got -1.',
  ],
  [
    'file: too many rounds',
    'This file is not a valid scenario: field rounds: expected a whole number from 1 to 400, got 500.',
  ],
  [
    'file: too many firms',
    'This file is not a valid scenario: field firms: expected a whole number from 100 to 20000, got 100000.',
  ],
  [
    'file: a name of the wrong type',
    'This file is not a valid scenario: field name: expected text of 1 to 200 characters, got the number 5.',
  ],
  [
    'file: a name missing',
    'This file is not a valid scenario: field name: missing; expected text of 1 to 200 characters.',
  ],
  [
    'file: a name too long',
    'This file is not a valid scenario: field name: expected text of 1 to 200 characters, got 300 characters.',
  ],
  ['file: an unknown field', 'This file is not a valid scenario: field colour: no such field in a scenario.'],
  [
    'file: two unknown fields',
    'This file is not a valid scenario: field colour: no such field in a scenario (and 1 more unknown field).',
  ],
  [
    'file: a parameter out of range',
    'This file is not a valid scenario: field params.elasticityScale: expected a number from 0.25 to 3, got 9.',
  ],
  [
    'file: an unknown parameter',
    'This file is not a valid scenario: field params.speed: no such field in a scenario.',
  ],
  [
    'file: an unknown state',
    'This file is not a valid scenario: field states.XYZ: no such field in a scenario.',
  ],
  [
    'file: an unknown strategy',
    'This file is not a valid scenario: field states.CHN.strategy: expected "passive", "titForTat", "generousTitForTat", "proportional", "escalator", "grimTrigger", "winStayLoseShift", "scripted" or "human", got "bogus" (text).',
  ],
  [
    'file: a huge number',
    'This file is not a valid scenario: field seed: expected a whole number from 0 to 4294967295, got a number too large to store (and problems in 1 more field).',
  ],
  [
    'file: text for a number',
    'This file is not a valid scenario: field noise: expected a number from 0 to 0.5, got "loud" (text).',
  ],
  [
    'file: a list for a number',
    'This file is not a valid scenario: field noise: expected a number from 0 to 0.5, got a list of 2 entries.',
  ],
  [
    'file: an unknown action',
    'This file is not a valid scenario: field timeline.9.action: expected "impose", "relax" or "join", got "bogus" (text).',
  ],
  [
    'file: an unknown measure kind',
    'This file is not a valid scenario: field timeline.9.measure.kind: expected "tariff", "exportControl", "purchaseBan", "entityListing", "subsidy" or "standardMandate", got "embargo" (text).',
  ],
  [
    'file: an unknown firm',
    'This file is not a valid scenario: field timeline.9.measure.firm: no firm with id "nope".',
  ],
  [
    'file: an unknown export-control target',
    'This file is not a valid scenario: field timeline.9.measure.target: expected a state code, ALL or a firm id, got "nobody".',
  ],
  [
    'file: a measure aimed at its maker',
    'This file is not a valid scenario: field timeline.9.measure.target: a state cannot aim a measure at itself.',
  ],
  [
    'file: a subsidy at round 0',
    'This file is not a valid scenario: field timeline.9.round: only tariffs, export controls, purchase bans and entity listings can be in force at round 0 (the starting world); impose a subsidy from round 1.',
  ],
  [
    'file: a lift of nothing imposed',
    'This file is not a valid scenario: field timeline.9.measureId: no measure "never" is imposed before round 3.',
  ],
  [
    'file: a branch id with spaces',
    'This file is not a valid workspace: field branches.0.id: "Not An Id" (text) has characters that are not allowed here (expected lower-case letters, digits and dashes).',
  ],
  [
    'file: too many timeline entries',
    'This file is not a valid scenario: field timeline: expected at most 2000 entries, got 2001.',
  ],
  [
    'file: a field named __proto__',
    'This file is not a valid scenario: field __proto__: "__proto__" is not allowed as a field name.',
  ],
  [
    'file: a workspace comparing no branch',
    'This file is not a valid workspace: field compare: no branch has the id "nowhere".',
  ],
  [
    'file: a workspace with no main line',
    'This file is not a valid workspace: field branches: no branch is the main line (the main line has parent null).',
  ],
  [
    'file: a workspace whose branch has no scenario name',
    'This file is not a valid workspace: field branches.0.scenario.name: missing; expected text of 1 to 200 characters (and problems in 3 more fields).',
  ],
  [
    'link: cut short',
    'This link is damaged: it was cut short or changed on the way. Copy the whole link again.',
  ],
  [
    'link: no format number',
    'This link is damaged: it does not start with a link format number. Copy the whole link again.',
  ],
  [
    'link: a newer link format',
    'This link was made by a newer version of Decoupling Lab (link format 9; this version reads formats up to 1). Open it in the newer version of the app.',
  ],
  [
    'link: a character a link never has',
    'This link is damaged: it has a character a link never has ("!" at position 21). Copy the whole link again.',
  ],
  ['link: format 0', 'This link is damaged: there is no link format 0.'],
  ['link: too long', 'This link is too long: 64.0 KB, and the most a link may carry is 64.0 KB.'],
] as [string, string][]);

/** Latin words left in a Chinese sentence once paths, quoted values and the few names kept in Latin are taken out */
export function latinLeft(zh: string): string[] | null {
  return zh
    .replace(/"[^"]*"|“[^”]*”/g, '')
    .replace(/字段 [\w.-]+/g, '')
    .replace(/\b(Decoupling Lab|JSON|UTF-8|null|NaN|true|false|ALL|MB|KB|round|measure)\b/g, '')
    .match(/[A-Za-z]{2,}/g);
}

const refusals = () => [
  ...fileCases().map(([name, text]) => {
    const r = parseFile(text);
    if (r.ok) throw new Error(`file: ${name} was not refused`);
    return {
      name: `file: ${name}`,
      message: r.message,
      en: en.checks.file(r.refusal),
      zh: zhCN.checks.file(r.refusal),
    };
  }),
  ...linkCases().map(([name, token]) => {
    const r = decodeWorkspace(token);
    if (r.ok) throw new Error(`link: ${name} was not refused`);
    return {
      name: `link: ${name}`,
      message: r.message,
      en: en.checks.link(r.problem),
      zh: zhCN.checks.link(r.problem),
    };
  }),
];

describe('a refused file or link', () => {
  it('is said in English byte for byte as the checkers always said it', () => {
    const all = refusals();
    expect(all.map((r) => r.name).sort()).toEqual(Object.keys(ENGLISH).sort());
    for (const r of all) {
      expect(r.message, r.name).toBe(ENGLISH[r.name]);
      expect(r.en, r.name).toBe(r.message);
    }
  });

  it('is said in Chinese, with no English left beyond paths, values, numbers and the app’s name', () => {
    for (const r of refusals()) {
      expect(r.zh, r.name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.zh, r.name).not.toContain('英文说明');
      expect(latinLeft(r.zh), `${r.name}: ${r.zh}`).toBeNull();
    }
  });

  it('keeps the field, the limits and the value it got in the Chinese', () => {
    const seed = refusals().find((r) => r.name === 'file: a seed out of range')!;
    expect(seed.zh).toBe('这个文件不是有效的情景：字段 seed：应为 0 到 4294967295 之间的整数，实际是 -1。');
    const firm = refusals().find((r) => r.name === 'file: an unknown firm')!;
    expect(firm.zh).toContain('字段 timeline.9.measure.firm');
    expect(firm.zh).toContain('“nope”');
  });
});

describe('every reason a checker gives', () => {
  /** one of each kind the cases above do not reach */
  const where = { path: ['branches', '0', 'scenario', 'seed'], what: 'workspace' };
  const more: Reason[] = [
    { kind: 'entries', where, atMost: false, bound: 1, got: 0 },
    { kind: 'no-form', where },
    { kind: 'not-valid', what: 'workspace' },
    { kind: 'two-main-lines', index: 1 },
    { kind: 'no-parent', index: 1, id: 'b9' },
    { kind: 'circle', index: 1 },
    { kind: 'branch-keeps', index: 1, field: 'seed', parent: 1, got: 2 },
    { kind: 'branch-keeps', index: 1, field: 'firms', parent: 100, got: 200 },
    { kind: 'branch-id', index: 1, id: 'b1' },
    { kind: 'compared-already', index: 0, id: 'b1' },
    { kind: 'compare-first' },
    { kind: 'no-branch', field: 'active', id: 'b9' },
    {
      kind: 'team',
      problem: { kind: 'second-hidden', path: 'branches.0.team.', index: 1, state: 'CHN', round: 3 },
    },
    { kind: 'team', problem: { kind: 'after-end', path: 'branches.0.team.', index: 1, rounds: 8 } },
    { kind: 'team', problem: { kind: 'dated', path: 'branches.0.team.', index: 1, round: 3, dated: 4 } },
    { kind: 'team', problem: { kind: 'not-own', path: 'branches.0.team.', index: 1, state: 'CHN' } },
    { kind: 'model', prefix: '', problem: { kind: 'move-rounds', first: 2, last: 8 } },
  ];

  it('has Chinese with no English left beyond paths, values and numbers', () => {
    for (const r of more) {
      const zh = reasonZh(r);
      expect(zh, reasonText(r)).toMatch(/[\u4e00-\u9fff]/);
      expect(latinLeft(zh.replace(/CHN|hidden|entry|branches|team/g, '')), zh).toBeNull();
    }
  });

  it('falls back to the English, quoted, only for what has no kind', () => {
    const other: Reason = { kind: 'other', text: 'scenario: something else' };
    expect(reasonText(other)).toBe('scenario: something else');
    expect(reasonZh(other)).toBe('英文说明：scenario: something else');
  });
});
