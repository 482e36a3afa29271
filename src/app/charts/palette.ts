// Colours and non-colour cues (dash patterns, fill patterns) for every series the charts draw. Colours come from the
// Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies; no chart relies on colour
// alone: lines also carry dashes or direct labels, areas and bars carry fill patterns.

import { MEASURES, MEASURE_KINDS } from '../../model/measures/index.ts';
import type { Bloc, MeasureKind, StateCode } from '../../model/types.ts';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** A neutral for "everything else" series (Rest of world, Others, non-aligned), outside the eight hues. */
export const NEUTRAL = '#7A7A7A';

/** Fill patterns drawn over an area's or bar's colour, so that fills differ without colour too. */
export type FillPattern =
  'solid' | 'diagonal' | 'backDiagonal' | 'crosshatch' | 'dots' | 'vertical' | 'horizontal' | 'grid';

export interface LineStyle {
  colour: string;
  /** SVG stroke-dasharray; empty for a solid line */
  dash: string;
}

export interface FillStyle {
  colour: string;
  pattern: FillPattern;
}

/** The global series is drawn in the text colour, bold, so it reads in light and dark themes alike. */
export const GLOBAL_STYLE: LineStyle = { colour: 'currentColor', dash: '' };

/**
 * Compared branches: the same colours as the active series, each branch in its own dash (the first compared one
 * dashed, then dash-dot, short dashes, dash-dot-dot), so up to four read apart without colour.
 */
export const COMPARE_DASHES = ['7 4', '12 3 2 3', '3 3', '14 3 2 3 2 3'] as const;
/** The first compared branch: dashed. */
export const COMPARE_DASH = COMPARE_DASHES[0];

// Yellow is kept off lines: on a light background it is too faint to follow.
export const STATE_STYLE: Record<StateCode, LineStyle> = {
  USA: { colour: OKABE_ITO.blue, dash: '' },
  CHN: { colour: OKABE_ITO.vermillion, dash: '' },
  EU: { colour: OKABE_ITO.bluishGreen, dash: '' },
  JPN: { colour: OKABE_ITO.reddishPurple, dash: '' },
  KOR: { colour: OKABE_ITO.orange, dash: '' },
  TWN: { colour: OKABE_ITO.skyBlue, dash: '' },
  ROW: { colour: NEUTRAL, dash: '' },
};

/** Share of standard A per bloc: dotted, so it never reads as the divergence line or a compared branch. */
export const BLOC_STYLE: Record<Bloc, LineStyle> = {
  US: { colour: OKABE_ITO.blue, dash: '2 3' },
  CN: { colour: OKABE_ITO.vermillion, dash: '2 3' },
  NA: { colour: NEUTRAL, dash: '2 3' },
};

/** Each measure kind's fill, as its module names it (src/model/measures/, `style`). */
export const KIND_STYLE = Object.fromEntries(
  MEASURE_KINDS.map((k) => {
    const style = MEASURES[k].style;
    return [k, { colour: OKABE_ITO[style.colour], pattern: style.pattern } satisfies FillStyle];
  }),
) as Record<MeasureKind, FillStyle>;

/** Fills of the stacked memory shares, in stack order; the last is "Others". */
export const MEMORY_STYLES: readonly FillStyle[] = [
  { colour: OKABE_ITO.blue, pattern: 'solid' },
  { colour: OKABE_ITO.orange, pattern: 'diagonal' },
  { colour: OKABE_ITO.bluishGreen, pattern: 'dots' },
  { colour: OKABE_ITO.reddishPurple, pattern: 'backDiagonal' },
  { colour: OKABE_ITO.skyBlue, pattern: 'crosshatch' },
  { colour: OKABE_ITO.vermillion, pattern: 'horizontal' },
  { colour: OKABE_ITO.yellow, pattern: 'vertical' },
  { colour: NEUTRAL, pattern: 'grid' },
];
