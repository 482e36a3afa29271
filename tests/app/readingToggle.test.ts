// The reading toggle tells the truth about the view on show: the chosen reading is pressed on every view, since it
// always changes the headline numbers; where it does not change the view's charts (the memory market's plain shares,
// the what-if difference...), it says "the headline numbers only" beside it and a title says why, in English and
// Chinese.

import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ReadingToggle from '../../src/app/ReadingToggle.svelte';
import { en } from '../../src/app/i18n/en.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';
import { READING_VIEWS, readingApplies, VIEWS, type ChartView } from '../../src/app/views.ts';
import type { Reading } from '../../src/app/reading.ts';

/** each button of the toggle as drawn: its reading, pressed or not, off or not, and its title */
function buttons(view: ChartView, reading: Reading) {
  const { body } = render(ReadingToggle, { props: { app: { reading }, view } });
  return [...body.matchAll(/<button[^>]*>/g)].map(([b]) => ({
    reading: /data-reading="([^"]*)"/.exec(b)?.[1],
    pressed: /aria-pressed="true"/.test(b),
    disabled: /\sdisabled(=|\s|>)/.test(b),
    title: /title="([^"]*)"/.exec(b)?.[1] ?? null,
  }));
}

describe('the reading toggle', () => {
  it('on the memory market, which shows plain shares, stays in use for the headline numbers and says why', () => {
    for (const reading of ['effect', 'raw'] as const) {
      const drawn = buttons('memory', reading);
      expect(drawn.map((b) => b.reading)).toEqual(['effect', 'raw']);
      expect(drawn.filter((b) => b.pressed).map((b) => b.reading)).toEqual([reading]);
      for (const b of drawn) {
        expect(b.disabled, b.reading).toBe(false);
        expect(b.title).toMatch(/plain market share.*only the headline numbers/);
      }
    }
    const { body } = render(ReadingToggle, { props: { app: { reading: 'effect' }, view: 'memory' } });
    expect(body).toContain('Here: the headline numbers only');
  });

  it('presses the chosen reading on the views it changes', () => {
    for (const view of READING_VIEWS)
      for (const reading of ['effect', 'raw'] as const) {
        const drawn = buttons(view, reading);
        expect(
          drawn.filter((b) => b.pressed).map((b) => b.reading),
          view,
        ).toEqual([reading]);
        expect(drawn.some((b) => b.disabled || b.title)).toBe(false);
        expect(render(ReadingToggle, { props: { app: { reading }, view } }).body).not.toContain(
          'headline numbers only',
        );
      }
  });

  it('has a reason, in English and Chinese, for every view it does not change', () => {
    const off = VIEWS.map((v) => v.id).filter((v) => !readingApplies(v));
    expect(off).toEqual(['memory', 'measures', 'difference', 'tournament']);
    for (const view of off) {
      expect(en.reading.notHere[view as keyof typeof en.reading.notHere], view).toBeTruthy();
      expect(zhCN.reading.notHere[view as keyof typeof zhCN.reading.notHere], view).toMatch(
        /[\u4e00-\u9fff]/,
      );
      const drawn = buttons(view, 'raw');
      expect(drawn.every((b) => !b.disabled && b.title)).toBe(true);
      expect(drawn.filter((b) => b.pressed).map((b) => b.reading)).toEqual(['raw']);
    }
  });
});
