// A town after a preposition of nearness (issue 11): "lodging in rural villages outside Tamale", "MVC
// on the interstate near Quillby Falls", "will visit monkey forest near Kathmandu", "lives on a farm
// outside Dunmore". The prepositions are data (rules/en/deid-place-cues.yaml nearbyPlaces). The word
// after one is a town only when it is written as a name and no vocabulary holds it: no common,
// clinical, function, title, credential, clipped or given-name word, nothing of the notes
// vocabulary, no possessive (an eponym's "McBurney's point"), and in a one-case note no slip of a
// vocabulary word either ("near shouldr"). A second such word, or a place tail ("Falls"), joins it.
import { LEX } from '../lexicon-flags.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const NOT_TOWN = LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLIPPED | LEX.FIRST | LEX.AMBIGUOUS;

/** Whether token `t` may be a town's name word here (see the file comment). */
function townWord(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  if (t.word.length < 3 || !/^[A-Za-z][A-Za-z'-]*[A-Za-z]$/.test(t.word) || (t.flags & NOT_TOWN) !== 0 || vocab.has(t.lower)) return false;
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word);
  return t.word.length >= 4 && !vocab.nearMiss(t.lower);
}

/** Marks the town after a preposition of nearness (source `place-nearby`). */
export function nearbyPlaces(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (cues.nearbyPrepositions.size === 0) return;
  const { text, tokens } = s;
  // The tokens right after a preposition alone, in order (cue-tokens.ts); `next` skips a town already marked.
  let next = 1;
  for (const at of s.cueTokens(cues.nearbyPrepositions)) {
    const i = at + 1;
    if (i < next || i >= tokens.length) continue;
    const t = tokens[i]!;
    if ( !s.blankBetween(i - 1, i) || s.marked.has(i) || !townWord(s, t, vocab)) continue;
    let last = i;
    const n = tokens[i + 1];
    if (n && s.blankBetween(i, i + 1) && !s.marked.has(i + 1) && (s.style !== 'mixed' || isCap(n.word)) && ((n.flags & LEX.PLACE_TAIL) !== 0 || townWord(s, n, vocab))) last = i + 1;
    // The town closes its phrase: a stop, a comma, a bracket, the line end, a number or a function word
    // after it; an eponym's possessive or head word does not ("near McBurney's point", "near Morrison pouch").
    const after = tokens[last + 1];
    const gap = text.slice(tokens[last]!.end, after ? after.start : text.length);
    const closes = !after || /^[ \t]*(?:[.,;:)(\]–-]|\r?\n)/.test(gap) || (/^[ \t]+$/.test(gap) && (/^\d/.test(after.word) || (after.flags & LEX.STOP) !== 0));
    if (!closes || /^['’]/.test(gap) || tokens[last]!.lower.endsWith("'s")) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-nearby');
    next = last + 1;
  }
}
