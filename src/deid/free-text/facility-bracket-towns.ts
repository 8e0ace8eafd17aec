// The town in brackets after a facility (issue 11): "Transferred from Ravenwick General (Surprise)",
// "referred from Tullamore Falls Health ED (Welcome)", "Quarry Bend Medical Center (Kestrel)". Notes
// name an outside hospital's town this way to tell its campuses apart; the town is often a word.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';

const { hasLower, isCap } = tokenScanner;

/** Sources of place spans that name no facility: an address, a state, a ZIP, a town already. */
const NOT_FACILITY_SOURCES = new Set(['place-address', 'place-state', 'place-town', 'place-zip']);

// Compass words (deid-place-cues.yaml placeVocabulary.compassWords).
const COMPASS: ReadonlySet<string> = placeCues().compassWords;

/** Whether token `k` is a word a town in brackets may be made of, in the note's case style. */
function townWord(s: TokenScanner, k: number, alone: boolean, cues: PlaceCueSets): boolean {
  const t = s.tokens[k]!;
  const f = t.flags;
  if (s.marked.has(k) || t.lower.length < 3 || (f & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD)) !== 0) return false;
  // A compass word alone names a campus or wing ("(North)"); before a name it opens a town ("(East Pembury)").
  if (alone && COMPASS.has(t.lower)) return false;
  if (cues.notTowns.has(t.lower) || cues.departments.has(t.lower) || cues.facilityBracketNotTowns.has(t.lower) || notTownWord(t.lower)) return false;
  if (cues.facilityTrimHeads.has(t.lower) || cues.orgHeads.has(t.lower) || cues.acronymWardsAfter.has(t.lower)) return false;
  // Mixed case: a capitalised word with lower-case letters (an acronym is left to the acronym passes).
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  // One case: a word no common list holds, a place, or a name that is also a word ("(surprise)", "(LIBERTY)").
  return (f & LEX.COMMON) === 0 || (f & (LEX.PLACE | LEX.AMBIGUOUS)) !== 0;
}

/**
 * The last token of a facility's name ending at token `k`, with up to three head words, modifiers and
 * wards after it on the line ("Medical Center", "General", "ED"); with `nicknames`, the wards and
 * names a hospital is called by too.
 */
function facilityTail(s: TokenScanner, k: number, cues: PlaceCueSets, nicknames: boolean): number {
  let heads = 0;
  while (heads < 3 && k + 1 < s.tokens.length && s.blankBetween(k, k + 1) && !s.marked.has(k + 1)) {
    const w = s.tokens[k + 1]!.lower;
    if (!(cues.facilityTrimHeads.has(w) || cues.acronymWardsAfter.has(w) || (nicknames && (cues.nicknameWards.has(w) || cues.nicknames.has(w))))) break;
    k++;
    heads++;
  }
  return k;
}

/**
 * "Ravenwick General (Surprise)", "ASHCOMBE VALLEY HOSPITAL ED (RAVENWCIK)": one to three words
 * alone in brackets right after a facility found (its head words and a ward such as "ED" between
 * allowed) name the facility's town. No function, clinical, state or month word, nothing the
 * bracket-after-facility list (deid-place-cues.yaml facilityBrackets.notTowns) holds ("(main
 * campus)", "(outside)"); in a mixed-case note each word capitalised, in a one-case note each
 * no common word or a name or place that is also one. Run after the facility and acronym passes.
 */
export function townsInFacilityBrackets(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const facilityEnds = new Set<number>();
  for (const span of s.spans) if ((span.category === 'INSTITUTION' || span.category === 'LOCATION') && !NOT_FACILITY_SOURCES.has(span.source)) facilityEnds.add(span.end);
  for (let i = 0; i < s.tokens.length - 1; i++) {
    // The facility's last token, then its head words, a modifier and a ward ("Medical Center", "General", "ED") on the line.
    if (!facilityEnds.has(s.tokens[i]!.end) || (i + 1 < s.tokens.length && facilityEnds.has(s.tokens[i + 1]!.end) && s.blankBetween(i, i + 1))) continue;
    const k = facilityTail(s, i, cues, true);
    i = k;
    const first = k + 1;
    if (first >= s.tokens.length || !/^[ \t]*\([ \t]*$/.test(s.text.slice(s.tokens[k]!.end, s.tokens[first]!.start))) continue;
    let last = first;
    while (last + 1 < s.tokens.length && last - first < 2 && s.blankBetween(last, last + 1)) last++;
    // The words must fill the bracket: "(Surprise)", not "(Surprise, then here)".
    while (last >= first && !/^[ \t]*\)/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) last--;
    if (last < first) continue;
    let all = true;
    for (let m = first; m <= last && all; m++) all = townWord(s, m, first === last, cues);
    if (!all) continue;
    for (let m = first; m <= last; m++) s.mark(m, 'LOCATION', 'place-facility-town');
    i = last;
  }
  bracketFacilityTowns(s, cues);
}

/**
 * "injury at work (Kestrow Tooling, Ardmoyle)", "referred by dr roe (harlan baptist hospital,
 * quenmore)": a bracket that opens with a facility or business found, then a comma and one or two
 * words closing the bracket: those words are its town (the same words as in townsInFacilityBrackets).
 */
function bracketFacilityTowns(s: TokenScanner, cues: PlaceCueSets): void {
  const facilityTokens = new Set<number>();
  for (const span of s.spans) {
    if ((span.category !== 'INSTITUTION' && span.category !== 'LOCATION') || NOT_FACILITY_SOURCES.has(span.source)) continue;
    const k = s.byStart.get(span.start);
    if (k !== undefined) facilityTokens.add(k);
  }
  for (const i of [...facilityTokens].sort((a, b) => a - b)) {
    if (!/\([ \t]*$/.test(s.text.slice(Math.max(0, s.tokens[i]!.start - 3), s.tokens[i]!.start))) continue;
    // The facility's words, blank-joined, then its head words and a ward ("… baptist hospital", "… Health ED").
    let k = i;
    while (k + 1 < s.tokens.length && facilityTokens.has(k + 1) && s.blankBetween(k, k + 1)) k++;
    k = facilityTail(s, k, cues, false);
    const first = k + 1;
    if (first >= s.tokens.length || !/^[ \t]*,[ \t]*$/.test(s.text.slice(s.tokens[k]!.end, s.tokens[first]!.start))) continue;
    let last = first;
    if (last + 1 < s.tokens.length && s.blankBetween(last, last + 1) && !/^[ \t]*\)/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) last++;
    if (!/^[ \t]*\)/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) continue;
    let all = true;
    for (let m = first; m <= last && all; m++) all = townWord(s, m, first === last, cues);
    if (!all) continue;
    for (let m = first; m <= last; m++) s.mark(m, 'LOCATION', 'place-facility-town');
  }
}
