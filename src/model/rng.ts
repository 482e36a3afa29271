// Seeded randomness with named sub-streams, so that adding a mechanism does not shift any other draw.

import seedrandom from 'seedrandom';

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** an independent stream named after a mechanism (and, where it matters, a round) */
  fork(name: string): Rng;
}

export function createRng(seed: number | string): Rng {
  const key = String(seed);
  // Seeded at the first draw, not here: most streams are only forked from (a round's) or never drawn from (the
  // decide stream of a state whose strategy draws nothing), and seeding costs more than most rounds' draws. The seed
  // is the key alone, so when it is made changes no draw.
  let prng: seedrandom.PRNG | undefined;
  return {
    next: () => (prng ??= seedrandom.alea(key)).quick(),
    fork: (name: string) => createRng(`${key}/${name}`),
  };
}

/** Index drawn with probability proportional to weights (all non-negative); -1 when all are zero. */
export function drawWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) return -1;
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
