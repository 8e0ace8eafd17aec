// Sentences written in headline case ("Cardiac And Mediastinal Contours Are Unremarkable."): every
// word capitalised, so a capital says nothing about a name there, as in a note in capitals.
import type { TokenScanner } from './token-scanner.js';
import { isCap } from './token-scanner.js';
import { nameCues } from '../rules/deid-rules.js';

let markers: ReadonlySet<string> | undefined;

// How far the test reads on each side of the word: a headline sentence is short.
const REACH = 6;

/** Whether the gap between adjacent tokens `a` and `a + 1` ends a sentence or a field: a line break or . ! ? ; : */
function sentenceBreak(s: TokenScanner, a: number): boolean {
  const from = s.tokens[a]!.end;
  const to = s.tokens[a + 1]!.start;
  for (let k = from; k < to; k++) {
    const c = s.text.charCodeAt(k);
    // \n . ! ? ; :
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true;
  }
  return false;
}

/**
 * Whether token `i` stands in a sentence written in headline case: within {@link REACH} words on its
 * side of any sentence or field break, a word other than the sentence's first and other than token
 * `i` is a capitalised headline marker (rules/en/deid-name-cues.yaml `nameWords.headlineMarkers`:
 * verbs, conjunctions, negations such as "Are", "And", "Without") that prose writes in lower case.
 */
export function inHeadlineSentence(s: TokenScanner, i: number): boolean {
  markers ??= new Set(nameCues().nameWords.headlineMarkers);
  const n = s.tokens.length;
  let a = i;
  while (a > 0 && i - a < REACH && !sentenceBreak(s, a - 1)) a--;
  // `a` is the sentence's first word only when a break (or the text start) stands before it.
  const first = a === 0 || sentenceBreak(s, a - 1) ? a : -1;
  let b = i;
  while (b + 1 < n && b - i < REACH && !sentenceBreak(s, b)) b++;
  for (let k = a; k <= b; k++) {
    if (k === i || k === first) continue;
    const t = s.tokens[k]!;
    if (isCap(t.word) && t.word.length > 1 && t.word !== t.word.toUpperCase() && markers.has(t.lower)) return true;
  }
  return false;
}
