import type { LabelTable } from '../evaluate/labels/label-table.js';
import { probabilityScores, type ProbabilityScores } from '../evaluate/labels/probability-metrics.js';
import { RadlabelError } from '../errors/index.js';
import { crossValidatedCalibration, fitCalibrator, type CalibrationMethod, type Calibrator } from './calibration.js';
import type { AbstainPolicy, LabelFit, UncertainPolicy } from './dawid-skene.js';
import { buildLabelMatrix, labelKey, type LabelMatrix } from './label-matrix.js';
import type { LoadedSource } from './load-sources.js';
import { fitLabelModel, type DependenceEstimate, type DependenceMode } from './unit-dependence.js';
import { estimatedAccuracies, majorityVote, measuredAccuracies, type MeasuredAccuracy, type SourceLabelAccuracy } from './source-accuracy.js';

export interface CombineOptions {
  /** Source names declared dependent, one list per group. */
  groups?: string[][];
  /** `auto`: estimate the dependence between the (grouped) sources from their answers and discount shared evidence. */
  dependence?: DependenceMode;
  /** Per-source "not mentioned" policy, by source name (others follow `abstain`). */
  abstainBySource?: Record<string, AbstainPolicy>;
  /** Class balance P(positive): one for every label, or per label name; others are estimated. */
  prior?: number | Record<string, number>;
  threshold?: number;
  seed?: number;
  /** How "not mentioned" enters the label model (default negative). */
  abstain?: AbstainPolicy;
  /** How "uncertain" enters the label model (default: an answer of its own). */
  uncertain?: UncertainPolicy;
  /** Only these labels (default: the union of the sources' labels). */
  labels?: string[];
  /** Gold for measuring (and, with `calibrate`, for fitting calibration). Never used to fit the label model. */
  gold?: LabelTable;
  calibrate?: CalibrationMethod;
}

/** Positive-vs-not counts of one set of hard labels against gold. */
export interface HardScore {
  name: string;
  label: string;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

export interface GoldComparison {
  /** Gold reports that are also in the matrix. */
  reports: number;
  /** Labels common to gold and matrix. */
  labels: string[];
  /** Per labeller (each source, majority vote, combined) and label; `label` '(micro)' pools the labels with gold positives. */
  f1: HardScore[];
  measured: MeasuredAccuracy[][];
  /** P(positive) scores of the combined labels against gold, pooled over labels. */
  probability: ProbabilityScores;
  /** The same after calibration, scored out of fold (5-fold cross-validation by report). */
  calibrated?: ProbabilityScores;
}

export interface CombineResult {
  matrix: LabelMatrix;
  sources: Array<Pick<LoadedSource, 'name' | 'kind' | 'target' | 'runs'> & { reports: number }>;
  groups: string[][];
  fits: LabelFit[];
  /** P(positive) per label (calibrated when asked), matrix report order. */
  probabilities: Float64Array[];
  threshold: number;
  estimated: SourceLabelAccuracy[][];
  calibrator?: Calibrator;
  gold?: GoldComparison;
  seed: number;
  abstain: AbstainPolicy;
  /** Sources whose "not mentioned" policy differs from `abstain`. */
  abstainBySource: Record<string, AbstainPolicy>;
  uncertain: UncertainPolicy;
  dependenceMode: DependenceMode;
  /** Estimated dependence between units and their weights (with `dependence: auto`). */
  dependence?: DependenceEstimate;
}

/** Gold vector per matrix label: 1 positive, 0 any other value, -1 no gold for the report or label. */
export function goldVectors(m: LabelMatrix, gold: LabelTable): { vectors: Int8Array[]; labels: string[]; reports: number } {
  const byKey = new Map(gold.labels.map((l) => [labelKey(l), l]));
  const labels: string[] = [];
  let reports = 0;
  for (const id of m.ids) if (gold.records.has(id)) reports++;
  const vectors = m.labels.map((l) => {
    const v = new Int8Array(m.ids.length).fill(-1);
    const g = byKey.get(labelKey(l));
    if (g === undefined) return v;
    labels.push(l);
    m.ids.forEach((id, i) => {
      const rec = gold.records.get(id);
      if (rec) v[i] = rec.values[g] === 'positive' ? 1 : 0;
    });
    return v;
  });
  return { vectors, labels, reports };
}

function hardScore(name: string, label: string, p: ArrayLike<number>, gold: Int8Array, threshold: number): HardScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    if (g < 0) continue;
    const pred = p[i]! >= threshold;
    if (pred && g === 1) tp++;
    else if (pred) fp++;
    else if (g === 1) fn++;
  }
  return { name, label, tp, fp, fn, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0 };
}

