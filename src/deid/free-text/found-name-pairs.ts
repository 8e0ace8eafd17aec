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
 */
export function forEachFoundNamePair(s: TokenScanner, visit: (a: number, b: number, other: number, k: number) => void): void {
  const found = s.spans.filter((x) => x.category === 'NAME');
  for (const span of found) {
    const k = s.byStart.get(span.start);
    if (k === undefined || s.tokens[k]!.end !== span.end) continue;
    if (k > 0) visit(k - 1, k, k - 1, k);
    if (k + 1 < s.tokens.length) visit(k, k + 1, k + 1, k);
  }
}
