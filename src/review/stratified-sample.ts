import { mulberry32 } from '../util/prng.js';
import type { LabelValue, StratifyBy } from './review-schemas.js';

/** What stratification needs to know about one report. */
export interface StratumInput {
  extractor: string;
  values: Record<string, LabelValue>;
}

const SEVERITY: LabelValue[] = ['positive', 'uncertain', 'negative', 'not_mentioned'];

/** Per label, how many reports have it positive or uncertain (rarity decides a report's label stratum). */
export function findingCounts(rows: Iterable<StratumInput>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows)
    for (const [label, v] of Object.entries(r.values)) if (v === 'positive' || v === 'uncertain') counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * The stratum of a report. A report has many labels, so it is filed under its rarest finding (the
 * positive / uncertain label fewest reports have), which keeps rare findings in a small sample;
 * `value` alone files it under its most severe value; `extractor` under the extractor's name.
 * Reports without a finding fall in `none`.
 */
export function stratumKey(r: StratumInput, by: readonly StratifyBy[], counts: Map<string, number>): string {
  const parts: string[] = [];
  const findings = Object.entries(r.values).filter(([, v]) => v === 'positive' || v === 'uncertain');
  if (by.includes('label')) {
    const rarest = findings.sort((a, b) => (counts.get(a[0]) ?? 0) - (counts.get(b[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))[0];
    parts.push(rarest ? (by.includes('value') ? `${rarest[0]}=${rarest[1]}` : rarest[0]) : 'none');
  } else if (by.includes('value')) {
    const vals = new Set(Object.values(r.values));
    parts.push(SEVERITY.find((v) => vals.has(v)) ?? 'not_mentioned');
  }
  if (by.includes('extractor')) parts.push(r.extractor);
  return parts.length ? parts.join(' | ') : 'all';
}

/** Seeded Fisher–Yates shuffle (a copy). */
export function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * How many to draw from each stratum: proportional to its size (largest remainders), and at least
 * one from every stratum when the sample has room for that, so no stratum goes unseen.
 */
export function allocate(sizes: Map<string, number>, n: number): Map<string, number> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const out = new Map<string, number>();
  if (total === 0 || n <= 0) return new Map([...sizes.keys()].map((k) => [k, 0]));
  const take = Math.min(n, total);
  const keys = [...sizes.keys()].sort();
  const floor = take >= keys.length ? 1 : 0;
  let left = take;
  const rema: Array<{ k: string; r: number }> = [];
  for (const k of keys) {
    const size = sizes.get(k)!;
    const exact = (size / total) * take;
    const base = Math.min(size, Math.max(floor, Math.floor(exact)));
    out.set(k, base);
    left -= base;
    rema.push({ k, r: exact - Math.floor(exact) });
  }
  // Hand out the rest by largest remainder, then to any stratum with room, in key order.
  rema.sort((a, b) => b.r - a.r || (a.k < b.k ? -1 : 1));
  while (left > 0) {
    let gave = false;
    for (const { k } of rema) {
      if (left <= 0) break;
      if (out.get(k)! < sizes.get(k)!) {
        out.set(k, out.get(k)! + 1);
        left--;
        gave = true;
      }
    }
    if (!gave) break;
  }
  // The floors can overshoot when many strata are tiny: take back from the largest allocations.
  while (left < 0) {
    const k = [...out.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    out.set(k, out.get(k)! - 1);
    left++;
  }
  return out;
}

export interface StratifiedSample<T> {
  sample: T[];
  strata: Array<{ key: string; population: number; sampled: number }>;
}

/**
 * Draws a seeded stratified sample of `n` items: allocation by {@link allocate}, a seeded shuffle
 * inside each stratum, then one seeded shuffle of the whole sample so reviewers do not meet the
 * strata in blocks. The same items, keys, n and seed always give the same sample.
 */
export function stratifiedSample<T>(items: readonly T[], keyOf: (t: T) => string, n: number, seed: number): StratifiedSample<T> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = keyOf(it);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(it);
  }
  const alloc = allocate(new Map([...groups].map(([k, g]) => [k, g.length])), n);
  const rand = mulberry32(seed);
  const sample: T[] = [];
  const strata = [...groups.keys()].sort().map((key) => {
    const g = groups.get(key)!;
    const m = alloc.get(key) ?? 0;
    sample.push(...shuffle(g, rand).slice(0, m));
    return { key, population: g.length, sampled: m };
  });
  return { sample: shuffle(sample, rand), strata };
}
