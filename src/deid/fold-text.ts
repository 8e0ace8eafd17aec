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

// Typographic dashes and slashes a word processor or a model's text puts between digits ("555–214–7788",
// "3‐11‐2024", "7⁄4⁄2024"), and full-width digits: each is one UTF-16 code unit, as its ASCII form is.
const NUMBER_PUNCTUATION_RE = /[\u2010-\u2013\u2212\uFE63\uFF0D\u2044\u2215\uFF0F\uFF10-\uFF19]/;
const NUMBER_PUNCTUATION_G = /(?<=[0-9\uFF10-\uFF19][ \t]?)[\u2010-\u2013\u2212\uFE63\uFF0D\u2044\u2215\uFF0F](?=[ \t]?[0-9\uFF10-\uFF19])|[\uFF10-\uFF19]/g;

/**
 * The text with the typographic dashes and slashes between two digits (hyphen, non-breaking hyphen,
 * figure dash, en dash, minus sign, fraction and division slashes, their full-width forms) and the
 * full-width digits written as their ASCII forms, so the date and phone shapes read them as they
 * read `555-214-7788` or `3/11/2024`. Every replacement keeps the length, so offsets into the folded
 * text are offsets into the original. An em dash, which separates clauses, stays; so does a dash
 * beside a word ("May–June"). ASCII input is returned as is.
 */
export function foldNumberPunctuation(s: string): string {
  if (!hasNonAscii(s) || !NUMBER_PUNCTUATION_RE.test(s)) return s;
  return s.replace(NUMBER_PUNCTUATION_G, (c) => {
    const u = c.charCodeAt(0);
    if (u >= 0xff10 && u <= 0xff19) return String.fromCharCode(u - 0xff10 + 48);
    return u === 0x2044 || u === 0x2215 || u === 0xff0f ? '/' : '-';
  });
}

// A label opening its line, then a leader of six dots or more to its value ("OPERATOR..........Quennell, Tamsin",
// "PATIENT NAME......WISE, CORA"): the dots pad the label to a column, as a colon and blanks do. A header
// pads two labels or more so; an ellipsis in prose is shorter or alone ("states......he fell"). A leader
// never stands inside PHI.
const FIELD_LEADER_RE = /^([ \t]*[A-Za-z][A-Za-z /#&'-]{0,39}?)(\.{6,})(?=[ \t]*[^.\s])/gm;

/**
 * The text with each dot leader after a label at a line's start written as a colon and blanks of the
 * same length, so the label passes read "OPERATOR..........Quennell, Tamsin" as they read "OPERATOR:
 * Quennell, Tamsin". Only where two lines or more are written so (a header's column of fields).
 * Offsets are kept; any other text is returned as is.
 */
export function foldFieldLeaders(s: string): string {
  if (!s.includes('......')) return s;
  FIELD_LEADER_RE.lastIndex = 0;
  if (FIELD_LEADER_RE.exec(s) === null || FIELD_LEADER_RE.exec(s) === null) return s;
  return s.replace(FIELD_LEADER_RE, (_m, label: string, dots: string) => `${label}:${' '.repeat(dots.length - 1)}`);
}
