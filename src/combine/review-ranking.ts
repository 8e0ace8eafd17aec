import { columnOffset, MISSING, VOTE, type LabelMatrix } from './label-matrix.js';

/** One report of the review worklist. */
export interface ReviewItem {
  rank: number;
  id: string;
  /** Sum over labels of the binary entropy of P(positive), in bits. */
  entropy: number;
  /** Mean over labels of the minority share of the sources' positive-vs-not readings (0 = unanimous, 0.5 = split). */
  disagreement: number;
  /** The labels with the most uncertain P(positive), most uncertain first (at most 3). */
  labels: Array<{ label: string; p: number }>;
}

const bits = (p: number): number => (p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p)));

/**
 * Ranks reports by how much a reviewer's answer would tell: total entropy of the combined
 * probabilities first, then source disagreement, then id (a stable order for equal scores).
 */
export function rankForReview(m: LabelMatrix, posteriors: Float64Array[], limit = Infinity): ReviewItem[] {
  const n = m.ids.length;
  const entropy = new Float64Array(n);
  const disagreement = new Float64Array(n);
  m.labels.forEach((_, l) => {
    const post = posteriors[l]!;
    const pos = new Uint16Array(n);
    const votes = new Uint16Array(n);
    m.sources.forEach((_, s) => {
      const o = columnOffset(m, s, l);
      for (let i = 0; i < n; i++) {
        const v = m.votes[o + i]!;
        if (v === MISSING) continue;
        votes[i] = votes[i]! + 1;
        if (v === VOTE.positive) pos[i] = pos[i]! + 1;
      }
    });
    for (let i = 0; i < n; i++) {
      entropy[i] = entropy[i]! + bits(post[i]!);
      if (votes[i]) disagreement[i] = disagreement[i]! + Math.min(pos[i]!, votes[i]! - pos[i]!) / votes[i]!;
    }
  });
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => entropy[b]! - entropy[a]! || disagreement[b]! - disagreement[a]! || (m.ids[a]! < m.ids[b]! ? -1 : m.ids[a]! > m.ids[b]! ? 1 : 0),
  );
  return order.slice(0, Math.min(limit, n)).map((i, r) => ({
    rank: r + 1,
    id: m.ids[i]!,
    entropy: entropy[i]!,
    disagreement: m.labels.length ? disagreement[i]! / m.labels.length : 0,
    labels: m.labels
      .map((label, l) => ({ label, p: posteriors[l]![i]! }))
      .filter((x) => bits(x.p) > 0.1)
      .sort((a, b) => bits(b.p) - bits(a.p))
      .slice(0, 3),
  }));
}
