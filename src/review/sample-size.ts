/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, |relative error| < 1.2e-9),
 * so any confidence level works, not only the tabulated 90 / 95 / 99 %.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const poly = (cs: number[], x: number) => cs.reduce((acc, k) => acc * x + k, 0);
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

export interface SampleSize {
  /** Size for an infinite population: z² p (1 − p) / E². */
  n0: number;
  /** With the finite population correction n0 / (1 + (n0 − 1) / N), rounded up, at most N. */
  n: number;
  z: number;
  population: number;
  marginOfError: number;
  confidence: number;
  /** The formula with the numbers filled in, for the worklist page and the CLI. */
  explanation: string;
}

/**
 * Reports to sample so that an accuracy (a proportion) is estimated within ±`marginOfError` at the
 * given confidence. p = 0.5 is the worst case (largest variance), used because the accuracy is not
 * known before the review. The finite population correction matters when the population is small:
 * reviewing 370 of 10,000 reports is enough for ±5 % at 95 %, but 80 of 100 are needed.
 */
export function sampleSize(population: number, marginOfError: number, confidence = 0.95, p = 0.5): SampleSize {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const n0 = (z * z * p * (1 - p)) / (marginOfError * marginOfError);
  const n = population <= 0 ? 0 : Math.min(population, Math.ceil(n0 / (1 + (n0 - 1) / population) - 1e-9));
  const explanation =
    `n0 = z² p(1-p) / E² = ${z.toFixed(3)}² × ${p} × ${1 - p} / ${marginOfError}² = ${n0.toFixed(1)}; ` +
    `n = n0 / (1 + (n0 - 1) / N) = ${n0.toFixed(1)} / (1 + ${(n0 - 1).toFixed(1)} / ${population}) → ${n}`;
  return { n0, n, z, population, marginOfError, confidence, explanation };
}
