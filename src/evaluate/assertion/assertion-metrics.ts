/** Precision / recall / F1 of one class. */
export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold rows of the class. */
  support: number;
  /** Predicted rows of the class. */
  predicted: number;
}

/** Accuracy and per-class scores of one assertion dimension. */
export interface DimensionMetrics {
  n: number;
  accuracy: number;
  classes: ClassMetrics[];
}

/** Scores of a run of the assertion benchmark. */
export interface AssertionMetrics {
  rows: number;
  /** Rows whose Condition was only partly found in the sentence. */
  partialMatches: number;
  /** Rows whose Condition was not found at all (predicted with the defaults). */
  unmatched: number;
  /** True when the gold has no Possible class, so predicted Possible was scored as Affirmed. */
  possibleScoredAsAffirmed: boolean;
  negation: DimensionMetrics;
  temporality: DimensionMetrics;
  experiencer: DimensionMetrics;
}

/** Accuracy and per-class P/R/F1 over paired gold / predicted values (rows without gold skipped). */
export function scoreDimension(pairs: Array<{ gold: string | null; pred: string }>, classes: readonly string[]): DimensionMetrics {
  const scored = pairs.filter((p): p is { gold: string; pred: string } => p.gold !== null);
  const correct = scored.filter((p) => p.gold === p.pred).length;
  const labels = [...new Set([...classes, ...scored.map((p) => p.gold)])];
  return {
    n: scored.length,
    accuracy: scored.length === 0 ? 0 : correct / scored.length,
    classes: labels.map((label) => {
      const tp = scored.filter((p) => p.gold === label && p.pred === label).length;
      const support = scored.filter((p) => p.gold === label).length;
      const predicted = scored.filter((p) => p.pred === label).length;
      const precision = predicted === 0 ? 0 : tp / predicted;
      const recall = support === 0 ? 0 : tp / support;
      return { label, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support, predicted };
    }),
  };
}
