// The patient's name of a sign-out or census row written "SURNAME,GIVEN" (issue 11, session 25): the
// pair of a surname, a comma and a given name, then the row's age and sex ("8E 21  FOLEY,CARYS  93F  MRN
// 4829…", "Bed 14B  PAGE,TOBIAH  29M", "Diaz, Rosa 77f") or a date of birth after a dash ("FOLEY, CARYS -
// DOB 24-JUL-1932"). room-codes.ts reads the rows that open with a room it knows; this pass reads the pair
// wherever the row starts, as the age-and-sex or the birth date after it makes the row. In that slot a
// surname may be a word of medicine or of English ("Foley", "Page", "Hope"): only function words, titles
// and credentials are refused.
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';

const WORD = "[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?";
// The pair (groups 1 and 2) opening its line or a field (after a wide gap, a bar or a colon), then an age and sex ("93F", "29 M", "88yo F") or a dash and a birth-date label.
export const ROW_PAIR_RE = new RegExp(
  `(?:^|(?<=\\n|[ \\t]{2}|\\|[ \\t]?|:[ \\t]?))(${WORD})[ \\t]*,[ \\t]*(${WORD})(?=(?:[ \\t]+[A-Za-z]\\.?)?(?:[ \\t]{1,4}(?:1[01]\\d|\\d{1,2})[ \\t]?(?:y\\/?o[ \\t]?|yo[ \\t]?)?[MFmf](?![\\w/-])|[ \\t]+[-–—][ \\t]+(?:dob|d\\.o\\.b\\.|born)\\b))`,
  'gid',
);
// Its sticky copy, tried only where a match may start (see rowPairMatches).
const ROW_PAIR_AT = new RegExp(ROW_PAIR_RE.source, 'idy');
const WORDS = LEX.COMMON | LEX.VOCAB | LEX.CLINICAL;

/** The characters of the pair's words (letters, apostrophes, the hyphen). */
const isPairWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45;

/**
 * The matches of {@link ROW_PAIR_RE} in `text`, as `allMatches` gives them, found by trying the
 * regex (sticky) only where a match can start instead of at every position (issue 11, speed). A
 * match opens with the first word, which runs up to the blanks before its comma; the character
 * before it is none of the word's (a line feed, a blank, a bar or a colon, or none at the text's
 * start). So the match starts where the run of word characters ending before a comma (blanks
 * skipped) starts: one candidate per comma, in text order. A whole-text scan goes on after each
 * match, so a candidate inside the last match is skipped. Exported for its test.
 */
export function rowPairMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
    let q = c;
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    let p = q;
    while (p > 0 && isPairWordChar(text.charCodeAt(p - 1))) p--;
    if (p === q || p < from) continue;
    ROW_PAIR_AT.lastIndex = p;
    const m = ROW_PAIR_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL;

/** Marks both words of a "SURNAME,GIVEN" pair before a row's age and sex or birth date (rule id `row-name-pair`). */
export function rowNamePairs(s: TokenScanner): void {
  if (!/[A-Za-z],[ \t]*[A-Za-z]/.test(s.text)) return;
  for (const m of rowPairMatches(s.text)) {
    const run: number[] = [];
    for (const g of [1, 2]) {
      const [from, to] = m.indices![g]!;
      for (const k of s.tokensIn(from, to)) run.push(k);
    }
    if (run.length < 2 || run.some((k) => (s.tokens[k]!.flags & NEVER) !== 0)) continue;
    // Both words written alike (capitals, Title case, or lower case in a lower-case note): "Temp, pulse 99F" is a reading.
    const shapes = new Set(run.map((k) => wordShape(s.tokens[k]!.word)));
    if (shapes.size !== 1 || (shapes.has('lower') && s.style !== 'lower')) continue;
    // One word at least only a name's: a name list holds it and no word list, or no list at all ("TEMP, PULSE" stays).
    if (!run.some((k) => (s.tokens[k]!.flags & WORDS) === 0)) continue;
    for (const k of run) s.mark(k, 'NAME', 'row-name-pair');
  }
}

/** The case shape of a word: all capitals, Title case, or lower case. */
function wordShape(w: string): 'upper' | 'title' | 'lower' | 'mixed' {
  if (w === w.toUpperCase()) return 'upper';
  if (w === w.toLowerCase()) return 'lower';
  return w[0] === w[0]!.toUpperCase() && w.slice(1) === w.slice(1).toLowerCase() ? 'title' : 'mixed';
}
