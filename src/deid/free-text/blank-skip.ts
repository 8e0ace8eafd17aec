// Char-code prechecks before the passes' anchored patterns (speed, session 31): most of those
// patterns open with blanks and then one of a few characters, so the first character after the
// blanks tells, without a slice and a regex, that they cannot match.

/** Whether a char code is a blank or a tab (`[ \t]` in the passes' patterns). */
export const isBlank = (c: number): boolean => c === 32 || c === 9;

/** The position of the first character of `text` from `at` that is no blank or tab (`text.length` past the end). */
export function skipBlanks(text: string, at: number): number {
  let p = at;
  while (isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** The code of the first character of `text` from `at` that is no blank or tab (NaN past the end). */
export function nextNonBlank(text: string, at: number): number {
  return text.charCodeAt(skipBlanks(text, at));
}

/** Whether `text[from, to)` is one or more spaces or tabs (`/^[ \t]+$/.test(text.slice(from, to))`, without the slice). */
export function isBlankRun(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++) if (!isBlank(text.charCodeAt(p))) return false;
  return true;
}

/**
 * Whether a block of text closes after position `end`: nothing but blanks after it on its line, then
 * the text's end or a blank line. (The test the entry and dash initials share for "closes an entry".)
 */
export function blockEndsAfter(text: string, end: number): boolean {
  const k = skipBlanks(text, end);
  if (k >= text.length) return true;
  if (text.charCodeAt(k) !== 10) return false;
  const n = skipBlanks(text, k + 1);
  return n >= text.length || text.charCodeAt(n) === 10;
}

/**
 * Whether `text[from, to)` is blanks, one comma and blanks: `/^[ \t]*,[ \t]*$/.test(text.slice(from, to))`
 * read in place, without the slice and the regex (the passes ask it of the gap between two tokens;
 * `to` is at most `text.length`, as a token start or a string length is).
 * The regex's three parts are read in turn: the leading blanks, the comma, and only blanks up to `to`.
 */
export function isCommaGap(text: string, from: number, to: number): boolean {
  const p = skipBlanksBefore(text, from, to);
  if (p >= to || text.charCodeAt(p) !== 44) return false;
  for (let q = p + 1; q < to; q++) if (!isBlank(text.charCodeAt(q))) return false;
  return true;
}

/** The first position in `[from, to)` that is no blank or tab, or `to`. */
function skipBlanksBefore(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Whether `text[from, to)` is a comma and at most `max` blanks: `/^,[ \t]*$/` (no `max`) or
 * `/^,[ \t]{0,2}$/` (`max` 2) on the slice, read in place (`from <= to <= text.length`): the range
 * opens with the comma, and every character after it, no more than `max` of them, is a blank or a tab.
 */
export function isCommaLedGap(text: string, from: number, to: number, max = Infinity): boolean {
  if (to <= from || text.charCodeAt(from) !== 44 || to - from - 1 > max) return false;
  for (let q = from + 1; q < to; q++) if (!isBlank(text.charCodeAt(q))) return false;
  return true;
}

/** Whether `text[from, to)` is one blank or tab: `/^[ \t]$/` on the slice, read in place. */
export const isOneBlank = (text: string, from: number, to: number): boolean => to - from === 1 && isBlank(text.charCodeAt(from));

/**
 * Whether `text` holds `w` followed by blanks (none or more) and a colon: a necessary condition of a
 * pattern `w[ \t]*:` (every match holds `w`, then blanks, then the colon), read by a string search for
 * each place `w` stands instead of a regex scan of the text.
 */
export function holdsBeforeColon(text: string, w: string): boolean {
  for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
    if (text.charCodeAt(skipBlanks(text, p + w.length)) === 58) return true;
  }
  return false;
}
