import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace, type Workspace } from '../../../src/sim/workspace.ts';
import {
  MAX_LINK_CHARS,
  adler32,
  decodeWorkspace,
  encodeWorkspace,
  fromBase64Url,
  readShareHash,
  shareHash,
  toBase64Url,
} from '../../../src/sim/files/link.ts';
import { openLink } from '../../../src/app/share/open.ts';
import { HOSTILE_TEXT, deepFreeze, workspaceArb } from '../arbitraries.ts';
import { expectKept } from './corpus.ts';

/** A link token carrying any JSON text, as a tampered or hand-made link would. */
function tokenOf(json: string): string {
  return `1.${toBase64Url(zlibSync(new TextEncoder().encode(json)))}`;
}

const micron = () => newWorkspace(presetScenario('micron-2023'));
const DAMAGED = 'This link is damaged: it was cut short or changed on the way. Copy the whole link again.';

describe('share link round trip', () => {
  it('any valid workspace comes back from its link exactly as it went in', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        const decoded = decodeWorkspace(encodeWorkspace(ws));
        expect(decoded).toEqual({ ok: true, workspace: ws, notice: null });
      }),
      { numRuns: 150 },
    );
  });

  it('a link is made only of characters that need no escaping in a URL', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        const result = shareHash(ws);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.hash).toMatch(/^#w=1\.[A-Za-z0-9_-]+$/);
      }),
      { numRuns: 30 },
    );
  });

  it('a preset workspace makes a link of a few kilobytes that readShareHash reads back', () => {
    const ws = micron();
    const result = shareHash(ws);
    if (!result.ok) throw new Error(result.message);
    expect(result.hash.length).toBeLessThan(4096);
    expect(readShareHash(result.hash)).toEqual({ ok: true, workspace: ws, notice: null });
  });

  it('names full of markup travel as the same text, never changed or escaped', () => {
    const ws = micron();
    const named: Workspace = {
      ...ws,
      branches: [
        {
          ...ws.branches[0],
          name: HOSTILE_TEXT[0],
          scenario: { ...ws.branches[0].scenario, name: HOSTILE_TEXT[1] },
        },
      ],
    };
    const decoded = decodeWorkspace(encodeWorkspace(named));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.workspace.branches[0].name).toBe('<script>alert(1)</script>');
    expect(decoded.workspace.branches[0].scenario.name).toBe('<img src=x onerror="alert(1)">');
  });

  it('base64url and Adler-32 agree with their definitions', () => {
    expect(toBase64Url(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(Array.from(fromBase64Url('-_8') as Uint8Array)).toEqual([0xfb, 0xff]);
    // RFC 1950's example value for the text "Wikipedia"
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Array.from(fromBase64Url(toBase64Url(bytes)) as Uint8Array)).toEqual(Array.from(bytes));
      }),
    );
  });
});

