// The lessons for teachers (docs/lessons.md) say what the simulator shows a class; each answer names the test that
// checks it over 20 seeds. This keeps the two tied: every test a lesson names exists, word for word, in the preset
// claims, so a renamed or removed claim fails here instead of leaving a lesson that promises what nobody checks.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lessons = readFileSync(new URL('../../docs/lessons.md', import.meta.url), 'utf8');
const claims = readFileSync(new URL('../presets.test.ts', import.meta.url), 'utf8');

/** The test titles a lesson cites: the quoted text after "tested:", and after "; " inside the same brackets. */
function cited(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\(tested: ([^)]*(?:\([^)]*\)[^)]*)*)\)/g))
    for (const q of m[1].matchAll(/"([^"]+)"/g)) out.push(q[1]);
  return out;
}

describe('the lessons', () => {
  const titles = cited(lessons);

  it('cite tests for their answers', () => {
    expect(titles.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cited(lessons))('cite a preset claim that exists: %s', (title) => {
    expect(claims).toContain(`'${title}'`);
  });

  it('name only presets, views and parameters the app has', async () => {
    const { PRESET_IDS } = await import('../../src/model/presets.ts');
    const { PARAM_SPECS } = await import('../../src/model/params.ts');
    for (const id of lessons.matchAll(/`([a-z0-9-]+)`/g))
      if (/-/.test(id[1]) && !id[1].includes('.')) expect(PRESET_IDS).toContain(id[1]);
    for (const label of ['Initial China-stack share', 'Initial stack-B share elsewhere'])
      expect(PARAM_SPECS.map((p) => p.label)).toContain(label);
  });
});
