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
 * The non-empty spans in the order of {@link byStartLongerFirst}, by insertion (stable, as the
 * built-in sort is, so the order is the same): a report's few dozen spans come layer by layer,
 * each layer's already in order, and the built-in sort's comparator calls cost more than the moves.
 */
function insertionSorted(spans: readonly PhiSpan[]): PhiSpan[] {
  const sorted: PhiSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    let j = sorted.length;
    while (j > 0 && byStartLongerFirst(sorted[j - 1]!, s) > 0) {
      sorted[j] = sorted[j - 1]!;
      j--;
    }
    sorted[j] = s;
  }
  return sorted;
}

/**
 * Sorts spans and merges overlapping or touching-by-overlap ones into a single span that covers
 * both; the category of the merged span is the higher-priority one (known-identifier hits first).
 */
export function mergeSpans(spans: PhiSpan[]): PhiSpan[] {
  // Insertion is quadratic in the worst case: long texts' many spans take the built-in sort.
  const sorted = spans.length > 256 ? spans.filter((s) => s.end > s.start).sort(byStartLongerFirst) : insertionSorted(spans);
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
