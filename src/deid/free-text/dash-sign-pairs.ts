// A line signed with a double dash, the writer's initials, a slash and a colleague's surname (issue
// 11): transport and hand-off records close each entry "-- WC / RAINS  10/20/26 0110" (the writer's
// initials, the partner's or co-signer's surname, the stamp's date and time). dash-initials.ts reads two
// initials groups after the dash ("-- KBT / SWB"); here the part after the slash is a whole word, a
// surname whatever it spells ("STONE", "RAINS"), because the dash, the slash and the closing stamp
// place it. The initials must be no credential, title, function or staff word; the surname no clinical,
// credential, title, function, staff or month word.
import type { TokenScanner } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { neverInitials } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';

/** Rule id of the pass. */
export const DASH_SIGN_PAIR_RULE = 'dash-sign-pair';

const NON_INITIALS: ReadonlySet<string> = new Set(nameCues().signOffWords.noteEndNonInitials);
// The dash opening the line or following a sentence, the initials, the slash, the surname, then the
// line's end or a date (a clock time after it allowed) closing the line.
const SIGN_PAIR_RE =
  /(?:^|[.!?)][ \t]+)[ \t]*(?:--|—)[ \t]*([A-Za-z]{2,3})[ \t]*\/[ \t]*([A-Za-z][A-Za-z'’]{2,}(?:-[A-Za-z][A-Za-z'’]*)*)(?:[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}(?:[ \t]+\d{3,4}|[ \t]+\d{1,2}:\d{2})?)?[ \t]*$/gmd;

/** Marks the tokens of `text[from, to)` as one name part each. */
function markRange(s: TokenScanner, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined) s.mark(i, 'NAME', DASH_SIGN_PAIR_RULE);
  }
}

/** Marks the initials and the surname of each dash-signed line (see the file's head). */
export function dashSignPairs(s: TokenScanner): void {
  const { text } = s;
  if (!text.includes('--') && !text.includes('—')) return;
  SIGN_PAIR_RE.lastIndex = 0;
  for (let m = SIGN_PAIR_RE.exec(text); m !== null; m = SIGN_PAIR_RE.exec(text)) {
    const initials = m[1]!;
    const surname = m[2]!;
    if (neverInitials(initials) || NON_INITIALS.has(initials.toLowerCase())) continue;
    const parts = surname.toLowerCase().split('-');
    if (parts.some((w) => neverInitials(w) || (lexiconFlags(w) & LEX.CLINICAL) !== 0)) continue;
    const [ia, ib] = m.indices![1]!;
    const [sa, sb] = m.indices![2]!;
    markRange(s, ia, ib);
    markRange(s, sa, sb);
  }
}
