// "Last,First" glued by a comma without a blank, as EHR exports, wristbands and message subjects write
// a person (issue 11, session 26): "Inmate: CUTFORTH,TEMPERANCE   IM#: …", "Subj: HARGREAVE,CORAL - reauth
// needed", "| ED visit | MARSH,ADAEZE |", "subj: lattimore,clement - …". Both words are of one case, the
// note's name case (capitals in a mixed-case or capitals note, lower case in a lower-case note); the pair
// opens a field (a line start, a label's colon or dotted leader, a bar or a bracket) and closes it (the
// line end, two blanks, a bar, a bracket, a slash or a dash). Neither word is a function, title, credential
// or clinical word or a month, and one of them is on a name list or in no vocabulary: "NKDA,HTN" and
// "BP,HR" are lists of abbreviations, not people.
import { hasLower, hasUpper, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { staffWord } from '../keep-list/name-words.js';

const OPEN_RE = /(?:^|\n|[:|(/]|\.{2,}|[ \t]{2,})[ \t]*$/;
const CLOSE_RE = /^(?:[ \t]*(?:$|\n|[|)/]|[-–—][ \t]|--)|[ \t]{2,})/;
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.CLINICAL;

/** Whether `w` (a token's word) is written in the note's name case and could be a name word. */
function nameWord(s: TokenScanner, w: string, flags: number, lower: string): boolean {
  if (!/^[A-Za-z][A-Za-z'-]+$/.test(w) || (flags & NEVER) !== 0 || MONTH_WORDS.has(lower) || staffWord(lower)) return false;
  return s.style === 'lower' ? !hasUpper(w) : !hasLower(w);
}

/** Marks both words of a glued "LAST,FIRST" pair opening and closing a field as NAME (source `glued-pair`). */
export function gluedNamePairs(s: TokenScanner, vocab: KeepVocabulary): void {
  const text = s.text;
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    const a = s.tokens[i]!;
    const b = s.tokens[i + 1]!;
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 44) continue;
    if (!nameWord(s, a.word, a.flags, a.lower) || !nameWord(s, b.word, b.flags, b.lower)) continue;
    const known = (t: typeof a) => (t.flags & NAME_LISTS) !== 0 || ((t.flags & (LEX.COMMON | LEX.CLIPPED)) === 0 && !inVocabulary(vocab, t.lower, t.flags));
    if (!known(a) && !known(b)) continue;
    if (!OPEN_RE.test(text.slice(Math.max(0, a.start - 24), a.start)) || !CLOSE_RE.test(text.slice(b.end, b.end + 4))) continue;
    s.mark(i, 'NAME', 'glued-pair');
    s.mark(i + 1, 'NAME', 'glued-pair');
    i++;
  }
}
