// An organisation or place named again in the note (issue 11): once "Bayside Ambulette", "LIFELINE
// AIR" or "Northern Shield Insurance" is found where a cue or head word names it, its later uses
// ("called bayside ambulette", "MODE: LIFELINE AIR") are the same organisation, whatever the cue
// there. A name of two words or more is specific enough to spread as a phrase; one word spreads by
// the name passes' own rules (free-text-names.ts, propagate).
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';

// The categories of placeRuns's array, 0 for a token no place span covers whole.
const LOCATION = 1;
const INSTITUTION = 2;

/** The runs of two to five tokens marked as one place or organisation, joined by blanks, a hyphen or "&", as lower-case word lists. */
function placeRuns(s: TokenScanner): { words: string[]; category: 'LOCATION' | 'INSTITUTION' }[] {
  // The category of each token a span covers whole, by token index (a later span's category over an
  // earlier one's, as a map's set would leave it), and the marked tokens' indices, sorted afterwards.
  // A map of the few place tokens, not a typed array per token: a typed array is an off-heap buffer
  // allocated and zeroed for every report that holds a place, which cost more than this pass's
  // reads of it (speed, session 41). A token no span covers whole reads as undefined where the
  // array read 0: `cat(k) !== 0` below is the array's test.
  let category: Map<number, number> | undefined;
  const starts: number[] = [];
  for (const span of s.spans) {
    if ((span.category !== 'LOCATION' && span.category !== 'INSTITUTION') || span.source === 'place-address') continue;
    const k = s.byStart.get(span.start);
    if (k === undefined || s.tokens[k]!.end !== span.end) continue;
    category ??= new Map<number, number>();
    if (!category.has(k)) starts.push(k);
    category.set(k, span.category === 'LOCATION' ? LOCATION : INSTITUTION);
  }
  const runs: { words: string[]; category: 'LOCATION' | 'INSTITUTION' }[] = [];
  // A run holds two tokens at least.
  if (category === undefined || starts.length < 2) return runs;
  const cat = (k: number) => category.get(k) ?? 0;
  const seen = new Set<string>();
  // The marked tokens in text order, not every token of the note asked of the array: a run starts at
  // one of them, and the next run after the last token of this one.
  starts.sort((a, b) => a - b);
  let after = -1;
  for (const i of starts) {
    if (i <= after) continue;
    const c = cat(i) === LOCATION ? 'LOCATION' : 'INSTITUTION';
    let j = i;
    while (cat(j + 1) !== 0 && /^(?:[ \t]+|-|[ \t]*&[ \t]*)$/.test(s.text.slice(s.tokens[j]!.end, s.tokens[j + 1]!.start))) j++;
    after = j;
    // A lone token or a run too long is no run: its words are not read.
    if (j === i || j - i >= 5) continue;
    const words = s.tokens.slice(i, j + 1).map((t) => t.lower);
    // A run of ordinary words alone could be a phrase of the note: one word no common list holds, or an organisation head closing it ("Lighthouse Mutual"), makes it a name.
    const specific = s.tokens.slice(i, j + 1).some((t) => (t.flags & (LEX.COMMON | LEX.STOP)) === 0) || (t0(s, j).flags & LEX.ORG_HEAD) !== 0;
    if (!specific) continue;
    const key = words.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      runs.push({ words, category: c });
    }
  }
  return runs;
}

/**
 * "Called bayside ambulette", "MODE: LIFELINE AIR", "from northern shield insurance": a place or
 * organisation of two to five words found elsewhere in the note (one of its words no common word),
 * written again with the same words in any case, is marked again, when none of its words is marked.
 */
export function phraseRepeats(s: TokenScanner): void {
  const runs = placeRuns(s);
  if (runs.length === 0) return;
  const byFirst = new Map<string, typeof runs>();
  for (const r of runs) byFirst.set(r.words[0]!, [...(byFirst.get(r.words[0]!) ?? []), r]);
  for (let i = 0; i < s.tokens.length; i++) {
    // A marked token is refused first (an array read), before the look-up of its word.
    if (s.marked.has(i)) continue;
    const options = byFirst.get(s.tokens[i]!.lower);
    if (!options) continue;
    for (const r of options) {
      const n = r.words.length;
      let ok = i + n <= s.tokens.length;
      for (let k = 1; ok && k < n; k++) {
        const t = s.tokens[i + k]!;
        ok = t.lower === r.words[k] && !s.marked.has(i + k) && /^(?:[ \t]+|-|[ \t]*&[ \t]*)$/.test(s.text.slice(s.tokens[i + k - 1]!.end, t.start));
      }
      if (!ok) continue;
      for (let k = i; k < i + n; k++) s.mark(k, r.category, 'place-repeat');
      i += n - 1;
      break;
    }
  }
}

/** Token `j` of the scan. */
const t0 = (s: TokenScanner, j: number) => s.tokens[j]!;
