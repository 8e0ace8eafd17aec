// The numeric-context tests ask whether a cue ends the text before a pair ("BP 120/80": does "BP "
// end with a context word?). Written as a regular expression anchored with `$`, the engine tries
// every start position of the text, each with the whole cue alternation (issue 11, speed). The same
// expression inside a lookbehind, run sticky at the end of the text, is tried at that one place and
// matched backwards from it.

/** A whole-text test (`test(text)` is `re.test(text)`), with the expression it stands for. */
export interface TailTest {
  readonly re: RegExp;
  test(text: string): boolean;
}

/**
 * `re` (no back reference, no global or sticky use) whose every match ends at the end of the text:
 * each top-level alternative ends with `$`. Why it is exact: `re` matches somewhere iff some match
 * ends at the text's end, iff a lookbehind of `re` holds at the end (a lookbehind is any match of its
 * body that ends at the position, found by backtracking like a forward match; `$` holds there).
 */
export function tailTest(re: RegExp): TailTest {
  if (/\\[1-9]|\\k</.test(re.source)) throw new Error(`tailTest: back reference in /${re.source}/`);
  const tail = new RegExp(`(?<=${re.source})`, `${re.flags.replace(/[gy]/g, '')}y`);
  return {
    re,
    test(text: string): boolean {
      tail.lastIndex = text.length;
      return tail.test(text);
    },
  };
}
