// How a chart deep in the page learns what to call its downloads and where to report a failed one: the app sets this
// context once, and each ChartCard reads it. Without it (a chart drawn on its own, in a test) the chart still exports,
// named after its title alone.

import { getContext, setContext } from 'svelte';

export interface ExportContext {
  /** the start of every download's file name: the scenario (and branch) on view, as the user named it */
  fileBase: () => string;
  /** tells the user what happened: a download made, or why it could not be */
  report: (tone: 'alert' | 'info', text: string) => void;
  /** the line under a chart's picture: scenario, branch (and the compared one), seed or seeds, fingerprint */
  caption?: () => string;
}

const KEY = Symbol('export');

export function setExportContext(context: ExportContext) {
  setContext(KEY, context);
}

export function getExportContext(): ExportContext | undefined {
  return getContext<ExportContext | undefined>(KEY);
}
