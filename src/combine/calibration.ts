import { mulberry32 } from '../util/prng.js';

/**
 * Post-hoc calibration of P(positive) on gold: temperature scaling (one parameter on the logit) or
 * isotonic regression (pool-adjacent-violators). A calibrator maps a probability to a probability.
 */
export type CalibrationMethod = 'temperature' | 'isotonic';

export interface Calibrator {
  method: CalibrationMethod;
  /** Temperature T (p' = σ(logit(p) / T)); isotonic: the fitted steps. */
  temperature?: number;
  steps?: { x: number[]; y: number[] };
  apply(p: number): number;
}

const EPS = 1e-6;
const clip = (p: number): number => Math.min(1 - EPS, Math.max(EPS, p));
const logit = (p: number): number => Math.log(clip(p) / (1 - clip(p)));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function nll(p: ArrayLike<number>, y: ArrayLike<number>, t: number): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const q = clip(sigmoid(logit(p[i]!) / t));
    s -= y[i] ? Math.log(q) : Math.log(1 - q);
  }
  return s;
}

/** Temperature minimising the negative log-likelihood on gold (golden-section search on log T in [−4, 4]). */
export function fitTemperature(p: ArrayLike<number>, y: ArrayLike<number>): Calibrator {
  let a = -4;
  let b = 4;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = nll(p, y, Math.exp(c));
  let fd = nll(p, y, Math.exp(d));
  for (let k = 0; k < 80; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = nll(p, y, Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = nll(p, y, Math.exp(d));
    }
  }
  const t = Math.exp((a + b) / 2);
  return { method: 'temperature', temperature: t, apply: (q) => sigmoid(logit(q) / t) };
}

/**
 * Isotonic regression by pool-adjacent-violators: a non-decreasing step function of p fitted to the
 * outcomes. Between fitted points the value is interpolated linearly; outside it is held constant.
 */
export function fitIsotonic(p: ArrayLike<number>, y: ArrayLike<number>): Calibrator {
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const blocks: Array<{ sum: number; w: number; x: number }> = [];
  for (const i of order) {
    blocks.push({ sum: y[i]!, w: 1, x: p[i]! });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.w >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.w) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      prev.x = (prev.x * prev.w + last.x * last.w) / (prev.w + last.w);
      prev.sum += last.sum;
      prev.w += last.w;
    }
  }
  const xs = blocks.map((b) => b.x);
  const ys = blocks.map((b) => b.sum / b.w);
  const apply = (q: number): number => {
    if (xs.length === 0) return q;
    if (q <= xs[0]!) return ys[0]!;
    if (q >= xs[xs.length - 1]!) return ys[ys.length - 1]!;
    let lo = 0;
    let hi = xs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! <= q) lo = mid;
      else hi = mid;
    }
    const t = (q - xs[lo]!) / (xs[hi]! - xs[lo]! || 1);
    return ys[lo]! + t * (ys[hi]! - ys[lo]!);
  };
  return { method: 'isotonic', steps: { x: xs, y: ys }, apply };
}

export function fitCalibrator(method: CalibrationMethod, p: ArrayLike<number>, y: ArrayLike<number>): Calibrator {
  return method === 'temperature' ? fitTemperature(p, y) : fitIsotonic(p, y);
}

/**
 * Out-of-fold calibrated probabilities: the gold reports are split into k seeded folds by `group`
 * (the report, so all labels of a report stay in one fold); each fold is calibrated by a fit on the
 * others. This is what calibration on gold is measured with — a fit scored on its own data flatters it.
 */
export function crossValidatedCalibration(
  method: CalibrationMethod,
  p: ArrayLike<number>,
  y: ArrayLike<number>,
  group: ArrayLike<number>,
  k = 5,
  seed = 42,
): Float64Array {
  const rand = mulberry32(seed);
  const foldOfGroup = new Map<number, number>();
  const foldOf = (g: number): number => {
    let f = foldOfGroup.get(g);
    if (f === undefined) foldOfGroup.set(g, (f = Math.floor(rand() * k)));
    return f;
  };
  const folds = Array.from({ length: p.length }, (_, i) => foldOf(group[i]!));
  const out = new Float64Array(p.length);
  for (let f = 0; f < k; f++) {
    const trainP: number[] = [];
    const trainY: number[] = [];
    for (let i = 0; i < p.length; i++)
      if (folds[i] !== f) {
        trainP.push(p[i]!);
        trainY.push(y[i]!);
      }
    const cal = trainP.length ? fitCalibrator(method, trainP, trainY) : undefined;
    for (let i = 0; i < p.length; i++) if (folds[i] === f) out[i] = cal ? cal.apply(p[i]!) : p[i]!;
  }
  return out;
}
