// The writer's initials at the end of a note (issue 11): call logs, run sheets, ambulance reports
// and visit notes close on a line of the writer's initials with no stamp or credential beside them
// ("JW", "DT EI", "SIG LS", "Initials: tm / ab", "next 4-26-25  yw"), or put the typist's group after
// the signer's credential ("quang liang, np   lp", "Nour Orlova, do / anb"), or open a line with a
// scribe's group before the doctor it writes for ("jnl for dr Zielinski"). The place decides, as for
// the typist's group by a dictation stamp (closing-initials.ts): a group may spell an abbreviation
// ("SH", "ps"); function words, credentials, titles, staff words, months and the state words of
// rules/en/deid-name-cues.yaml signOffWords.noteEndNonInitials ("OK", "DNR", "END") may not.
import { allMatches } from '../regex-matches.js';
import { lastTextLine, lineStartMatches } from './line-ends.js';
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';
import { LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { neverInitials } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { hasLower, hasUpper } = tokenScanner;

const words = nameCues().signOffWords;
const NON_INITIALS: ReadonlySet<string> = new Set(words.noteEndNonInitials);
const LEADS = cueAlternation(words.noteEndLeads, '[ \\t]+');
const CREDENTIALS = cueAlternation(nameCues().cues.signCredentials.words, '');
// The last line: an optional entry before a wide gap ("next 4-26-25  "), an optional lead ("SIG",
// "Initials:"), one group, and a second group after a blank or a slash, or "/ reviewed <name>".
const LAST_LINE_RE = new RegExp(
  `^(?:[^\\n]*\\d[ \\t]{2,})?[ \\t]*(?:(?:${LEADS})[ \\t]*:?[ \\t]*)?([A-Za-z]{2,3})(?:[ \\t]*(?:/|[ \\t])[ \\t]*(?:([A-Za-z]{2,3})|reviewed[ \\t]+([A-Za-z]{3,})))?[ \\t]*$`,
  'id',
);
// The typist's group after the signer's credential closing the line ("…, md  ad", "…, do / mb").
const AFTER_CREDENTIAL_G = new RegExp(`[ \\t,](?:${CREDENTIALS})\\.?(?:[ \\t]{2,}|[ \\t]*/[ \\t]*)([A-Za-z]{2,3})[ \\t]*$`, 'gimd');
// The same with the character before the credential looked behind at: it matches where AFTER_CREDENTIAL_G does, one
// character on, and opens with the credential's first run of letters as a whole word, so it is tested at those words
// only (keyword-anchors.ts) before the whole text is scanned.
const AFTER_CREDENTIAL_GATE = new AnchoredRegex(
  new RegExp(`(?<=[ \\t,])(?:${CREDENTIALS})\\.?(?:[ \\t]{2,}|[ \\t]*/[ \\t]*)[A-Za-z]{2,3}[ \\t]*$`, 'gim'),
  nameCues().cues.signCredentials.words.map(cueFirstRun),
);
// A scribe's group opening the line before "for Dr <name>" that closes it ("jnl for dr Zielinski").
// Sticky: tried at line starts only (lineStartMatches), as a match opens its line.
const FOR_DOCTOR_AT = /^[ \t]*([A-Za-z]{2,3})[ \t]+for[ \t]+(?:dr|doctor)\.?[ \t]+[A-Za-z][A-Za-z'-]+[ \t]*$/imyd;

/** Whether group `g` can be someone's initials in one of these places: one case, no word these places refuse. */
function initialsHere(g: string, clinicalToo = true): boolean {
  if (hasUpper(g) && hasLower(g)) return false;
  const w = g.toLowerCase();
  if (neverInitials(g) || NON_INITIALS.has(w)) return false;
  return clinicalToo || (lexiconFlags(w) & LEX.CLINICAL) === 0;
}

/** Whether the last character of `line` is an ASCII letter. */
function endsInAsciiLetter(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether a word after "reviewed" can be the reviewer's name: a word a name list holds, or one no word list holds. */
function reviewerName(w: string): boolean {
  const f = lexiconFlags(w.toLowerCase());
  if ((f & (LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE)) !== 0) return false;
  return (f & NAME_LISTS) !== 0 || (f & (LEX.COMMON | LEX.VOCAB)) === 0;
}

// The word "for" of FOR_DOCTOR_AT, as a token (cue-tokens.ts).
const FOR_WORD: ReadonlySet<string> = new Set(['for']);

/**
 * A necessary condition of a match of FOR_DOCTOR_AT, read on the tokens: in a match "for" has blanks
 * on either side, so it is a token of its own whose lower case is "for" (under `i` without `u` only
 * ASCII letters match), and "dr" or "doctor" follows it after the blanks, closed by a dot or a blank:
 * the next token is "dr" or "doctor". Most reports hold no such pair: their lines are not tried.
 */
function mayHoldForDoctor(s: TokenScanner): boolean {
  for (const k of s.cueTokens(FOR_WORD)) {
    const n = s.tokens[k + 1];
    if (n !== undefined && (n.lower === 'dr' || n.lower === 'doctor')) return true;
  }
  return false;
}

/** Marks the writer's initials closing a note, the typist's group after a signer's credential and a scribe's group before "for Dr …". */
export function noteEndInitials(s: TokenScanner): void {
  // A note of one line has no closing line.
  const last = lastTextLine(s.text);
  // The pattern ends with a group of letters and blanks: the line (trimmed at its end) must end in a letter.
  const m = last && endsInAsciiLetter(last.line) ? LAST_LINE_RE.exec(last.line) : null;
  if (last && m?.indices) {
    const [g1, g2, reviewer] = [m[1]!, m[2], m[3]];
    if (initialsHere(g1) && (g2 === undefined || initialsHere(g2)) && (reviewer === undefined || reviewerName(reviewer))) {
      for (const k of [1, 2, 3]) if (m[k] !== undefined) s.markWordAt(last.start + m.indices[k]![0], m[k]!, 'NAME', 'note-end-initials');
    }
  }
  for (const c of AFTER_CREDENTIAL_GATE.test(s.text) ? allMatches(AFTER_CREDENTIAL_G, s.text) : []) {
    const g = c[1]!;
    if (c.indices && initialsHere(g, false) && (lexiconFlags(g.toLowerCase()) & LEX.SIGN_CREDENTIAL) === 0) s.markWordAt(c.indices[1]![0], g, 'NAME', 'note-end-initials');
  }
  for (const c of mayHoldForDoctor(s) ? lineStartMatches(s.text, FOR_DOCTOR_AT, isAsciiLetter) : []) {
    const g = c[1]!;
    if (c.indices && initialsHere(g, false)) s.markWordAt(c.indices[1]![0], g, 'NAME', 'note-end-initials');
  }
}
