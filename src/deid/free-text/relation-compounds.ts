// Relation compounds: "son in Law", "Mother-In-Law", "sisters in laws". The word closing the
// compound names the relative's kind; after "<relation> in" it is never a person or a town, although
// a name list may hold it ("Law" is a surname) and "in" is a place preposition.
import type { TokenScanner } from './token-scanner.js';
import { RELATIVE_WORDS } from './vocabulary.js';
import { nameCues } from '../rules/deid-rules.js';

let tails: ReadonlySet<string> | undefined;

/** Whether the blanks or the one hyphen between two adjacent tokens join them as parts of a compound. */
function joined(s: TokenScanner, a: number, b: number): boolean {
  const from = s.tokens[a]!.end;
  const to = s.tokens[b]!.start;
  return (to - from === 1 && s.text.charCodeAt(from) === 45) || s.blankBetween(a, b);
}

/**
 * Whether token `i` closes a relation compound: one of the tails of rules/en/deid-name-cues.yaml
 * (`nameWords.relationCompoundTails`) after "in" after a relation word, joined by blanks or
 * hyphens ("son in Law", "BROTHER-IN-LAW", "daughters in laws").
 */
export function relationCompoundTail(s: TokenScanner, i: number): boolean {
  if (i < 2) return false;
  tails ??= new Set(nameCues().nameWords.relationCompoundTails);
  if (!tails.has(s.tokens[i]!.lower) || s.tokens[i - 1]!.lower !== 'in') return false;
  return RELATIVE_WORDS.has(s.tokens[i - 2]!.lower) && joined(s, i - 2, i - 1) && joined(s, i - 1, i);
}
