// Where the patient or the clinician is during a video or phone visit (session 26). Telehealth notes
// state it for licensure and emergencies, right after a phrase ("Pt physically in Maine at time of
// visit", "patient located at home in Garnet Hill, MA", "connecting from home in East Pellham, PA")
// or in a field ("Location of provider: clinic office, Ransom"). The phrases and labels are data
// (deid-place-cues.yaml visitLocations). The town is often an ordinary word ("Comfort", "Ransom"):
// after these phrases a capitalised word (in a one-case note, a word that is no common word, or a
// name or place that is also one) is the place; a state code or name closes it after a comma.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const { hasLower, isCap } = tokenScanner;

// The first words of the visit phrases and labels, per cue sets.
const OPENING = new WeakMap<PlaceCueSets, ReadonlySet<string>>();
function openingWords(cues: PlaceCueSets): ReadonlySet<string> {
  let set = OPENING.get(cues);
  if (set === undefined) {
    set = new Set([...cues.visitLeads, ...cues.visitLabels].map((words) => words[0]!));
    OPENING.set(cues, set);
  }
  return set;
}

/** The token after the phrase `words` read from token `i`, or -1 (words joined by blanks). */
function spells(s: TokenScanner, i: number, words: readonly string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n] || (n > 0 && !s.blankBetween(i + n - 1, i + n))) return -1;
  }
  return i + words.length;
}

/** Whether token `k` is a state: a capital code, a state name (or a lower-case code in a lower-case note). */
function stateAt(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k];
  if (!t || s.marked.has(k)) return false;
  if (t.word.length === 2) return cues.stateCodes.has(t.lower) && (!hasLower(t.word) || s.style === 'lower');
  return cues.stateNames.has(t.lower) && (s.style !== 'mixed' || isCap(t.word));
}

/** Whether token `k` may be a word of a town's name here, in the note's case style. */
function townWord(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k];
  if (!t || s.marked.has(k) || t.lower.length < 2 || !/^[A-Za-z][A-Za-z'.-]*$/.test(t.word)) return false;
  if ((t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || cues.notTowns.has(t.lower)) return false;
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  return (t.flags & LEX.COMMON) === 0 || (t.flags & (LEX.PLACE | LEX.AMBIGUOUS | LEX.FIRST | LEX.LAST)) !== 0;
}

/** Marks the place from token `k`: a state, or one to three town words with a state after a comma. Returns whether it marked. */
function takePlace(s: TokenScanner, k: number, cues: PlaceCueSets, endOk: (e: number) => boolean): boolean {
  if (stateAt(s, k, cues) && endOk(k)) {
    s.mark(k, 'LOCATION', 'place-visit');
    return true;
  }
  let last = k - 1;
  while (last - k < 2 && townWord(s, last + 1, cues) && (last < k || s.blankBetween(last, last + 1))) last++;
  if (last < k) return false;
  const after = s.tokens[last + 1];
  const comma = !!after && /^[ \t]*,[ \t]*$/.test(s.text.slice(s.tokens[last]!.end, after.start));
  const state = comma && stateAt(s, last + 1, cues);
  if (!endOk(state ? last + 1 : last)) return false;
  for (let m = k; m <= last; m++) s.mark(m, 'LOCATION', 'place-visit');
  if (state) s.mark(last + 1, 'LOCATION', 'place-visit');
  return true;
}

/** The place after a phrase ends its part: punctuation, a bracket, the line end, or a word going on the sentence. */
function partEnds(s: TokenScanner, e: number): boolean {
  return /^(?:[ \t]*(?:[,;:.)(\]]|$|\n)|[ \t]+(?:at|on|for|during|until|till|with|and|since|per|today|this|where|when|via|by|-|--)(?![\w'’]))/i.test(s.text.slice(s.tokens[e]!.end, s.tokens[e]!.end + 12));
}

/** Marks the places after the visit-location phrases and in the visit-location fields (see the file comment). */
export function visitLocations(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.visitLeads.length === 0 && cues.visitLabels.length === 0) return;
  // Only a token that opens a phrase or a label gets past the first-word tests below.
  for (const i of s.cueTokens(openingWords(cues))) {
    const w = s.tokens[i]!.lower;
    for (const words of cues.visitLeads) {
      if (words[0] !== w) continue;
      const k = spells(s, i, words);
      if (k < 0 || k >= s.tokens.length || !s.blankBetween(k - 1, k)) continue;
      if (takePlace(s, k, cues, (e) => partEnds(s, e))) break;
    }
    for (const words of cues.visitLabels) {
      if (words[0] !== w) continue;
      const k = spells(s, i, words);
      if (k < 0 || k >= s.tokens.length || !/^[ \t]*:[ \t]*$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) continue;
      // The field runs to the line end or a semicolon; the place is its last comma-separated part (a state may follow the town).
      const lineEnd = s.text.slice(s.tokens[k]!.start).search(/[\n;]|[ \t]{3,}/);
      const end = lineEnd < 0 ? s.text.length : s.tokens[k]!.start + lineEnd;
      const parts: number[] = [];
      for (let m = k; m < s.tokens.length && s.tokens[m]!.start < end; m++) {
        if (m === k || /,/.test(s.text.slice(s.tokens[m - 1]!.end, s.tokens[m]!.start))) parts.push(m);
      }
      let from = parts[parts.length - 1]!;
      if (parts.length >= 2 && stateAt(s, from, cues)) from = parts[parts.length - 2]!;
      if (from === k && parts.length > 1) break;
      takePlace(s, from, cues, (e) => s.tokens[e]!.end <= end && /^[ \t.]*(?:$|\n|;|[ \t]{3,})/.test(s.text.slice(s.tokens[e]!.end, s.tokens[e]!.end + 4)));
      break;
    }
  }
}
