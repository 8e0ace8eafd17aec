/** Edit distance (insertions, deletions, substitutions, adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[s.length]![t.length]!;
}

/**
 * The known name closest to `word`, when it is close enough to be a likely typo (one edit for short
 * names, else two or a third of the length, or a case-insensitive prefix of it); undefined otherwise.
 */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const dist = editDistance(word, k);
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  if (best === undefined) return undefined;
  const w = word.toLowerCase();
  const b = best.toLowerCase();
  const len = Math.max(w.length, b.length);
  const close = bestD <= (len >= 5 ? Math.max(2, Math.floor(len / 3)) : 1) || (w.length >= 3 && b.startsWith(w));
  return close ? best : undefined;
}

/** "did you mean chexpert? known: chestxray14, chexpert" (or just "known: …" when nothing is close). */
export function suggestion(word: string, known: readonly string[]): string {
  const n = nearest(word, known);
  const list = known.length ? `known: ${known.join(', ')}` : 'none are known';
  return n ? `did you mean ${n}? ${list}` : list;
}
