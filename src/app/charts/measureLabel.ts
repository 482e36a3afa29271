// A measure's row label on the escalation timeline: who, what, against whom.

import type { Measure } from '../../model/types.ts';
import { KIND_NAMES, STATE_NAMES, STATE_SHORT } from '../../model/names.ts';

function targetName(target: string, firmName: (id: string) => string): string {
  if (target === 'ALL') return 'all foreign buyers';
  if (target in STATE_NAMES) return STATE_SHORT[target as keyof typeof STATE_SHORT];
  return firmName(target);
}

/** "USA export control on China (memory, logic)", "China purchase ban on Micron (critical infrastructure)". */
export function measureLabel(measure: Measure, firmName: (id: string) => string = (id) => id): string {
  const maker = STATE_SHORT[measure.maker] ?? measure.maker;
  const kind = (KIND_NAMES[measure.kind] ?? measure.kind).toLowerCase();
  switch (measure.kind) {
    case 'tariff': {
      const sectors = measure.sectors && measure.sectors.length > 0 ? `, ${measure.sectors.join(', ')}` : '';
      const rate = Number.isFinite(measure.rate)
        ? ` (${Math.round(measure.rate * 1000) / 10}%${sectors})`
        : '';
      return `${maker} ${kind} on ${targetName(measure.target, firmName)}${rate}`;
    }
    case 'exportControl':
      return `${maker} ${kind} on ${targetName(measure.target, firmName)} (${measure.sectors.join(', ')})`;
    case 'purchaseBan':
      return `${maker} ${kind} on ${firmName(measure.firm)}${measure.scope === 'cii' ? ' (critical infrastructure)' : ''}`;
    case 'entityListing':
      return `${maker} ${kind} of ${firmName(measure.firm)}`;
    case 'subsidy':
      return `${maker} ${kind} (${measure.sectors.join(', ')})`;
    case 'standardMandate':
      return `${maker} ${kind} for standard ${measure.standard}`;
    default:
      return `${maker} ${kind}`;
  }
}
