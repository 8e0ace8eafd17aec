// Accented and plain spellings of a name ("José" / "Jose", "Núñez" / "NUNEZ") are the same
// identifier: lookups and fingerprints compare the folded form.
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a text holds any character beyond ASCII (then its words may need folding). */
export function hasNonAscii(s: string): boolean {
  return NON_ASCII.test(s);
}

/**
 * A word of Latin letters, accented ones included (Latin-1, Extended-A/B, Extended Additional),
 * with combining marks and inner apostrophes. Written as ranges rather than \p{L} because the
 * free-text scan and the patient memory run it over every report; use with `matchAll`.
 */
// eslint-disable-next-line no-misleading-character-class -- combining marks (U+0300–U+036F) are meant to continue a word
export const LATIN_WORD_RE = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F'’]*/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Removes diacritics (canonical decomposition, combining marks dropped) so that accented letters
 * compare equal to their base letters. ASCII input is returned as is, without allocation.
 */
export function foldDiacritics(s: string): string {
  return hasNonAscii(s) ? s.normalize('NFD').replace(COMBINING, '') : s;
}

/** Whether a UTF-16 code unit is a letter outside ASCII that can be part of a name (Latin ranges, combining marks). */
export function isNonAsciiNameLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}
