// Learning and scale: a firm's own cost per unit (value added) falls along Wright's law in its effective cumulative
// output, rises when it uses less of its capacity than planned (fixed costs spread over fewer units), and falls by
// the share a subsidy pays.

import { log2, pow } from './detmath.ts';

export interface ValueAddedInput {
  /** value-added cost per unit at round 0 */
  va0: number;
  /** own cumulative output plus spill-over weight times rivals' */
  effQ: number;
  effQ0: number;
  /** b in c = c0 (Q/Q0)^-b, from the learning rate: b = -log2(1 - rate) */
  learningExponent: number;
  /** output relative to planned output (capacity x target utilisation); 1 at round 0 */
  utilisation: number;
  fixedCostShare: number;
  /** share of value added the state pays, 0-0.9 */
  subsidy: number;
}

/** lowest utilisation that fixed costs are spread over, so unit cost stays finite when output collapses */
export const MIN_UTILISATION = 0.1;

export function valueAddedCost(x: ValueAddedInput): number {
  const learned = x.va0 * pow(x.effQ / x.effQ0, -x.learningExponent);
  // Running above plan earns no discount (overtime and expediting offset the spread of fixed costs), so moving
  // demand between firms can only raise costs through scale.
  const scale =
    1 - x.fixedCostShare + x.fixedCostShare / Math.max(MIN_UTILISATION, Math.min(1, x.utilisation));
  return learned * scale * (1 - x.subsidy);
}

/** Wright's-law exponent for a learning rate (0.2 = 20% cheaper per doubling). */
export function learningExponent(rate: number): number {
  return -log2(1 - rate);
}
