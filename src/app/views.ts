// The chart views a user switches between: each shows one question about the run.

export type ChartView = 'costs' | 'trade' | 'memory' | 'measures' | 'difference' | 'sensitivity';

export const VIEWS: ReadonlyArray<{ id: ChartView; label: string }> = [
  { id: 'costs', label: 'Costs and standards' },
  { id: 'trade', label: 'Trade flows' },
  { id: 'memory', label: 'Memory market' },
  { id: 'measures', label: 'Measures' },
  { id: 'difference', label: 'What-if difference' },
  { id: 'sensitivity', label: 'Sensitivity' },
];
