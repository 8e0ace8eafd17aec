/**
 * A memo of a word function keyed by a span of text, so that a caller walking text by char codes
 * looks a word up without cutting it out first. The tokenizer normalises every word of every
 * sentence: a `slice` per token (allocated, then hashed again by a `Map`) cost more than the rest of
 * tokenizing. Here the span is hashed and compared in place; only a word not seen before is cut.
 */
export type SpanMemo = (text: string, start: number, end: number) => string;

// 2^15 slots, filled at most half (open addressing stays short); past that, words are cut and
// passed to `fn` as before, which keeps its own cache.
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
const MAX_WORDS = SLOTS >> 1;

/** Memoises `fn` (a pure function of its word) over non-empty spans `text[start, end)`. */
export function spanMemo(fn: (word: string) => string): SpanMemo {
  const keys: string[] = new Array<string>(SLOTS).fill('');
  const values: string[] = new Array<string>(SLOTS).fill('');
  let words = 0;
  return (text, start, end) => {
    const len = end - start;
    let h = len;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    h ^= h >>> 15;
    let slot = h & MASK;
    for (let k = keys[slot]!; k !== ''; k = keys[slot]!) {
      if (k.length === len && sameAt(k, text, start)) return values[slot]!;
      slot = (slot + 1) & MASK;
    }
    const word = text.slice(start, end);
    const value = fn(word);
    if (words < MAX_WORDS && len > 0) {
      keys[slot] = word;
      values[slot] = value;
      words++;
    }
    return value;
  };
}

function sameAt(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
