// Initials that stand for a person at the head or foot of a letter or a note (issue 11): the
// patient's initials closing a referral's subject line ("Subject: referral - ARG", "subject:
// consult request - k.a.b.") or a "re:" line in dotted form ("re: r.t.w."), and the writer's and
// supervisor's initials in a bracket closing a signature line ("PA-C: F. Slade  supervising:
// Waverly  (fsp/cwt)"). Dotted initials are taken as written; a group without dots only when no
// vocabulary holds it, so "Subject: referral - MRI", "re: CHF" and "CXR (PA/lat)" stay. Dotted
// initials are one span, dots included ("r.t.w."), as the dev sets' gold marks them.
import { LEX } from '../lexicon-flags.js';
import { allMatches } from '../regex-matches.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import type { TokenScanner } from './token-scanner.js';

// "Subject: referral - ARG": one to three words, a dash or a colon, then the initials (group 1) closing the line.
const SUBJECT_RE = /^[ \t]*subject[ \t]*:[ \t]*(?:[A-Za-z][A-Za-z/'-]*[ \t]+){0,2}[A-Za-z][A-Za-z/'-]*[ \t]*[-–:][ \t]*((?:[A-Za-z]\.){2,4}|[A-Za-z]{2,4})[ \t]*$/gimd;
// "re: r.t.w.": dotted initials alone after "re:" closing the line (group 1).
const RE_LINE_RE = /\bre[ \t]*:[ \t]*((?:[A-Za-z]\.){2,4})[ \t]*$/gimd;
// "(fsp/cwt)", "(LW/SIE)": two groups of letters in a bracket closing the line (groups 1 and 2).
const BRACKET_PAIR_RE = /\(([A-Za-z]{2,4})[ \t]?\/[ \t]?([A-Za-z]{2,4})\)[ \t]*$/gmd;
// A signature line: a staff credential or a supervision word earlier on it.
const SIGNATURE_LINE_RE = /\b(?:pa-c|np|md|do|rn|dnp|aprn|crnp|scribe|supervising|supervisor|attending|resident|fellow)\b/i;
const PLAIN = LEX.VOCAB | LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

/** Whether a group of letters without dots is no word of any vocabulary (so it may be initials). */
function bareInitials(s: TokenScanner, at: number): boolean {
  const k = s.byStart.get(at);
  return k !== undefined && (s.tokens[k]!.flags & PLAIN) === 0;
}

/**
 * Marks the initials `text[from, to)` as NAME (source `source`): dotted initials ("r.t.w.") as one
 * span from the first letter to the last dot, as one person's initials are written; a group without
 * dots is one token. When a letter of a dotted group is marked already, each other letter alone.
 */
function markSpan(s: TokenScanner, from: number, to: number, source: string): void {
  const letters = s.tokensIn(from, to);
  if (letters.length > 1 && s.markAsOne(letters, from, to, 'NAME', source)) return;
  for (const k of letters) s.mark(k, 'NAME', source);
}

// `/\bre[ \t]*:/i`, tried only where the word "re" stands (keyword-anchors.ts): a match opens a letter run that is "re".
const RE_COLON = new AnchoredRegex(/\bre[ \t]*:/gi, ['re']);

/** Marks initials closing a subject or "re:" line (source `subject-initials`) and a signature line's bracket (source `signature-bracket-initials`). */
export function subjectInitials(s: TokenScanner): void {
  const text = s.text;
  if (/subject/i.test(text)) {
    for (const m of allMatches(SUBJECT_RE, text)) {
      const [from, to] = m.indices![1]!;
      if (m[1]!.includes('.') || bareInitials(s, from)) markSpan(s, from, to, 'subject-initials');
    }
  }
  if (RE_COLON.test(text)) for (const m of allMatches(RE_LINE_RE, text)) markSpan(s, m.indices![1]![0], m.indices![1]![1], 'subject-initials');
  if (!text.includes('/')) return;
  for (const m of allMatches(BRACKET_PAIR_RE, text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (!SIGNATURE_LINE_RE.test(text.slice(lineStart, m.index))) continue;
    const a = m.indices![1]![0];
    const b = m.indices![2]![0];
    if (!bareInitials(s, a) || !bareInitials(s, b)) continue;
    markSpan(s, a, m.indices![1]![1], 'signature-bracket-initials');
    markSpan(s, b, m.indices![2]![1], 'signature-bracket-initials');
  }
}
