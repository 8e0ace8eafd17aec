// Subject lines of letters (issue 11): a letter names its patient after "Re:" opening a line, as
// "First M. Last" before the date of birth, a comma or the line end ("Re:  Sky E. Rivers (DOB …)",
// "RE: JOY M. FIELDS, MRN …"). The middle initial and the place make it a person's name even when
// the first name or surname is a word ("Rain", "Fields"); the name found is then spread over the
// letter by the propagation pass ("We cared for Rain …"). A subject that is a finding ("Re:
// Hepatitis B. Serology", "Re: Vitamin D. Levels") has a clinical or plain word no name list holds.
import type { TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { AnchoredRegex } from '../keyword-anchors.js';

// "Re:" opening its line, a first name, a middle initial (its dot optional), a surname (hyphenated
// or not), then a bracket, a comma or the line end.
const RE_LINE_RE = /^[ \t]*re[ \t]*:[ \t]*([A-Za-z][A-Za-z'-]+)[ \t]+([A-Za-z])\.?[ \t]+([A-Za-z][A-Za-z'-]*[A-Za-z])(?=[ \t]*(?:[(,;]|$))/gim;
// Whether a text holds "re" and a colon at all: a whole word, so tested at the word only (keyword-anchors.ts).
const RE_COLON = new AnchoredRegex(/\bre[ \t]*:/gi, ['re']);
// Words that are no part of a patient's name: function words, credentials and titles ("Dr", "MD").
const NEVER = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE;

/** Whether token `i` can be a part of the patient's name on a subject line: no plain or clinical word the name lists lack. */
function namePart(s: TokenScanner, i: number | undefined): boolean {
  const t = i === undefined ? undefined : s.tokens[i];
  if (!t || (t.flags & NEVER) !== 0) return false;
  return (t.flags & (LEX.COMMON | LEX.CLINICAL)) === 0 || (t.flags & NAME_LISTS) !== 0;
}

/**
 * Marks the patient's name of a letter's subject line ("Re: Sky E. Rivers (DOB 3 March 1970)") as
 * NAME (source `re-line`): first name, middle initial and surname, in the note's case.
 */
export function reLines(s: TokenScanner): void {
  if (!RE_COLON.test(s.text)) return;
  RE_LINE_RE.lastIndex = 0;
  for (let m = RE_LINE_RE.exec(s.text); m; m = RE_LINE_RE.exec(s.text)) {
    const [first, initial, last] = [m[1]!, m[2]!, m[3]!];
    // In a mixed-case note each part is capitalised, as a name is.
    if (s.style === 'mixed' && ![first, initial, last].every((w) => /^[A-Z]/.test(w))) continue;
    const firstAt = m.index + m[0].indexOf(first, m[0].indexOf(':') + 1);
    const parts = s.tokensIn(firstAt, m.index + m[0].length);
    // First name, the initial alone, then the surname's tokens (a hyphenated one has two), each a name part.
    if (parts.length < 3 || s.tokens[parts[1]!]!.word !== initial || !parts.filter((_, n) => n !== 1).every((k) => namePart(s, k))) continue;
    for (const k of parts) s.mark(k, 'NAME', 're-line');
  }
}
