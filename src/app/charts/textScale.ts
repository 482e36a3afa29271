// How much larger than drawn a chart's text shows: presentation mode enlarges it (app.css), and the plots keep their
// round labels and end labels that much further apart. The app sets this context once; a chart drawn on its own (a
// test, the printed report) reads 1.

import { getContext, setContext } from 'svelte';

/** presentation mode draws chart text at the page's 15 px (app.css: max(13px, 1em)) where it is drawn at 11 px */
export const PRESENTING_TEXT_SCALE = 15 / 11;

const KEY = Symbol('chart text scale');

export function setChartTextScale(scale: () => number) {
  setContext(KEY, scale);
}

/** the scale of chart text on screen now: 1, or PRESENTING_TEXT_SCALE while presenting */
export function getChartTextScale(): () => number {
  return getContext<(() => number) | undefined>(KEY) ?? (() => 1);
}
