// Learning and pricing: a firm's own price per unit (value added) falls along Wright's law in its effective
// cumulative output, falls toward its marginal cost when it has idle capacity to fill, and falls by the share a
// subsidy pays.

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

/** lowest utilisation counted: below it a firm cuts its price no further */
export const MIN_UTILISATION = 0.1;

/**
 * The price a firm asks for its own value added. At planned output it covers the firm's normal cost (normal-cost
 * pricing: Coutts, Godley and Nordhaus 1978, who find prices set on cost at normal output and little moved by demand;
 * the model departs from them below plan and above capacity). A firm left with idle capacity does not raise its price
 * to spread its fixed costs over fewer units, as an average-cost rule would: with capacity above demand, price
 * competition pulls prices toward marginal cost (Bertrand-Edgeworth: Levitan and Shubik 1972, Osborne and Pitchik
 * 1986). The linear rule, a cut of the fixed share of its cost times the share of its plan left idle, is an
 * assumption. Running above plan earns no discount (the scarcity markup, production.ts, prices that). The firm bears
 * what it gives up and what its idle capacity costs (idleLoss), and its state's welfare counts both (metrics.ts).
 */
export function valueAddedCost(x: ValueAddedInput): number {
  return valueAddedCostOf(
    x.va0,
    x.effQ,
    x.effQ0,
    x.learningExponent,
    x.utilisation,
    x.fixedCostShare,
    x.subsidy,
  );
}

/**
 * valueAddedCost with its inputs as arguments, for the engine's loop over firms: an input object per firm and round
 * was a tenth of everything a seed allocated (numbers in an object are boxed one by one).
 */
export function valueAddedCostOf(
  va0: number,
  effQ: number,
  effQ0: number,
  learningExponent: number,
  utilisation: number,
  fixedCostShare: number,
  subsidy: number,
): number {
  const learned = va0 * pow(effQ / effQ0, -learningExponent);
  return learned * idlePricing(utilisation, fixedCostShare) * (1 - subsidy);
}

/** The price a firm asks over its normal cost, 1 at or above plan: 1 - fixed share x (share of the plan left idle). */
export function idlePricing(utilisation: number, fixedCostShare: number): number {
  const u = Math.max(MIN_UTILISATION, Math.min(1, utilisation));
  return 1 - fixedCostShare * (1 - u);
}

/**
 * What a firm below plan loses per unit sold, as a share of its learned cost: the price cut, fixed share x (1 - u),
 * plus the fixed cost its idle capacity still carries, spread over the units it sells, fixed share x (1/u - 1). Its
 * average cost does rise when scale is lost (MODEL.md); the firm bears that, not its buyers.
 */
export function idleLoss(utilisation: number, fixedCostShare: number): number {
  const u = Math.max(MIN_UTILISATION, Math.min(1, utilisation));
  return fixedCostShare * (1 / u - u);
}

/** Wright's-law exponent for a learning rate (0.2 = 20% cheaper per doubling). */
export function learningExponent(rate: number): number {
  return -log2(1 - rate);
}
