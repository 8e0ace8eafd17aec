// Consultants by surname alone (issue 11, session 25): a sign-out lists each consulting service with its
// consultant's surname in brackets ("Consults: Renal (Halvorsen) following, GI (FISHER) scoping tmrw AM,
// ID (Abernathy) signed off"). In a note in capitals the surname is often an ordinary word as well
// ("RENAL (HUNTER)", "CARDS (ROSE)"), which no other pass takes there. The service before the bracket
// (rules/en/deid-person-slots.yaml serviceConsultants.services) and a bracket that holds one word alone
// make the slot; a test, a drug or a state in the bracket ("GI (EGD)", "ID (on vanc)", "Renal (following)")
// is no word a name list holds, or a clinical word.
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { isBlank, skipBlanks } from './blank-skip.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';

const SERVICES = cueAlternation(personSlots().serviceConsultants.services, '[ \\t]+') || '(?!)';
// The service, an optional blank, then one word of three letters or more alone in brackets (group 1).
const SERVICE_BRACKET_RE = new RegExp(`(?<![A-Za-z/-])(?:${SERVICES})[ \\t]*\\([ \\t]*(?:dr\\.?[ \\t]+)?([A-Za-z][A-Za-z'’-]{2,})[ \\t]*\\)`, 'gi');
const NEVER = LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL;

/** Marks a consultant's surname in brackets after a consulting service (rule id `service-consultant`). */
export function serviceConsultants(s: TokenScanner): void {
  if (!wordBracketWord(s.text)) return;
  for (const m of allMatches(SERVICE_BRACKET_RE, s.text)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    // The parts of a hyphenated surname are tokens of their own ("Okonkwo-Baptiste"): each must pass.
    const parts = s.tokensIn(at, at + m[1]!.length);
    if (parts.length > 0 && parts.every((k) => surnameWord(s, k))) for (const k of parts) s.mark(k, 'NAME', 'service-consultant');
  }
}

/**
 * `/[A-Za-z][ \t]*\([ \t]*[A-Za-z]{3}/.test(text)`, read at the text's brackets alone (a regex scan
 * tries every character; most reports hold a few brackets). Letters are no blanks, so the letter
 * before a bracket is the first character before its blanks, and the three after it are the first
 * after its blanks. Each blank is read at most twice (the runs before and after a bracket). Exported
 * for its test.
 */
export function wordBracketWord(text: string): boolean {
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    let q = p - 1;
    while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
    if (q < 0 || !isAsciiLetter(text.charCodeAt(q))) continue;
    const r = skipBlanks(text, p + 1);
    if (isAsciiLetter(text.charCodeAt(r)) && isAsciiLetter(text.charCodeAt(r + 1)) && isAsciiLetter(text.charCodeAt(r + 2))) return true;
  }
  return false;
}

/** Whether token `i` can be a surname here: no clinical or function word; an ordinary word only when a name list holds it too ("HUNTER", not "following"). */
function surnameWord(s: TokenScanner, i: number): boolean {
  const f = s.tokens[i]!.flags;
  if ((f & NEVER) !== 0) return false;
  return (f & (LEX.COMMON | LEX.VOCAB)) === 0 || (f & NAME_LISTS) !== 0;
}
