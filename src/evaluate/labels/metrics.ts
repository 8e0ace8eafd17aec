/**
 * Pure metric functions. Undefined ratios are NaN (rendered "–", serialised as null).
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts. F1 is 0 when there are errors but no true positive. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : NaN;
  const recall = tp + fn > 0 ? tp / (tp + fn) : NaN;
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : NaN;
  return { precision, recall, f1 };
}

/** Micro average: pooled counts over labels. */
export function microPrf(counts: Array<{ tp: number; fp: number; fn: number }>): Prf {
  const s = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return prf(s.tp, s.fp, s.fn);
}

/** Unweighted mean over labels, skipping undefined (NaN) values; NaN when none is defined. */
export function mean(values: number[]): number {
  const ok = values.filter((v) => Number.isFinite(v));
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : NaN;
}

/** Macro average: mean of per-label precision, recall and F1 (a label's NaN precision counts as 0 when it has positives). */
export function macroPrf(perLabel: Prf[]): Prf {
  return {
    precision: mean(perLabel.map((p) => (Number.isNaN(p.precision) && Number.isFinite(p.recall) ? 0 : p.precision))),
    recall: mean(perLabel.map((p) => p.recall)),
    f1: mean(perLabel.map((p) => p.f1)),
  };
}

/**
 * Cohen's kappa of a square confusion matrix (rows = rater 1, columns = rater 2):
 * (p_o - p_e) / (1 - p_e). 1 when both raters agree perfectly on a single class (p_e = 1).
 */
export function cohenKappa(m: number[][]): number {
  const k = m.length;
  const n = m.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  if (n === 0) return NaN;
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++) {
    po += m[i]?.[i] ?? 0;
    const row = (m[i] ?? []).reduce((a, b) => a + b, 0);
    const col = m.reduce((a, r) => a + (r[i] ?? 0), 0);
    pe += (row / n) * (col / n);
  }
  po /= n;
  if (pe >= 1) return po >= 1 ? 1 : NaN;
  return (po - pe) / (1 - pe);
}

/** Complementary error function (Numerical Recipes erfcc, |error| < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export interface McNemar {
  /** Discordant pairs: only the first is right / only the second is right. */
  b: number;
  c: number;
  statistic: number;
  p: number;
  method: 'exact' | 'chi2-cc';
}

/**
 * McNemar's test on discordant pairs. Exact two-sided binomial test when b + c < 25, otherwise the
 * chi-square statistic with continuity correction, (|b - c| - 1)² / (b + c), on 1 degree of freedom.
 */
export function mcnemar(b: number, c: number): McNemar {
  const n = b + c;
  if (n === 0) return { b, c, statistic: 0, p: 1, method: 'exact' };
  if (n < 25) {
    let tail = 0;
    let coef = 1;
    for (let k = 0; k <= Math.min(b, c); k++) {
      tail += coef;
      coef = (coef * (n - k)) / (k + 1);
    }
    return { b, c, statistic: Math.min(b, c), p: Math.min(1, (2 * tail) / 2 ** n), method: 'exact' };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, statistic, p: erfc(Math.sqrt(statistic / 2)), method: 'chi2-cc' };
}

/** Wilson score interval for k successes in n trials (z = 1.96 for 95%). */
export function wilsonInterval(k: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [centre - half, centre + half];
}
