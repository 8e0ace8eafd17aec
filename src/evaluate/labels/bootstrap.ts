export { mulberry32 } from '../../util/prng.js';

/**
 * Draws one bootstrap resample of `n` items as multiplicities (how often each item was drawn), which
 * lets every statistic be computed as a weighted sum without copying data.
 */
export function resampleWeights(n: number, rand: () => number, out = new Int32Array(n)): Int32Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(rand() * n);
    out[j] = (out[j] ?? 0) + 1;
  }
  return out;
}

/** Percentile (linear interpolation between order statistics, "type 7") of the finite values. */
export function percentile(values: number[], q: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (v[lo] ?? NaN) + ((v[hi] ?? NaN) - (v[lo] ?? NaN)) * (pos - lo);
}

/** 95% percentile interval of bootstrap replicates. */
export function percentileInterval(values: number[]): [number, number] {
  return [percentile(values, 0.025), percentile(values, 0.975)];
}
