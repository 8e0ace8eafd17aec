// The clinician in brackets after a clinic named for its service or for the clinician's role
// (session 26): "Surgeon clinic (Gribble) note 3/6", "Bariatric clinic (Okafor): pre-op diet",
// "VERTIGO CLINIC (HALVORSEN) NOTE". The clinic is no name (its word is a kind of care,
// deid-place-cues.yaml placeWords.careKinds); the one word filling the bracket is the person whose
// clinic it is (or the town it is held in: either way an identifier).
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const { hasLower, isCap } = tokenScanner;

// (deid-place-cues.yaml placeVocabulary.clinicWords)
const CLINIC: ReadonlySet<string> = placeCues().clinicWords;

/** Whether token `k` may be the bracketed clinician, in the note's case style. */
function bracketWord(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k]!;
  const f = t.flags;
  if (s.marked.has(k) || t.lower.length < 3 || !/^[A-Za-z][A-Za-z'-]*$/.test(t.word)) return false;
  if ((f & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD)) !== 0) return false;
  if (cues.careKinds.has(t.lower) || cues.departments.has(t.lower) || cues.notTowns.has(t.lower) || cues.facilityBracketNotTowns.has(t.lower)) return false;
  // Mixed case: capitalised with lower-case letters. One case: no common word, or a name or place that is also one.
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  return (f & LEX.COMMON) === 0 || (f & (LEX.FIRST | LEX.LAST | LEX.PLACE | LEX.AMBIGUOUS)) !== 0;
}

/** "<kind of care> clinic (<Word>)": marks the word as a name (see the file comment). */
export function clinicBrackets(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  // The tokens of "clinic" alone, in order (cue-tokens.ts).
  for (const i of s.cueTokens(CLINIC)) {
    if (i < 1 || i + 1 >= s.tokens.length) continue;
    if (!cues.careKinds.has(s.tokens[i - 1]!.lower) || !s.blankBetween(i - 1, i)) continue;
    const k = i + 1;
    if (!/^[ \t]*\([ \t]*$/.test(s.text.slice(s.tokens[i]!.end, s.tokens[k]!.start))) continue;
    if (!/^[ \t]*\)/.test(s.text.slice(s.tokens[k]!.end, s.tokens[k]!.end + 3))) continue;
    if (bracketWord(s, k, cues)) s.mark(k, 'NAME', 'clinic-bracket');
  }
}
