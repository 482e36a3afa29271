// Engine-independent maths: exp, log, log2, pow and integer powers built only from IEEE basic operations (+ - * /,
// which every engine rounds the same way) and exact bit manipulation. The language lets each engine approximate
// Math.exp, Math.log, Math.pow and `**` as it likes, and Node and Chromium differ in the last bit now and then; chaotic
// paths amplify that, so the app and the CLI would print different fingerprints for the same run. Everything in
// src/model that feeds a decision, a report or a fingerprint uses these instead (ESLint refuses the others there).
//
// exp and log are ports of fdlibm's e_exp.c and e_log.c (Sun Microsystems, 1993: "Permission to use, copy, modify,
// and distribute this software is freely granted, provided that this notice is preserved"), both within 1 ulp.
// pow(x, y) is exp(y ln x) carried in double-double precision, within a few ulp for results in the normal range; its
// ln and exp read tables built at load (Tang's table-driven method), not fdlibm's, for speed. A multiple of 1/2 from -4
// to 4 (the sectors' elasticities as the defaults give them) is products, a square root (correctly rounded, as IEEE
// asks and every engine gives) and a division instead: within 2.5 x 2^-52 of the result (relative; up to about 4 ulp
// where the result sits just above a power of two), and a fraction of the time.
// Special values follow ECMAScript's Number::exponentiate, Math.exp and Math.log: NaN in, NaN out (except
// pow(NaN, 0) = 1); exp(-Infinity) = 0, exp(Infinity) = Infinity; log(0) = -Infinity, log of a negative = NaN.

// One 8-byte scratch cell, read as a double and as two 32-bit words; the word order is this platform's.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI]! | 0;
}

function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]! | 0;
}

/** 2^k exactly, for integer k in [-1022, 1023]. */
function twoTo(k: number): number {
  F64[0] = 0;
  U32[HI] = ((k + 1023) << 20) >>> 0;
  return F64[0]!;
}

/**
 * 2^e at SCALE[e + SCALE_ZERO], e from -1074 to 1023, exact. Scaling by a power of two read from this table, not made
 * by writing an exponent into a double: a double read back just after part of it was written waits for the write
 * (the processor cannot forward it): a third of the time pow took, a fifth of log's.
 */
const SCALE_ZERO = 1074;
const SCALE = new Float64Array(SCALE_ZERO + 1024);
for (let e = -1074; e <= 1023; e++)
  SCALE[e + SCALE_ZERO] = e >= -1022 ? twoTo(e) : twoTo(e + 1000) * twoTo(-1000);

const LN2_HI = 6.9314718036912381649e-1; // high bits of ln 2: k x LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
const EXP_OVERFLOW = 7.09782712893383973096e2;
const EXP_UNDERFLOW = -7.4513321910194110842e2;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** e^x, within 1 ulp (fdlibm's exp). */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const hx = highWord(x) & 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2. Reduce: x = k ln2 + r with |r| <= ln2 / 2.
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      k = x < 0 ? -1 : 1;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    } else {
      k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * SCALE[SCALE_ZERO + 1023]! : y * SCALE[SCALE_ZERO + k]!;
  return y * SCALE[SCALE_ZERO + k + 1000]! * SCALE[SCALE_ZERO - 1000]!;
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * ln x split into a sum hi + lo, with lo the part hi could not hold (about 2^-60 relative): what pow needs. hi alone is
 * fdlibm's log, within 1 ulp. For x <= 0, Infinity or NaN, lo is 0 and hi the special value.
 */
function logParts(x: number, out: [number, number]): void {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  out[1] = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) {
      out[0] = -Infinity;
      return;
    }
    if (hx < 0) {
      out[0] = NaN;
      return;
    }
    // subnormal: scale up
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) {
    out[0] = x + x;
    return;
  }
  const ex = (hx >> 20) - 1023;
  k += ex;
  hx &= 0x000fffff;
  const i0 = (hx + 0x95f64) & 0x100000;
  // normalise x or x/2 into [sqrt(2)/2, sqrt(2)): x / 2^ex, or half that, exactly
  x *= SCALE[SCALE_ZERO - ex - (i0 >> 20)]!;
  k += i0 >> 20;
  const f = x - 1;
  const dk = k;
  let a: number; // the exact part: k ln2_hi
  let b: number; // f and the rest, to be summed with care
  let c: number; // the small tail: k ln2_lo and the series
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) {
      a = dk * LN2_HI;
      b = 0;
      c = dk * LN2_LO;
    } else {
      const r = f * f * (0.5 - 0.3333333333333333 * f);
      a = dk * LN2_HI;
      b = f;
      c = dk * LN2_LO - r;
    }
  } else {
    const s = f / (2 + f);
    const z = s * s;
    let i = hx - 0x6147a;
    const w = z * z;
    const j = 0x6b851 - hx;
    const t1 = w * (LG2 + w * (LG4 + w * LG6));
    const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    const r = t2 + t1;
    a = dk * LN2_HI;
    b = f;
    if (i > 0) {
      const hfsq = 0.5 * f * f;
      c = dk * LN2_LO - (hfsq - s * (hfsq + r));
    } else {
      c = dk * LN2_LO - s * (f - r);
    }
  }
  // a + b exactly as hi + lo (Knuth's two-sum), then the tail folded in.
  const sum = a + b;
  const bv = sum - a;
  const err = a - (sum - bv) + (b - bv);
  const hi = sum + (err + c);
  out[0] = hi;
  out[1] = err + c - (hi - sum);
}

