// Build plugin for the hosted build's offline copy: builds src/app/offline/sw.ts to sw.js beside index.html and
// writes into it the manifest of this build (every file, and a version that changes whenever any file does).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { OfflineManifest } from '../src/app/offline/serviceWorker.ts';

const SW_FILE = 'sw.js';
const PLACEHOLDER = /(["'`])__DECOUPLING_LAB_OFFLINE_MANIFEST__\1/g;
/** host settings that some static hosts read and never serve, so the browser could not cache them */
const NOT_SERVED = new Set(['_headers', '_redirects']);

/** The manifest of a build's files (path relative to the output folder, and its bytes); index.html first. */
export function offlineManifest(
  files: ReadonlyArray<{ name: string; bytes: string | Uint8Array }>,
): OfflineManifest {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of sorted) hash.update(`${f.name}\n${f.bytes.length}\n`).update(f.bytes);
  const names = sorted.map((f) => f.name).filter((n) => n !== 'index.html');
  return { version: hash.digest('hex').slice(0, 16), files: ['index.html', ...names] };
}

/** sw.js's code with the manifest written in place of its one placeholder. */
export function withManifest(code: string, manifest: OfflineManifest): string {
  const found = code.match(PLACEHOLDER)?.length ?? 0;
  if (found !== 1) throw new Error(`${SW_FILE}: expected one manifest placeholder, found ${found}`);
  return code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest)));
}

function publicFiles(dir: string, prefix = ''): Array<{ name: string; bytes: Uint8Array }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return publicFiles(path.join(dir, entry.name), `${name}/`);
    return NOT_SERVED.has(name) ? [] : [{ name, bytes: readFileSync(path.join(dir, entry.name)) }];
  });
}

export function offlineCopy(entry: string): Plugin {
  let publicDir = '';
  return {
    name: 'decoupling-lab-offline',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName: SW_FILE });
    },
    // after Vite has written index.html and the styles into the bundle
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sw = bundle[SW_FILE];
        if (sw?.type !== 'chunk') throw new Error(`${SW_FILE} was not built`);
        if (sw.imports.length > 0)
          throw new Error(`${SW_FILE} must stand alone, but imports ${sw.imports.join(', ')}`);
        const built = Object.values(bundle)
          .filter((out) => out.fileName !== SW_FILE)
          .map((out) => ({ name: out.fileName, bytes: out.type === 'chunk' ? out.code : out.source }));
        const files = publicDir ? [...built, ...publicFiles(publicDir)] : built;
        sw.code = withManifest(sw.code, offlineManifest(files));
      },
    },
  };
}
