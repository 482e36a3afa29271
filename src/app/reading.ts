// How the app reads its numbers: the effect of the measures against the same world without them (the run's twin;
// the default), or each raw index as the engine reports it. One choice for the headline, the sentences and the charts.

export type Reading = 'effect' | 'raw';

export const READINGS: ReadonlyArray<{ id: Reading; label: string }> = [
  { id: 'effect', label: 'Against the same world without measures' },
  { id: 'raw', label: 'Raw index' },
];
