// The rule maths/engine-independent in eslint.config.js, through ESLint's Node API on small in-memory files: src/model
// and src/sim may not use the Math functions engines approximate each in their own way, nor `**` with an exponent
// that is not an integer literal; src/model/detmath.ts has the same-everywhere versions.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'maths/engine-independent').map((m) => m.message);
}

describe('engine-independent maths in the model and the sim layer', () => {
  const refused: Array<[string, string, string]> = [
    [
      'src/model/fixture.ts',
      'export const f = (x: number) => Math.exp(x);\n',
      'Math.exp may differ in the last bit between engines; use exp from src/model/detmath.ts.',
    ],
    [
      'src/model/fixture.ts',
      'export const f = (x: number) => Math.log(x);\n',
      'Math.log may differ in the last bit between engines; use log from src/model/detmath.ts.',
    ],
    [
      'src/model/measures/fixture.ts',
      'export const f = (x: number, y: number) => Math.pow(x, y);\n',
      'Math.pow may differ in the last bit between engines; use pow from src/model/detmath.ts.',
    ],
    [
      'src/sim/fixture.ts',
      'export const f = (x: number) => Math.log1p(x);\n',
      'Math.log1p may differ in the last bit between engines; use exp, log or pow (add the function there if needed) from src/model/detmath.ts.',
    ],
    [
      'src/model/fixture.ts',
      "export const f = (x: number) => Math['sin'](x);\n",
      'Math.sin may differ in the last bit between engines; use exp, log or pow (add the function there if needed) from src/model/detmath.ts.',
    ],
    [
      'src/model/fixture.ts',
      'export const f = (x: number, s: number) => x ** -s;\n',
      '`**` with an exponent that is not an integer literal may differ between engines; use pow (or powInt for an integer) from src/model/detmath.ts.',
    ],
    [
      'src/model/fixture.ts',
      'export const f = (x: number) => x ** 0.5;\n',
      '`**` with an exponent that is not an integer literal may differ between engines; use pow (or powInt for an integer) from src/model/detmath.ts.',
    ],
    [
      'src/sim/fixture.ts',
      'export function f(x: number, n: number) {\n  x **= n;\n  return x;\n}\n',
      '`**` with an exponent that is not an integer literal may differ between engines; use pow (or powInt for an integer) from src/model/detmath.ts.',
    ],
  ];
  for (const [file, code, message] of refused) {
    it(`refuses in ${file}: ${code.split('\n')[0]}`, async () => {
      expect(await problems(file, code)).toEqual([message]);
    });
  }

  const allowed: Array<[string, string]> = [
    [
      'src/model/fixture.ts',
      "import { exp, log, pow, powInt } from './detmath.ts';\nexport const f = (x: number) => [exp(x), log(x), pow(x, 0.3), powInt(x, 4), x ** 2, x ** -1, 2 ** 32 - 1, Math.sqrt(x), Math.floor(x), Math.abs(x)];\n",
    ],
    ['src/app/fixture.ts', 'export const f = (x: number) => Math.exp(x) + x ** 0.5;\n'],
    ['src/cli/fixture.ts', 'export const f = (x: number) => Math.log(x);\n'],
  ];
  for (const [file, code] of allowed) {
    it(`allows in ${file}: ${code.split('\n').pop() || code.split('\n')[0]}`, async () => {
      expect(await problems(file, code)).toEqual([]);
    });
  }
});
