// Dotted initials (issue 11): a person written as the letters of their name with a stop after each
// ("pt K.L.M.", "Impression (R.J.):", "0230 T.W. awake", "client initials b.n.o."), as clinics and
// home-care logs refer to the patient. Dotted letters are also the abbreviations of medicine and
// English ("p.o.", "b.i.d.", "M.D.", "a.m.", "O.S."), so the letters joined decide: after "initials"
// any group is someone's; after a patient lead (rules/en/deid-name-cues.yaml, dottedInitialsLeads)
// any group but a function word, credential, title or clinical abbreviation ("pt N.P.O." stays); with
// no lead only a group of capitals whose letters spell nothing any list holds, standing as a subject
// or in a bracket, and a state's letters only where no comma puts them after a town ("Pierre, S.D.").
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { hasLower, hasUpper } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { dottedAbbreviationWord } from '../keep-list/name-words.js';

// Two or three letters each followed by a stop, no letter or stop before, no letter after ("K.L.M.", "r.j.").
const DOTTED_RE = /(?<![A-Za-z.])((?:[A-Za-z]\.){2,3})(?![A-Za-z])/g;
const LEAD_BEFORE_RE = new RegExp(`(?<![A-Za-z])(${cueAlternation(nameCues().cues.dottedInitialsLeads.words, '[ \\t]+')})[ \\t]*[:(]?[ \\t]*$`, 'i');
// What the letters may never spell after a patient lead: a function word, a credential or a title.
const NEVER_AFTER_LEAD = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL;

/** Whether the dotted group `g` at `at` is a person's initials (see the file comment for the three places). */
function dottedInitials(text: string, at: number, g: string): boolean {
  if (hasUpper(g) && hasLower(g)) return false;
  const w = g.replace(/\./g, '').toLowerCase();
  const f = lexiconFlags(w);
  const lead = LEAD_BEFORE_RE.exec(text.slice(Math.max(0, at - 24), at));
  if (lead) {
    if (/initials$/i.test(lead[1]!)) return true;
    // A clinical abbreviation ("pt N.P.O.", "re C.T.") is one still.
    return (f & (NEVER_AFTER_LEAD | LEX.CLINICAL)) === 0;
  }
  if (hasLower(g) || (f & ~LEX.STATE_WORD) !== 0 || dottedAbbreviationWord(w)) return false;
  // Unled, the group must stand as a subject or in a bracket: a word in lower case, a bracket's end,
  // a colon or a comma after it ("T.W. woke", "(R.J.):"). Before a capital or an apostrophe it is an
  // abbreviation of the phrase around it ("D.L. PICC", "per V.O. DR. LEE", "tube D.C.'D").
  if (!/^[ \t]*(?:[a-z]|[):,])/.test(text.slice(at + g.length, at + g.length + 4))) return false;
  return (f & LEX.STATE_WORD) === 0 || !/,[ \t]*$/.test(text.slice(Math.max(0, at - 3), at));
}

/** Marks the letters of dotted initials (rule id `dotted-initials`). */
export function dottedInitialsNames(s: TokenScanner): void {
  if (!/[A-Za-z]\.[A-Za-z]\./.test(s.text)) return;
  for (const m of allMatches(DOTTED_RE, s.text)) {
    const g = m[1]!;
    if (!dottedInitials(s.text, m.index, g)) continue;
    for (let k = 0; k < g.length; k += 2) s.markWordAt(m.index + k, g[k]!, 'NAME', 'dotted-initials');
  }
}
