// An averaged multiclass perceptron (Collins 2002; the averaging as in Daumé's "lazy update"):
// a linear model over sparse string features, trained in a seeded order so the weights are the
// same on every run. Small, dependency-free and fast enough to score every candidate token.
import { mulberry32 } from '../../util/prng.js';

/** One training example: its features and its class index. */
export interface Example {
  features: string[];
  label: number;
  /** Size of this example's updates (default 1): a cost, so one kind of mistake can weigh more than another. */
  weight?: number;
}

/** Trained weights: one vector of per-class weights per feature. */
export type Weights = Map<string, Float64Array>;

/** Training settings; every run with the same settings and examples gives the same weights. */
export interface TrainOptions {
  classes: number;
  epochs: number;
  seed: number;
  /**
   * An example of class 0 is also updated when the best other class comes within this margin of
   * class 0 (default 0: only on a mistake). The layer takes a token only when a class beats class 0
   * by a threshold, so a negative that is "right" by less than that is still one the layer takes.
   */
  negativeMargin?: number;
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
 * step, which keeps the late noisy updates from dominating. Features are numbered once and the
 * weights kept in flat arrays (the arithmetic, and so the weights, are those of string-keyed maps).
 */
export function trainPerceptron(examples: readonly Example[], opts: TrainOptions): Weights {
  const { classes } = opts;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const encoded: Int32Array[] = examples.map((ex) => {
    const v = new Int32Array(ex.features.length);
    for (let k = 0; k < ex.features.length; k++) {
      const f = ex.features[k]!;
      let id = ids.get(f);
      if (id === undefined) {
        id = names.length;
        ids.set(f, id);
        names.push(f);
      }
      v[k] = id;
    }
    return v;
  });
  const n = names.length * classes;
  const w = new Float64Array(n);
  // Sum of each weight's value times how long it held it, and when it last changed (lazy averaging).
  const total = new Float64Array(n);
  const stamp = new Float64Array(n);
  // Features whose weights were ever updated (the others are in no returned vector).
  const touched = new Uint8Array(names.length);
  const update = (f: number, c: number, delta: number, now: number) => {
    const x = f * classes + c;
    total[x]! += (now - stamp[x]!) * w[x]!;
    stamp[x] = now;
    w[x]! += delta;
  };
  const order = examples.map((_, i) => i);
  const r = mulberry32(opts.seed);
  const scores = new Float64Array(classes);
  const margin = opts.negativeMargin ?? 0;
  let now = 0;
  for (let e = 0; e < opts.epochs; e++) {
    shuffle(order, r);
    for (const k of order) {
      now++;
      const fs = encoded[k]!;
      const label = examples[k]!.label;
      scores.fill(0);
      for (let q = 0; q < fs.length; q++) {
        const base = fs[q]! * classes;
        for (let c = 0; c < classes; c++) scores[c]! += w[base + c]!;
      }
      let guess = 0;
      for (let c = 1; c < classes; c++) if (scores[c]! > scores[guess]!) guess = c;
      if (guess === label) {
        if (label !== 0 || margin <= 0 || classes < 2) continue;
        // A negative scored right but by less than the margin: push it away from its closest rival.
        let rival = 1;
        for (let c = 2; c < classes; c++) if (scores[c]! > scores[rival]!) rival = c;
        if (scores[0]! - scores[rival]! >= margin) continue;
        guess = rival;
      }
      const step = examples[k]!.weight ?? 1;
      for (let q = 0; q < fs.length; q++) {
        const f = fs[q]!;
        touched[f] = 1;
        update(f, label, step, now);
        update(f, guess, -step, now);
      }
    }
  }
  const averaged: Weights = new Map();
  for (let f = 0; f < names.length; f++) {
    if (touched[f] === 0) continue;
    const avg = new Float64Array(classes);
    let any = false;
    for (let c = 0; c < classes; c++) {
      const x = f * classes + c;
      avg[c] = (total[x]! + (now - stamp[x]!) * w[x]!) / now;
      if (Math.abs(avg[c]!) >= 1e-4) any = true;
    }
    if (any) averaged.set(names[f]!, avg);
  }
  return averaged;
}
