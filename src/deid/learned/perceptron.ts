// An averaged multiclass perceptron (Collins 2002; the averaging as in Daumé's "lazy update"):
// a linear model over sparse string features, trained in a seeded order so the weights are the
// same on every run. Small, dependency-free and fast enough to score every candidate token.
import { mulberry32 } from '../../util/prng.js';

/** One training example: its features and its class index. */
export interface Example {
  features: string[];
  label: number;
}

/** Trained weights: one vector of per-class weights per feature. */
export type Weights = Map<string, Float64Array>;

/** Training settings; every run with the same settings and examples gives the same weights. */
export interface TrainOptions {
  classes: number;
  epochs: number;
  seed: number;
}

/** Scores of every class for one feature list (written into `scores`, which is returned). */
export function scoreFeatures(weights: Weights, features: readonly string[], scores: Float64Array): Float64Array {
  scores.fill(0);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/** Fisher–Yates shuffle with a seeded generator. */
function shuffle<T>(xs: T[], r: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const x = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = x;
  }
}

/**
 * Trains an averaged perceptron: on a mistake, the gold class's weights of the example's features
 * go up by one and the predicted class's go down; the returned weights are the average over every
 * step, which keeps the late noisy updates from dominating.
 */
export function trainPerceptron(examples: readonly Example[], opts: TrainOptions): Weights {
  const { classes } = opts;
  const w: Weights = new Map();
  // Sum of each weight's value times how long it held it, and when it last changed (lazy averaging).
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const vec = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(classes)));
    return v;
  };
  const update = (f: string, c: number, delta: number, now: number) => {
    const wv = vec(w, f);
    const tv = vec(total, f);
    const sv = vec(stamp, f);
    tv[c]! += (now - sv[c]!) * wv[c]!;
    sv[c] = now;
    wv[c]! += delta;
  };
  const order = examples.map((_, i) => i);
  const r = mulberry32(opts.seed);
  const scores = new Float64Array(classes);
  let now = 0;
  for (let e = 0; e < opts.epochs; e++) {
    shuffle(order, r);
    for (const k of order) {
      now++;
      const ex = examples[k]!;
      scoreFeatures(w, ex.features, scores);
      let guess = 0;
      for (let c = 1; c < classes; c++) if (scores[c]! > scores[guess]!) guess = c;
      if (guess === ex.label) continue;
      for (const f of ex.features) {
        update(f, ex.label, 1, now);
        update(f, guess, -1, now);
      }
    }
  }
  const averaged: Weights = new Map();
  for (const [f, wv] of w) {
    const tv = total.get(f)!;
    const sv = stamp.get(f)!;
    const avg = new Float64Array(classes);
    let any = false;
    for (let c = 0; c < classes; c++) {
      avg[c] = (tv[c]! + (now - sv[c]!) * wv[c]!) / now;
      if (Math.abs(avg[c]!) >= 1e-4) any = true;
    }
    if (any) averaged.set(f, avg);
  }
  return averaged;
}
