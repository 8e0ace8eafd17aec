import { isAsciiAlnum } from '../../util/ascii-chars.js';
import { spanMemo } from './span-memo.js';

/** A token of analysed text: original offsets plus the normalised form used for matching. */
export interface Token {
  /** Normalised form: lower case, simple plural folded ("opacities" → "opacity"). */
  norm: string;
  start: number;
  end: number;
}

// Words (letters / digits, inner apostrophes) or single punctuation marks.
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

const INVARIANT = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'us', 'as', 'thus', 'plus', 'less', 'yes', 'bus', 'gas', 'lens', 'pelvis', 'bronchus', 'hilus', 'sinus', 'apparatus', 'status', 'atelectasis', 'stenosis', 'thorax', 'process', 'abscess', 'mass', 'diffuse', 'versus', 'vs']);

/**
 * Folds English plural inflection so "effusions" matches "effusion" and "opacities" matches
 * "opacity". Deliberately crude (no full stemmer): both text and rules pass through it, so a
 * wrong fold is harmless as long as it is consistent.
 */
export function foldInflection(word: string): string {
  if (word.length <= 3 || INVARIANT.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Normalises one word as the matcher sees it. */
const cacheNorm = new Map<string, string>();

export function normalizeWord(word: string): string {
  let n = cacheNorm.get(word);
  if (n === undefined) {
    n = foldInflection(word.toLowerCase().replace(/’/g, "'"));
    // Vocabulary is small in practice; the cap keeps memory bounded on odd input.
    if (cacheNorm.size < 200_000) cacheNorm.set(word, n);
  }
  return n;
}

// normalizeWord of an ASCII word read in place (no slice per token).
const normalizeSpan = spanMemo(normalizeWord);

/** Splits `text[from, to)` into tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Report text is mostly ASCII: an ASCII word or mark is cut by char codes, with no regex match
  // object per token. Anything else (non-ASCII, apostrophes, unusual blanks) goes to TOKEN_RE from
  // that point, so the tokens are the same as the regex alone gives.
  let i = from;
  // A range starting inside a surrogate pair: the regex (u flag) backs up to the pair's start.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) i = regexToken(text, from, to, out);
  while (i >= 0 && i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++;
      continue;
    }
    let end = -1;
    if (isAsciiAlnum(c)) {
      let j = i + 1;
      while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
      const next = j < text.length ? text.charCodeAt(j) : 0x20;
      // An apostrophe may join the next letters, and a non-ASCII character may be a letter.
      if (next !== 0x27 && next < 0x80) end = j;
    } else if (c < 0x80 && c !== 0x27) end = i + 1;
    if (end < 0) {
      i = regexToken(text, i, to, out);
      continue;
    }
    const cut = Math.min(end, to);
    out.push({ norm: normalizeSpan(text, i, cut), start: i, end: cut });
    i = end;
  }
  return out;
}

/** Adds the next TOKEN_RE token at or after `at` (cut at `to`); returns where to go on, or -1 when none is left. */
function regexToken(text: string, at: number, to: number, out: Token[]): number {
  // One shared global regex: tokenize is synchronous, so setting lastIndex before each use is enough.
  const re = TOKEN_RE;
  re.lastIndex = at;
  const m = re.exec(text);
  re.lastIndex = 0;
  if (!m || m.index >= to) return -1;
  const mEnd = m.index + m[0].length;
  const cut = Math.min(mEnd, to);
  out.push({ norm: normalizeWord(cut === mEnd ? m[0] : text.slice(m.index, cut)), start: m.index, end: cut });
  return mEnd;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
