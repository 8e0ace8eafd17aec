import type { PhiCategory, PhiSpan } from './phi-span.js';
import { surrogateFor, tagFor, type SurrogateContext } from './surrogates.js';

export interface ScrubResult {
  text: string;
  /**
   * The replacements made, in text order, four numbers each: start and end in the original text,
   * start and end in the new one (flat, so a report's few dozen replacements are not as many objects).
   */
  replacements: number[];
  counts: Record<string, number>;
}

/** A surrogate worked out in one scrub, with the category it was made for. */
interface Made {
  category: PhiCategory;
  rep: string;
}

// Up to this many spans, a repeated value is found by looking back over the spans before (same
// category and length first, then the characters in place): a report's few dozen spans cost a few
// hundred integer compares, less than hashing each value's fresh slice into a map. Longer lists
// (a long text's thousands of spans) take the map.
const LOOK_BACK_SPANS = 64;

/**
 * The index of an earlier span (before `j`) of the same category whose text is the text of span
 * `j`, or -1.
 */
function sameSpanBefore(text: string, spans: readonly PhiSpan[], j: number): number {
  const s = spans[j]!;
  const len = s.end - s.start;
  for (let i = 0; i < j; i++) {
    const p = spans[i]!;
    if (p.category !== s.category || p.end - p.start !== len) continue;
    let k = 0;
    while (k < len && text.charCodeAt(p.start + k) === text.charCodeAt(s.start + k)) k++;
    if (k === len) return i;
  }
  return -1;
}

/** Replaces each span by its surrogate (or tag) and records where everything moved. */
export function scrubText(text: string, spans: PhiSpan[], mode: 'surrogate' | 'tag', ctx: SurrogateContext): ScrubResult {
  let out = '';
  let pos = 0;
  const replacements: number[] = [];
  // Counted per category in the order the categories first occurred (a report has a handful), and
  // written into the record once at the end: a record keyed by each span's category in turn costs
  // a keyed store per span.
  const seenCats: PhiCategory[] = [];
  const catCounts: number[] = [];
  // A surrogate depends on the category, the original and the context only: a value written again
  // in the report ("Smith" in the history and the impression) takes the one worked out before.
  // Short lists look back over their own spans (`reps` holds each span's replacement); long ones
  // keep each original with the category it was made for (no joined string per span, no map per
  // category), and the rare original seen again under another category is worked out anew.
  const lookBack = mode === 'surrogate' && spans.length <= LOOK_BACK_SPANS;
  const reps: string[] = [];
  let made: Map<string, Made> | undefined;
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j]!;
    out += text.slice(pos, s.start);
    const original = text.slice(s.start, s.end);
    let rep: string;
    if (mode === 'tag') rep = tagFor(s.category);
    else if (lookBack) {
      const same = sameSpanBefore(text, spans, j);
      rep = same < 0 ? surrogateFor(s.category, original, ctx) : reps[same]!;
      reps.push(rep);
    } else {
      made ??= new Map();
      const seen = made.get(original);
      if (seen === undefined) {
        rep = surrogateFor(s.category, original, ctx);
        made.set(original, { category: s.category, rep });
      } else rep = seen.category === s.category ? seen.rep : surrogateFor(s.category, original, ctx);
    }
    const newStart = out.length;
    out += rep;
    replacements.push(s.start, s.end, newStart, out.length);
    if (rep !== original) {
      const c = seenCats.indexOf(s.category);
      if (c < 0) {
        seenCats.push(s.category);
        catCounts.push(1);
      } else catCounts[c]! += 1;
    }
    pos = s.end;
  }
  out += text.slice(pos);
  const counts: Record<string, number> = {};
  for (let c = 0; c < seenCats.length; c++) counts[seenCats[c]!] = catCounts[c]!;
  return { text: out, replacements, counts };
}

/**
 * Maps an offset of the original text to the scrubbed text. An offset inside a replaced span maps
 * to the replacement's start (`side: 'start'`) or end (`side: 'end'`).
 */
export function mapOffset(pos: number, reps: readonly number[], side: 'start' | 'end'): number {
  let delta = 0;
  for (let r = 0; r < reps.length; r += 4) {
    // reps[r .. r + 3]: start, end, new start, new end.
    if (reps[r + 1]! <= pos) {
      delta = reps[r + 3]! - reps[r + 1]!;
      continue;
    }
    if (reps[r]! < pos) return side === 'start' ? reps[r + 2]! : reps[r + 3]!;
    break;
  }
  return pos + delta;
}
