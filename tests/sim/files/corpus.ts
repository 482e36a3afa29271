// The hostile corpus: files a user might hand Decoupling Lab (cut off, hand-edited, from a newer version, crafted to
// pollute prototypes or exhaust memory), each with the one sentence the app shows for it. The app's tests (open.ts)
// and the CLI's (tests/cli/files.test.ts) run the same corpus, so both read every file alike.

import { expect } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
import { scenarioFileText, workspaceFileText } from '../../../src/app/share/export.ts';
import type { Opened } from '../../../src/app/share/open.ts';

export const micron = (): Scenario => presetScenario('micron-2023');
export const micronText = () => scenarioFileText(micron());
/** The micron preset's file with one field's JSON replaced, as a hand edit would. */
const edited = (field: string, json: string) =>
  micronText().replace(new RegExp(`"${field}": [^,\\n]+`), `"${field}": ${json}`);
/** The micron preset's file with a tariff entry added to its timeline. */
function withTariff(rate: string): string {
  const text = JSON.stringify(micron());
  const tariff = `{"round":2,"action":"impose","measure":{"kind":"tariff","id":"t","maker":"USA","target":"CHN","rate":${rate}}}`;
  return text.replace('"timeline":[', `"timeline":[${tariff},`);
}
const NOT_VALID = 'This file is not a valid scenario: ';

/** each case: a file's text, and the message the user sees (exact, or the phrase that must be in it) */
export type CorpusCase = [name: string, text: () => string, message: string | RegExp];

