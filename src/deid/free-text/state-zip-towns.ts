// The town of a "Town, ST 12345" part that opens its field (issue 11, recall of towns that are also
// words): "Town/St:  Bounty, MO 41177", "Ostley Clinic | 12 Ulmstead Ave | Delight, NC 27514",
// "Clarity, ME 04551" alone on an address block's line. A state the state passes found, with its
// ZIP code after it, closes an address; the one to three words between the start of the part (the
// line's start, a label's colon, a bar, a wide gap) and the state's comma can only be the town,
// whatever English word the town is named for ("Bounty", "Delight", "Clarity"), where the passes
// that want a proper word leave it.
import { LEX } from '../lexicon-flags.js';
import type { TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const SOURCE = 'state-zip-town';
// A ZIP code (and four) after the state, not part of a longer number.
const ZIP_AFTER_RE = /^[ \t]+\d{5}(?:-\d{4})?(?![\w.,/-]?\d)/;
// What opens the part before the town: the line's start, a label's colon, a bar, a wide gap.
const PART_START_RE = /(?:^|\n|[:|][ \t]*|[ \t]{2,}|\t)$/;

/** Whether the state at token `i` (a found LOCATION) is a state's name, short form or code. */
function isState(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  return cues.stateNames.has(t.lower) || cues.stateAbbreviations.has(t.lower) || (t.word.length === 2 && cues.stateCodes.has(t.lower));
}

/**
 * Marks the town (LOCATION, source `state-zip-town`) of a part "Town, ST 12345" that opens its
 * field: a found state after a comma with a ZIP code after it, and one to three words before the
 * comma back to the line's start, a label's colon, a bar or a wide gap ("Town/St:  Bounty, MO
 * 41177"). A function, title or credential word, or a unit or not-town word of addresses, is no
 * town's word; a town another pass found is left as it is.
 */
export function stateZipTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { tokens, text } = s;
  for (let i = 1; i < tokens.length; i++) {
    const st = tokens[i]!;
    if (!s.marked.has(i) || !isState(s, i, cues) || !ZIP_AFTER_RE.test(text.slice(st.end, st.end + 16))) continue;
    if (!s.spans.some((x) => x.start <= st.start && st.end <= x.end && x.category === 'LOCATION')) continue;
    const c = tokens[i - 1]!;
    if (!/^[ \t]*,[ \t]*$/.test(text.slice(c.end, st.start))) continue;
    for (let a = i - 1; a >= 0 && a >= i - 3; a--) {
      const w = tokens[a]!;
      if (!/^[A-Za-z][A-Za-z'’-]*$/.test(w.word) || (w.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0) break;
      if (cues.unitWords.has(w.lower) || cues.notTowns.has(w.lower)) break;
      if (a < i - 1 && !s.blankBetween(a, a + 1)) break;
      const lineStart = text.lastIndexOf('\n', w.start - 1) + 1;
      if (!PART_START_RE.test(text.slice(lineStart, w.start))) continue;
      const ks = tokens.slice(a, i).map((_, k) => a + k);
      if (ks.some((k) => s.marked.has(k) || s.claimed.has(k))) break;
      s.markAsOne(ks, w.start, c.end, 'LOCATION', SOURCE);
      break;
    }
  }
}
