/**
 * Metrics of probabilistic predictions against binary gold (1 = positive, 0 = not): ranking quality
 * (AUROC, average precision) and calibration (reliability bins, expected calibration error, Brier).
 * Arrays are parallel; callers drop reports without gold first.
 */

/** One bin of a reliability diagram: predictions in [lo, hi), their mean and the observed positive rate. */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Area under the ROC curve (Mann–Whitney U, ties counted half); NaN without both classes. */
export function auroc(p: ArrayLike<number>, y: ArrayLike<number>): number {
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]!] === p[order[i]!]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (y[order[k]!] === 1) {
        rankSumPos += midRank;
        nPos++;
      }
    i = j + 1;
  }
  const nNeg = p.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/**
 * Average precision: Σ (R_k − R_{k−1}) · P_k over the distinct thresholds, highest first (tied
 * scores enter together, as scikit-learn computes it); NaN without positives.
 */
export function averagePrecision(p: ArrayLike<number>, y: ArrayLike<number>): number {
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[b]! - p[a]!);
  let nPos = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) nPos++;
  if (nPos === 0) return NaN;
  let tp = 0;
  let seen = 0;
  let ap = 0;
  let prevRecall = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && p[order[j + 1]!] === p[order[i]!]) j++;
    for (let k = i; k <= j; k++) if (y[order[k]!] === 1) tp++;
    seen = j + 1;
    const recall = tp / nPos;
    ap += (recall - prevRecall) * (tp / seen);
    prevRecall = recall;
    i = j + 1;
  }
  return ap;
}

/** Mean squared difference between probability and outcome. */
export function brierScore(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - y[i]!) ** 2;
  return p.length ? s / p.length : NaN;
}

/** Equal-width reliability bins over [0, 1] (the last bin includes 1); empty bins are kept with count 0. */
export function reliabilityBins(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({ lo: b / bins, hi: (b + 1) / bins, count: 0, meanPredicted: 0, observed: 0 }));
  for (let i = 0; i < p.length; i++) {
    const b = out[Math.min(bins - 1, Math.floor(p[i]! * bins))]!;
    b.count++;
    b.meanPredicted += p[i]!;
    b.observed += y[i]!;
  }
  for (const b of out)
    if (b.count) {
      b.meanPredicted /= b.count;
      b.observed /= b.count;
    }
  return out;
}

/** Expected calibration error: Σ (n_b / n) · |observed_b − mean predicted_b| over the bins. */
export function expectedCalibrationError(bins: ReliabilityBin[]): number {
  const n = bins.reduce((a, b) => a + b.count, 0);
  if (n === 0) return NaN;
  return bins.reduce((a, b) => a + (b.count / n) * Math.abs(b.observed - b.meanPredicted), 0);
}

/** Everything above for one set of predictions. */
export interface ProbabilityScores {
  n: number;
  positives: number;
  auroc: number;
  averagePrecision: number;
  brier: number;
  ece: number;
  reliability: ReliabilityBin[];
}

export function probabilityScores(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): ProbabilityScores {
  const reliability = reliabilityBins(p, y, bins);
  let positives = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) positives++;
  return { n: p.length, positives, auroc: auroc(p, y), averagePrecision: averagePrecision(p, y), brier: brierScore(p, y), ece: expectedCalibrationError(reliability), reliability };
}