/** Scenario files the app refuses. */
export const SCENARIO_CORPUS: CorpusCase[] = [
  [
    'a file cut off half-way',
    () => micronText().slice(0, 300),
    /^This file is not a valid scenario: line \d+, column \d+: it is not valid JSON \(the text ends too early\)\.$/,
  ],
  [
    'an empty file',
    () => '',
    `${NOT_VALID}line 1, column 1: it is not valid JSON (the text ends too early).`,
  ],
  [
    'a file that is not JSON at all',
    () => '<html><body>hello</body></html>',
    `${NOT_VALID}line 1, column 1: it is not valid JSON (unexpected "<").`,
  ],
  [
    'a list instead of a scenario',
    () => '[1, 2, 3]',
    `${NOT_VALID}expected a JSON object ({ ... }), got a list of 3 entries.`,
  ],
  [
    'a seed written as text',
    () => edited('seed', '"2023"'),
    `${NOT_VALID}field seed: expected a whole number from 0 to 4294967295, got "2023" (text).`,
  ],
  [
    'a round count with a fraction',
    () => edited('rounds', '12.5'),
    `${NOT_VALID}field rounds: expected a whole number from 1 to 400, got the number 12.5.`,
  ],
  [
    'a tariff rate out of range',
    () => withTariff('7'),
    `${NOT_VALID}field timeline.0.measure.rate: expected a number from 0 to 5, got 7.`,
  ],
  [
    'a tariff rate of 1e999',
    () => withTariff('1e999'),
    `${NOT_VALID}field timeline.0.measure.rate: expected a number from 0 to 5, got a number too large to store.`,
  ],
  [
    'a tariff rate of -1e999',
    () => withTariff('-1e999'),
    `${NOT_VALID}field timeline.0.measure.rate: expected a number from 0 to 5, got -a number too large to store.`,
  ],
  [
    'a tariff rate of "NaN"',
    () => withTariff('"NaN"'),
    `${NOT_VALID}field timeline.0.measure.rate: expected a number from 0 to 5, got "NaN" (text).`,
  ],
  [
    'a huge firm count',
    () => edited('firms', '1e308'),
    `${NOT_VALID}field firms: expected a whole number from 100 to 20000, got 1e+308.`,
  ],
  [
    'a missing field',
    () => micronText().replace(/\s*"rounds": \d+,/, ''),
    `${NOT_VALID}field rounds: missing; expected a whole number from 1 to 400.`,
  ],
  [
    'an unknown strategy',
    () => micronText().replace('"scripted"', '"nice"'),
    /^This file is not a valid scenario: field states\.\w+\.strategy: expected "passive", "titForTat", .* got "nice" \(text\)\.$/,
  ],
  [
    'an unknown measure kind',
    () => withTariff('0.1').replace('"kind":"tariff"', '"kind":"embargo"'),
    /^This file is not a valid scenario: field timeline\.0\.measure\.kind: expected "tariff", "exportControl", .*got "embargo" \(text\)\.$/,
  ],
  [
    'a ban on a firm that does not exist',
    () =>
      JSON.stringify(micron()).replace(
        '"timeline":[',
        '"timeline":[{"round":2,"action":"impose","measure":{"kind":"purchaseBan","id":"b","maker":"CHN","firm":"acme"}},',
      ),
    `${NOT_VALID}field timeline.0.measure.firm: no firm with id "acme".`,
  ],
  [
    'a timeline of 2,001 entries',
    () => JSON.stringify({ ...micron(), timeline: Array.from({ length: 2001 }, () => micron().timeline[0]) }),
    `${NOT_VALID}field timeline: expected at most 2000 entries, got 2001.`,
  ],
  [
    'a name of 300 characters',
    () => JSON.stringify({ ...micron(), name: 'n'.repeat(300) }),
    `${NOT_VALID}field name: expected text of 1 to 200 characters, got 300 characters.`,
  ],
  [
    'a __proto__ key at the top',
    () => micronText().replace('{', '{"__proto__": {"polluted": true},'),
    `${NOT_VALID}field __proto__: "__proto__" is not allowed as a field name.`,
  ],
  [
    'a __proto__ key among the states',
    () => JSON.stringify(micron()).replace('"states":{', '"states":{"__proto__":{"strategy":"passive"},'),
    `${NOT_VALID}field states.__proto__: "__proto__" is not allowed as a field name.`,
  ],
  [
    'a constructor key in the parameters',
    () => JSON.stringify(micron()).replace('"params":{', '"params":{"constructor":1,'),
    `${NOT_VALID}field params.constructor: no such field in a scenario.`,
  ],
  [
    'nesting 10,000 levels deep',
    () => `{"description": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    `${NOT_VALID}line 1, column 48: lists and objects are nested more than 32 levels deep.`,
  ],
  [
    'a 10 MB file',
    () => micronText().replace('"description": "', `"description": "${'x'.repeat(10 * 1024 * 1024)}`),
    'This file is too large: it is 10.0 MB, and the most Decoupling Lab reads is 1.0 MB.',
  ],
  [
    'a scenario from a newer version',
    () => edited('version', '2'),
    'This file was made by a newer version of Decoupling Lab (scenario format 2; this version reads formats up to 1). Open it in the newer version of the app.',
  ],
  [
    'a version that is not a number',
    () => edited('version', '"one"'),
    `${NOT_VALID}field version: expected 1, got "one" (text).`,
  ],
];

