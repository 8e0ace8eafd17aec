// The service of a consult in brackets (issue 11): "TELESTROKE CONSULT (CEREBRANET)", "Tele-ICU
// consult (Vigilink Health)". A remote or outside consult names the company or network that gives
// it right after the consult word.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const { hasLower, isCap } = tokenScanner;

/**
 * One to three words alone in brackets right after a consult word name the consulting company or
 * network (deid-place-cues.yaml facilityBrackets.consultWords) when one of them is no common word ("(CerebraNet)", "(NeuroLink Telestroke)"); none a
 * function, clinical, title or credential word, nothing found already; in a mixed-case note each
 * word capitalised with lower-case letters (an acronym is left to the acronym passes).
 */
export function consultBrackets(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  // The consult words' tokens alone, in order (cue-tokens.ts); `next` skips a bracket already read.
  let next = 0;
  for (const i of s.cueTokens(cues.consultWords)) {
    if (i < next || i >= s.tokens.length - 1) continue;
    const first = i + 1;
    if (!/^[ \t]*\([ \t]*$/.test(s.text.slice(s.tokens[i]!.end, s.tokens[first]!.start))) continue;
    let last = first;
    while (last + 1 < s.tokens.length && last - first < 2 && s.blankBetween(last, last + 1)) last++;
    while (last >= first && !/^[ \t]*\)/.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) last--;
    if (last < first) continue;
    let unknown = false;
    let ok = true;
    for (let m = first; m <= last && ok; m++) {
      const t = s.tokens[m]!;
      if (s.marked.has(m) || t.lower.length < 3 || (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0) ok = false;
      else if (s.style === 'mixed' && !(isCap(t.word) && hasLower(t.word))) ok = false;
      if ((t.flags & (LEX.COMMON | LEX.VOCAB | LEX.CLIPPED)) === 0) unknown = true;
    }
    if (!ok || !unknown) continue;
    for (let m = first; m <= last; m++) s.mark(m, 'INSTITUTION', 'place-consult');
    next = last + 1;
  }
}
