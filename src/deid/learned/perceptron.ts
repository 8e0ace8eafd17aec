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

/**
 * Weights laid out for scoring, filled in as features are met: each feature's row number (-1 for
 * a feature the model lacks), and the rows of `width` weights side by side in one array. Scoring
 * then reads a number and one flat array per feature, not a typed array object of its own (views
 * into a shared buffer, when the model came from its cache). Only the features a run meets are
 * laid out, so start-up pays nothing for the tens of thousands of others.
 */
interface FlatWeights {
  weights: Weights;
  /** The size of `weights` when laid out: a map that grew is laid out afresh. */
  size: number;
  width: number;
  rows: Map<string, number>;
  flat: Float64Array;
  used: number;
}

// Bound on the features laid out (a feature names a vocabulary word or a shape, so a run meets a
// bounded number; past this the layout is started again).
const MAX_ROWS = 200_000;

/** An empty {@link FlatWeights} of `weights` in rows of `width`. */
function emptyLayout(weights: Weights, width: number): FlatWeights {
  return { weights, size: weights.size, width, rows: new Map(), flat: new Float64Array(64 * width), used: 0 };
}

/**
 * The row of feature `f` in `layout`, laid out on first use (-1 when the model lacks it). A vector
 * shorter than the width reads NaN past its end, as scoring it directly did.
 */
function rowOf(layout: FlatWeights, f: string): number {
  let r = layout.rows.get(f);
  if (r !== undefined) return r;
  const w = layout.weights.get(f);
  if (!w) r = -1;
  else {
    const { width } = layout;
    if ((layout.used + 1) * width > layout.flat.length) {
      const grown = new Float64Array(layout.flat.length * 2);
      grown.set(layout.flat);
      layout.flat = grown;
    }
    r = layout.used++;
    for (let c = 0; c < width; c++) layout.flat[r * width + c] = c < w.length ? w[c]! : NaN;
  }
  if (layout.rows.size >= MAX_ROWS) {
    layout.rows.clear();
    layout.used = 0;
    return rowOf(layout, f);
  }
  layout.rows.set(f, r);
  return r;
}

// The layouts of the weights scored lately, by map: a run scores a model or two (the shipped name
// and year models, or a fold's), report after report. Weights are built whole and not changed once
// scored (training and the loaders return new maps); one whose size changed, or scored at another
// width, is laid out afresh. A handful are kept, the oldest dropped first.
const layouts: FlatWeights[] = [];
const MAX_LAYOUTS = 4;

/** The layout of `weights` in rows of `width`, kept from earlier scoring when still valid. */
function layoutOf(weights: Weights, width: number): FlatWeights {
  for (let k = 0; k < layouts.length; k++) {
    const l = layouts[k]!;
    if (l.weights !== weights) continue;
    if (l.size === weights.size && l.width === width) return l;
    layouts.splice(k, 1);
    break;
  }
  if (layouts.length >= MAX_LAYOUTS) layouts.shift();
  const l = emptyLayout(weights, width);
  layouts.push(l);
  return l;
}

/** Scores of every class for one feature list (written into `scores`, which is returned). */
export function scoreFeatures(weights: Weights, features: readonly string[], scores: Float64Array): Float64Array {
  scores.fill(0);
  const width = scores.length;
  const l = layoutOf(weights, width);
  for (let k = 0; k < features.length; k++) {
    const r = rowOf(l, features[k]!);
    if (r < 0) continue;
    const { flat } = l;
    const base = r * width;
    for (let c = 0; c < width; c++) scores[c]! += flat[base + c]!;
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
      if (guess === label) continue;
      for (let q = 0; q < fs.length; q++) {
        const f = fs[q]!;
        touched[f] = 1;
        update(f, label, 1, now);
        update(f, guess, -1, now);
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
