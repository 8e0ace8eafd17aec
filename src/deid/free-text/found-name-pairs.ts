// The pairs a found name is one half of (issue 11): header-pair-halves.ts and comma-name-pairs.ts
// both take the other half of a two-word name when a rule or the model found one half. They differ
// only in what the pair must look like; which pairs to look at is this walk. Read from the spans
// found, never by a scan of the text.
import type { TokenScanner } from './token-scanner.js';

/**
 * Calls `visit(a, b, other, k)` for every pair of tokens `a`, `b = a + 1` that holds a name found as
 * one token `k` (a NAME span found before the walk, as long as the token): first the pair before it
 * (`k - 1`, `k`; the other half `k - 1`), then the pair after it (`k`, `k + 1`; the other half `k + 1`).
 * A pair past either end of the note is skipped. What `visit` marks is not walked again.
 *
 * Nor is a pair whose other half is marked or claimed when its turn comes: both walkers take an
 * unfound half only, and their half tests (header-pair-halves.ts, comma-name-pairs.ts `half`)
 * refuse a marked or claimed token before anything is marked, as `mark` itself would. Most pairs
 * of a report whose names were all found early ("Dr. Ada Okafor" read by its title) are such pairs,
 * and their gap and field tests are not worked out (speed, issue 11; output unchanged).
 */
export function forEachFoundNamePair(s: TokenScanner, visit: (a: number, b: number, other: number, k: number) => void): void {
  const found = s.spans.filter((x) => x.category === 'NAME');
  const open = (j: number) => !s.marked.has(j) && !s.claimed.has(j);
  for (const span of found) {
    const k = s.byStart.get(span.start);
    if (k === undefined || s.tokens[k]!.end !== span.end) continue;
    if (k > 0 && open(k - 1)) visit(k - 1, k, k - 1, k);
    if (k + 1 < s.tokens.length && open(k + 1)) visit(k, k + 1, k + 1, k);
  }
}

// A middle initial after the given name of a "Last, First" pair ("LACHANCE,BUCK P  pt #", "Petrakis,
// Tucker M dob:"): one letter, a stop or none, then something that is no letter or digit.
const MIDDLE_INITIAL_RE = /^[ \t][A-Za-z]\.?(?![A-Za-z0-9'])/;

/**
 * What stands after the pair that ends at `end`, past a middle initial if one follows ("BUCK P  pt #"
 * reads as "  pt #"): the text the pair's close is asked of, `length` characters at most after it.
 */
export function afterPair(text: string, end: number, length: number): string {
  const m = MIDDLE_INITIAL_RE.exec(text.slice(end, end + 3));
  const from = m ? end + m[0].length : end;
  return text.slice(from, from + length);
}
