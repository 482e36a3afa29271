// The benchmarks' baseline: a fixed amount of plain arithmetic on typed arrays (the shape of the sourcing step's inner
// loop), as the source of one expression, so that bench.ts times it in Node and browser.ts in two Chromium workers at
// once, each beside what it measures. On a shared machine a figure's ratio to the baseline timed in the same run is what
// carries from run to run, whatever else the machine is doing. The expression's value is the median of five timings
// in ms.

export const BASELINE_JS = `(() => {
  const n = 1 << 16;
  const a = new Float64Array(n).map((_, i) => 1 + (i % 7) / 10);
  const w = new Float64Array(n).fill(0.5);
  let sum = 0;
  const times = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (let k = 0; k < 40; k++) {
      for (let i = 0; i < n; i++) {
        const x = w[i] * a[i] ** -2.5;
        w[i] = 0.5 + (x - 0.5) * 0.5;
        sum += x;
      }
    }
    times.push(performance.now() - t0);
  }
  return sum === 42 ? -1 : times.sort((x, y) => x - y)[2];
})()`;

/** The baseline timed here, in ms. */
export function baselineMs(): number {
  return Number(new Function(`return ${BASELINE_JS}`)());
}
