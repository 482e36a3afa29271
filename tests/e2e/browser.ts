// Starts Debian's Chromium headless with the flags this machine needs (see /work/shared/TOOLCHAIN.md): no sandbox, no
// GPU, and no background networking, which would flood the closed network with refused connections.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile in a temporary directory; close() removes it. */
export async function launchChromium(viewport = { width: 1280, height: 720 }) {
  const dir = mkdtempSync(join(tmpdir(), 'decoupling-lab-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    // the tests find elements by their English words: the app must open in English whatever the machine's language
    locale: 'en-US',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser that can open several fresh contexts (separate storage, as two laptops would have). */
export async function launchBrowser() {
  // --lang: the app's language follows the browser's, and the tests read English (newContext may set its own locale)
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--lang=en-US'],
  });
}

/** A chart picture's caption (share/chartImage.ts), its lines joined again: the text of its data-caption element. */
export function pictureCaption(svg: string): string | undefined {
  const inner = /<text[^>]*data-caption[^>]*>(.*?)<\/text>/s.exec(svg)?.[1];
  return inner
    ?.split(/<\/tspan>/)
    .map((line) => line.replace(/<tspan[^>]*>/, ''))
    .filter(Boolean)
    .join(' ');
}
