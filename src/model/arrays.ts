// Zeroed typed arrays that a seed task may take from the ones the task before it left behind. In headless Chromium
// (156, on the project's 2-core machine) a new Float64Array over the default world's 13,847 links took about 0.22 ms,
// some 20 times Node's 0.012 ms, and a seed task of the default preset made about 200 arrays of 2 KB or more (each
// round's link access, tariff powers, interoperability costs, blocked partners and policy, the first worlds of run
// and twin): in the app's workers that was about a third of a seed's time, and more again on V8's helper threads.
// Within `recycling` (ensemble.ts playSeed) the arrays newFloat64 and newUint8 make are noted, and when the task is
// done they are kept for the next task, which takes them cleared (so every number is the same); outside it they are
// plain new arrays.
//
// Only arrays that nothing reads after the task may be made here. Not the world build's: sourcing's and production's
// caches are kept per base array (WeakMap), and a base array handed to the next task's build would find the last
// task's cache. (Those caches' own arrays could be, but taking them from here measured no faster.)

type Kept = { f64: Map<number, Float64Array[]>; u8: Map<number, Uint8Array[]> };

/**
 * Arrays longer than this are made with room to spare, their length rounded up to a multiple of it: a world's link
 * count moves with the seed (13,749 to 13,847 links over the default preset's first seeds), so spares kept by exact
 * length were seldom the length the next seed asked for, and most of a task's link arrays were new again. A spare
 * with room enough is handed out as a view of the length asked for (a view costs no new memory).
 */
const ROOM = 1024;

/** the elements an array of n is given room for */
function roomFor(n: number): number {
  return n <= ROOM ? n : Math.ceil(n / ROOM) * ROOM;
}

/** the arrays made since `recycling` began, or null outside it */
let made: { f64: Float64Array[]; u8: Uint8Array[] } | null = null;
/** arrays left by finished tasks, by the room their buffer has, ready to be cleared and handed out again */
const spare: Kept = { f64: new Map(), u8: new Map() };

/** A Float64Array of n zeros: a spare one cleared, within `recycling`, or a new one. */
export function newFloat64(n: number): Float64Array {
  if (made === null) return new Float64Array(n);
  const room = roomFor(n);
  const kept = spare.f64.get(room)?.pop();
  const a = kept
    ? (kept.length === n ? kept : new Float64Array(kept.buffer, 0, n)).fill(0)
    : new Float64Array(new ArrayBuffer(room * 8), 0, n);
  made.f64.push(a);
  return a;
}

/** A Uint8Array of n zeros: a spare one cleared, within `recycling`, or a new one. */
export function newUint8(n: number): Uint8Array {
  if (made === null) return new Uint8Array(n);
  const room = roomFor(n);
  const kept = spare.u8.get(room)?.pop();
  const a = kept
    ? (kept.length === n ? kept : new Uint8Array(kept.buffer, 0, n)).fill(0)
    : new Uint8Array(new ArrayBuffer(room), 0, n);
  made.u8.push(a);
  return a;
}

function keep<T extends Float64Array | Uint8Array>(lists: Map<number, T[]>, arrays: readonly T[]): void {
  for (const a of arrays) {
    const room = a.buffer.byteLength / a.BYTES_PER_ELEMENT;
    const list = lists.get(room);
    if (list) list.push(a);
    else lists.set(room, [a]);
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
    keep(spare.f64, mine.f64);
    keep(spare.u8, mine.u8);
  }
}
