import type { PhiSpan } from './phi-span.js';
import { placeCues } from './free-text/place-rules.js';
import { allMatches } from './regex-matches.js';

// The head words and joiners are data: rules/<lang>/deid-place-cues.yaml, facilityHeads.
const heads = () => placeCues().facilityTrimHeads;
const joiners = () => placeCues().facilityJoiners;

const WORD_RE = /[A-Za-z0-9]+/g;

/** Whether a facility name ends in a head word ("… Hospital", "… Med Ctr"), as the surrogate forms do. */
export function hasFacilityHead(name: string): boolean {
  const words = name.match(WORD_RE);
  return !!words && heads().has(words[words.length - 1]!.toLowerCase());
}

/**
 * Ends a facility span (INSTITUTION, or a LOCATION found by a free-text rule) before its generic
 * head words (rules/<lang>/deid-place-cues.yaml, facilityHeads): "CALVERT HOSPITAL" keeps "HOSPITAL", "Kessler Medical Center" keeps "Medical Center",
 * "franklin square hosp hosp" keeps both heads, "Memorial Hospital" keeps "Hospital". A span of
 * head words only ("the Medical Center") stays whole, and so do spans from the feed's known identifiers.
 *
 * The head says what kind of place it was (a hospital, a rehab unit, a clinic), which a reader of
 * the de-identified note needs and which identifies nobody; the PhysioNet guidelines mark only the
 * distinctive words. Spans are edited in place and keep their start.
 */
export function trimFacilityHeads(text: string, spans: PhiSpan[]): PhiSpan[] {
  const trim = heads();
  const join = joiners();
  const generic = (w: string) => trim.has(w) || join.has(w);
  for (const s of spans) {
    if ((s.category !== 'INSTITUTION' && s.category !== 'LOCATION') || s.source === 'known') continue;
    const words = allMatches(WORD_RE, text.slice(s.start, s.end));
    let keep = words.length;
    while (keep > 0 && trim.has(words[keep - 1]![0].toLowerCase())) keep--;
    if (keep === words.length) continue;
    while (keep > 0 && join.has(words[keep - 1]![0].toLowerCase())) keep--;
    if (!words.slice(0, keep).some((m) => !generic(m[0].toLowerCase()))) continue;
    const last = words[keep - 1]!;
    // "St. Mary's Hospital": the possessive stays with the name it belongs to.
    const poss = /^['’]s\b/.exec(text.slice(s.start + last.index! + last[0].length));
    s.end = s.start + last.index! + last[0].length + (poss ? poss[0].length : 0);
  }
  return spans;
}
