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

/**
 * Sorts spans and merges overlapping or touching-by-overlap ones into a single span that covers
 * both; the category of the merged span is the higher-priority one (known-identifier hits first).
 */
export function mergeSpans(spans: PhiSpan[]): PhiSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
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
