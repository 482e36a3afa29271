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
    // expect.poll waits 1 s by default: a run still computing on a loaded machine (the fingerprint still reading
    // "Computing…" at load 15-20) failed share.test.ts that way. A poll that passes returns at once; only a failing one
    // waits the longer time
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // one browser, one page, one story: the tests run in order and share what the earlier ones did
    fileParallelism: false,
    sequence: { concurrent: false },
    pool: 'forks',
  },
});
