import { mulberry32, percentileInterval, resampleWeights } from './bootstrap.js';

/**
 * Runs a seeded bootstrap over `n` reports: `stat` receives the multiplicity of each report in one
 * resample and returns a vector of statistics; the result is the 95% percentile interval of each
 * component. Paired comparisons compute both runs inside one `stat`, so they share every resample.
 */
export function bootstrapIntervals(n: number, iterations: number, seed: number, stat: (w: Int32Array) => number[]): Array<[number, number]> {
  const rand = mulberry32(seed);
  const w = new Int32Array(n);
  const reps: number[][] = [];
  for (let b = 0; b < iterations; b++) {
    const v = stat(resampleWeights(n, rand, w));
    v.forEach((x, k) => (reps[k] ??= []).push(x));
  }
  return reps.map((r) => percentileInterval(r));
}

/** Sum of the weights of the listed report indices. */
export function weightOf(idx: number[], w: Int32Array): number {
  let s = 0;
  for (const i of idx) s += w[i] ?? 0;
  return s;
}
