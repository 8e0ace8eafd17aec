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

/** Splits `text[from, to)` into tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // One shared global regex: tokenize is synchronous, so resetting lastIndex is enough.
  const re = TOKEN_RE;
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    const end = Math.min(m.index + m[0].length, to);
    out.push({ norm: normalizeWord(end === m.index + m[0].length ? m[0] : text.slice(m.index, end)), start: m.index, end });
  }
  re.lastIndex = 0;
  return out;
}
