import { mulberry32 } from '../util/prng.js';
import { columnOffset, MISSING, VOTE, VOTE_KINDS, type LabelMatrix } from './label-matrix.js';

/**
 * Options of the label model. Sources in one `groups` entry are declared dependent (e.g. two
 * prompts of one model, or one engine with two settings): they are modelled as one joint source
 * whose answer is the tuple of their votes, so their agreement is not counted as independent
 * evidence.
 */
export type AbstainPolicy = 'negative' | 'ignore' | 'distinct';
export type UncertainPolicy = 'answer' | 'negative' | 'positive';

export interface DawidSkeneOptions {
  /** Source indices declared dependent; each source in at most one group. */
  groups?: number[][];
  /** Fixed class balance P(positive) per label index; estimated for the labels not given. */
  prior?: Map<number, number> | number;
  maxIterations?: number;
  /** Stop when the log-likelihood improves by less than `tolerance` × |log-likelihood|. */
  tolerance?: number;
  /** Dirichlet pseudo-count added to every confusion cell (keeps empty cells off zero). */
  smoothing?: number;
  /**
   * How an abstention ("not mentioned") enters the model. `negative` (default): as a negative
   * answer — the target is positive vs not, and in reports silence about a finding means it is not
   * there. `ignore`: as no answer (Snorkel's convention). `distinct`: as a fourth answer with its own
   * class-conditional probability. `distinct` lets EM latch onto whether a finding is *mentioned*,
   * which all report labellers agree on far more than on whether it is present, so it suits sources
   * that abstain for other reasons than silence in the text.
   */
  abstain?: AbstainPolicy;
  /**
   * How an "uncertain" answer enters the model: `answer` (default), a third answer whose meaning EM
   * learns from agreement — which tends to make the latent class "positive or hedged"; or read as
   * `negative` / `positive` when the target has a fixed convention (ChestX-ray14's "positive vs
   * not" counts a hedge as not positive, as `radlabel eval` does for 0/1 gold).
   */
  uncertain?: UncertainPolicy;
  /** Seed of the jitter that breaks exact ties of the majority-vote start. */
  seed?: number;
  /**
   * Per-source override of {@link abstain} (index = source), e.g. `distinct` for a source that reads
   * one section only, whose silence is weaker evidence than an explicit "no".
   */
  abstainBySource?: ReadonlyArray<AbstainPolicy | undefined>;
  /**
   * Weight of each unit's log-likelihood in the E step (unit order of {@link LabelFit.units}; default
   * 1). A weight below 1 discounts a unit whose errors are shared with others, so that evidence
   * is not counted twice (see `estimateDependence` in unit-dependence.ts); the M step is unchanged.
   */
  unitWeights?: ArrayLike<number>;
}

/** One modelled unit: a single source or a declared group, with its class-conditional answer distribution. */
export interface UnitModel {
  sources: number[];
  /** Number of answer categories: 4 for a single source, 5^g − 1 for a group of g (a member may be missing). */
  categories: number;
  /** P(answer = k | class c) at `theta[c * categories + k]`, class 0 = positive, 1 = negative. */
  theta: Float64Array;
}

export interface LabelFit {
  label: string;
  /** Estimated (or given) P(positive). */
  prior: number;
  priorGiven: boolean;
  /** P(positive) per report, in matrix order. */
  posterior: Float64Array;
  units: UnitModel[];
  iterations: number;
  converged: boolean;
  logLikelihood: number;
  /** Distinct vote patterns the EM ran on. */
  patterns: number;
  /** Unit answers of each pattern, `patternCodes[p * units.length + u]` ({@link MISSING} = no record). */
  patternCodes: Int32Array;
  /** Reports per pattern. */
  patternCounts: Float64Array;
  /** P(positive) per pattern. */
  patternPosterior: Float64Array;
  /** E-step weight of each unit (1 = counted fully). */
  unitWeights: number[];
}

function unitsOf(m: LabelMatrix, groups: number[][]): Array<{ sources: number[]; categories: number }> {
  const inGroup = new Set<number>();
  for (const g of groups) for (const s of g) inGroup.add(s);
  const units = groups.filter((g) => g.length > 0).map((g) => ({ sources: [...g], categories: 5 ** g.length - 1 }));
  m.sources.forEach((_, s) => {
    if (!inGroup.has(s)) units.push({ sources: [s], categories: VOTE_KINDS });
  });
  return units.sort((a, b) => a.sources[0]! - b.sources[0]!);
}