/** A workspace of two branches, which the cases below break one way each. */
export const twoBranches = (): Workspace => {
  const base = newWorkspace(presetScenario('small-yard'));
  const scenario = base.branches[0].scenario;
  return {
    ...base,
    branches: [...base.branches, { id: 'b1', name: 'One', parent: 'main', fromRound: 5, scenario }],
  };
};
const BROKEN_WORKSPACES: Array<[string, (w: Workspace) => Workspace, string]> = [
  [
    'two branches with one id',
    (w) => ({ ...w, branches: [w.branches[0], { ...w.branches[1], id: 'main' }] }),
    'field branches.1.id: another branch already has the id "main".',
  ],
  [
    'a parent that does not exist',
    (w) => ({ ...w, branches: [w.branches[0], { ...w.branches[1], parent: 'gone' }] }),
    'field branches.1.parent: no branch has the id "gone".',
  ],
  [
    'two main lines',
    (w) => ({ ...w, branches: [w.branches[0], { ...w.branches[1], parent: null }] }),
    'field branches.1.parent: only the main line may have no parent.',
  ],
  [
    'parents that go round in a circle',
    (w) => ({ ...w, branches: [{ ...w.branches[0], parent: 'b1' }, w.branches[1]] }),
    'field branches: no branch is the main line (the main line has parent null).',
  ],
  [
    'a branch with its own seed from a later round',
    (w) => ({
      ...w,
      branches: [w.branches[0], { ...w.branches[1], scenario: { ...w.branches[1].scenario, seed: 7 } }],
    }),
    'field branches.1.scenario.seed: a branch keeps the seed of the run it branches from (2023), got 7.',
  ],
  [
    'a compared branch that does not exist',
    (w) => ({ ...w, compare: 'b9' }),
    'field compare: no branch has the id "b9".',
  ],
  [
    'a further compared branch that does not exist',
    (w) => ({ ...w, compare: 'main', compareAlso: ['b9'] }),
    'field compareAlso.0: no branch has the id "b9".',
  ],
  [
    'a further compared branch that is compared already',
    (w) => ({ ...w, compare: 'b1', compareAlso: ['b1'] }),
    'field compareAlso.0: the branch "b1" is compared already.',
  ],
  [
    'further compared branches without a first one',
    (w) => ({ ...w, compare: null, compareAlso: ['b1'] }),
    'field compareAlso: more branches are compared only after the first ("compare").',
  ],
  [
    'four further compared branches',
    (w) => ({ ...w, compare: 'main', compareAlso: ['b1', 'b2', 'b3', 'b4'] }),
    'field compareAlso: expected at most 3 entries, got 4.',
  ],
  [
    'a branch id with capitals and spaces',
    (w) => ({ ...w, branches: [w.branches[0], { ...w.branches[1], id: 'My Branch' }] }),
    'field branches.1.id: "My Branch" (text) has characters that are not allowed here (expected lower-case letters, digits and dashes).',
  ],
  [
    'thirteen branches',
    (w) => ({ ...w, branches: Array.from({ length: 13 }, (_, i) => ({ ...w.branches[1], id: `b${i}` })) }),
    'field branches: expected at most 12 entries, got 13.',
  ],
  [
    'a circle among branches below the main line',
    (w) => ({
      ...w,
      branches: [
        w.branches[0],
        { ...w.branches[1], parent: 'b2' },
        { ...w.branches[1], id: 'b2', parent: 'b1' },
      ],
    }),
    "field branches.1.parent: the branches' parents go round in a circle.",
  ],
  [
    'a hidden team move that is another state’s measure',
    (w) => withTeam(w, { choices: [], hidden: [{ state: 'CHN', round: 6, entry: usaTariff(6) }] }),
    "field branches.1.team.hidden.0.entry: a move hidden for CHN is not CHN's own.",
  ],
  [
    'a hidden team move dated another round',
    (w) => withTeam(w, { choices: [], hidden: [{ state: 'USA', round: 7, entry: usaTariff(6) }] }),
    'field branches.1.team.hidden.0.entry.round: a move for round 7 is dated round 6.',
  ],
  [
    'two hidden moves of one team for one round',
    (w) =>
      withTeam(w, {
        choices: [],
        hidden: [
          { state: 'USA', round: 6, entry: null },
          { state: 'USA', round: 6, entry: usaTariff(6) },
        ],
      }),
    'field branches.1.team.hidden.1: a second hidden move for USA at round 6.',
  ],
  [
    'a team choice for a state that does not exist',
    (w) => withTeam(w, { choices: [{ state: 'XX', round: 2, choice: 'nothing' }], hidden: [] }),
    'field branches.1.team.choices.0.state: expected "USA", "CHN", "EU", "JPN", "KOR", "TWN" or "ROW", got "XX" (text).',
  ],
  [
    'a team choice the app does not know',
    (w) => withTeam(w, { choices: [{ state: 'USA', round: 2, choice: 'cheat' }], hidden: [] }),
    'field branches.1.team.choices.0.choice: expected "nothing" or "skipped", got "cheat" (text).',
  ],
  [
    'a score weight out of range',
    (w) => withTeam(w, { choices: [], hidden: [], weights: { cost: 1e9, revenue: 1, escalation: 1 } }),
    'field branches.1.team.weights.cost: expected a number from 0 to 10, got 1000000000.',
  ],
  [
    'a team play with a key the app does not know',
    (w) => withTeam(w, { choices: [], hidden: [], score: 100 }),
    'field branches.1.team.score: no such field in a workspace.',
  ],
];

