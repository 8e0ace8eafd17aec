// The code-like tokens of a report ("26509", "93A6970", "SP18-4752") found by a walk over its
// characters instead of a regular expression (issue 11, speed). The labelled-code pattern rule
// (patterns.ts) asks about every token that holds a digit, a dozen per report, and most of them are
// short numbers its label test refuses at once; the walk finds the same tokens without the engine
// and skips those short ones without building a match for them.

/**
 * The expression whose matches {@link codeTokens} gives: a token at a word start not after "#",
 * ".", "/" or "-", with a digit after at most six letters and hyphens, running on over letters,
 * digits and hyphens to end in a letter or digit, with no word character, "/" or "-" after it, nor
 * a "." or "," before a digit. Written with `\b` first and the digit consumed (not looked ahead
 * for), the engine tries word starts only: the same matches as the lookbehind-first form
 * `(?<![\w#./-])(?=[A-Za-z-]{0,6}\d)[A-Za-z0-9]…`, at two thirds of its cost.
 */
export const CODE_TOKEN = /\b(?<![#./-])(?:\d|[A-Za-z][A-Za-z-]{0,5}\d)(?:[A-Za-z0-9-]*[A-Za-z0-9])?(?![\w/-]|[.,]\d)/g;

// Character kinds by code unit (ASCII only; every other code unit is 0).
const DIGIT = 1;
const LETTER = 2;
const HYPHEN = 4;
/** A word character of `\w` that is no letter or digit ("_"), and the marks no token may follow. */
const NOT_BEFORE = 8;
const KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) KIND[c] = DIGIT;
for (let c = 65; c <= 90; c++) KIND[c] = LETTER;
for (let c = 97; c <= 122; c++) KIND[c] = LETTER;
KIND[45] = HYPHEN;
for (const ch of '_#./') KIND[ch.charCodeAt(0)] = NOT_BEFORE;

/**
 * The matches of {@link CODE_TOKEN} in `text`, in order, as `text.matchAll(CODE_TOKEN)` gives them
 * (each an array of the token alone, with `index` and `input`), leaving out those with fewer than
 * `minDigits` digits.
 *
 * Why the walk is exact: a match starts at a letter or digit whose code unit before (if any) is no
 * word character and none of "#./-", and no position inside a run of letters, digits and hyphens
 * is such a start. From a start the greedy tail takes the whole run; a shorter end would leave a
 * letter, digit or hyphen after it, which the lookahead refuses, so the match is the whole run or
 * nothing: it must end in a letter or digit, and the lookahead must pass after it. A start at a
 * letter also needs the first code unit past its letters and hyphens to be a digit within six.
 */
export function codeTokens(text: string, minDigits = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  // The kind of the code unit before `i` (0 at the start of the text).
  let before = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? KIND[c]! : 0;
    if (before !== 0 || (k & (DIGIT | LETTER)) === 0) {
      before = k;
      i++;
      continue;
    }
    // A start: walk the run of letters, digits and hyphens, counting digits and finding the first.
    const start = i;
    let digits = 0;
    let firstDigit = -1;
    let last = k;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      const dk = d < 128 ? KIND[d]! : 0;
      if ((dk & (DIGIT | LETTER | HYPHEN)) === 0) break;
      last = dk;
      if (dk === DIGIT) {
        digits++;
        if (firstDigit < 0) firstDigit = i;
      }
    }
    // The code unit at `i` (the run's end) is looked at next with the run's last kind before it.
    before = last;
    if (firstDigit < 0 || firstDigit > start + 6 || digits < minDigits || last === HYPHEN) continue;
    if (i < n) {
      const e = text.charCodeAt(i);
      if (e === 95 || e === 47) continue;
      if ((e === 46 || e === 44) && i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) continue;
    }
    const m = [text.slice(start, i)] as unknown as RegExpExecArray;
    m.index = start;
    m.input = text;
    out.push(m);
  }
  return out;
}
