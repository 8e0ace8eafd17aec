/** PHI categories radlabel detects (HIPAA Safe Harbor §164.514(b)(2) identifiers, grouped). */
export const PHI_CATEGORIES = [
  'NAME',
  'DATE',
  'TIME',
  'AGE',
  'PHONE',
  'EMAIL',
  'URL',
  'IP',
  'SSN',
  'ID',
  'ADDRESS',
  'ZIP',
  'LOCATION',
  'INSTITUTION',
  'DEVICE_ID',
] as const;
export type PhiCategory = (typeof PHI_CATEGORIES)[number];

/** A detected identifier: half-open character range into the text, with its category and detector. */
export interface PhiSpan {
  start: number;
  end: number;
  category: PhiCategory;
  /** Which layer found it (`known`, `pattern`, `name-cue`, `lexicon`, …); kept for debugging and tests. */
  source: string;
}

// When spans overlap, the stronger category wins: a structured-context hit beats a pattern, a date
// beats a bare number-like id.
const PRIORITY: Record<PhiCategory, number> = {
  SSN: 14, EMAIL: 13, URL: 12, IP: 11, PHONE: 10, DATE: 9, ADDRESS: 8, NAME: 7, INSTITUTION: 6,
  LOCATION: 5, ID: 4, DEVICE_ID: 4, ZIP: 3, AGE: 2, TIME: 1,
};

const byStartLongerFirst = (a: PhiSpan, b: PhiSpan) => a.start - b.start || b.end - a.end;

/**
 * The non-empty spans in the order of {@link byStartLongerFirst}, stable (as the built-in sort is,
 * so the order is the same), by merging the runs already in order: a report's few dozen spans come
 * layer by layer, each layer's in order, so a handful of runs are merged pairwise (a few
 * comparisons per span, where inserting each span into the sorted ones cost up to one per span
 * before it, and the built-in sort's comparator calls cost more than the moves). Exported for its
 * test.
 */
export function runsMerged(spans: readonly PhiSpan[]): PhiSpan[] {
  let a: PhiSpan[] = [];
  for (const s of spans) if (s.end > s.start) a.push(s);
  const n = a.length;
  // Where each run starts (a span that sorts before the one ahead of it starts a new run), then n.
  let bounds = [0];
  for (let i = 1; i < n; i++) if (byStartLongerFirst(a[i - 1]!, a[i]!) > 0) bounds.push(i);
  if (bounds.length === 1) return a;
  bounds.push(n);
  let b: PhiSpan[] = new Array<PhiSpan>(n);
  // Merge runs two by two (an odd last run is copied as it is) until one is left. On a tie the
  // left run's span goes first: the merge is stable.
  while (bounds.length > 2) {
    const next = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) b[o++] = byStartLongerFirst(a[j]!, a[i]!) < 0 ? a[j++]! : a[i++]!;
      while (i < mid) b[o++] = a[i++]!;
      while (j < hi) b[o++] = a[j++]!;
      next.push(hi);
    }
    const t = a;
    a = b;
    b = t;
    bounds = next;
  }
  return a;
}

/**
 * Sorts spans and merges overlapping or touching-by-overlap ones into a single span that covers
 * both; the category of the merged span is the higher-priority one (known-identifier hits first).
 */
export function mergeSpans(spans: PhiSpan[]): PhiSpan[] {
  // Long texts' many spans (in many runs) take the built-in sort.
  const sorted = spans.length > 256 ? spans.filter((s) => s.end > s.start).sort(byStartLongerFirst) : runsMerged(spans);
  const out: PhiSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      const sKnown = s.source === 'known' ? 100 : 0;
      const lKnown = last.source === 'known' ? 100 : 0;
      if (PRIORITY[s.category] + sKnown > PRIORITY[last.category] + lKnown) {
        last.category = s.category;
        last.source = s.source;
      }
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
