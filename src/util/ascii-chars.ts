// Character classes of ASCII code units, for scans that walk text by `charCodeAt` and must not
// treat accented or other non-ASCII letters as word characters (those get their own test).

/**
 * Whether the UTF-16 code unit `c` is an ASCII letter or digit: `0`–`9`, `A`–`Z` or `a`–`z`.
 * Any other code unit, including every non-ASCII letter or digit and any surrogate, is not.
 */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Whether the UTF-16 code unit `c` is an ASCII letter, `A`–`Z` or `a`–`z`; no other code unit is. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether the UTF-16 code unit `c` is an ASCII digit, `0`–`9` (`\d` without the `u` flag; NaN, past either end of a text, is not). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the UTF-16 code unit `c` is an ASCII capital, `A`–`Z`. */
export const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Whether the UTF-16 code unit `c` is an ASCII small letter, `a`–`z`. */
export const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
