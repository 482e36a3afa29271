// Builds the app and serves dist/ with Vite's preview server for the browser tests; closes it afterwards. Set
// E2E_SKIP_BUILD=1 to serve an existing build.

import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) await build({ logLevel: 'warn' });
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
