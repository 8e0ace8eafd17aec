// Organisations before a two-word head in a one-case note (session 26): "STONEBRIDGE CORRECTIONAL
// FACILITY - MEDICAL UNIT", "-- saltmarsh federal correctional institution", "APEX HOME MEDICAL".
// A mixed-case note's organisation pass takes the capitalised words before such a head (deid-place-
// cues.yaml organisations.compoundHeads); in a one-case note case tells nothing, so the words are
// taken when none is a function, clinical or generic opening word and one at least is no common
// word (or a place or a name that is also one).
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

/** Whether the compound head `words` is spelt from token `i` (blank-joined). */
function spells(s: TokenScanner, i: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n] || (n > 0 && !s.blankBetween(i + n - 1, i + n))) return false;
  }
  return true;
}

/** Marks the one-case organisations before a compound head (see the file comment). */
export function oneCaseCompoundOrganisations(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (s.style === 'mixed' || cues.orgCompoundHeads.length === 0) return;
  for (let i = 1; i < s.tokens.length; i++) {
    const head = cues.orgCompoundHeads.find((words) => words[0] === s.tokens[i]!.lower && spells(s, i, words));
    if (head === undefined || s.marked.has(i) || !s.blankBetween(i - 1, i)) continue;
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const t = s.tokens[k]!;
      if (s.marked.has(k) || (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || !/^[A-Za-z][A-Za-z'&-]*$/.test(t.word)) break;
      if (k < i - 1 && !s.blankBetween(k, k + 1)) break;
      first = k;
      if (k > 0 && !s.blankBetween(k - 1, k)) break;
    }
    while (first < i && cues.orgNotFirst.has(s.tokens[first]!.lower)) first++;
    if (first === i) continue;
    let proper = false;
    for (let k = first; k < i; k++) {
      const f = s.tokens[k]!.flags;
      if ((f & LEX.COMMON) === 0 || (f & (LEX.PLACE | LEX.AMBIGUOUS | LEX.LAST)) !== 0) proper = true;
    }
    if (!proper) continue;
    for (let k = first; k < i + head.length; k++) s.mark(k, 'INSTITUTION', 'place-org-compound');
    i += head.length - 1;
  }
}
