// Where an outside study was done, named between the study's verb and its date (issue 11).
import type { TokenScanner } from './token-scanner.js';
import { hasLower, isCap } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

// After the place: "on" or "dated", then a date's first character (a digit or a month's letter).
const DATE_AFTER_RE = /^[ \t]+(?:on|dated)[ \t]+(?:\d|[A-Za-z]{3})/i;

/**
 * "COMPARISON: PRIOR EXAM PERFORMED IN FOX CHASE ON 12/5/17", "ct done at Quarry Hill on 3/2/21": a
 * study word (rules/en/deid-place-cues.yaml, outsideStudies), a verb and a preposition, then one to
 * three words on the line before "on" or "dated" and a date are the place the study was done,
 * LOCATION. In a mixed-case note the words are capitalised; one word alone is no common word or a
 * known town; no word is a function, clinical or title word, or one of outsideStudies.notPlaces
 * ("done at bedside on 3/2", "performed in clinic on 4/1").
 */
export function outsideStudyPlaces(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.outsideStudyVerbs.size === 0) return;
  // The verbs' tokens alone, in order (cue-tokens.ts).
  for (const v of s.cueTokens(cues.outsideStudyVerbs)) {
    if (v < 1 || v + 2 >= s.tokens.length) continue;
    if ( !cues.outsideStudies.has(s.tokens[v - 1]!.lower) || !s.blankBetween(v - 1, v)) continue;
    if (!cues.outsideStudyPrepositions.has(s.tokens[v + 1]!.lower) || !s.blankBetween(v, v + 1) || !s.blankBetween(v + 1, v + 2)) continue;
    const take: number[] = [];
    for (let k = v + 2; k < s.tokens.length && take.length < 3; k++) {
      const t = s.tokens[k]!;
      if (take.length > 0 && !s.blankBetween(k - 1, k)) break;
      if ((t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE)) !== 0 || cues.outsideStudyNotPlaces.has(t.lower) || s.marked.has(k)) break;
      if (s.style === 'mixed' && !isCap(t.word)) break;
      take.push(k);
    }
    if (take.length === 0) continue;
    const last = s.tokens[take[take.length - 1]!]!;
    if (!DATE_AFTER_RE.test(s.text.slice(last.end, last.end + 16))) continue;
    const one = s.tokens[take[0]!]!;
    if (take.length === 1 && (one.flags & LEX.COMMON) !== 0 && (one.flags & LEX.PLACE) === 0) continue;
    for (const k of take) s.mark(k, 'LOCATION', 'place-outside-study');
  }
}

// After a study word: its date (month/day with or without the year, month name and year, a year), then the place.
// Also a count before the date ("cabg x3 2007"), a month and day ("echo Oct 24") or an apostrophe
// year ("'99"), and the place alone in brackets ("PFTs 3-24 (MHH):", "cabg x3 2007 (sch),").
const DATED_STUDY_PLACE_RE = /^[ \t]+(?:x[ \t]?\d[ \t]+)?(?:on[ \t]+)?(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|[A-Za-z]{3,9}\.?[ \t]+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?!\d)|\d{4}|'\d\d)[ \t]+(?:at[ \t]+)?(?:([A-Za-z]{2,14})(?=[ \t]*(?:[).,;:]|[-–][ \t]|\n|$))|\(([A-Za-z]{2,6})\))/i;
const ORDINARY = LEX.COMMON | LEX.CLINICAL | LEX.VOCAB | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

/**
 * "prior CT 11/21/03 BCH)", "cath Mar 2010 MCH.", "echo 2019 Lakeview -", "echo Oct 24 (KPCH)": a
 * study word of outsideStudies, its date, then one acronym (in capitals, or any case alone in
 * brackets in a lower-case note) or one capitalised word closing the clause is where the study was done, LOCATION, when no word list holds it as an ordinary,
 * clinical, function word, title or credential ("CT 3/4 negative.", "echo 2019 EF 40%" stay).
 */
export function datedStudyPlaces(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  // The study words' tokens alone, in order (cue-tokens.ts).
  for (const v of s.cueTokens(cues.outsideStudies)) {
    if (v + 1 >= s.tokens.length) continue;
    const t = s.tokens[v]!;
    const m = DATED_STUDY_PLACE_RE.exec(s.text.slice(t.end, t.end + 40));
    if (!m) continue;
    const bracketed = m[2] !== undefined;
    const w = m[1] ?? m[2]!;
    const k = s.byStart.get(t.end + m[0].length - w.length - (bracketed ? 1 : 0));
    if (k === undefined || s.marked.has(k)) continue;
    const p = s.tokens[k]!;
    // In a lower-case note the bracket alone shows the acronym ("outside ct 12/5 (hvh)").
    const acronym = (w.length <= 5 && !hasLower(w)) || (bracketed && s.style === 'lower' && w.length >= 3);
    if (!acronym && !(isCap(w) && hasLower(w))) continue;
    if ((p.flags & ORDINARY) !== 0 || cues.outsideStudyNotPlaces.has(p.lower)) continue;
    s.mark(k, 'LOCATION', 'place-outside-study');
  }
}
