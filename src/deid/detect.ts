import { detectKnown, type KnownMatcher } from './known-identifiers.js';
import { detectPatterns } from './patterns.js';
import { detectFreeTextNames, isPlainWord } from './free-text-names.js';
import { recallPatientWords, rememberPatientWords } from './patient-memory.js';
import { mergeSpans, type PhiSpan } from './phi-span.js';
import { spareUpstreamPlaceholders } from './placeholders.js';

/** Version of the detector stack, recorded with every de-identified report. Bump on any rule change. */
export const DETECTOR_VERSION = 'radlabel-deid/1.4.0';

/**
 * Runs all detection layers over `text`: known identifiers from the structured context, patterns,
 * free-text names / institutions / places, and (with a `patientScope`) the names and places found
 * in the same patient's earlier reports. Returns non-overlapping spans in text order.
 */
export function detectPhi(text: string, known?: KnownMatcher, patientScope?: string): PhiSpan[] {
  const patterns = detectPatterns(text);
  const free = detectFreeTextNames(text);
  const remembered = patientScope ? recallPatientWords(patientScope, text, isPlainWord) : [];
  if (patientScope) rememberPatientWords(patientScope, text, free, isPlainWord);
  const spans = [...(known ? detectKnown(text, known, patterns) : []), ...patterns, ...free, ...remembered];
  // Upstream redaction markers (XXXX, ___, [** **]) stay as they are: never a surrogate for them.
  return mergeAdjacentNames(text, spareUpstreamPlaceholders(text, mergeSpans(spans)));
}

// "Smith, John" and "John Smith" are one name: joining them gives one surrogate span per name.
function mergeAdjacentNames(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, s.start) : '';
    if (last && last.category === s.category && (s.category === 'INSTITUTION' || s.category === 'LOCATION' || s.category === 'NAME') && /^\.?[ \t]+$/.test(gap)) {
      last.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