/**
 * A unit's answer for report i: the vote for a single source; for a group, the tuple of member
 * votes coded base 5 (0 = member missing) minus one, so "all members missing" is {@link MISSING}.
 */
function unitAnswer(m: LabelMatrix, offsets: number[], i: number, remaps: Int8Array[]): number {
  if (offsets.length === 1) return remaps[0]![m.votes[offsets[0]! + i]! + 1]!;
  let code = 0;
  let mul = 1;
  offsets.forEach((o, j) => {
    code += (remaps[j]![m.votes[o + i]! + 1]! + 1) * mul;
    mul *= 5;
  });
  return code - 1;
}

/**
 * Fits the Dawid–Skene model for one label by EM (Dawid & Skene 1979): a latent binary class per
 * report, a prior P(positive), and per unit a class-conditional distribution over its answers.
 * Positive, negative and uncertain are distinct answers with their own probabilities under each
 * class, so the model learns, e.g., that a source's "uncertain" means positive 70% of the time;
 * abstentions follow {@link DawidSkeneOptions.abstain}; a report the source has no record of is
 * left out of that source's likelihood.
 *
 * Reports with the same answers of every unit share a posterior, so EM runs on the distinct answer
 * patterns with their counts: its cost does not grow with the number of reports. Starts from the
 * soft majority vote (positive vs anything else), which anchors the classes the right way round.
 */