const parts: [number, number] = [0, 0];

/** ln x, within 1 ulp (after fdlibm's log). log(1) = 0 exactly. */
export function log(x: number): number {
  logParts(x, parts);
  return parts[0];
}

/** log2 x = ln x / ln 2, within a few ulp; exact at powers of two. */
export function log2(x: number): number {
  logParts(x, parts);
  const h = parts[0];
  if (!Number.isFinite(h)) return h;
  // ln x = k ln2 + rest: take whole powers of two out first so that log2(2^k) is exactly k.
  const k = Math.round(h * INV_LN2);
  const rest = h - k * LN2_HI - k * LN2_LO + parts[1];
  return k + rest * INV_LN2;
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter

/** Whether y is an odd integer (for the sign of pow of a negative number). */
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

/**
 * x^y, within a few ulp where the result is a normal number; the special cases of ECMAScript's `**`. pow(x, 1) = x,
 * pow(x, 0) = 1, and pow(1, y) = 1 for finite y, exactly.
 */
export function pow(x: number, y: number): number {
  // Small enough for V8 to inline where it is called: the model's common powers then box no number on return.
  if (x > SMALL_BASE_MIN && x < SMALL_BASE_MAX && y >= -4 && y <= 4 && 2 * y === Math.trunc(2 * y))
    return powHalf(x, y);
  return powAny(x, y);
}

const SMALL_BASE_MIN = 2 ** -100;
const SMALL_BASE_MAX = 2 ** 100;

/** pow of every other case: the special values of `**`, then the tables. */
function powAny(x: number, y: number): number {
  if (y === 0) return 1;
  if (y !== y || x !== x) return NaN;
  if (y === 1) return x;
  if (x === 1) return Number.isFinite(y) ? 1 : NaN;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return NaN;
    return ax > 1 === y > 0 ? Infinity : 0;
  }
  if (x === 0) {
    const negative = Object.is(x, -0) && isOddInteger(y);
    if (y > 0) return negative ? -0 : 0;
    return negative ? -Infinity : Infinity;
  }
  if (!Number.isFinite(x)) {
    const negative = x < 0 && isOddInteger(y);
    if (y > 0) return negative ? -Infinity : Infinity;
    return negative ? -0 : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = pow(-x, y);
    return isOddInteger(y) ? -r : r;
  }
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  return powPositive(x, y);
}

// pow by tables: the model takes some 2,000 powers a round (CES weights, capacity, learning, the technology gap), and
// fdlibm's log and exp in turn (about 49 ns a power here) were an eighth of an ensemble seed's time; the tables take
// about 35 ns. ln x is read from a table of 128 intervals of [1, 2) and a short series, exp from a table of 2^(j/128)
// and a short series, both carried in double-double as before. The tables are built once at load from + - * / alone,
// so every engine builds the same bits.

const POW_N = 128;
/** per interval i of [1, 2): its centre c = 1 + (i + 1/2)/128 (exact), 1/c rounded, and ln c as hi + lo */
const LOG_C = new Float64Array(POW_N);
const LOG_INVC = new Float64Array(POW_N);
const LOG_C_HI = new Float64Array(POW_N);
const LOG_C_LO = new Float64Array(POW_N);
/** 2^(j/128) as hi + lo */
const EXP2_HI = new Float64Array(POW_N);
const EXP2_LO = new Float64Array(POW_N);
/** ln 2 / 128 as hi + lo: LN2_HI has 32 significant bits, so n x L_HI is exact for every n the range allows */
const L_HI = LN2_HI / POW_N;
const L_LO = LN2_LO / POW_N;
const INV_L = POW_N / (LN2_HI + LN2_LO);

/** The error of a + b rounded (Knuth's two-sum): a + b = (a + b rounded) + this, exactly. */
function sumError(a: number, b: number, sum: number): number {
  const bv = sum - a;
  return a - (sum - bv) + (b - bv);
}

/** The error of a x b rounded (Dekker's product, with Veltkamp's split): a b = (a b rounded) + this, exactly. */
function productError(a: number, b: number, product: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - product + ah * bl + al * bh + al * bl;
}

/**
 * Fills the tables: 2^(j/128) = e^a for a = j ln2 / 128 in [0, ln 2), summed as a Taylor series in double-double (27
 * terms: the last is below 2^-100); ln c from logParts (within about 2^-60 of ln c).
 */
