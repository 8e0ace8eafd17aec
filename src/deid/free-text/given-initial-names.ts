// A given name and the initial of the surname (session 44): staff, witnesses, crews and contacts are
// written by the given name and one letter with its full stop ("Witness: Hope R.", "GC student Will
// V. observed", "crew Dawn and June K. report", "co-treated with Ravi O., PTA", "rrt rn tuesday
// b., dr. lowe"). The given name is often a word as well ("Grace", "Will", "Sage", "April"), which
// other passes refuse without a cue; the capital letter and its stop after it, closing the field or
// running on into the clause, make the pair a person. The word must be one the given-name lists
// hold (also as a word), a month that is a given name (deid-name-cues.yaml nameWords.givenInitialMonths)
// or a word no vocabulary holds, written as a name; the letter in the note's case. A letter and stop
// that open a dotted term ("pt may c. diff", "E. coli") or a word that only a clinical, function or
// title list holds ("Hep B.", "Vit D.", "Type A.") stay.
import { hasLower, hasUpper, isCap, type Token, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX } from '../lexicon-flags.js';
import { dottedAbbreviation, staffWord } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';

const W = nameCues().nameWords;
const MONTH_NAMES: ReadonlySet<string> = new Set(W.givenInitialMonths);
const NON_NAMES: ReadonlySet<string> = new Set([...W.givenInitialNonNames, ...W.pairNonNames]);
const DOTTED_TERMS: ReadonlySet<string> = new Set(W.givenInitialDottedTerms);
// What follows the initial's stop: the line end, a separator or bracket, a wide gap, or a blank and a
// word (lower case in a mixed-case note: a clause running on, not a new sentence).
const CLOSE_RE = /^(?:[ \t]*(?:\r?\n|$|[,;:)|/\]])|[ \t]{2,}|[ \t]+\(|[ \t]+[-–—][ \t])/;

/** Whether token `t` may be the given name: a given name of the lists (a word too or not), a month that is one, or a word no vocabulary holds, written as a name. */
function givenName(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  const f = t.flags;
  if (t.word.length < 3 || !/^\p{L}+(?:-\p{L}+)?$/u.test(t.word) || NON_NAMES.has(t.lower) || staffWord(t.lower) || RELATION_CUE_WORDS.has(t.lower)) return false;
  if ((f & (LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) !== 0) return false;
  if (s.style === 'mixed' ? !(isCap(t.word) && hasLower(t.word)) : s.style === 'lower' ? hasUpper(t.word) : hasLower(t.word)) return false;
  if (MONTH_NAMES.has(t.lower)) return true;
  if (MONTH_WORDS.has(t.lower)) return false;
  // A clinical word is a given name here only when the first-name list holds it ("Mild W. -> Severe C." are pain grades).
  if ((f & LEX.CLINICAL) !== 0 && (f & LEX.FIRST) === 0) return false;
  if ((f & (LEX.FIRST | LEX.AMBIGUOUS)) !== 0) return (f & LEX.STOP) === 0 || (f & LEX.AMBIGUOUS) !== 0;
  if ((f & (LEX.STOP | LEX.CLINICAL | LEX.CLIPPED | LEX.LAST | LEX.PLACE)) !== 0) return false;
  return !((f & LEX.COMMON) !== 0 || inVocabulary(vocab, t.lower, f)) && /[aeiouy]/i.test(t.word);
}

/** Marks a given name and the surname's initial with its stop, closing their field or running on into the clause. */
export function givenInitialNames(s: TokenScanner, vocab: KeepVocabulary): void {
  const { tokens, text } = s;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The initial: one letter, its stop right after it, one blank before it, in the note's case.
    if (t.word.length !== 1 || text.charCodeAt(t.end) !== 46) continue;
    const g = tokens[i - 1]!;
    if (t.start - g.end !== 1 || text.charCodeAt(g.end) !== 32) continue;
    if (s.style === 'lower' ? hasUpper(t.word) : !hasUpper(t.word)) continue;
    // A Roman numeral after a word is a grade or type ("Mobitz I.", "Factor V."), not an initial.
    if (/^[ivx]$/i.test(t.word)) continue;
    if (dottedAbbreviation(s, t)) continue;
    const after = text.slice(t.end + 1, t.end + 6);
    const nextWord = tokens[i + 1];
    if (nextWord && DOTTED_TERMS.has(nextWord.lower) && nextWord.start - t.end <= 2) continue;
    // A blank and a word after the stop: in a mixed-case note only a lower-case word runs the clause on.
    const runsOn = /^[ \t][a-z]/.test(after) && s.style === 'mixed' && !/^[ \t][a-z]{1,3}\./.test(after);
    if (!CLOSE_RE.test(after) && !runsOn) continue;
    // The given name opens its field: no initial or name right before it ("Mary Hope R." is another pass's).
    if (!givenName(s, g, vocab)) continue;
    const prev = tokens[i - 2];
    if (prev && prev.end + 1 === g.start && text[prev.end] === '.' && prev.word.length === 1) continue;
    if (!s.marked.has(i - 1)) s.mark(i - 1, 'NAME', 'given-initial');
    if (!s.marked.has(i)) s.mark(i, 'NAME', 'given-initial');
  }
}
