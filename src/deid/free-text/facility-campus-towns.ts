// The town of a facility's campus after its comma (issue 11): "REFERRING: PORT AVERILL REGIONAL
// (PAR), INDEX URGENT CARE", "Referring: Kessler Valley Hospital (KVH), Concord level II nursery",
// "from Tollan General, Usual L&D". Transfer and referral lines tell a hospital's campuses apart by
// the town, written between the facility's comma and the unit the patient comes from; the town is
// often an ordinary word ("Index", "Plain", "Boring"), which no word-list pass takes. The units are
// data (deid-place-cues.yaml facilityBrackets.campusUnits).
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';

const { isCap } = tokenScanner;

/** Sources of place spans that name no facility: an address, a state, a ZIP, a town already. */
const NOT_FACILITY_SOURCES = new Set(['place-address', 'place-state', 'place-town', 'place-zip', 'place-address-zip']);

// A facility's acronym in brackets after its name: "(PAR)", "(GCMC)".
const BRACKET_ACRONYM_RE = /^[ \t]*\([ \t]*[A-Za-z&]{2,8}[ \t]*\)/;

/** Whether the text from token `i` spells one of the units (facilityBrackets.campusUnits, "l&d" with its ampersand), closing on a non-word. */
function unitAt(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[i];
  if (!t) return false;
  for (const unit of cues.facilityCampusUnits) {
    if (!unit.startsWith(t.lower)) continue;
    const seg = s.text.slice(t.start, t.start + unit.length + 1).toLowerCase();
    if (seg.startsWith(unit) && !/[a-z0-9]/.test(seg.slice(unit.length))) return true;
  }
  return false;
}

/** Whether token `k` may be a word of a campus's town: letters, no function, clinical, title, credential or state word, no kind of place, unit or ward. */
function townWord(s: TokenScanner, k: number, bracketed: boolean, cues: PlaceCueSets): boolean {
  const t = s.tokens[k]!;
  if (s.marked.has(k) || t.lower.length < 3 || !/^[A-Za-z][A-Za-z'’-]*$/.test(t.word)) return false;
  if ((t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD | LEX.INSTITUTION_HEAD)) !== 0 || notTownWord(t.lower)) return false;
  if (cues.notTowns.has(t.lower) || cues.departments.has(t.lower) || cues.careKinds.has(t.lower) || cues.facilityBracketNotTowns.has(t.lower)) return false;
  if (cues.facilityTrimHeads.has(t.lower) || cues.orgHeads.has(t.lower) || cues.acronymWardsAfter.has(t.lower) || unitAt(s, k, cues)) return false;
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  // "…Hospital, admitted NICU", "…, boarding ICU": without the facility's acronym between, a verb's
  // form is how the patient came, not where from (a town in the places or names lists aside).
  return bracketed || (t.flags & (LEX.PLACE | LEX.AMBIGUOUS)) !== 0 || !/(?:ed|ing)$/.test(t.lower);
}

/**
 * "PORT AVERILL REGIONAL (PAR), INDEX URGENT CARE", "Nettleton Valley Hospital (NVH), Concord level
 * II nursery": after a facility found (its head words and its acronym in brackets between allowed),
 * a comma, then one or two town words (townWord) right before a unit of facilityBrackets.campusUnits
 * are the campus's town (LOCATION). Run after the facility, acronym and bracket-town passes.
 */
export function facilityCampusTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.facilityCampusUnits.length === 0) return;
  const facilityEnds = new Set<number>();
  for (const span of s.spans) if ((span.category === 'INSTITUTION' || span.category === 'LOCATION') && !NOT_FACILITY_SOURCES.has(span.source)) facilityEnds.add(span.end);
  if (facilityEnds.size === 0) return;
  for (let i = 0; i < s.tokens.length - 2; i++) {
    if (!facilityEnds.has(s.tokens[i]!.end)) continue;
    // The facility's acronym found alone in its brackets stands for the facility ("TIVERTON WOMENS & INFANTS (TWI), USUAL SCN").
    const inBracket = s.text[s.tokens[i]!.start - 1] === '(' && s.text[s.tokens[i]!.end] === ')';
    let k = i;
    // The facility's head words ("Hospital", "Medical Center") the facility pass leaves out of its span.
    while (k + 1 < s.tokens.length && s.blankBetween(k, k + 1) && ((s.tokens[k + 1]!.flags & LEX.INSTITUTION_HEAD) !== 0 || cues.facilityTrimHeads.has(s.tokens[k + 1]!.lower))) k++;
    let at = s.tokens[k]!.end;
    const bracket = inBracket ? ')' : BRACKET_ACRONYM_RE.exec(s.text.slice(at, at + 16))?.[0];
    if (bracket !== undefined) at += bracket.length;
    const comma = /^[ \t]*,[ \t]*/.exec(s.text.slice(at, at + 8));
    if (!comma) continue;
    const first = s.byStart.get(at + comma[0].length);
    if (first === undefined) continue;
    for (let n = 1; n <= 2; n++) {
      const last = first + n - 1;
      if (last + 1 >= s.tokens.length || !s.blankBetween(last, last + 1) || (n > 1 && !s.blankBetween(last - 1, last))) break;
      if (!townWord(s, last, bracket !== undefined, cues)) break;
      if (!unitAt(s, last + 1, cues)) continue;
      for (let m = first; m <= last; m++) s.mark(m, 'LOCATION', 'place-campus-town');
      i = last;
      break;
    }
  }
}
