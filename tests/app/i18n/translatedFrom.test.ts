// The Chinese of a long English text (a parameter's help and source, a preset's sentences, a lesson's steps) is a
// translation of one version of that English. This test keeps a fingerprint of the English each was translated from
// (translatedFrom.json), so that when the English changes the test names the texts whose Chinese must be looked at
// again. After updating the Chinese: UPDATE_TRANSLATED=1 npx vitest run tests/app/i18n/translatedFrom.test.ts

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../../src/model/params.ts';
import { PRESETS } from '../../../src/model/presets.ts';
import { LESSONS } from '../../../src/app/lessons/lessons.ts';

const FILE = new URL('./translatedFrom.json', import.meta.url);

/** Every translated English text by a key saying where its Chinese lives. */
function englishTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PARAM_SPECS) {
    for (const field of ['label', 'unit', 'help', 'source'] as const)
      out[`params.${p.key}.${field}`] = p[field];
    if (p.classroom) {
      out[`classroom.${p.key}.label`] = p.classroom.label;
      out[`classroom.${p.key}.help`] = p.classroom.help;
    }
  }
  for (const p of PRESETS) {
    out[`presets.${p.id}.summary`] = p.summary;
    p.shows.forEach((s, i) => (out[`presets.${p.id}.shows.${i}`] = s));
  }
  for (const l of LESSONS) {
    out[`lessons.${l.id}.title`] = l.title;
    out[`lessons.${l.id}.intro`] = l.intro;
    out[`lessons.${l.id}.takeaway`] = l.takeaway;
    l.steps.forEach((s, i) => {
      for (const field of ['question', 'look', 'reveal', 'claim'] as const)
        out[`lessons.${l.id}.steps.${i}.${field}`] = s[field];
      s.choices.forEach((c, j) => (out[`lessons.${l.id}.steps.${i}.choices.${j}`] = c));
    });
  }
  return out;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('the Chinese translations', () => {
  it('were made from the English as it is now (else the test names the texts to look at again)', () => {
    const now = Object.fromEntries(Object.entries(englishTexts()).map(([k, v]) => [k, hash(v)]));
    if (process.env.UPDATE_TRANSLATED) writeFileSync(FILE, JSON.stringify(now, null, 2) + '\n');
    const then = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
    const changed = Object.keys(now).filter((k) => then[k] !== now[k]);
    const gone = Object.keys(then).filter((k) => !(k in now));
    expect(
      { changed, gone },
      'the English of these changed since their Chinese was written: update the Chinese, then run with UPDATE_TRANSLATED=1',
    ).toEqual({ changed: [], gone: [] });
  });
});
