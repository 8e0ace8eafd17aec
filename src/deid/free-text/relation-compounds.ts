// Relation compounds: "son in Law", "Mother-In-Law", "sisters in laws", "son-inlaw". The word closing the
// compound names the relative's kind; after "<relation> in" it is never a person or a town, although
// a name list may hold it ("Law" is a surname) and "in" is a place preposition.
import { isHyphenGap, type TokenScanner } from './token-scanner.js';
import { RELATIVE_WORDS } from './vocabulary.js';
import { nameCues } from '../rules/deid-rules.js';

let tails: ReadonlySet<string> | undefined;

/** Whether adjacent tokens `a` and `b` stand joined as parts of one phrase: only blanks, or one hyphen, between them. */
export function blankOrHyphenBetween(s: TokenScanner, a: number, b: number): boolean {
  return s.blankBetween(a, b) || (s.tokens[a] !== undefined && s.tokens[b] !== undefined && isHyphenGap(s.text, s.tokens[a].end, s.tokens[b].start));
}

/**
 * Whether token `i` closes a relation compound: one of the tails of rules/en/deid-name-cues.yaml
 * (`nameWords.relationCompoundTails`) after "in" after a relation word, joined by blanks or
 * hyphens ("son in Law", "BROTHER-IN-LAW", "daughters in laws"), or the two written solid after the
 * relation ("son-inlaw", "MOTHER INLAW").
 */
export function relationCompoundTail(s: TokenScanner, i: number): boolean {
  if (i < 1) return false;
  tails ??= new Set(nameCues().nameWords.relationCompoundTails);
  const w = s.tokens[i]!.lower;
  // Written solid after the relation: "son-inlaw", "MOTHER INLAW" are the same compound.
  if (w.length > 2 && w.startsWith('in') && tails.has(w.slice(2))) return RELATIVE_WORDS.has(s.tokens[i - 1]!.lower) && blankOrHyphenBetween(s, i - 1, i);
  if (i < 2 || !tails.has(w) || s.tokens[i - 1]!.lower !== 'in') return false;
  return RELATIVE_WORDS.has(s.tokens[i - 2]!.lower) && blankOrHyphenBetween(s, i - 2, i - 1) && blankOrHyphenBetween(s, i - 1, i);
}
