// The shapes of a facility's acronym no list holds (issue 11), shared by the passes that find one in
// call logs and headings (acronym-wards.ts), in history items (place-history-acronyms.ts) and in
// affiliations (facility-affiliations.ts).
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX } from '../lexicon-flags.js';
import { isCapitalsOnly } from './char-tests.js';
import type { PlaceCueSets } from './place-rules.js';

/** Whether token `i` is an acronym that may be a facility's: three to six capitals no list holds, not a unit ("…U"). */
export function unknownAcronym(s: TokenScanner, i: number, vocab: KeepVocabulary, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  const w = t.lower;
  if (t.word.length < 3 || t.word.length > 6 || !isCapitalsOnly(t.word) || s.marked.has(i) || w.endsWith('u')) return false;
  // Glued to a hyphen, slash or digit it is a code ("CCH-2", "WHI/3").
  if (/^[-/'’\d]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\d]$/.test(s.text.slice(t.start - 1, t.start))) return false;
  if (vocab.has(w) || (t.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || cues.notAcronyms.has(w)) return false;
  return !cues.stateCodes.has(w) && !cues.stateAbbreviations.has(w);
}

// An acronym shaped like a hospital's: two to five letters, then H, HS or MC ("KVMH", "TBRHS", "PQMC").
export const HOSPITAL_SHAPE_RE = /^[a-z]{1,5}(?:h|hs|mc)$/i;

// An acronym shaped like a public agency's: a county's or town's initials, then EMS, or two initials
// or more and FD (fire department): "KCEMS", "LCFD". Written from general knowledge of how agencies
// shorten their names. Not FR (fire rescue) or HD (health department): "EGFR", "FFR", "HHD" (home
// haemodialysis), "CCHD" are clinical and some no word list holds.
export const AGENCY_SHAPE_RE = /^(?:[a-z]{1,4}ems|[a-z]{2,4}fd)$/i;

/** Whether token `i` is a lower-case acronym no list holds: three to six letters, no word of any vocabulary ("tbrh", "zmkv"). */
export function unknownLowerAcronym(s: TokenScanner, i: number, vocab: KeepVocabulary, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  if (t.word.length < 3 || t.word.length > 6 || !/^[a-z]+$/.test(t.word) || s.marked.has(i) || t.lower.endsWith('u')) return false;
  if (/^[-/'’\d]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\d]$/.test(s.text.slice(t.start - 1, t.start))) return false;
  if (vocab.has(t.lower) || (t.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLIPPED | LEX.VOCAB)) !== 0) return false;
  return !cues.notAcronyms.has(t.lower) && !cues.stateCodes.has(t.lower) && !cues.stateAbbreviations.has(t.lower);
}
