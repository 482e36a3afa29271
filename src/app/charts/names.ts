// Names users read on the charts: states, blocs and kinds of measure.

import type { Bloc, MeasureKind, StateCode } from '../../model/types.ts';

export const STATE_NAMES: Record<StateCode, string> = {
  USA: 'United States',
  CHN: 'China',
  EU: 'European Union',
  JPN: 'Japan',
  KOR: 'South Korea',
  TWN: 'Taiwan',
  ROW: 'Rest of world',
};

/** Short names for direct labels at the end of a line, where space is tight. */
export const STATE_SHORT: Record<StateCode, string> = {
  USA: 'USA',
  CHN: 'China',
  EU: 'EU',
  JPN: 'Japan',
  KOR: 'Korea',
  TWN: 'Taiwan',
  ROW: 'RoW',
};

export const BLOC_NAMES: Record<Bloc, string> = {
  US: 'US-aligned bloc',
  CN: 'China-aligned bloc',
  NA: 'Non-aligned states',
};

export const KIND_NAMES: Record<MeasureKind, string> = {
  tariff: 'Tariff',
  exportControl: 'Export control',
  purchaseBan: 'Purchase ban',
  entityListing: 'Entity listing',
  subsidy: 'Subsidy',
  standardMandate: 'Standard mandate',
};
