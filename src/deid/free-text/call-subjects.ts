// Two places where a name stands alone between plain words (issue 11): the person a resident must
// "pick up … from" somewhere ("I have to pick up Chiamaka from Lincoln Elementary"), and the patient
// a nurse's call is about, after "re:" closing the line of an SBAR call ("SBAR call to
// Dr. A. Cole at 2300 re: RIVERS"). The place decides a name that is also a word ("Ivy", "Kitchen"),
// but only a word a name list holds, an eponym surname or a word no vocabulary holds is taken:
// "pick up meds from CVS" and "re: hypotension" stay.
import { isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { allMatches } from '../regex-matches.js';
import { AnchoredRegex } from '../keyword-anchors.js';

// "pick up Ivy from", "picking up Joy Lee from": one or two words between "pick up" and "from".
const PICK_UP_RE = /\bpick(?:s|ing|ed)?[ \t]+up[ \t]+([A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*)?)[ \t]+from\b/gi;
// An SBAR call's line whose "re:" is followed by one or two words closing the line: the subject of
// an SBAR call is its patient (a plain "called pharmacy re: Keppra" may be about anything).
const CALL_RE_RE = /^[^\n]*\bsbar\b[^\n]*?\bre[ \t]*:[ \t]*([A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*)?)[ \t]*$/gim;
const NEVER = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE;

/** Whether token `i` can be a name in one of these places: a name-list word, an eponym surname or a word no vocabulary holds. */
function slotName(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.lower.length < 2 || (t.flags & NEVER) !== 0 || MONTH_WORDS.has(t.lower)) return false;
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  // A clinical word in everyday use ("code", "insulin") is a subject, whatever name it is too.
  if ((t.flags & LEX.CLINICAL) !== 0 && (t.flags & LEX.COMMON) !== 0) return false;
  return (t.flags & NAME_LISTS) !== 0 || s.lex.clinicalNames.has(t.lower) || (t.flags & LEX.VOCAB) === 0;
}

// Whether the text holds the word "sbar": tested at that word only (keyword-anchors.ts).
const SBAR = new AnchoredRegex(/\bsbar\b/gi, ['sbar']);

/** Marks every token of `text[from, to)` as NAME with `source` when each is a {@link slotName}. */
function markWords(s: TokenScanner, from: number, to: number, source: string): void {
  const parts = s.tokensIn(from, to);
  if (parts.length === 0 || !parts.every((k) => slotName(s, k))) return;
  for (const k of parts) s.mark(k, 'NAME', source);
}

/** Marks the name after "pick up" and before "from" (source `pick-up`) and after "re:" closing a call line (source `call-subject`). */
export function callSubjects(s: TokenScanner): void {
  if (/pick/i.test(s.text)) {
    for (const m of allMatches(PICK_UP_RE, s.text)) {
      const from = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
      markWords(s, from, from + m[1]!.length, 'pick-up');
    }
  }
  if (SBAR.test(s.text)) {
    for (const m of allMatches(CALL_RE_RE, s.text)) {
      const from = m.index + m[0].lastIndexOf(m[1]!);
      markWords(s, from, from + m[1]!.length, 'call-subject');
    }
  }
}
