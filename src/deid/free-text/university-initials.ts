// A university or its hospital written as "U of" and one letter (issue 11): "referred to ortho at
// U of Q", "xr ordered at u of k", "transferred to U of W for ECMO". Universities and their medical
// centres are shortened so by the initial of their state or town; the letter alone names no
// clinical thing, and a number before "U" makes it a dose ("2 U of FFP"), which needs a word there.
// After a preposition of place (originCues.prepositions and "at") the three words are the place.
import type { TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

// "U of" and one letter closing the word, in any case.
const U_OF_RE = /^[ \t]+of[ \t]+[A-Za-z](?![A-Za-z0-9'’-])/;

/**
 * "seen at U of Q", "referred to u of k, their ph …": after a preposition of place (at, in, from,
 * to, near), "U", "of" and a single letter are a university or its hospital (LOCATION).
 */
export function universityInitials(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    const u = s.tokens[i]!;
    if (u.lower !== 'u' || s.marked.has(i)) continue;
    const p = s.tokens[i - 1]!;
    if ((p.lower !== 'at' && !cues.originPrepositions.has(p.lower)) || !s.blankBetween(i - 1, i)) continue;
    if (!U_OF_RE.test(s.text.slice(u.end, u.end + 8)) || s.tokens[i + 1]!.lower !== 'of') continue;
    const letter = s.tokens[i + 2]!;
    if (letter.word.length !== 1 || s.marked.has(i + 1) || s.marked.has(i + 2)) continue;
    for (let k = i; k <= i + 2; k++) s.mark(k, 'LOCATION', 'university-initials');
    i += 2;
  }
}
