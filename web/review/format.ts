import type { LabelValue } from './api-types.js';

/** Every value a reviewer can choose, in the order of the keys 1 0 u -. */
export const LABEL_VALUES: readonly LabelValue[] = ['positive', 'negative', 'uncertain', 'not_mentioned'];

/** Words and a shape for each value, so no value is told apart by colour alone. */
export const VALUE_TEXT: Record<LabelValue, { word: string; mark: string; key: string }> = {
  positive: { word: 'positive', mark: '+', key: '1' },
  negative: { word: 'negative', mark: '−', key: '0' },
  uncertain: { word: 'uncertain', mark: '?', key: 'u' },
  not_mentioned: { word: 'not mentioned', mark: '∅', key: '-' },
};

/** A proportion as a percentage with one decimal ("81.3%"); missing figures say so. */
export function pct(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

/** A statistic with two decimals (kappa can be negative, so the sign is kept). */
export function num2(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(2);
}

/** A confidence interval as "0.71–0.88". */
export function ci(range: readonly [number, number] | null | undefined, as: 'pct' | 'num' = 'num'): string {
  if (!range) return 'n/a';
  const f = as === 'pct' ? pct : num2;
  return `${f(range[0])}–${f(range[1])}`;
}

/** Progress as "12 / 20 (60%)". */
export function progressText(done: number, total: number): string {
  return `${done} / ${total} (${total > 0 ? Math.round((done / total) * 100) : 0}%)`;
}

/**
 * Cochran's sample size with finite population correction, as the server computes it; the create
 * form shows it live so a QA lead sees what a margin of error costs before asking for it.
 */
export function sampleSize(population: number, marginOfError: number, confidence = 0.95, p = 0.5): number {
  const z = zFor(confidence);
  const n0 = (z * z * p * (1 - p)) / (marginOfError * marginOfError);
  const n = population > 0 ? n0 / (1 + (n0 - 1) / population) : n0;
  return Math.min(population > 0 ? population : Infinity, Math.ceil(n));
}

/** Two-sided normal quantile for the usual confidence levels (the form offers only these). */
export function zFor(confidence: number): number {
  const table: Record<string, number> = { '0.8': 1.2816, '0.9': 1.6449, '0.95': 1.96, '0.98': 2.3263, '0.99': 2.5758 };
  return table[String(confidence)] ?? 1.96;
}