/** Micro-average over the labels with gold positives, the no-finding label left out (as `radlabel eval` does). */
function micro(name: string, rows: HardScore[]): HardScore {
  const withPos = rows.filter((r) => r.tp + r.fn > 0 && labelKey(r.label) !== 'no finding');
  const tp = withPos.reduce((a, r) => a + r.tp, 0);
  const fp = withPos.reduce((a, r) => a + r.fp, 0);
  const fn = withPos.reduce((a, r) => a + r.fn, 0);
  return { name, label: '(micro)', tp, fp, fn, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0 };
}

/** Pooled (probability, gold) pairs over the labels that have gold. */
function pooled(m: LabelMatrix, probs: Float64Array[], gold: Int8Array[]): { p: number[]; y: number[]; group: number[] } {
  const p: number[] = [];
  const y: number[] = [];
  const group: number[] = [];
  m.labels.forEach((_, l) => {
    const g = gold[l]!;
    for (let i = 0; i < g.length; i++)
      if (g[i]! >= 0) {
        p.push(probs[l]![i]!);
        y.push(g[i]!);
        group.push(i);
      }
  });
  return { p, y, group };
}

/**
 * Combines loaded sources: builds the label matrix, fits the Dawid–Skene model per label, estimates
 * each source's accuracy, and — with gold — measures the sources, majority vote and the combined
 * labels, and fits calibration when asked (its quality scored by cross-validation).
 */
