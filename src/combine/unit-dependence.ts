import { fitDawidSkene, fitLabel, type DawidSkeneOptions, type LabelFit } from './dawid-skene.js';
import { MISSING, VOTE, type LabelMatrix } from './label-matrix.js';

/** How dependence between sources enters the label model. */
export type DependenceMode = 'none' | 'auto';

/** Estimated dependence between the label model's units (single sources or declared groups). */
export interface DependenceEstimate {
  /** Source indices of each unit, as in {@link LabelFit.units}. */
  units: number[][];
  /**
   * Dependence of each unit pair in [0, 1], pooled over the labels: the covariance of their
   * positive-vs-not readings that the latent class does not explain, as a share of the most it
   * could be. 0 = conditionally independent (what Dawid–Skene assumes), 1 = a copy.
   */
  matrix: number[][];
  /** Weight of each unit from the pooled matrix: 1 / (1 + its dependence on all the others). */
  weights: number[];
  /** Per label (matrix label order): the label's dependence, shrunk toward the pooled one, and the E-step weights the label is fitted with. */
  perLabel: Array<{ matrix: number[][]; weights: number[] }>;
}

/**
 * Positive-vs-not reading of each unit on each answer pattern: a single source reads positive when
 * it answers positive; a group when at least half its present members do. {@link MISSING} when
 * the unit has no record of the report.
 */
function readings(fit: LabelFit): Int8Array {
  const U = fit.units.length;
  const P = fit.patternCounts.length;
  const out = new Int8Array(P * U);
  for (let p = 0; p < P; p++)
    for (let u = 0; u < U; u++) {
      const k = fit.patternCodes[p * U + u]!;
      const unit = fit.units[u]!;
      if (k === MISSING) out[p * U + u] = MISSING;
      else if (unit.sources.length === 1) out[p * U + u] = k === VOTE.positive ? 1 : 0;
      else {
        let present = 0;
        let pos = 0;
        for (let j = 0, code = k + 1; j < unit.sources.length; j++, code = Math.floor(code / 5)) {
          const v = (code % 5) - 1;
          if (v === MISSING) continue;
          present++;
          if (v === VOTE.positive) pos++;
        }
        out[p * U + u] = 2 * pos >= present ? 1 : 0;
      }
    }
  return out;
}

