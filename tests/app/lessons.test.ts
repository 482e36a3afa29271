import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LESSON_IDS,
  LESSONS,
  lessonFromSearch,
  readProgress,
  stepLink,
  writeProgress,
} from '../../src/app/lessons/lessons.ts';
import { VIEWS } from '../../src/app/views.ts';
import { presetScenario } from '../../src/model/presets.ts';

const claims = readFileSync(new URL('../presets.test.ts', import.meta.url), 'utf8');
const steps = LESSONS.flatMap((l) => l.steps.map((s, i) => ({ lesson: l.id, i, ...s })));

describe('the guided lessons', () => {
  it('are the three lessons of the teacher’s notes, each with steps and a takeaway', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
    for (const l of LESSONS) {
      expect(l.steps.length).toBeGreaterThanOrEqual(3);
      expect(l.takeaway.length).toBeGreaterThan(40);
    }
  });

  it.each(steps.map((s) => [s.lesson, s.i + 1, s] as const))(
    '%s step %i reveals only what a preset claim holds, and shows a view and round the preset has',
    (_lesson, _step, s) => {
      expect(claims).toContain(`'${s.claim}'`);
      expect(VIEWS.map((v) => v.id)).toContain(s.show.view);
      const rounds = presetScenario(s.show.preset).rounds;
      if (s.show.round !== 'end') expect(s.show.round).toBeLessThanOrEqual(rounds);
      expect(s.choices.length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.choices).size).toBe(s.choices.length);
    },
  );

  it.each(steps.map((s) => [s.lesson, s.i + 1, s] as const))(
    '%s step %i names as its answer a choice its reveal begins with',
    (_lesson, _step, s) => {
      expect(Number.isInteger(s.answer) && s.answer >= 0 && s.answer < s.choices.length).toBe(true);
      // the reveal opens with the answer's key word ("About half is left", "Both:", "Hardly anyone's", "No:"), and
      // no other choice opens as the reveal does for longer
      const words = (text: string) =>
        text
          .toLowerCase()
          .split(/[^\p{L}’'-]+/u)
          .filter(Boolean);
      const reveal = words(s.reveal);
      const shared = (choice: string) => {
        const w = words(choice);
        let n = 0;
        while (n < w.length && w[n] === reveal[n]) n++;
        return n;
      };
      expect(words(s.choices[s.answer]!)).toContain(reveal[0]);
      for (const [c, choice] of s.choices.entries())
        if (c !== s.answer) expect(shared(choice)).toBeLessThanOrEqual(shared(s.choices[s.answer]!));
    },
  );

  it('gives every step a link that opens that step, with the simple settings', () => {
    for (const s of steps) {
      const link = new URL(stepLink('https://school.example/lab/?x=1#old', s.lesson, s.i));
      expect(link.pathname).toBe('/lab/');
      expect(link.searchParams.get('settings')).toBe('simple');
      expect(lessonFromSearch(link.search)).toEqual({ id: s.lesson, step: s.i });
    }
  });

  it('opens a lesson’s first step when a link asks for a step it does not have, and nothing for an unknown lesson', () => {
    expect(lessonFromSearch('?lesson=micron&step=99')).toEqual({ id: 'micron', step: 0 });
    expect(lessonFromSearch('?lesson=micron&step=-1')).toEqual({ id: 'micron', step: 0 });
    expect(lessonFromSearch('?lesson=micron')).toEqual({ id: 'micron', step: 0 });
    expect(lessonFromSearch('?lesson=__proto__&step=1')).toBeNull();
    expect(lessonFromSearch('')).toBeNull();
  });

  it('keeps each lesson’s progress apart, and reads anything unreadable as a fresh start', () => {
    const one = writeProgress(null, 'micron', {
      step: 2,
      predictions: { 0: 'About half', 1: 'Both of the last two' },
    });
    const two = writeProgress(one, 'feud', { step: 1, predictions: { 0: 'No, it lasts to the end' } });
    expect(readProgress(two, 'micron')).toEqual({
      step: 2,
      predictions: { 0: 'About half', 1: 'Both of the last two' },
    });
    expect(readProgress(two, 'feud').step).toBe(1);
    expect(readProgress(two, 'standards')).toEqual({ step: 0, predictions: {} });
    for (const bad of ['not json', '[]', 'null', '{"micron":{"step":99,"predictions":{"0":"Nonsense"}}}'])
      expect(readProgress(bad, 'micron')).toEqual({ step: 0, predictions: {} });
    expect(JSON.parse(writeProgress('garbage', 'feud', { step: 0, predictions: {} }))).toEqual({
      feud: { step: 0, predictions: {} },
    });
  });
});
