// The layer rule in eslint.config.js, run through ESLint's Node API on small files placed (in memory) inside each
// layer: src/model imports only src/model; src/sim only src/model and itself; src/cli those and itself; src/relay only
// itself (and its codes.ts, which the page imports too, no Node built-ins); src/app any.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });
const RULES = new Set(['layers/imports', 'no-restricted-imports', 'no-restricted-globals']);

/** The boundary rules' messages for a file of this text at this path (which need not exist). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages
    .filter((m) => m.ruleId && RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries between layers', () => {
  const refused: Array<[string, string, string]> = [
    [
      'src/model/fixture.ts',
      "import { openFile } from '../app/share/open.ts';\nexport const x = openFile;\n",
      'layers/imports: src/model may import only from src/model; this import reaches src/app.',
    ],
    [
      'src/model/fixture.ts',
      "import { newWorkspace } from '../sim/workspace.ts';\nexport const x = newWorkspace;\n",
      'layers/imports: src/model may import only from src/model; this import reaches src/sim.',
    ],
    [
      'src/model/measures/fixture.ts',
      "export { main } from '../../cli/cli.ts';\n",
      'layers/imports: src/model may import only from src/model; this import reaches src/cli.',
    ],
    [
      'src/model/fixture.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      "no-restricted-imports: 'node:fs' import is restricted from being used by a pattern.",
    ],
    [
      'src/sim/files/fixture.ts',
      "import { openFile } from '../../app/share/open.ts';\nexport const x = openFile;\n",
      'layers/imports: src/sim may import only from src/model, src/sim; this import reaches src/app.',
    ],
    [
      'src/sim/fixture.ts',
      "export const x = () => import('../cli/cli.ts');\n",
      'layers/imports: src/sim may import only from src/model, src/sim; this import reaches src/cli.',
    ],
    [
      'src/sim/fixture.ts',
      "import { mount } from 'svelte';\nexport const x = mount;\n",
      "no-restricted-imports: 'svelte' import is restricted from being used by a pattern.",
    ],
    [
      'src/sim/fixture.ts',
      'export const x = () => document.title;\n',
      "no-restricted-globals: Unexpected use of 'document'.",
    ],
    [
      'src/cli/fixture.ts',
      "import { AppState } from '../app/appState.svelte.ts';\nexport const x = AppState;\n",
      'layers/imports: src/cli may import only from src/model, src/sim, src/cli; this import reaches src/app.',
    ],
    [
      'src/sim/fixture.ts',
      "import { main } from '../main.ts';\nexport const x = main;\n",
      'layers/imports: src/sim may import only from src/model, src/sim; this import reaches src/main.ts.',
    ],
    [
      'src/relay/fixture.ts',
      "import { newWorkspace } from '../sim/workspace.ts';\nexport const x = newWorkspace;\n",
      'layers/imports: src/relay may import only from src/relay; this import reaches src/sim.',
    ],
    [
      'src/relay/codes.ts',
      "import { randomBytes } from 'node:crypto';\nexport const x = randomBytes;\n",
      "no-restricted-imports: 'node:crypto' import is restricted from being used by a pattern.",
    ],
  ];
  for (const [file, code, message] of refused) {
    it(`refuses in ${file}: ${code.split('\n')[0]}`, async () => {
      expect(await problems(file, code)).toEqual([message]);
    });
  }

  const allowed: Array<[string, string]> = [
    ['src/model/fixture.ts', "import { runScenario } from './run.ts';\nexport const x = runScenario;\n"],
    [
      'src/sim/files/fixture.ts',
      "import { runScenario } from '../../model/run.ts';\nimport { newWorkspace } from '../workspace.ts';\nimport { zlibSync } from 'fflate';\nexport const x = [runScenario, newWorkspace, zlibSync];\n",
    ],
    [
      'src/cli/fixture.ts',
      "import { readFileSync } from 'node:fs';\nimport { reportOfBranch } from '../sim/branchReport.ts';\nimport { PRESET_IDS } from '../model/presets.ts';\nexport const x = [readFileSync, reportOfBranch, PRESET_IDS];\n",
    ],
    [
      'src/relay/fixture.ts',
      "import { createServer } from 'node:http';\nimport { WebSocketServer } from 'ws';\nimport { CLOSE } from './codes.ts';\nexport const x = [createServer, WebSocketServer, CLOSE];\n",
    ],
    [
      'src/app/fixture.ts',
      "import { mount } from 'svelte';\nimport { main } from '../cli/cli.ts';\nimport { newWorkspace } from '../sim/workspace.ts';\nexport const x = [mount, main, newWorkspace, document];\n",
    ],
  ];
  for (const [file, code] of allowed) {
    it(`allows in ${file} what its layer may import`, async () => {
      expect(await problems(file, code)).toEqual([]);
    });
  }
});