/** Covariance matrix of the units' 0/1 readings for one label, each pair over the reports both have a record of. */
function covariances(fit: LabelFit): number[][] {
  const U = fit.units.length;
  const x = readings(fit);
  const cov = Array.from({ length: U }, () => new Array<number>(U).fill(0));
  for (let u = 0; u < U; u++)
    for (let v = u; v < U; v++) {
      let n = 0;
      let su = 0;
      let sv = 0;
      let suv = 0;
      for (let p = 0; p < fit.patternCounts.length; p++) {
        const a = x[p * U + u]!;
        const b = x[p * U + v]!;
        if (a === MISSING || b === MISSING) continue;
        const c = fit.patternCounts[p]!;
        n += c;
        su += c * a;
        sv += c * b;
        suv += c * a * b;
      }
      const value = n > 0 ? suv / n - (su / n) * (sv / n) : 0;
      cov[u]![v] = value;
      cov[v]![u] = value;
    }
  return cov;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Covariances this small carry no usable signal (a label hardly any source calls positive). */
const TINY = 1e-6;
/**
 * A pair whose unexplained share exceeds this is suspected dependent and left out of the triplets
 * that estimate the class component (independent sources stay well below it: sampling noise only).
 */
const SUSPECT = 0.1;

/**
 * Per unit, the part of its covariance with others that the latent class explains: if units are
 * independent given a binary class, cov(u, v) = a_u · a_v for every pair, so a_u² = cov(u, v) ·
 * cov(u, w) / cov(v, w) for any other two units v, w (the triplet identity). The median over the
 * triplets without a suspected pair resists a few dependent pairs.
 */
function classComponent(cov: number[][], suspect: (u: number, v: number) => boolean): number[] {
  const U = cov.length;
  return cov.map((_, u) => {
    const all: number[] = [];
    const clean: number[] = [];
    for (let v = 0; v < U; v++)
      for (let w = v + 1; w < U; w++) {
        if (v === u || w === u || cov[v]![w]! <= TINY || cov[u]![v]! <= 0 || cov[u]![w]! <= 0) continue;
        const a2 = (cov[u]![v]! * cov[u]![w]!) / cov[v]![w]!;
        all.push(a2);
        if (!suspect(u, v) && !suspect(u, w) && !suspect(v, w)) clean.push(a2);
      }
    const pick = clean.length ? clean : all;
    // a_u can be no larger than the unit's own standard deviation.
    return pick.length ? Math.sqrt(Math.min(median(pick), cov[u]![u]!)) : 0;
  });
}

/**
 * Residual dependence of every pair per label and pooled over labels: the covariance the class
 * does not explain, cov(u, v) − a_u a_v, as a share of the most it could be, sd_u sd_v − a_u a_v (a
 * copy reaches 1). A label's own figure is shrunk toward the pooled one by the pair's mean room
 * over labels: a rare label has little covariance to go on, a common one mostly speaks for itself
 * (two sources may share errors on one label only, e.g. both reading the impression for No Finding).
 */
function residualDependence(covs: number[][][], suspect: (u: number, v: number) => boolean): { pooled: number[][]; perLabel: number[][][] } {
  const U = covs[0]?.length ?? 0;
  const L = covs.length;
  const zero = (): number[][] => Array.from({ length: U }, () => new Array<number>(U).fill(0));
  const num = covs.map(zero);
  const den = covs.map(zero);
  covs.forEach((cov, l) => {
    const a = classComponent(cov, suspect);
    for (let u = 0; u < U; u++)
      for (let v = u + 1; v < U; v++) {
        const room = Math.sqrt(cov[u]![u]! * cov[v]![v]!) - a[u]! * a[v]!;
        if (room <= TINY) continue;
        num[l]![u]![v] = Math.min(room, Math.max(0, cov[u]![v]! - a[u]! * a[v]!));
        den[l]![u]![v] = room;
      }
  });
  const sum = (x: number[][][], u: number, v: number): number => x.reduce((acc, t) => acc + t[u]![v]!, 0);
  const build = (cell: (i: number, j: number) => number): number[][] =>
    Array.from({ length: U }, (_, u) => Array.from({ length: U }, (_, v): number => (u === v ? 1 : cell(Math.min(u, v), Math.max(u, v)))));
  const pooled = build((i, j) => {
    const d = sum(den, i, j);
    return d > 0 ? sum(num, i, j) / d : 0;
  });
  const perLabel = covs.map((_, l) =>
    build((i, j) => {
      const prior = sum(den, i, j) / L;
      return prior + den[l]![i]![j]! > 0 ? (num[l]![i]![j]! + prior * pooled[i]![j]!) / (den[l]![i]![j]! + prior) : 0;
    }),
  );
  return { pooled, perLabel };
}

const weightsOf = (matrix: number[][]): number[] => matrix.map((row, u) => 1 / (1 + row.reduce((a, d, v) => a + (v === u ? 0 : d), 0)));

/**
 * Estimates how dependent the units of fitted label models are, pooled over the labels, and a
 * weight per unit. Dawid–Skene assumes sources independent given the class; two settings of one
 * engine, or two prompts of one model, make the same mistakes, and the model then counts their
 * agreement twice — EM may even take a copied pair's shared view for the class. So the estimate
 * does not use the fitted posteriors: it reads the covariances of the units' positive-vs-not
 * readings, which under conditional independence are rank one (cov(u, v) = a_u a_v, the class
 * component, recovered from triplets of units as in Fu et al. 2020), and takes what the class does
 * not explain as dependence (suspected pairs are left out of the triplets one at a time, worst first).
 * A unit's weight 1 / (1 + Σ dependence on the others) makes k copies of one source count as about
 * one together and leaves a source that shares no errors at weight 1 — a composite-likelihood
 * reading of Snorkel's learned correlations that keeps every unit separately identified. It
 * assumes most units are independent of each other. It needs four units or more: with three the
 * class component fits any covariances exactly, so no dependence can be told apart (all weights 1).
 */
export function estimateDependence(fits: LabelFit[]): DependenceEstimate {
  const first = fits[0];
  const units = first ? first.units.map((u) => u.sources) : [];
  const U = units.length;
  if (U < 4) {
    const matrix = Array.from({ length: U }, (_, u) => Array.from({ length: U }, (_, v): number => (u === v ? 1 : 0)));
    const weights = new Array<number>(U).fill(1);
    return { units, matrix, weights, perLabel: fits.map(() => ({ matrix, weights })) };
  }
  const covs = fits.map(covariances);
  // Greedy: the pair the class explains least becomes suspect and leaves the triplets; repeat
  // until every remaining pair is explained (a dependent pair distorts the triplets it is in).
  const suspects = new Set<number>();
  const isSuspect = (u: number, v: number): boolean => suspects.has(u < v ? u * U + v : v * U + u);
  let est = residualDependence(covs, isSuspect);
  for (;;) {
    let worst = -1;
    let worstD = SUSPECT;
    for (let u = 0; u < U; u++)
      for (let v = u + 1; v < U; v++)
        if (!isSuspect(u, v) && est.pooled[u]![v]! > worstD) {
          worstD = est.pooled[u]![v]!;
          worst = u * U + v;
        }
    if (worst < 0) break;
    suspects.add(worst);
    est = residualDependence(covs, isSuspect);
  }
  return { units, matrix: est.pooled, weights: weightsOf(est.pooled), perLabel: est.perLabel.map((matrix) => ({ matrix, weights: weightsOf(matrix) })) };
}

/**
 * Fits every label, with dependence between units estimated from the data when `dependence` is
 * `auto`: the answer patterns give the dependence (no posterior, no gold is involved), and each
 * label is fitted again with its unit weights.
 */
export function fitLabelModel(m: LabelMatrix, opts: DawidSkeneOptions & { dependence?: DependenceMode } = {}): { fits: LabelFit[]; dependence?: DependenceEstimate } {
  const fits = fitDawidSkene(m, opts);
  if ((opts.dependence ?? 'none') === 'none') return { fits };
  const dependence = estimateDependence(fits);
  if (dependence.perLabel.every((p) => p.weights.every((w) => w === 1))) return { fits, dependence };
  return { fits: m.labels.map((_, l) => fitLabel(m, l, { ...opts, unitWeights: dependence.perLabel[l]!.weights })), dependence };
}
