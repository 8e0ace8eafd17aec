import type { Token } from '../../extract/rules/tokenize.js';

/** Where a condition was found among a sentence's tokens. */
export interface ConditionLocation {
  start: number;
  end: number;
  /** `exact`: all condition tokens in order; `partial`: longest prefix or best overlap; `none`: not found. */
  quality: 'exact' | 'partial' | 'none';
}

/**
 * Locates a condition phrase in a sentence case-insensitively, on normalised tokens (so spacing
 * and plural differences do not matter). When the condition is not wholly inside the sentence,
 * falls back to the longest matching prefix, then to the window with the most condition tokens.
 * With `text` / `conditionText` given, a full match written exactly as the condition is preferred.
 */
export function locateCondition(sentence: Token[], condition: Token[], text?: string, conditionText?: string): ConditionLocation {
  const c = condition.map((t) => t.norm).filter((n) => /[\p{L}\p{N}]/u.test(n));
  const s = sentence.map((t) => t.norm);
  if (c.length === 0 || s.length === 0) return { start: 0, end: 0, quality: 'none' };
  const words: number[] = [];
  s.forEach((n, i) => {
    if (/[\p{L}\p{N}]/u.test(n)) words.push(i);
  });
  // Longest prefix of the condition found as consecutive words (punctuation skipped). Among full
  // matches prefer one written exactly as the condition, then one that is not a heading ("X:").
  let best = { start: 0, end: 0, len: 0, pref: -1 };
  for (let w = 0; w < words.length; w++) {
    let k = 0;
    while (k < c.length && w + k < words.length && s[words[w + k]!] === c[k]) k++;
    if (k === 0) continue;
    const start = words[w]!;
    const end = words[w + k - 1]! + 1;
    let pref = 0;
    if (k === c.length) {
      if (text !== undefined && conditionText !== undefined && text.slice(sentence[start]!.start, sentence[end - 1]!.end).replace(/\s+/g, ' ') === conditionText.trim().replace(/\s+/g, ' ')) pref += 2;
      if (sentence[end]?.norm !== ':') pref += 1;
    }
    if (k > best.len || (k === best.len && pref > best.pref)) best = { start, end, len: k, pref };
  }
  if (best.len === c.length) return { start: best.start, end: best.end, quality: 'exact' };
  if (best.len > 0 && (best.len >= 2 || c.length <= 2)) return { start: best.start, end: best.end, quality: 'partial' };
  // Window of the condition's length holding the most of its words.
  const want = new Set(c);
  let top = { start: 0, end: 0, score: 0 };
  for (let w = 0; w < words.length; w++) {
    let score = 0;
    for (let k = 0; k < c.length && w + k < words.length; k++) if (want.has(s[words[w + k]!]!)) score++;
    if (score > top.score) top = { start: words[w]!, end: words[Math.min(words.length - 1, w + c.length - 1)]! + 1, score };
  }
  return top.score > 0 ? { start: top.start, end: top.end, quality: 'partial' } : { start: 0, end: 0, quality: 'none' };
}
