// Same run on every engine: every preset at several seeds, run in Debian's Chromium (the engine's modules served by
// Vite's dev server) and here in Node, gives the same report fingerprint and, round by round, the same bits in every
// number of the record. The engine's maths come from src/model/detmath.ts, built from IEEE basic operations only, so
// that an engine's own Math.exp, Math.log or `**` cannot move a last bit that a chaotic run would amplify.

import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario } from '../../src/model/presets.ts';
import { launchChromium } from './browser.ts';
import { engineDigest, type EngineDigest } from './engineDigest.ts';

/** each preset's own seed, and two more: the ones app and CLI once disagreed on (issue 12) */
const SEEDS = (own: number) => [own, 7, 4294967295];

let server: ViteDevServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    // seedrandom is CommonJS: pre-bundled before the page asks for it, so the page never reloads mid-test
    optimizeDeps: { include: ['seedrandom', 'zod', 'fflate'] },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server did not report its address');
  browser = await launchChromium();
  page = await browser.context.newPage();
  // any page of the same origin will do: the test imports the engine's modules into it
  await page.goto(new URL('favicon.svg', url).href);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function inChromium(preset: string, seed: number): Promise<EngineDigest> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function for Node.
  return page.evaluate(
    `import('/tests/e2e/engineDigest.ts').then((m) => m.engineDigest(${JSON.stringify(preset)}, ${seed}))`,
  );
}

describe('the same run in Chromium and in Node, bit for bit', () => {
  for (const id of PRESET_IDS) {
    it(`${id}: fingerprint and every round's record agree at each seed`, async () => {
      for (const seed of SEEDS(presetScenario(id).seed)) {
        const node = engineDigest(id, seed);
        const chromium = await inChromium(id, seed);
        expect(chromium.rounds, `${id} at seed ${seed}: the rounds' records`).toEqual(node.rounds);
        expect(chromium.fingerprint, `${id} at seed ${seed}: the fingerprint`).toBe(node.fingerprint);
      }
    });
  }
});
