// No word a template shows is left outside the message catalogs: each .svelte file under src/app is read as Svelte
// parses it (see templateText.ts), and any literal text, printed string or reader-facing attribute fails here.
// NOT_YET lists the files whose words have not moved yet; a file on it that has no literal words left fails too, so
// the list only shrinks.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untranslated } from './templateText.ts';

const APP = join(import.meta.dirname, '../../../src/app');
const FILES = (readdirSync(APP, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.svelte'))
  .map((f) => f.split('\\').join('/'))
  .sort();

/** files whose words are still in their templates (issue 10, item 7): move them and take them off */
const NOT_YET = new Set<string>([]);

describe('the finder of words outside the catalogs', () => {
  it('finds text, printed strings and reader-facing attributes, and passes catalog lookups and codes', () => {
    const found = untranslated(
      `<script>let x = 'Not a template';</script>
<p title="Hello there">Some words {a ? 'Pause' : t.play} {\`\${n} rounds\`}</p>
<button aria-label={t.x} class="play now" data-view="costs">▶ {t.run.play}</button>
<NumberField label="Seed" unit={t.u} id="field-seed" />
<code translate="no">?settings=simple</code>
{#if view === 'costs'}<span>·</span>{/if}
<style>p { color: red; }</style>`,
    );
    expect(found.map((f) => f.text)).toEqual(['Hello there', 'Some words', 'Pause', ' rounds', 'Seed']);
  });
});

describe('no UI text outside the message catalogs', () => {
  it('every listed file exists', () => {
    expect([...NOT_YET].filter((f) => !FILES.includes(f))).toEqual([]);
  });

  for (const file of FILES) {
    const found = untranslated(readFileSync(join(APP, file), 'utf8'), file);
    if (NOT_YET.has(file))
      it(`${file} is still to move (take it off NOT_YET once it has no words of its own)`, () => {
        expect(found.length).toBeGreaterThan(0);
      });
    else
      it(`${file} takes every word it shows from a catalog`, () => {
        expect(found.map((f) => `${file}:${f.line}: ${JSON.stringify(f.text)}`)).toEqual([]);
      });
  }
});
