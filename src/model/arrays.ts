// Zeroed typed arrays that a seed task may take from the ones the task before it left behind. In headless Chromium
// (156, on the project's 2-core machine) a new Float64Array over the default world's 13,847 links took about 0.22 ms,
// some 20 times Node's 0.012 ms, and a seed task of the default preset made about 200 arrays of 2 KB or more (each
// round's link access, tariff powers, interoperability costs, blocked partners and policy, the first worlds of run
// and twin): in the app's workers that was about a third of a seed's time, and more again on V8's helper threads.
// Within `recycling` (ensemble.ts playSeed) the arrays newFloat64 and its kin make are noted, and when the task is
// done their memory is kept for the next task, which takes it cleared (so every number is the same); outside it they
// are plain new arrays. The world build (world.ts buildWorld, its twin's copy, sourcing's and production's caches of
// it) takes its arrays here too: with them a seed task made about 65 arrays of 2 KB or more, now about 12.
//
// Only arrays that nothing reads after the task may be made here. What is kept is the memory (the ArrayBuffer), never
// the array: each array handed out is a new view, so caches kept per array (WeakMap: sourcing's and production's, per
// base array of a world) never mistake one task's world build for the last one's; and a cache takes recycled memory
// only for a world made within the task (madeInTask).

/**
 * Arrays of more than this many bytes are made with room to spare, rounded up to a multiple of it: a world's link count
 * moves with the seed (13,749 to 13,847 links over the default preset's first seeds), so spares kept by exact length
 * were seldom the length the next seed asked for. A spare with room enough is handed out as a view of the length asked
 * for (a view costs no new memory).
 */
const ROOM = 8192;

/** the bytes an array of `bytes` is given room for */
function roomFor(bytes: number): number {
  return bytes <= ROOM ? bytes : Math.ceil(bytes / ROOM) * ROOM;
}

/** the memory of the arrays made since `recycling` began, or null outside it */
let made: ArrayBuffer[] | null = null;
/** memory left by finished tasks, by its size in bytes, ready to be viewed, cleared and handed out again */
const spare = new Map<number, ArrayBuffer[]>();

type TypedArrayOf<T> = T extends Float64ArrayConstructor
  ? Float64Array
  : T extends Int32ArrayConstructor
    ? Int32Array
    : T extends Int8ArrayConstructor
      ? Int8Array
      : Uint8Array;

function take<
  C extends Float64ArrayConstructor | Int32ArrayConstructor | Int8ArrayConstructor | Uint8ArrayConstructor,
>(Kind: C, n: number): TypedArrayOf<C> {
  const room = roomFor(n * Kind.BYTES_PER_ELEMENT);
  const kept = spare.get(room)?.pop();
  const buffer = kept ?? new ArrayBuffer(room);
  made!.push(buffer);
  const a = new Kind(buffer, 0, n) as TypedArrayOf<C>;
  return kept ? (a.fill(0) as TypedArrayOf<C>) : a;
}

/** A Float64Array of n zeros: on memory a finished task left, within `recycling`, or a new one. */
export function newFloat64(n: number): Float64Array {
  return made === null ? new Float64Array(n) : take(Float64Array, n);
}

/** A Uint8Array of n zeros: on memory a finished task left, within `recycling`, or a new one. */
export function newUint8(n: number): Uint8Array {
  return made === null ? new Uint8Array(n) : take(Uint8Array, n);
}

/** An Int32Array of n zeros: on memory a finished task left, within `recycling`, or a new one. */
export function newInt32(n: number): Int32Array {
  return made === null ? new Int32Array(n) : take(Int32Array, n);
}

/** An Int8Array of n zeros: on memory a finished task left, within `recycling`, or a new one. */
export function newInt8(n: number): Int8Array {
  return made === null ? new Int8Array(n) : take(Int8Array, n);
}

/** A Float64Array holding `values`, as Float64Array.from(values) would make it, on recycled memory within a task. */
export function float64Of(values: ArrayLike<number>): Float64Array {
  const a = newFloat64(values.length);
  for (let i = 0; i < values.length; i++) a[i] = values[i]!;
  return a;
}

/** An Int32Array holding `values`, as Int32Array.from(values) would make it, on recycled memory within a task. */
export function int32Of(values: ArrayLike<number>): Int32Array {
  const a = newInt32(values.length);
  for (let i = 0; i < values.length; i++) a[i] = values[i]!;
  return a;
}

/** An Int8Array holding `values`, as Int8Array.from(values) would make it, on recycled memory within a task. */
export function int8Of(values: ArrayLike<number>): Int8Array {
  const a = newInt8(values.length);
  for (let i = 0; i < values.length; i++) a[i] = values[i]!;
  return a;
}

/** A copy of `a`, or of its entries before `end`, as a.slice(0, end) makes it, on recycled memory within a task. */
export function copyFloat64(a: Float64Array, end = a.length): Float64Array {
  const out = newFloat64(end);
  out.set(end === a.length ? a : a.subarray(0, end));
  return out;
}

/** A copy of `a`, as a.slice() makes it, on recycled memory within a task. */
export function copyInt8(a: Int8Array): Int8Array {
  const out = newInt8(a.length);
  out.set(a);
  return out;
}

/**
 * Whether `a` was made within the task running now (and so goes when it does). A cache kept per array of a world may
 * take recycled memory only for such a world: one built outside the task and stepped within it outlives the task.
 */
export function madeInTask(a: ArrayBufferView): boolean {
  return made !== null && made.includes(a.buffer as ArrayBuffer);
}

/**
 * How a cache kept per array of a world makes its arrays: from recycled memory when the world was made within the task
 * (`madeInTask`), else new ones that live as long as the world.
 */
export function cacheArrays(a: ArrayBufferView): {
  u8: (n: number) => Uint8Array;
  f64: (n: number) => Float64Array;
} {
  return madeInTask(a)
    ? { u8: newUint8, f64: newFloat64 }
    : { u8: (n) => new Uint8Array(n), f64: (n) => new Float64Array(n) };
}

/**
 * Runs `task`, then keeps the memory of the arrays newFloat64 and its kin made meanwhile for the next task. The caller
 * promises that nothing `task` returns or leaves behind refers to them. Not re-entrant: a task within a task makes
 * new arrays.
 */
export function recycling<T>(task: () => T): T {
  if (made !== null) return task();
  const mine: ArrayBuffer[] = [];
  made = mine;
  try {
    return task();
  } finally {
    made = null;
    for (const buffer of mine) {
      const list = spare.get(buffer.byteLength);
      if (list) list.push(buffer);
      else spare.set(buffer.byteLength, [buffer]);
    }
  }
}