export function fitLabel(m: LabelMatrix, label: number, opts: DawidSkeneOptions = {}): LabelFit {
  const n = m.ids.length;
  const alpha = opts.smoothing ?? 0.1;
  const maxIter = opts.maxIterations ?? 500;
  const tol = opts.tolerance ?? 1e-9;
  const fixedPrior = typeof opts.prior === 'number' ? opts.prior : opts.prior?.get(label);
  const units = unitsOf(m, opts.groups ?? []);
  const U = units.length;
  const offsets = units.map((u) => u.sources.map((s) => columnOffset(m, s, label)));
  const allOffsets = m.sources.map((_, s) => columnOffset(m, s, label));
  // Vote (+1, so MISSING is index 0) → the answer the model sees under the abstain policy.
  const uncertainAs = { answer: VOTE.uncertain, negative: VOTE.negative, positive: VOTE.positive }[opts.uncertain ?? 'answer'];
  const remapOf = (s: number): Int8Array => {
    const abstainAs = { negative: VOTE.negative, ignore: MISSING, distinct: VOTE.abstain }[opts.abstainBySource?.[s] ?? opts.abstain ?? 'negative'];
    return Int8Array.from([MISSING, VOTE.positive, VOTE.negative, uncertainAs, abstainAs]);
  };
  const remaps = units.map((u) => u.sources.map(remapOf));
  const weights = units.map((_, u) => opts.unitWeights?.[u] ?? 1);
  // The majority-vote start counts each source at its unit's weight, so copies do not set the start.
  const sourceWeight = new Float64Array(m.sources.length).fill(1);
  units.forEach((u, ui) => u.sources.forEach((s) => (sourceWeight[s] = weights[ui]!)));

  // Pattern compression: each report maps to the pattern of its unit answers.
  const patternOf = new Int32Array(n);
  const index = new Map<number | string, number>();
  // A numeric pattern key while the product of answer counts fits a double exactly.
  const numericKey = units.reduce((a, u) => a * (u.categories + 1), 1) < 2 ** 52;
  const codes: number[] = [];
  const counts: number[] = [];
  const mvPos: number[] = [];
  const mvVotes: number[] = [];
  const key = new Int32Array(U);
  for (let i = 0; i < n; i++) {
    let num = 0;
    for (let u = 0; u < U; u++) {
      key[u] = unitAnswer(m, offsets[u]!, i, remaps[u]!);
      num = num * (units[u]!.categories + 1) + key[u]! + 1;
    }
    const k = numericKey ? num : key.join(',');
    let p = index.get(k);
    if (p === undefined) {
      p = counts.length;
      index.set(k, p);
      for (let u = 0; u < U; u++) codes.push(key[u]!);
      counts.push(0);
      let pos = 0;
      let votes = 0;
      for (let s = 0; s < allOffsets.length; s++) {
        const v = m.votes[allOffsets[s]! + i]!;
        if (v === MISSING) continue;
        votes += sourceWeight[s]!;
        if (v === VOTE.positive) pos += sourceWeight[s]!;
      }
      mvPos.push(pos);
      mvVotes.push(votes);
    }
    counts[p]!++;
    patternOf[i] = p;
  }
  const P = counts.length;
  const q = new Float64Array(P);
  const rand = mulberry32(opts.seed ?? 42);
  for (let p = 0; p < P; p++) {
    const share = mvVotes[p]! > 0 ? mvPos[p]! / mvVotes[p]! : 0.5;
    // Exact ties would leave both classes identical; a seeded nudge decides them reproducibly.
    q[p] = share === 0.5 ? 0.5 + (rand() - 0.5) * 0.02 : share;
  }

  const model: UnitModel[] = units.map((u) => ({ sources: u.sources, categories: u.categories, theta: new Float64Array(2 * u.categories) }));
  let prior = fixedPrior ?? 0.5;
  let ll = -Infinity;
  let iterations = 0;
  let converged = false;
  const logTheta = model.map((u) => new Float64Array(u.theta.length));
  for (iterations = 1; iterations <= maxIter; iterations++) {
    // M step
    let mass = 0;
    for (let p = 0; p < P; p++) mass += counts[p]! * q[p]!;
    if (fixedPrior === undefined) prior = (mass + 1) / (n + 2);
    for (let u = 0; u < U; u++) {
      const t = model[u]!.theta;
      const K = model[u]!.categories;
      t.fill(alpha);
      for (let p = 0; p < P; p++) {
        const k = codes[p * U + u]!;
        if (k === MISSING) continue;
        t[k] = t[k]! + counts[p]! * q[p]!;
        t[K + k] = t[K + k]! + counts[p]! * (1 - q[p]!);
      }
      for (let c = 0; c < 2; c++) {
        let sum = 0;
        for (let k = 0; k < K; k++) sum += t[c * K + k]!;
        for (let k = 0; k < K; k++) {
          t[c * K + k] = t[c * K + k]! / sum;
          logTheta[u]![c * K + k] = Math.log(t[c * K + k]!);
        }
      }
    }
    // E step
    const lp0 = Math.log(prior);
    const ln0 = Math.log(1 - prior);
    let next = 0;
    for (let p = 0; p < P; p++) {
      let lp = lp0;
      let ln = ln0;
      for (let u = 0; u < U; u++) {
        const k = codes[p * U + u]!;
        if (k === MISSING) continue;
        const K = model[u]!.categories;
        lp += weights[u]! * logTheta[u]![k]!;
        ln += weights[u]! * logTheta[u]![K + k]!;
      }
      const mx = Math.max(lp, ln);
      const lse = mx + Math.log(Math.exp(lp - mx) + Math.exp(ln - mx));
      q[p] = Math.exp(lp - lse);
      next += counts[p]! * lse;
    }
    const gain = next - ll;
    ll = next;
    if (Number.isFinite(gain) && Math.abs(gain) <= tol * Math.abs(ll)) {
      converged = true;
      break;
    }
  }
  const posterior = new Float64Array(n);
  for (let i = 0; i < n; i++) posterior[i] = q[patternOf[i]!]!;
  return {
    label: m.labels[label]!,
    prior,
    priorGiven: fixedPrior !== undefined,
    posterior,
    units: model,
    iterations: Math.min(iterations, maxIter),
    converged,
    logLikelihood: ll,
    patterns: P,
    patternCodes: Int32Array.from(codes),
    patternCounts: Float64Array.from(counts),
    patternPosterior: q,
    unitWeights: weights,
  };
}

/** Fits every label of the matrix independently (same options). */
export function fitDawidSkene(m: LabelMatrix, opts: DawidSkeneOptions = {}): LabelFit[] {
  return m.labels.map((_, l) => fitLabel(m, l, opts));
}
