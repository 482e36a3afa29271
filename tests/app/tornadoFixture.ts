// A small tornado for tests of the sensitivity view's words: one sourced parameter that moves China's cost, and
// optionally an assumption next to it.

import type { Tornado } from '../../src/sim/sensitivity.ts';

/** A band whose every percentile is p50 (4 seeds, round 12). */
export const flatBand = (p50: number) => ({
  round: 12,
  label: 'Q3 2025',
  p5: p50,
  p25: p50,
  p50,
  p75: p50,
  p95: p50,
  n: 4,
});

/** The substitution scale ranks first (-0.1 at its low end, +4.7 at its high end); `second` adds the shortage premium. */
export function sampleTornado(second = false): Tornado {
  return {
    outcome: { id: 'cost.CHN', label: 'Supply-chain cost, CHN', unit: 'index (round 0 = 100)' },
    reading: 'effect',
    seeds: [1, 2, 3, 4],
    firms: 100,
    rounds: 12,
    base: flatBand(0.1),
    rows: [
      {
        key: 'elasticityScale',
        label: 'Substitution scale',
        unit: 'multiple of sector elasticities',
        basis: 'sourced',
        startOnly: false,
        base: 1,
        low: { value: 0.25, change: flatBand(-0.1) },
        high: { value: 3, change: flatBand(4.7) },
        swing: 4.8,
      },
      ...(second
        ? [
            {
              key: 'shortagePremium' as const,
              label: 'Shortage premium',
              unit: 'share of price',
              basis: 'assumption' as const,
              startOnly: false,
              base: 0.3,
              low: { value: 0.05, change: flatBand(0) },
              high: { value: 2, change: flatBand(1) },
              swing: 1,
            },
          ]
        : []),
    ],
  };
}
