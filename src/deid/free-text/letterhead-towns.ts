// The town of a practice's site after a dash on the note's letterhead (session 44): "Harlow
// Physical Therapy - quarry", "OSPREY IMAGING SERVICES - FREEDOM", "Tollan Allergy Partners --
// Amity office", "pinecrest dialysis - camden, NJ". A practice with several sites heads its notes
// with its name, a dash and the town of the site; such towns are often ordinary words ("Unity",
// "Freedom", "Concord"), which no word-list pass takes alone. What follows the dash is as often
// the note's kind ("- daily note", "- initial evaluation"), so the words must be the shape of a town
// and none of the note's words (deid-place-cues.yaml letterheadTowns).
import type { Token, TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';

/** Rule id of the pass. */
export const LETTERHEAD_TOWN_RULE = 'place-letterhead-town';

// The letterhead's lines: the note's first two lines that hold a word.
const HEAD_LINES = 2;
// The dash between the organisation and its town: one or two hyphens or a dash, blanks on both sides.
const DASH_GAP_RE = /^[ \t]+(?:--?|–|—)[ \t]+$/;
// A state after the town's comma, closing the line: "camden, NJ", "Amity, Vermont".
const STATE_TAIL_RE = /^[ \t]*,[ \t]*[A-Za-z][A-Za-z. ]{1,20}$/;
// A science or specialty by its ending: "Asthma & Immunology", "Brackwell Cardiology".
const SPECIALTY_RE = /olog(?:y|ists?)$/;

/** Whether token `t` closes an organisation's or a facility's name (letterheadTowns.heads, organisation and facility heads, a specialty). */
function organisationHead(t: Token, cues: PlaceCueSets): boolean {
  return cues.letterheadHeads.has(t.lower) || cues.orgHeads.has(t.lower) || cues.facilityTrimHeads.has(t.lower) || (t.flags & LEX.INSTITUTION_HEAD) !== 0 || SPECIALTY_RE.test(t.lower);
}

/** Whether a word no list holds, or a place or an ambiguous name: a word of a name, never a generic or clinical one, a department, a kind of care or a head. */
function proper(t: Token): boolean {
  if ((t.flags & LEX.CLINICAL) !== 0) return false;
  return (t.flags & (LEX.COMMON | LEX.VOCAB)) === 0 || (t.flags & (LEX.PLACE | LEX.AMBIGUOUS | LEX.PLACE_START)) !== 0;
}

/** Whether token `t` before the organisation's head is a word of its name (see {@link proper}), no department, kind of care, generic word or head. */
function properLeft(t: Token, cues: PlaceCueSets): boolean {
  if (!/^[A-Za-z]/.test(t.word) || t.lower.length < 3 || !proper(t)) return false;
  return !cues.departments.has(t.lower) && !cues.careKinds.has(t.lower) && !cues.orgNotFirst.has(t.lower) && !organisationHead(t, cues);
}

/**
 * Whether token `k` may be a word of the town: letters, three at least, no function, title,
 * credential, state or calendar word, none of the note's words (letterheadTowns.notTowns), no
 * department, kind of care or organisation head; a clinical word or a person's name only when a
 * place or ambiguous-name list holds it too.
 */
function townWord(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k]!;
  if (s.marked.has(k) || t.lower.length < 3 || !/^[A-Za-z][A-Za-z'’]*$/.test(t.word)) return false;
  if ((t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD)) !== 0 || notTownWord(t.lower)) return false;
  if (cues.letterheadNotTowns.has(t.lower) || cues.departments.has(t.lower) || cues.careKinds.has(t.lower) || organisationHead(t, cues)) return false;
  const placeLike = (t.flags & (LEX.PLACE | LEX.AMBIGUOUS)) !== 0;
  return placeLike || (t.flags & (LEX.CLINICAL | LEX.FIRST | LEX.LAST)) === 0;
}

/**
 * "Harlow Physical Therapy - quarry run", "OSPREY IMAGING SERVICES - FREEDOM", "Tollan Allergy
 * Partners -- Amity office": on one of the note's first lines, two words or more closing on an
 * organisation head (see {@link organisationHead}), one of them a name's word (see {@link
 * properLeft}), a dash between blanks, then one or two town words (see {@link townWord}) closing the
 * line, a site word (letterheadTowns.sites) or a comma and a state allowed after them. The first
 * town word is a place, an ambiguous name or a word no list holds ("otter run", "Unity",
 * "Brenlow"), and a second one such a word too or a place's tail ("run", "Notch"): an ordinary or
 * clinical word says the note's kind or study ("- CASEWORKER CONTACT").
 */
export function letterheadTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.letterheadHeads.size === 0) return;
  let at = 0;
  for (let line = 0; line < HEAD_LINES; line++) {
    const first = s.nextToken(at);
    if (first === undefined) return;
    const lineStart = s.text.lastIndexOf('\n', s.tokens[first]!.start - 1) + 1;
    const nl = s.text.indexOf('\n', s.tokens[first]!.start);
    const lineEnd = nl < 0 ? s.text.length : nl;
    at = lineEnd + 1;
    let last = first;
    while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= lineEnd) last++;
    // The organisation: no label's colon or table bar before the dash.
    for (let d = first + 1; d <= last; d++) {
      if (!DASH_GAP_RE.test(s.text.slice(s.tokens[d - 1]!.end, s.tokens[d]!.start))) continue;
      if (d - first < 2 || /[:|]/.test(s.text.slice(lineStart, s.tokens[d - 1]!.end)) || !organisationHead(s.tokens[d - 1]!, cues)) break;
      // A name's word before the head: "NUCLEAR MEDICINE - HEPATOBILIARY SCAN" is a department and its study.
      let named = false;
      for (let k = first; k < d - 1 && !named; k++) named = properLeft(s.tokens[k]!, cues);
      if (!named) break;
      townAfterDash(s, d, last, lineEnd, cues);
      break;
    }
    if (nl < 0) return;
  }
}

/** Marks the town that opens at token `d` and runs to token `last` of its line (see {@link letterheadTowns}). */
function townAfterDash(s: TokenScanner, d: number, last: number, lineEnd: number, cues: PlaceCueSets): void {
  let end = last;
  // A comma and a state closing the line ("camden, NJ") stand after the town.
  for (let k = d; k < last; k++) {
    if (STATE_TAIL_RE.test(s.text.slice(s.tokens[k]!.end, lineEnd))) {
      end = k;
      break;
    }
  }
  if (end === last && !/^[ \t]*$/.test(s.text.slice(s.tokens[last]!.end, lineEnd))) return;
  // A site word after the town ("Amity office", "Ashby campus").
  if (end > d && cues.letterheadSites.has(s.tokens[end]!.lower) && s.blankBetween(end - 1, end)) end--;
  if (end - d > 1) return;
  for (let k = d; k <= end; k++) {
    if (!townWord(s, k, cues) || (k > d && !s.blankBetween(k - 1, k))) return;
  }
  if (!proper(s.tokens[d]!)) return;
  // The second word of a town of two: a word of a name, a place's tail or one of letterheadTowns.tails ("otter run").
  const second = end > d ? s.tokens[end]! : undefined;
  if (second && !proper(second) && (second.flags & (LEX.PLACE_TAIL | LEX.PLACE_START)) === 0 && !cues.letterheadTails.has(second.lower)) return;
  for (let k = d; k <= end; k++) s.mark(k, 'LOCATION', LETTERHEAD_TOWN_RULE);
}
