// Files and links the checkers refuse, one for each common reason: the English each gives is fixed in
// checkReasons.test.ts as the checkers said it before they gave their reasons as data.

import { presetScenario } from '../../../src/model/presets.ts';
import { encodeWorkspace } from '../../../src/sim/files/link.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';

const scenario = () => structuredClone(presetScenario('micron-2023')) as unknown as Record<string, unknown>;
const text = (data: unknown) => JSON.stringify(data);
const withField = (key: string, value: unknown) => text({ ...scenario(), [key]: value });
const timelineWith = (entry: unknown) => {
  const s = scenario();
  return text({ ...s, timeline: [...(s.timeline as unknown[]), entry] });
};
const workspace = () => newWorkspace(presetScenario('micron-2023')) as unknown as Record<string, unknown>;

/** a file's text for each reason a file is refused */
export function fileCases(): [string, string][] {
  const noName = scenario();
  delete noName.name;
  const ban = { kind: 'purchaseBan', id: 'ban-x', maker: 'USA', firm: 'nope', scope: 'all' };
  return [
    ['not JSON', '{"seed": 1'],
    ['an unexpected character', '{"seed": x}'],
    ['too large', `"${'x'.repeat(1024 * 1024)}"`],
    ['nested too deep', `${'['.repeat(40)}${']'.repeat(40)}`],
    ['not an object', '[1, 2]'],
    ['a newer scenario format', withField('version', 9)],
    ['a newer workspace format', text({ ...workspace(), version: 9 })],
    ['a seed out of range', withField('seed', -1)],
    ['too many rounds', withField('rounds', 500)],
    ['too many firms', withField('firms', 100000)],
    ['a name of the wrong type', withField('name', 5)],
    ['a name missing', text(noName)],
    ['a name too long', withField('name', 'n'.repeat(300))],
    ['an unknown field', withField('colour', 'red')],
    ['two unknown fields', text({ ...scenario(), colour: 'red', size: 3 })],
    ['a parameter out of range', withField('params', { elasticityScale: 9 })],
    ['an unknown parameter', withField('params', { speed: 1 })],
    ['an unknown state', withField('states', { XYZ: {} })],
    ['an unknown strategy', withField('states', { CHN: { strategy: 'bogus' } })],
    ['a huge number', '{"version": 1, "name": "n", "seed": 1e999, "rounds": 4, "firms": 40}'],
    ['text for a number', withField('noise', 'loud')],
    ['a list for a number', withField('noise', [1, 2])],
    ['an unknown action', timelineWith({ round: 1, action: 'bogus', measureId: 'x' })],
    ['an unknown measure kind', timelineWith({ round: 1, action: 'impose', measure: { kind: 'embargo' } })],
    ['an unknown firm', timelineWith({ round: 2, action: 'impose', measure: ban })],
    [
      'an unknown export-control target',
      timelineWith({
        round: 2,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'ec-x',
          maker: 'USA',
          target: 'nobody',
          sectors: ['logic'],
          threshold: 0.5,
          size: 1,
        },
      }),
    ],
    [
      'a measure aimed at its maker',
      timelineWith({
        round: 2,
        action: 'impose',
        measure: { kind: 'tariff', id: 't-x', maker: 'USA', target: 'USA', rate: 0.1 },
      }),
    ],
    [
      'a subsidy at round 0',
      timelineWith({
        round: 0,
        action: 'impose',
        measure: { kind: 'subsidy', id: 's-x', maker: 'USA', sectors: ['logic'], rate: 0.1 },
      }),
    ],
    ['a lift of nothing imposed', timelineWith({ round: 3, action: 'relax', measureId: 'never' })],
    [
      'a branch id with spaces',
      text({ ...workspace(), branches: [{ ...(workspace().branches as object[])[0], id: 'Not An Id' }] }),
    ],
    [
      'too many timeline entries',
      withField(
        'timeline',
        Array.from({ length: 2001 }, () => ({})),
      ),
    ],
    ['a field named __proto__', '{"version": 1, "__proto__": {}}'],
    ['a workspace comparing no branch', text({ ...workspace(), compare: 'nowhere' })],
    [
      'a workspace with no main line',
      text({ ...workspace(), branches: [{ ...(workspace().branches as object[])[0], parent: 'main' }] }),
    ],
    [
      'a workspace whose branch has no scenario name',
      text({
        ...workspace(),
        branches: [{ ...(workspace().branches as object[])[0], scenario: { version: 1 } }],
      }),
    ],
  ];
}

/** a link's token for each reason a link is refused */
export function linkCases(): [string, string][] {
  const token = encodeWorkspace(newWorkspace(presetScenario('tariff-war-2018')));
  return [
    ['cut short', token.slice(0, -10)],
    ['no format number', token.slice(2)],
    ['a newer link format', `9${token.slice(1)}`],
    ['a character a link never has', `${token.slice(0, 20)}!${token.slice(21)}`],
    ['format 0', `0${token.slice(1)}`],
    ['too long', `1.${'A'.repeat(64 * 1024)}`],
  ];
}
