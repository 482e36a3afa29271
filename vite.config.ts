import { defineConfig, type Plugin } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlineCopy } from './build/offline.ts';
import { rulebook } from './build/rulebook.ts';
import { SINGLE_FILE_NAME, singleFile } from './build/singleFile.ts';

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

/**
 * The headers a static host should send with every file (public/_headers carries them for hosts that read one, and
 * `vite preview` sends them, so the browser tests run under them). A <meta> policy cannot forbid framing, so the
 * header policy adds frame-ancestors 'none' (and X-Frame-Options for browsers that predate it). The simulation
 * worker takes its policy from its own script's response, not from the page: served with the same headers, it may
 * not eval or load scripts from elsewhere either.
 */
export const HOSTING_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  // share links carry the workspace after '#', which is never sent; no page address leaves the app either
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** public/_headers as Netlify and Cloudflare Pages read it: every path gets HOSTING_HEADERS. */
export function headersFile(): string {
  const lines = Object.entries(HOSTING_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Made from HOSTING_HEADERS in vite.config.ts (tests/hosting.test.ts checks that they agree).\n/*\n${lines.join('\n')}\n`;
}

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

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));
const docs = fileURLToPath(new URL('./docs', import.meta.url));

/**
 * Two builds. `vite build` (`npm run build`): the hosted folder, dist/, with relative addresses throughout so it works
 * from any path (school web space, a sub-folder), this file's policy in a <meta> tag, and the offline copy (sw.js).
 * `vite build --mode single` (`npm run build:single`): dist-single/decoupling-lab.html, one page that opens from
 * disk, with its own policy (build/singleFile.ts). Both carry the rulebook (build/rulebook.ts): the hosted folder as
 * dist/rulebook/*.html, the single file as dist-single/decoupling-lab-rulebook.html beside it.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    svelte(),
    ...(mode === 'single'
      ? [
          singleFile({ workers: source('app/workers.ts'), inlineWorkers: source('app/workers.inline.ts') }),
          rulebook({ docs, single: true, appFile: SINGLE_FILE_NAME }),
        ]
      : [contentSecurityPolicy(), offlineCopy(source('app/offline/sw.ts')), rulebook({ docs })]),
  ],
  // a page from disk can start only classic workers from blob: URLs (Chromium refuses module ones there)
  worker: { format: mode === 'single' ? 'iife' : 'es' },
  preview: { headers: { ...HOSTING_HEADERS } },
  test: {
    include: ['tests/**/*.test.ts'],
    // the browser tests build and serve the app themselves: `npm run test:e2e` (vitest.e2e.config.ts)
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
}));
