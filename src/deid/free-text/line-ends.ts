// Where lines end, as a multiline regex's `^` and `$` have them: at a line feed, a carriage
// return, U+2028 or U+2029 (issue 11, speed). The passes that walk a report line by line used to
// test every character; most reports hold line feeds only, and then `indexOf` finds each end.

const OTHER_TERMINATOR = /[\r\u2028\u2029]/;

/** Whether a UTF-16 code unit ends a line (line feed, carriage return, U+2028, U+2029). */
export const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * A function giving, for a position of `text`, the position of the next line terminator at or after
 * it (`text.length` when none): by `indexOf` when the text's only terminators are line feeds, else
 * character by character.
 */
export function lineEndFinder(text: string): (from: number) => number {
  if (!OTHER_TERMINATOR.test(text)) {
    return (from) => {
      const e = text.indexOf('\n', from);
      return e < 0 ? text.length : e;
    };
  }
  return (from) => {
    let b = from;
    while (b < text.length && !isLineTerminator(text.charCodeAt(b))) b++;
    return b;
  };
}
