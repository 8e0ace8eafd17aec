// The caller named between a call-back word and the number to call back (issue 11): a transfer or
// dialysis log writes who returned a call and where to reach them ("0915 cb from rosalind @
// 555-201-3344", "returned call from Okafor at (555) 201-3344", "VM FROM TEVITA - 555.201.3344"). One
// or two words between "from" and the number are the caller's name, though a word too ("pearl",
// "lance"): a name-list word, or a word no vocabulary holds; never a relation, a service or a
// function word ("cb from team - 555…", "call back from mom @ …", "msg from pharmacy 555…"). The
// call words are data (deid-name-cues.yaml nameWords.callBackWords, kept out of `cues`).
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { RELATIVE_WORDS } from './vocabulary.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const CALLS = cueAlternation(nameCues().nameWords.callBackWords, '[ \\t]+') || '(?!)';
const WORD = String.raw`[A-Za-z][A-Za-z'-]*`;
// A phone number: ten digits with or without separators, or seven with one ("(608)388-3032", "262 510 9092", "2196792649", "667-6053").
const PHONE = String.raw`(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?\d{3}[ .-]?\d{4}|\d{3}[ .-]?\d{3}[ .-]?\d{4}|\d{3}[ .-]\d{4})(?!\d)`;
// The call word, "from", one or two words (groups 1, 2), a mark that points to the number or none, the number.
// Run only where a call word's first word stands (keyword-anchors.ts).
const CALL_BACK_RE = new AnchoredRegex(new RegExp(String.raw`\b(?:${CALLS})[ \t]+from[ \t]+(${WORD})(?:[ \t]+(${WORD}))?[ \t]*(?:@|at\b|-|:|,)?[ \t]*${PHONE}`, 'gid'), nameCues().nameWords.callBackWords.map(cueFirstRun));
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL;

/** Whether a word between "from" and the number may be a caller's name (see the file comment). */
function callerWord(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.word.length < 2 || (t.flags & NEVER) !== 0 || MONTH_WORDS.has(t.lower) || RELATIVE_WORDS.has(t.lower)) return false;
  // In a mixed-case note a word written in capitals is an abbreviation ("cb from ICU @ …").
  if (s.style === 'mixed' && !hasLower(t.word)) return false;
  const named = (t.flags & NAME_LISTS) !== 0 || (t.flags & LEX.VOCAB) === 0;
  // A common word in lower case is one (the service or the place called); Title case marks it as a name.
  return named && ((t.flags & LEX.COMMON) === 0 || (t.flags & LEX.AMBIGUOUS) !== 0 || (s.style === 'mixed' && isCap(t.word)));
}

/** Marks the caller's name between a call-back word and the number to call back as NAME (source `call-back-name`). */
export function callBackNames(s: TokenScanner): void {
  if (!/from/i.test(s.text)) return;
  for (const m of CALL_BACK_RE.matchAll(s.text)) {
    const ks: number[] = [];
    for (const g of [1, 2]) {
      if (m[g] === undefined) continue;
      const k = s.groupToken(m, g);
      if (k === undefined) break;
      ks.push(k);
    }
    if (ks.length === 0 || !ks.every((k) => callerWord(s, k))) continue;
    for (const k of ks) s.mark(k, 'NAME', 'call-back-name');
  }
}
