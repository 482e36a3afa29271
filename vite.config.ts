import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The built app's Content-Security-Policy, as a <meta> tag: scripts only from the app's own files (no inline script,
 * no eval), the simulation worker from the same origin, no plugins, no <base>. Styles allow inline values because
 * Svelte sets style attributes for chart positions; exported pictures are drawn from blob: URLs. The dev server
 * injects an inline script for hot reload, so the policy is added to the build only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'decoupling-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    // the browser tests build and serve the app themselves: `npm run test:e2e` (vitest.e2e.config.ts)
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