/** A tariff of the USA's on China, as a team's move at a round. */
function usaTariff(round: number) {
  return {
    round,
    action: 'impose',
    measure: { kind: 'tariff', id: `USA-human-r${round}-tariff-CHN`, maker: 'USA', target: 'CHN', rate: 0.1 },
    note: 'Move by the United States team',
  };
}

/** The workspace with team play (as untrusted data) on its second branch. */
function withTeam(w: Workspace, team: unknown): Workspace {
  return { ...w, branches: [w.branches[0], { ...w.branches[1], team } as Workspace['branches'][number]] };
}

/** Workspace files the app refuses. */
export const WORKSPACE_CORPUS: CorpusCase[] = BROKEN_WORKSPACES.map(([name, change, detail]) => [
  name,
  () => workspaceFileText(change(twoBranches())),
  `This file is not a valid workspace: ${detail}`,
]);

/** A scenario as format 0 wrote it: no version, `title` for the name, strategies in their own map. */
export const formatZero = () => ({
  title: 'Old tariff war',
  seed: 11,
  rounds: 8,
  firms: 200,
  strategies: { USA: 'titForTat', CHN: 'grimTrigger' },
  states: { CHN: { alignment: -0.9, strategy: 'passive' }, EU: { ciiShare: 0.2 } },
  timeline: [
    {
      round: 2,
      action: 'impose',
      measure: { kind: 'tariff', id: 'usa-chn', maker: 'USA', target: 'CHN', rate: 0.25 },
    },
  ],
});

/** Files the app opens, some with a notice. */
export const ACCEPTED_FILES: Array<[name: string, text: () => string]> = [
  ['the micron preset as a file', micronText],
  ['a scenario file that starts with a byte-order mark', () => `\uFEFF${micronText()}`],
  ['a format-0 scenario file', () => JSON.stringify(formatZero(), null, 2)],
  [
    'a scenario with markup in its name and notes',
    () => JSON.stringify({ ...micron(), name: '<script>alert("name")</script>', description: '<b>bold</b>' }),
  ],
  ['a workspace file with a branch', () => workspaceFileText(twoBranches())],
  [
    'a workspace file with a hot-seat session: choices, a hidden move and weights',
    () =>
      workspaceFileText(
        withTeam(twoBranches(), {
          choices: [{ state: 'CHN', round: 5, choice: 'skipped' }],
          hidden: [{ state: 'USA', round: 6, entry: usaTariff(6) }],
          weights: { cost: 2, revenue: 1, escalation: 0 },
        }),
      ),
  ],
  [
    'a workspace file whose branch holds a format-0 scenario',
    () => {
      const ws = newWorkspace(presetScenario('open-world'));
      return JSON.stringify({ ...ws, branches: [{ ...ws.branches[0], scenario: formatZero() }] });
    },
  ],
];

/** What the UI must see for refused input: the message, and the current workspace given back untouched. */
export function expectKept(opened: Opened, current: Workspace, before: Workspace, message: string | RegExp) {
  if (typeof message === 'string') expect(opened.message).toBe(message);
  else expect(opened.message).toMatch(message);
  expect(opened.workspace).toBe(current);
  expect(opened.changed).toBe(false);
  expect(current).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
