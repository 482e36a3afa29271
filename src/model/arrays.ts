// Zeroed typed arrays that a seed task may take from the ones the task before it left behind. In Chromium a new
// Float64Array over the links (some 14,000 of them, 110 KB) costs about 0.2 ms, 20 times what it costs in Node (its
// memory is mapped fresh, page by page), and a seed task of the default preset made some 300 of them each round's
// access, policy, interoperability and first worlds: that was half a seed's time in the app's workers. Within
// `recycling` (ensemble.ts playSeed) the arrays these functions make are noted, and when the task is done they are
// kept for the next task, which takes them cleared; everywhere else they are plain new arrays.
//
// Only arrays nothing keeps after its task may be made here: a round's access, policy and interoperability costs,
// the worlds of a run and its twin. The world build's arrays are not: sourcing's and production's caches are kept
// per base array (WeakMap) and would be handed to another task's base if such an array came back.

type Kept = { f64: Map<number, Float64Array[]>; u8: Map<number, Uint8Array[]> };

/** the arrays made since `recycling` began, or null outside it */
let made: { f64: Float64Array[]; u8: Uint8Array[] } | null = null;
/** arrays left by finished tasks, by length, ready to be cleared and handed out again */
const spare: Kept = { f64: new Map(), u8: new Map() };

/** A Float64Array of n zeros: a spare one cleared, within `recycling`, or a new one. */
export function newFloat64(n: number): Float64Array {
  if (made === null) return new Float64Array(n);
  const a = spare.f64.get(n)?.pop()?.fill(0) ?? new Float64Array(n);
  made.f64.push(a);
  return a;
}

/** A Uint8Array of n zeros: a spare one cleared, within `recycling`, or a new one. */
export function newUint8(n: number): Uint8Array {
  if (made === null) return new Uint8Array(n);
  const a = spare.u8.get(n)?.pop()?.fill(0) ?? new Uint8Array(n);
  made.u8.push(a);
  return a;
}

function keep<T>(lists: Map<number, T[]>, arrays: readonly T[], length: (a: T) => number): void {
  for (const a of arrays) {
    const n = length(a);
    const list = lists.get(n);
    if (list) list.push(a);
    else lists.set(n, [a]);
  }
}

/**
 * Runs `task`, then keeps the arrays newFloat64 and newUint8 made meanwhile for the next task. The caller promises that
 * nothing `task` returns or leaves behind refers to them. Not re-entrant: a task within a task makes new arrays.
 */
export function recycling<T>(task: () => T): T {
  if (made !== null) return task();
  const mine = { f64: [] as Float64Array[], u8: [] as Uint8Array[] };
  made = mine;
  try {
    return task();
  } finally {
    made = null;
    keep(spare.f64, mine.f64, (a) => a.length);
    keep(spare.u8, mine.u8, (a) => a.length);
  }
}
