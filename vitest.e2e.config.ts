// The browser tests: Vitest in Node drives Debian's Chromium (playwright-core) against the built app, served by
// Vite's preview server from tests/e2e/globalSetup.ts. Run with `npm run test:e2e`.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // one browser, one page, one story: the tests run in order and share what the earlier ones did
    fileParallelism: false,
    sequence: { concurrent: false },
    pool: 'forks',
  },
});
