// Accented and plain spellings of a name ("José" / "Jose", "Núñez" / "NUNEZ") are the same
// identifier: lookups and fingerprints compare the folded form.
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Removes diacritics (canonical decomposition, combining marks dropped) so that accented letters
 * compare equal to their base letters. ASCII input is returned as is, without allocation.
 */
export function foldDiacritics(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(COMBINING, '') : s;
}

/** Whether a UTF-16 code unit is a letter outside ASCII that can be part of a name (Latin ranges, combining marks). */
export function isNonAsciiNameLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}
