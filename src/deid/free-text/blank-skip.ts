// Char-code prechecks before the passes' anchored patterns (speed, session 31): most of those
// patterns open with blanks and then one of a few characters, so the first character after the
// blanks tells, without a slice and a regex, that they cannot match.

/** Whether a char code is a blank or a tab (`[ \t]` in the passes' patterns). */
export const isBlank = (c: number): boolean => c === 32 || c === 9;

/** The code of the first character of `text` from `at` that is no blank or tab (NaN past the end). */
export function nextNonBlank(text: string, at: number): number {
  let p = at;
  while (isBlank(text.charCodeAt(p))) p++;
  return text.charCodeAt(p);
}
