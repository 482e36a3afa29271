import { describe, expect, it } from 'vitest';
import { measureLabel } from '../../../src/app/charts/measureLabel.ts';
import type { Measure } from '../../../src/model/types.ts';

const names: Record<string, string> = { micron: 'Micron', huawei: 'Huawei' };
const firmName = (id: string) => names[id] ?? id;

describe('measureLabel', () => {
  it.each<{ measure: Measure; want: string }>([
    {
      measure: { kind: 'tariff', id: 'a', maker: 'USA', target: 'CHN', rate: 0.25 },
      want: 'USA tariff on China (25%)',
    },
    {
      measure: { kind: 'tariff', id: 'a', maker: 'CHN', target: 'USA', rate: 0.183, sectors: ['cars'] },
      want: 'China tariff on USA (18.3%, cars)',
    },
    {
      measure: {
        kind: 'exportControl',
        id: 'b',
        maker: 'USA',
        target: 'CHN',
        sectors: ['lithography', 'logic'],
        threshold: 0.6,
        size: 1,
      },
      want: 'USA export control on China (lithography, logic)',
    },
    {
      measure: {
        kind: 'exportControl',
        id: 'b',
        maker: 'CHN',
        target: 'ALL',
        sectors: ['gallium'],
        threshold: 0,
        size: 0.5,
      },
      want: 'China export control on all foreign buyers (gallium)',
    },
    {
      measure: {
        kind: 'exportControl',
        id: 'b',
        maker: 'USA',
        target: 'huawei',
        sectors: ['logic'],
        threshold: 0,
        size: 1,
      },
      want: 'USA export control on Huawei (logic)',
    },
    {
      measure: { kind: 'purchaseBan', id: 'c', maker: 'CHN', firm: 'micron', scope: 'cii' },
      want: 'China purchase ban on Micron (critical infrastructure)',
    },
    {
      measure: { kind: 'purchaseBan', id: 'c', maker: 'CHN', firm: 'micron', scope: 'all' },
      want: 'China purchase ban on Micron',
    },
    {
      measure: { kind: 'entityListing', id: 'd', maker: 'USA', firm: 'huawei' },
      want: 'USA entity listing of Huawei',
    },
    {
      measure: { kind: 'subsidy', id: 'e', maker: 'EU', sectors: ['memory'], rate: 0.1 },
      want: 'EU subsidy (memory)',
    },
    {
      measure: { kind: 'standardMandate', id: 'f', maker: 'CHN', standard: 'B', strength: 1 },
      want: 'China standard mandate for standard B',
    },
  ])('labels $measure.kind by $measure.maker as "$want"', ({ measure, want }) => {
    expect(measureLabel(measure, firmName)).toBe(want);
  });

  it('falls back to the firm id when no name is known', () => {
    expect(measureLabel({ kind: 'entityListing', id: 'd', maker: 'USA', firm: 'acme-7' })).toBe(
      'USA entity listing of acme-7',
    );
  });

  it('leaves out a tariff rate that is not a finite number', () => {
    expect(measureLabel({ kind: 'tariff', id: 'a', maker: 'USA', target: 'CHN', rate: NaN })).toBe(
      'USA tariff on China',
    );
  });
});
