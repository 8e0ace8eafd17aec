// A group practice named by one word no word list holds (issue 11): "Tanager Cardiology Associates",
// "call Vireo Health Partners at …", "F/U WITH VEERY SPINE SPECIALISTS". The organisation pass
// (place-shapes.ts organisations) opens a name only at a proper word, and refuses a word one letter
// from a vocabulary word ("tanager" / "manager", "vireo" / "video") as a likely slip; here the shape
// decides: the word, then what the practice treats, then a head (rules/en/deid-place-cues.yaml
// practiceNames). The word is in no list at all (no common, clinical, function, title, credential,
// given-name or clipped word) and no notes-vocabulary word, written as a name in a mixed-case note.
import { LEX } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { hasLower, hasUpper, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const LISTED = LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.FIRST | LEX.AMBIGUOUS | LEX.CLIPPED;

/** Whether tokens `a` and `a + 1` stand on one line with one blank or two between. */
const joined = (s: TokenScanner, a: number) => /^[ \t]{1,2}$/.test(s.text.slice(s.tokens[a]!.end, s.tokens[a + 1]!.start));

/** Whether a word is written as the note writes a name: Title case in a mixed-case note, as the note is in a one-case one. */
function nameCase(s: TokenScanner, t: Token): boolean {
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  return s.style === 'upper' ? !hasLower(t.word) : !hasUpper(t.word);
}

/** Marks the practice's name word, what it treats and its head (source `place-practice`). */
export function practiceNames(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (cues.practiceHeads.size === 0) return;
  const { tokens } = s;
  // The heads' tokens alone, in order (cue-tokens.ts).
  for (const h of s.cueTokens(cues.practiceHeads)) {
    if (h < 2) continue;
    if ( !cues.practiceMiddles.has(tokens[h - 1]!.lower)) continue;
    const a = h - 2;
    const name = tokens[a]!;
    if (s.marked.has(a) || s.marked.has(a + 1) || s.marked.has(h) || !joined(s, a) || !joined(s, a + 1)) continue;
    if (![a, a + 1, h].every((k) => nameCase(s, tokens[k]!))) continue;
    if (name.word.length < 4 || !/^[A-Za-z][A-Za-z'-]*$/.test(name.word) || (name.flags & LISTED) !== 0 || vocab.has(name.lower) || cues.practiceNotFirst.has(name.lower) || cues.orgNotFirst.has(name.lower)) continue;
    for (let k = a; k <= h; k++) s.mark(k, 'INSTITUTION', 'place-practice');
  }
}
