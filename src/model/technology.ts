// Technology: what a firm can make and what it needs. A firm's level rises as it piles up output (learning by doing),
// fastest for a small firm whose output has jumped; a buyer that must use tools or chips below its own level pays for
// the gap in yield and extra process steps.

import { log2 } from './detmath.ts';
import { SECTORS } from './calibration.ts';

/** Supplier sectors whose technology level matters to the buyer's own process: tools and chips. */
export const GAP_SECTORS: readonly boolean[] = SECTORS.map(
  (s) => s.tier === 'equipment' || s.tier === 'chips',
);

/** Technology level after learning by doing: the round-0 level plus catchUp per doubling of own cumulative output. */
export function techLevel(tech0: number, cumOutput: number, cumOutput0: number, catchUp: number): number {
  if (catchUp === 0 || cumOutput <= cumOutput0) return tech0;
  return tech0 + catchUp * log2(cumOutput / cumOutput0);
}

/**
 * Price factor a buyer at level `need` pays for a supplier at level `made`: 1 + cost x gap where the supplier is
 * behind, 1 where it is level or ahead (a firm buys tools for the process it runs, not better ones).
 */
export function gapFactor(need: number, made: number, cost: number): number {
  return need > made ? 1 + cost * (need - made) : 1;
}

/**
 * The level of what each firm makes: its level plus what its own research has added (World.research), written to
 * `out`; `tech` itself while no firm has done any, so a world without research reads the very same numbers. A buyer's
 * need stays its level alone: research makes better products, it does not make a firm's own process need better tools.
 */
export function madeLevels(tech: Float64Array, research: Float64Array, out: Float64Array): Float64Array {
  let any = false;
  for (let j = 0; j < research.length; j++) if (research[j] !== 0) any = true;
  if (!any) return tech;
  for (let j = 0; j < tech.length; j++) out[j] = tech[j]! + research[j]!;
  return out;
}
