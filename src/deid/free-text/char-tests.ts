// Character tests the passes ask of every token or character, written on char codes instead of a
// regular expression per call (speed, session 41): a regex exec per token (`/^[A-Z]+$/` is asked of
// about 86 tokens a report) costs a call into the regex engine where a loop over a few codes does.
// Each answers exactly as the pattern named in its comment (test/deid/char-tests.test.ts).

/** `/^[A-Z]+$/.test(w)`: one ASCII capital or more and nothing else. */
export function isCapitalsOnly(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * `/\s/` on one UTF-16 code unit: the white space and line terminators of the language (tab,
 * vertical tab, form feed, space, no-break space, the byte-order mark, the space separators of
 * Unicode, line feed, carriage return, U+2028, U+2029).
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[\s.,]/` on one UTF-16 code unit: white space, a full stop or a comma. */
export const isSpaceDotOrComma = (c: number): boolean => c === 46 || c === 44 || isJsSpace(c);

/** Whether `c` is one of the consonants of `[bcdfghjklmnpqrstvwxz]` (a small ASCII letter, no vowel nor "y"). */
const isConsonant = (c: number): boolean => c >= 98 && c <= 122 && c !== 101 && c !== 105 && c !== 111 && c !== 117 && c !== 121;

/** `/^[bcdfghjklmnpqrstvwxz]{min,max}$/.test(w)` (`max` unbounded by default: `+` when `min` is 1). */
export function isConsonantsOnly(w: string, min = 1, max = Infinity): boolean {
  if (w.length < min || w.length > max) return false;
  for (let i = 0; i < w.length; i++) if (!isConsonant(w.charCodeAt(i))) return false;
  return true;
}

/** `/^(?:[ \t]*[.,]?[ \t]*|-)$/.test(gap)`: blanks with at most one full stop or comma among them, or a lone hyphen. */
export function isBlanksWithOneStop(gap: string): boolean {
  if (gap === '-') return true;
  let stops = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if ((c === 46 || c === 44) && ++stops === 1) continue;
    return false;
  }
  return true;
}
