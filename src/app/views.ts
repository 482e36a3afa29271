// The chart views a user switches between: each shows one question about the run.

export type ChartView =
  'costs' | 'trade' | 'memory' | 'measures' | 'difference' | 'tournament' | 'sensitivity';

export const VIEWS: ReadonlyArray<{ id: ChartView; label: string }> = [
  { id: 'costs', label: 'Costs and standards' },
  { id: 'trade', label: 'Trade flows' },
  { id: 'memory', label: 'Memory market' },
  { id: 'measures', label: 'Measures' },
  { id: 'difference', label: 'What-if difference' },
  { id: 'tournament', label: 'Tournament' },
  { id: 'sensitivity', label: 'Sensitivity' },
];

/** Views offered for a scenario: the tournament only where the scenario is one. */
export function viewsFor(isTournament: boolean): ReadonlyArray<{ id: ChartView; label: string }> {
  return VIEWS.filter((v) => v.id !== 'tournament' || isTournament);
}

/** The views the page's reading (against the twin, or raw) changes; the others draw their own numbers either way. */
export const READING_VIEWS: ReadonlySet<ChartView> = new Set(['costs', 'trade', 'sensitivity']);

/** Whether the reading toggle changes what a view shows. */
export function readingApplies(view: ChartView): boolean {
  return READING_VIEWS.has(view);
}
