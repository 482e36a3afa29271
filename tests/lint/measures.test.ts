// The rule measures/one-home in eslint.config.js, through ESLint's Node API on small in-memory files: outside
// src/model/measures/ (and the few places the config leaves out on purpose), code does not test a measure's kind.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'measures/one-home').map((m) => m.message);
}

const COMPARE = "export const f = (m: { kind: string }) => m.kind === 'tariff';\n";
const SWITCH =
  "export function f(m: { kind: string }) {\n  switch (m.kind) {\n    case 'purchaseBan':\n      return 1;\n    default:\n      return 0;\n  }\n}\n";

describe('one home for each kind of measure', () => {
  it.each(['src/model/fixture.ts', 'src/sim/fixture.ts', 'src/app/fixture.ts', 'src/cli/fixture.ts'])(
    'refuses a test of a measure kind in %s',
    async (file) => {
      expect(await problems(file, COMPARE)).toEqual([
        "Tests a measure's kind ('tariff'): ask its module in src/model/measures/ instead (specOf(m), MEASURES[kind]).",
      ]);
      expect(await problems(file, SWITCH)).toHaveLength(1);
    },
  );

  it('refuses the literal on either side and with !==', async () => {
    const code = "export const f = (m: { kind: string }) => 'exportControl' !== m.kind;\n";
    expect(await problems('src/model/fixture.ts', code)).toHaveLength(1);
  });

  it('allows the same test inside the registry, and kinds of other things everywhere', async () => {
    expect(await problems('src/model/measures/fixture.ts', COMPARE)).toEqual([]);
    const event = "export const f = (e: { kind: string }) => e.kind === 'measure';\n";
    expect(await problems('src/model/fixture.ts', event)).toEqual([]);
  });
});
