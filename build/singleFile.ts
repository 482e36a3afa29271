// Build plugin for the single file (`npm run build:single`): one HTML page that opens from disk (file://), where
// Chromium loads no module script and no worker from a file. The app's code and styles go into the page itself,
// the workers into the code (src/app/workers.inline.ts takes the place of workers.ts), and the page gets a policy
// of its own: it may run exactly the script it carries (by hash), start workers from blob: URLs, and nothing else.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'decoupling-lab.html';

/**
 * The single file's Content-Security-Policy, given the hash of its one script. Unlike the hosted build's, it names
 * no 'self' (a page from disk has no origin of its own to trust): the script by its hash; workers from blob: (where
 * the inlined workers start, and they inherit this policy); styles inline; pictures from data: and blob:. Still no
 * eval, no other script, no plugins, no <base>, no forms, no network.
 */
export function singleFilePolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Text that may sit inside <script> without ending it early or opening an HTML comment. */
const scriptSafe = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const styleSafe = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

export function singleFile(options: { workers: string; inlineWorkers: string }): Plugin {
  let root = '';
  return {
    name: 'decoupling-lab-single-file',
    apply: 'build',
    // before Vite's own resolver, which would otherwise answer for workers.ts first
    enforce: 'pre',
    config: () => ({
      build: {
        outDir: 'dist-single',
        assetsInlineLimit: () => true,
        cssCodeSplit: false,
        modulePreload: false,
        rolldownOptions: { output: { codeSplitting: false } },
      },
      // the favicon goes into the page as a data: URL; _headers has no meaning on a disk
      publicDir: false,
    }),
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === options.workers ? options.inlineWorkers : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const icon = readFileSync(path.join(root, 'public/favicon.svg'));
        return html.replace(
          'href="/favicon.svg"',
          `href="data:image/svg+xml;base64,${icon.toString('base64')}"`,
        );
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('index.html was not built');
        let html = String(page.source);
        const scripts: string[] = [];
        for (const out of Object.values(bundle)) {
          const tag =
            out.type === 'chunk' ? /<script type="module" crossorigin src="([^"]+)"><\/script>/ : null;
          if (out.type === 'chunk') {
            const m = tag!.exec(html);
            if (!m || !m[1].endsWith(out.fileName))
              throw new Error(`${out.fileName} is not the page's one script`);
            const code = scriptSafe(out.code);
            scripts.push(code);
            html = html.replace(m[0], () => `<script type="module">${code}</script>`);
            delete bundle[out.fileName];
          } else if (out.fileName.endsWith('.css')) {
            const link = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${out.fileName}">`);
            if (!link.test(html)) throw new Error(`${out.fileName} is not linked from the page`);
            html = html.replace(link, () => `<style>${styleSafe(String(out.source))}</style>`);
            delete bundle[out.fileName];
          }
        }
        if (scripts.length !== 1) throw new Error(`expected one script, found ${scripts.length}`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(sha256(scripts[0]))}">`;
        html = html.replace('<head>', () => `<head>\n    ${meta}`);
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}
