// Shapes the chart components hand each other: legend entries, table rows, plotted series, tooltip lines.

import type { RoundRecord } from '../../model/types.ts';
import type { TwinPoint } from '../../sim/effects.ts';
import type { Band } from '../../sim/ensemble.ts';
import type { Reading } from '../reading.ts';
import type { Point } from './series.ts';

export interface LegendItem {
  key: string;
  label: string;
  /** the swatch's colour, as its series is drawn; empty for an entry that stands for no one series (no swatch) */
  colour: string;
  /** stroke-dasharray of a line swatch */
  dash?: string;
  /** stroke width of a line swatch, in pixels */
  width?: number;
  /** a fill (colour or pattern url) for an area or bar swatch, instead of a line */
  fill?: string;
  pressed: boolean;
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  key: string | number;
  header: string;
  /** cell text by column key */
  values: Record<string, string>;
}

/** One line on a LinePlot. */
export interface PlotSeries {
  key: string;
  /** full name, for the tooltip and the slider's value text */
  label: string;
  /** short name for the direct label at the line's end; none for no direct label */
  short?: string;
  colour: string;
  dash: string;
  /** stroke width in pixels */
  width: number;
  points: Point[];
  /** fill between the line and zero (for differences) */
  area?: boolean;
  /** how this series' values read; the plot's format otherwise */
  format?: (value: number) => string;
}

export interface TooltipRow {
  key: string;
  label: string;
  value: string;
  colour?: string;
  dash?: string;
  fill?: string;
}

/** The 50% and 90% bands of one series over an ensemble's seeds, drawn as two shaded areas under its median line. */
export interface PlotBand {
  key: string;
  colour: string;
  bands: readonly Band[];
}

/**
 * An ensemble for a line chart, in the chart's reading: bands by outcome id (ensemble.ts OUTCOMES) for the branch on
 * view. A compared branch's own ensemble comes with it (ComparedRun.bands).
 */
export interface ChartBands {
  seeds: number;
  own: Record<string, readonly Band[]>;
}

/**
 * A branch drawn dashed beside the one on view: its name, its rounds so far and its own twin's, and, when it has been
 * played at the same seeds, its ensemble's bands in the chart's reading (drawn as its medians).
 */
export interface ComparedRun {
  name: string;
  records: RoundRecord[];
  twin?: readonly TwinPoint[];
  bands?: Record<string, readonly Band[]>;
}

/** What a line chart over a run's rounds takes: the rounds up to the play head, and how to read them. */
export interface RunChartProps {
  records: RoundRecord[];
  /** the run's no-measures twin (src/sim/effects.ts), round 0 first: what the effects are read against */
  twin?: readonly TwinPoint[];
  /** the effect of the measures or the raw index; raw where not given */
  reading?: Reading;
  totalRounds: number;
  current: number;
  onselectround?: (round: number) => void;
  /** the branches compared with it, in order (`compare` first), each in its own dash */
  compared?: readonly ComparedRun[];
  name?: string;
  /** an ensemble's bands: when given, the lines are its medians over every round and the bands are drawn */
  bands?: ChartBands;
  /** the plot's height in pixels (LinePlot's own default where not given): the printed report's are lower */
  plotHeight?: number;
}