export function combineSources(sources: LoadedSource[], opts: CombineOptions = {}): CombineResult {
  if (sources.length < 2) throw new RadlabelError('USAGE', 'combine needs at least two --source values');
  const seed = opts.seed ?? 42;
  const threshold = opts.threshold ?? 0.5;
  const matrix = buildLabelMatrix(sources, opts.labels);
  if (matrix.ids.length === 0) throw new RadlabelError('COMBINE_BAD_SOURCE', 'the sources hold no reports');
  // A label no source answers would get P = its prior everywhere: a made-up label, not a combined one.
  const covered = new Set(sources.flatMap((s) => s.labels.map(labelKey)));
  const uncovered = matrix.labels.filter((l) => !covered.has(labelKey(l)));
  if (uncovered.length) throw new RadlabelError('USAGE', `no source has the label(s) ${uncovered.join(', ')} (sources have: ${[...new Set(sources.flatMap((s) => s.labels))].join(', ')})`);
  const index = new Map(sources.map((s, i) => [s.name, i]));
  const groups = (opts.groups ?? []).map((g) =>
    g.map((name) => {
      const i = index.get(name);
      if (i === undefined) throw new RadlabelError('USAGE', `--group names "${name}", which is not a source (sources: ${sources.map((s) => s.name).join(', ')})`);
      return i;
    }),
  );
  const seen = new Set<number>();
  for (const g of groups)
    for (const s of g) {
      if (seen.has(s)) throw new RadlabelError('USAGE', `source "${sources[s]!.name}" is in two --group values`);
      seen.add(s);
    }
  if (groups.some((g) => g.length > 4)) throw new RadlabelError('USAGE', 'a --group may hold at most 4 sources (its joint answers grow as 5^n)');
  let prior: number | Map<number, number> | undefined;
  if (typeof opts.prior === 'number') prior = opts.prior;
  else if (opts.prior) {
    prior = new Map();
    for (const [name, p] of Object.entries(opts.prior)) {
      const l = matrix.labels.findIndex((x) => labelKey(x) === labelKey(name));
      if (l < 0) throw new RadlabelError('USAGE', `--prior names label "${name}", which no source has`);
      prior.set(l, p);
    }
  }
  const abstain = opts.abstain ?? 'negative';
  const uncertain = opts.uncertain ?? 'answer';
  const abstainBySource = opts.abstainBySource ?? {};
  for (const name of Object.keys(abstainBySource))
    if (!index.has(name)) throw new RadlabelError('USAGE', `--source-abstain names "${name}", which is not a source (sources: ${sources.map((s) => s.name).join(', ')})`);
  const dependenceMode = opts.dependence ?? 'none';
  const { fits, dependence } = fitLabelModel(matrix, { groups, prior, seed, abstain, uncertain, dependence: dependenceMode, abstainBySource: sources.map((s) => abstainBySource[s.name]) });
  const estimated = matrix.labels.map((_, l) => estimatedAccuracies(matrix, l, fits[l]!));
  let probabilities = fits.map((f) => f.posterior);
  const result: CombineResult = {
    matrix,
    sources: sources.map((s) => ({ name: s.name, kind: s.kind, target: s.target, runs: s.runs, reports: s.ids.length })),
    groups: groups.map((g) => g.map((s) => sources[s]!.name)),
    fits,
    probabilities,
    threshold,
    estimated,
    seed,
    abstain,
    abstainBySource,
    uncertain,
    dependenceMode,
    ...(dependence ? { dependence } : {}),
  };
  if (opts.calibrate && !opts.gold) throw new RadlabelError('USAGE', '--calibrate needs --gold');
  if (!opts.gold) return result;
  const { vectors, labels, reports } = goldVectors(matrix, opts.gold);
  if (reports === 0 || labels.length === 0) throw new RadlabelError('COMBINE_BAD_SOURCE', 'the gold shares no report or no label with the sources', { locator: { file: opts.gold.file } });
  const pool = pooled(matrix, probabilities, vectors);
  let calibrated: ProbabilityScores | undefined;
  if (opts.calibrate) {
    calibrated = probabilityScores(crossValidatedCalibration(opts.calibrate, pool.p, pool.y, pool.group, 5, seed), pool.y);
    const cal = fitCalibrator(opts.calibrate, pool.p, pool.y);
    result.calibrator = cal;
    probabilities = probabilities.map((p) => p.map((x) => cal.apply(x)));
    result.probabilities = probabilities;
  }
  const f1: HardScore[] = [];
  const labelled = matrix.labels.map((l, li) => ({ l, li })).filter((x) => labels.includes(x.l));
  const add = (name: string, probsOf: (li: number) => ArrayLike<number>): void => {
    const rows = labelled.map(({ l, li }) => hardScore(name, l, probsOf(li), vectors[li]!, threshold));
    f1.push(...rows, micro(name, rows));
  };
  add('combined', (li) => probabilities[li]!);
  add('majority vote', (li) => majorityVote(matrix, li));
  sources.forEach((s, si) => add(s.name, (li) => matrix.votes.subarray((si * matrix.labels.length + li) * matrix.ids.length, (si * matrix.labels.length + li + 1) * matrix.ids.length).map((v) => (v === 0 ? 1 : 0))));
  result.gold = {
    reports,
    labels,
    f1,
    measured: labelled.map(({ li }) => measuredAccuracies(matrix, li, vectors[li]!)),
    probability: probabilityScores(pool.p, pool.y),
    ...(calibrated ? { calibrated } : {}),
  };
  return result;
}