describe('broken and hostile links', () => {
  const token = encodeWorkspace(micron());

  // each case: the hash opened, and the message the user sees (exact, or the phrase that must be in it)
  const corpus: Array<[string, () => string, string | RegExp]> = [
    ['a link cut short by ten characters', () => token.slice(0, -10), DAMAGED],
    ['a link cut short to its first forty characters', () => token.slice(0, 40), DAMAGED],
    [
      'a link with a character no link has',
      () => `${token.slice(0, 30)}!${token.slice(31)}`,
      'This link is damaged: it has a character a link never has ("!" at position 31). Copy the whole link again.',
    ],
    [
      'a link without its format number',
      () => token.slice(2),
      /^This link is damaged: it does not start with a link format number/,
    ],
    [
      'a link from a newer link format',
      () => `7.${token.slice(2)}`,
      'This link was made by a newer version of Decoupling Lab (link format 7; this version reads formats up to 1). Open it in the newer version of the app.',
    ],
    [
      'a workspace from a newer version',
      () => tokenOf(JSON.stringify({ ...micron(), version: 3 })),
      'This link was made by a newer version of Decoupling Lab (workspace format 3; this version reads formats up to 2). Open it in the newer version of the app.',
    ],
    [
      'compressed text that is not JSON',
      () => tokenOf('{"version": 1, "branches": [}'),
      'This link is damaged: line 1, column 29: it is not valid JSON (unexpected "}").',
    ],
    [
      'a seed written as text',
      () => tokenOf(JSON.stringify(micron()).replace('"seed":2023', '"seed":"2023"')),
      'This link is damaged: field branches.0.scenario.seed: expected a whole number from 0 to 4294967295, got "2023" (text).',
    ],
    [
      'a number too large to store (1e999)',
      () => tokenOf(JSON.stringify(micron()).replace('"noise":0', '"noise":1e999')),
      'This link is damaged: field branches.0.scenario.noise: expected a number from 0 to 0.5, got a number too large to store.',
    ],
    [
      'NaN written as text',
      () => tokenOf(JSON.stringify(micron()).replace('"noise":0', '"noise":"NaN"')),
      'This link is damaged: field branches.0.scenario.noise: expected a number from 0 to 0.5, got "NaN" (text).',
    ],
    [
      'a __proto__ key',
      () =>
        tokenOf(
          JSON.stringify(micron()).replace('{"version":1', '{"__proto__":{"polluted":true},"version":1'),
        ),
      'This link is damaged: field __proto__: "__proto__" is not allowed as a field name.',
    ],
    [
      'an active branch that does not exist',
      () => tokenOf(JSON.stringify({ ...micron(), active: 'gone' })),
      'This link is damaged: field active: no branch has the id "gone".',
    ],
    [
      'nesting 10,000 levels deep',
      () => tokenOf(`{"version":1,"branches":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
      'This link is damaged: line 1, column 56: lists and objects are nested more than 32 levels deep.',
    ],
    [
      'a small link that unpacks to 10 MB',
      () => tokenOf(`"${' '.repeat(10 * 1024 * 1024)}"`),
      'This link is too large once unpacked: more than 1.0 MB, the most Decoupling Lab reads.',
    ],
    [
      'a link longer than any link may be',
      () => `1.${'A'.repeat(MAX_LINK_CHARS)}`,
      /^This link is too long: 64\.0 KB/,
    ],
  ];

  for (const [name, make, expected] of corpus) {
    it(`${name} gives a clear message and leaves the workspace as it was`, () => {
      const current = deepFreeze(micron());
      expectKept(openLink(current, `#w=${make()}`), current, structuredClone(current), expected);
    });
  }

  it('a link whose compressed data is intact but whose checksum was changed is refused', () => {
    const bytes = fromBase64Url(token.slice(2)) as Uint8Array;
    const altered = bytes.slice();
    altered[altered.length - 1] ^= 1;
    expect(decodeWorkspace(`1.${toBase64Url(altered)}`)).toMatchObject({
      ok: false,
      message:
        'This link is damaged: its checksum does not match, so it was cut short or changed on the way. Copy the whole link again.',
    });
  });

  it('a hash without a workspace is an ordinary visit, not an error', () => {
    const current = micron();
    expect(readShareHash('')).toBeNull();
    expect(readShareHash('#section-2')).toBeNull();
    expect(openLink(current, '#tab=charts')).toEqual({
      workspace: current,
      changed: false,
      message: null,
      refusal: null,
      notice: null,
    });
  });

  it('every prefix of a link is refused with a message, never thrown', () => {
    for (let n = 0; n < token.length; n++) {
      const result = decodeWorkspace(token.slice(0, n));
      expect(result.ok, `prefix of ${n} characters`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^This link is damaged: /);
    }
  });

  it('a link with any one character changed is refused or, rarely, still decodes to a valid workspace', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.nat({ max: token.length - 3 }), fc.constantFrom(...alphabet), (i, c) => {
        const at = i + 2;
        fc.pre(token[at] !== c);
        const result = decodeWorkspace(token.slice(0, at) + c + token.slice(at + 1));
        if (!result.ok) expect(result.message).toMatch(/^This link is damaged: /);
        else expect(result.workspace.branches.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a link made before branches existed (one scenario) opens as a workspace with that scenario as its main line', () => {
    const scenario = presetScenario('tariff-war-2018');
    const { version: _version, name, states, ...rest } = scenario;
    const old = {
      ...rest,
      title: name,
      strategies: { USA: 'titForTat' },
      states: { CHN: states.CHN },
    };
    const opened = openLink(deepFreeze(micron()), `#w=${tokenOf(JSON.stringify(old))}`);
    expect(opened.message).toBeNull();
    expect(opened.notice).toBe(
      'This link was saved by an older version of Decoupling Lab and has been updated to the current format.',
    );
    const main = opened.workspace.branches[0];
    expect(opened.workspace.branches).toHaveLength(1);
    expect(main.scenario.name).toBe(name);
    expect(main.scenario.states).toEqual({ USA: { strategy: 'titForTat' }, CHN: states.CHN });
    expect(main.scenario.timeline).toEqual(scenario.timeline);
  });
});
