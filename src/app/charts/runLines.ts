// The lines a chart over a run's rounds draws, the same way in the cost, divergence and cross-bloc charts: the branch
// on view solid (or, with an ensemble, its medians over the 50% and 90% bands), and each compared branch in its own
// dash (its ensemble's medians once it has one), with a legend entry for every dash.

import { en } from '../i18n/en.ts';
import type { Band } from '../../sim/ensemble.ts';
import { bandValues, medianPoints, scaleBands } from './bands.ts';
import type { ComparedRun, LegendItem, PlotBand, PlotSeries } from './chartTypes.ts';
import { COMPARE_DASHES } from './palette.ts';
import type { Point } from './series.ts';

/** A line's look and words, without its points. */
export type LineSpec = Omit<PlotSeries, 'points'>;

/** The legend key of a compared branch (its lines show and hide together). */
export const comparedKey = (k: number) => `compare-${k}`;

/** The dash of the k-th compared branch. */
export const comparedDash = (k: number) => COMPARE_DASHES[k % COMPARE_DASHES.length];

/**
 * The branch on view's lines and bands from its ensemble: each spec's medians as its points, and its 50% and 90% bands
 * beneath, read from `table` by the spec's outcome id (times `scale`: a share drawn in percent).
 */
export function ensembleLines(
  specs: readonly LineSpec[],
  table: Record<string, readonly Band[]>,
  outcomeOf: (key: string) => string,
  scale = 1,
): { series: PlotSeries[]; bands: PlotBand[] } {
  const read = (key: string) => {
    const bands = table[outcomeOf(key)];
    return scale === 1 ? (bands ?? []) : scaleBands(bands, scale);
  };
  return {
    series: specs.map((s) => ({ ...s, points: medianPoints(read(s.key)) })),
    bands: specs.map((s) => ({ key: s.key, colour: s.colour, bands: read(s.key) })),
  };
}

/**
 * Each compared branch's lines, in its own dash and a little thinner, named after the branch (the tooltip and the
 * slider read them). With an ensemble on the chart (`banded`), a branch is drawn from its own ensemble's medians, or
 * not at all until it has one: a single run beside medians would mislead.
 */
export function comparedLines(
  specs: readonly LineSpec[],
  compared: readonly ComparedRun[],
  options: {
    hidden: (key: string) => boolean;
    banded: boolean;
    /** a spec's points from one compared run, one seed */
    pointsOf: (spec: LineSpec, run: ComparedRun, k: number) => Point[];
    outcomeOf?: (key: string) => string;
    scale?: number;
    /** the width of a compared line, from the spec's */
    width?: (spec: LineSpec) => number;
  },
): PlotSeries[] {
  const {
    hidden,
    banded,
    pointsOf,
    outcomeOf = (key) => key,
    scale = 1,
    width = (s) => s.width * 0.8,
  } = options;
  return compared.flatMap((run, k) => {
    if (hidden(comparedKey(k)) || (banded && !run.bands)) return [];
    return specs.map((s): PlotSeries => ({
      ...s,
      key: `${comparedKey(k)}-${s.key}`,
      label: `${s.label} (${run.name})`,
      short: undefined,
      dash: comparedDash(k),
      width: width(s),
      points:
        banded && run.bands
          ? medianPoints(
              scale === 1 ? run.bands[outcomeOf(s.key)] : scaleBands(run.bands[outcomeOf(s.key)], scale),
            )
          : pointsOf(s, run, k),
    }));
  });
}

/**
 * Before a chart's description, with branches compared: whose the solid lines are (the legend names the dashed ones);
 * '' with nothing compared or no name.
 */
export function solidNote(
  compared: readonly ComparedRun[],
  name: string | undefined,
  say: (name: string) => string = en.chart.solidNote,
): string {
  return compared.length > 0 && name ? say(name) : '';
}

/** One legend entry per compared branch: its name, what its lines show, and its dash. */
export function comparedLegend(
  compared: readonly ComparedRun[],
  hidden: (key: string) => boolean,
  what = '',
  dashes: readonly string[] = en.chart.dashes,
): LegendItem[] {
  return compared.map((run, k) => ({
    key: comparedKey(k),
    label: `${run.name}${what ? `: ${what}` : ''} (${dashWord(k, dashes)})`,
    colour: 'currentColor',
    dash: comparedDash(k),
    pressed: !hidden(comparedKey(k)),
  }));
}

/** The k-th compared branch's dash in words ("dashed", "dash-dot", ...), for a legend, in a catalog's words. */
export const dashWord = (k: number, words: readonly string[] = en.chart.dashes) => words[k % words.length];

/** Every value the lines and bands reach, for the value axis' extent. */
export function plottedValues(series: readonly PlotSeries[], bands: readonly PlotBand[] = []): number[] {
  return [
    ...series.flatMap((s) => s.points.map((p) => p.value)),
    ...bands.flatMap((b) => bandValues(b.bands)),
  ];
}
