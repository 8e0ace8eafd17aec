// Where lines end, as a multiline regex's `^` and `$` have them: at a line feed, a carriage
// return, U+2028 or U+2029 (issue 11, speed). The passes that walk a report line by line used to
// test every character; most reports hold line feeds only, and then `indexOf` finds each end.
import { nextNonBlank } from './blank-skip.js';


/** Whether a UTF-16 code unit ends a line (line feed, carriage return, U+2028, U+2029). */
export const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

// A dozen passes ask for the line ends of the same report one after another: whether it holds a
// terminator other than the line feed is worked out once per text (the last text's answer is kept).
let lastText: string | undefined;
let lastHasOther = false;
function otherTerminators(text: string): boolean {
  if (text !== lastText) {
    // `/[\r\u2028\u2029]/.test(text)` as three searches for one character: no regex scan.
    lastHasOther = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
    lastText = text;
  }
  return lastHasOther;
}

/**
 * A function giving, for a position of `text`, the position of the next line terminator at or after
 * it (`text.length` when none): by `indexOf` when the text's only terminators are line feeds, else
 * character by character.
 */
export function lineEndFinder(text: string): (from: number) => number {
  if (!otherTerminators(text)) {
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

/**
 * The matches in `text` of a multiline regex that opens with `^` (given as its sticky copy, flags
 * `m` and `y`), as `text.matchAll` gives them for the global one: such a match can start only at a
 * line start, so the regex is tried there alone instead of at every position. A whole-text scan
 * goes on after each match (one past an empty one), so a line start inside the last match is skipped.
 * With `opens`, only the lines whose first character past their blanks it accepts are tried (see there).
 */
export function lineStartMatches(text: string, sticky: RegExp, opens?: (c: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const lineEnd = lineEndFinder(text);
  let from = 0;
  for (let p = 0; p <= text.length; p = lineEnd(p) + 1) {
    if (p < from) continue;
    // A pattern `^[ \t]*X` whose X opens only with a character `opens` accepts (never a blank, so
    // the blanks cannot give any back to it) has no match at a line whose first character past its
    // blanks is another (NaN past the text's end): that line is not tried.
    if (opens !== undefined && !opens(nextNonBlank(text, p))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + Math.max(m[0].length, 1);
  }
  return out;
}

/**
 * Whether some line of `text` closes on a group of two or three letters: at a line end (`$` under
 * the `m` flag: before any line terminator, or the text's end), the ASCII letters before the blanks
 * or tabs closing the line are two or three, no letter before them. A necessary condition of a
 * pattern closing on `[A-Za-z]{2,3}[ \t]*$` (flag `m`) with a blank, a dash or a stop before the
 * group, read before such a pattern is tried at every character (issue 11, speed): radiology
 * reports' lines close on a stop, a colon or a number.
 */
export function mayCloseLineWithGroup(text: string): boolean {
  const lineEnd = lineEndFinder(text);
  for (let e = lineEnd(0); ; e = lineEnd(e + 1)) {
    let b = e;
    while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    let a = b;
    while (a > 0 && b - a < 4 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
    if (b - a === 2 || b - a === 3) return true;
    if (e >= text.length) return false;
  }
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The last line of `text` holding more than blanks, from its start to its last non-blank character
 * (`undefined` when that is the text's first line, or there is none): where a note closes, as the
 * passes that read a note's sign-off find it.
 */
export function lastTextLine(text: string): { start: number; line: string } | undefined {
  const end = text.trimEnd().length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (start === 0 || end === 0) return undefined;
  return { start, line: text.slice(start, end) };
}

/** A hyphen, an en dash or an em dash: what a dash line's pattern opens with past its blanks (an `opens` of {@link lineStartMatches}). */
export const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;
