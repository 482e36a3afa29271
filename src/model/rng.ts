// Seeded randomness with named sub-streams, so that adding a mechanism does not shift any other draw.

import seedrandom from 'seedrandom';

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** an independent stream named after a mechanism (and, where it matters, a round) */
  fork(name: string): Rng;
}

export function createRng(seed: number | string): Rng {
  return new Stream(String(seed));
}

/**
 * A named stream. Seeded at the first draw, not when made: most streams are only forked from (a round's) or never
 * drawn from (the decide stream of a state whose strategy draws nothing), and seeding costs more than most rounds'
 * draws. The seed is the key alone, so when it is made changes no draw. A class rather than an object of closures:
 * every stream then has one shape, and V8's optimised code for a caller of `next` (the world build's, above all) is
 * not dropped when it meets a stream made elsewhere.
 */
class Stream implements Rng {
  private prng: seedrandom.PRNG | undefined = undefined;
  constructor(private readonly key: string) {}

  next(): number {
    return (this.prng ??= seedrandom.alea(this.key)).quick();
  }

  fork(name: string): Rng {
    return new Stream(`${this.key}/${name}`);
  }
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
