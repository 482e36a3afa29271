// Builds the app (the hosted folder dist/ and the single file dist-single/) and serves dist/ with Vite's preview
// server for the browser tests; closes it afterwards. Set E2E_SKIP_BUILD=1 to use the existing builds.

import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { SINGLE_FILE_NAME } from '../../build/singleFile.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** the single file's path on disk (open it as file://) */
    singleFile: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: the build would be a development build
    // (Svelte's dev mode, import.meta.env.PROD false, no offline copy). The tests drive what `npm run build` makes.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ logLevel: 'warn' });
      await build({ logLevel: 'warn', mode: 'single' });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  }
  project.provide(
    'singleFile',
    fileURLToPath(new URL(`../../dist-single/${SINGLE_FILE_NAME}`, import.meta.url)),
  );
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4317, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