function buildPowTables(): void {
  for (let j = 0; j < POW_N; j++) {
    const ah0 = (j * LN2_HI) / POW_N; // exact
    const al0 = (j * LN2_LO) / POW_N;
    const ah = ah0 + al0;
    const al = sumError(ah0, al0, ah);
    let sh = 1;
    let sl = 0;
    let th = 1;
    let tl = 0;
    for (let n = 1; n <= 27; n++) {
      // term x a / n, in double-double
      let ph = th * ah;
      let pl = productError(th, ah, ph) + th * al + tl * ah;
      const qh = ph + pl;
      pl = pl - (qh - ph);
      ph = qh;
      th = ph / n;
      tl = (ph - th * n - productError(th, n, th * n) + pl) / n;
      const nh = sh + th;
      sl += sumError(sh, th, nh) + tl;
      sh = nh;
    }
    EXP2_HI[j] = sh + sl;
    EXP2_LO[j] = sl - (EXP2_HI[j]! - sh);
    const c = 1 + (j + 0.5) / POW_N;
    LOG_C[j] = c;
    LOG_INVC[j] = 1 / c;
    logParts(c, parts);
    LOG_C_HI[j] = parts[0];
    LOG_C_LO[j] = parts[1];
  }
}
buildPowTables();

/** x^y for x positive and finite, y finite, not one of the exact cases pow handles first. */
function powPositive(x: number, y: number): number {
  // ln x = k ln 2 + ln c + ln(1 + t), x = 2^k m with m in [1, 2), c the centre of m's interval, t = (m - c) / c
  let xs = x;
  let k = -1023;
  F64[0] = x;
  let hx = U32[HI]! | 0;
  if (hx < 0x00100000) {
    // subnormal: scale up
    xs = x * TWO54;
    k -= 54;
    F64[0] = xs;
    hx = U32[HI]! | 0;
  }
  k += hx >> 20;
  const i = (hx >> 13) & (POW_N - 1);
  // m = xs / 2^(its exponent) and c lie in [1, 2), within 1/256 of each other: both steps exact
  const f = xs * SCALE[SCALE_ZERO + 1023 - (hx >> 20)]! - LOG_C[i]!;
  const t = f * LOG_INVC[i]!;
  // ln(1 + t) - t, |t| < 2^-8: the series to t^7 leaves less than 2^-67
  // (Estrin's scheme: the powers side by side rather than one long chain of Horner's)
  const t2 = t * t;
  const t4 = t2 * t2;
  const tail = t2 * (-0.5 + t * (1 / 3)) + t4 * (-0.25 + t * 0.2 + t2 * (-1 / 6 + t * (1 / 7)));
  const a = k * LN2_HI; // exact
  const s1 = a + LOG_C_HI[i]!;
  const s2 = s1 + t;
  const rest = sumError(a, LOG_C_HI[i]!, s1) + sumError(s1, t, s2) + (k * LN2_LO + LOG_C_LO[i]! + tail);
  const lh = s2 + rest;
  const ll = sumError(s2, rest, lh);
  // Far beyond any finite result (and beyond what the split below can hold): only the sign of y ln x matters.
  if (Math.abs(y) > 1e300) return lh > 0 === y > 0 ? Infinity : 0;
  // y ln x in double-double: z + zt
  const ph = y * lh;
  const zl = productError(y, lh, ph) + y * ll;
  const z = ph + zl;
  if (z > EXP_OVERFLOW) return Infinity;
  if (z < EXP_UNDERFLOW) return 0;
  const zt = sumError(ph, zl, z);
  // e^z = 2^(n/128) e^r, n = z 128 / ln 2 rounded, |r| <= ln 2 / 256 (and a little)
  const n = Math.floor(z * INV_L + 0.5);
  const j = n & (POW_N - 1);
  const e = (n - j) / POW_N;
  const r = z - n * L_HI - n * L_LO + zt;
  // e^r - 1 to r^6: what is left is below 2^-70
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120) + r2 * (1 / 720)));
  const m = EXP2_HI[j]! + (EXP2_HI[j]! * p + EXP2_LO[j]!);
  // (e = 1024 only for a result just under the largest double, e = -1075 only for one under the smallest)
  if (e === 1024) return m * 2 * SCALE[SCALE_ZERO + 1023]!;
  return e >= -1074 ? m * SCALE[SCALE_ZERO + e]! : m * SCALE[0]! * 0.5;
}

/**
 * x^y for y a multiple of 1/2 within [-4, 4] and x well inside the normal range: products, a square root, a division.
 * At y = 0, 1, 2, -1 and 1/2 the same numbers as powAny's exact cases.
 */
function powHalf(x: number, y: number): number {
  const a = y < 0 ? -y : y;
  const n = Math.trunc(a);
  let m = n === 0 ? 1 : n === 1 ? x : n === 2 ? x * x : n === 3 ? x * x * x : x * x * (x * x);
  if (a !== n) m = n === 0 ? Math.sqrt(x) : m * Math.sqrt(x);
  return y < 0 ? 1 / m : m;
}

/** x^n for an integer n by repeated squaring: the same bits on every engine. n = 0 gives 1. */
export function powInt(x: number, n: number): number {
  let m = n < 0 ? -n : n;
  let result = 1;
  let b = x;
  while (m > 0) {
    if (m & 1) result *= b;
    m = Math.floor(m / 2);
    if (m > 0) b *= b;
  }
  return n < 0 ? 1 / result : result;
}
