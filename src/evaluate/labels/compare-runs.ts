import { bootstrapIntervals, weightOf } from './bootstrap-replicates.js';
import { mcnemar, microPrf, prf, type McNemar } from './metrics.js';
import type { LabelGrid, ScoreGrid } from './score-grid.js';
import type { Interval } from './evaluate-labels.js';

export interface LabelDelta {
  label: string;
  f1A: number;
  f1B: number;
  /** F1(B) - F1(A). */
  delta: number;
  ci: Interval;
  mcnemar: McNemar;
  significant: boolean;
}

export interface RunComparison {
  nameA: string;
  nameB: string;
  labels: LabelDelta[];
  micro: LabelDelta;
  alpha: number;
  verdict: string;
}

/** Report indices where the prediction agrees with the gold (positive vs not). */
const correctSet = (g: LabelGrid): Set<number> => new Set([...g.tp, ...g.tn]);

function discordant(a: LabelGrid, b: LabelGrid): { b: number; c: number } {
  const ca = correctSet(a);
  const cb = correctSet(b);
  let onlyA = 0;
  let onlyB = 0;
  for (const i of ca) if (!cb.has(i)) onlyA++;
  for (const i of cb) if (!ca.has(i)) onlyB++;
  return { b: onlyA, c: onlyB };
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

/**
 * Compares prediction B with prediction A on the same gold: per-label F1 deltas with paired-bootstrap
 * 95% CIs (both runs scored on each resample of reports) and McNemar's test on per-report
 * correctness. A difference is called significant when McNemar's p < alpha and the CI excludes 0.
 * `labels` are the gold names averaged in the micro delta (labels with gold positives).
 */
export function compareRuns(a: ScoreGrid, b: ScoreGrid, names: [string, string], labels: string[], iterations: number, seed: number, alpha = 0.05): RunComparison {
  const pairs = labels.flatMap((l) => {
    const ga = a.labels.find((g) => g.pair.gold === l);
    const gb = b.labels.find((g) => g.pair.gold === l);
    return ga && gb ? [{ label: l, ga, gb }] : [];
  });
  const cis = bootstrapIntervals(a.ids.length, iterations, seed, (w) => {
    const f = (g: LabelGrid): number => prf(weightOf(g.tp, w), weightOf(g.fp, w), weightOf(g.fn, w)).f1;
    const counts = (gs: LabelGrid[]) => gs.map((g) => ({ tp: weightOf(g.tp, w), fp: weightOf(g.fp, w), fn: weightOf(g.fn, w) }));
    const micro = microPrf(counts(pairs.map((p) => p.gb))).f1 - microPrf(counts(pairs.map((p) => p.ga))).f1;
    return [...pairs.map((p) => f(p.gb) - f(p.ga)), micro];
  });
  const f1 = (g: LabelGrid): number => prf(g.tp.length, g.fp.length, g.fn.length).f1;
  const make = (label: string, fa: number, fb: number, ci: Interval, test: McNemar): LabelDelta => ({
    label,
    f1A: fa,
    f1B: fb,
    delta: fb - fa,
    ci,
    mcnemar: test,
    significant: test.p < alpha && (ci[0] > 0 || ci[1] < 0),
  });
  const deltas = pairs.map((p, i) => {
    const d = discordant(p.ga, p.gb);
    return make(p.label, f1(p.ga), f1(p.gb), cis[i] ?? [NaN, NaN], mcnemar(d.b, d.c));
  });
  const pooled = pairs.reduce(
    (s, p) => {
      const d = discordant(p.ga, p.gb);
      return { b: s.b + d.b, c: s.c + d.c };
    },
    { b: 0, c: 0 },
  );
  const tally = (gs: LabelGrid[]) => gs.map((g) => ({ tp: g.tp.length, fp: g.fp.length, fn: g.fn.length }));
  const micro = make(
    'micro',
    microPrf(tally(pairs.map((p) => p.ga))).f1,
    microPrf(tally(pairs.map((p) => p.gb))).f1,
    cis[pairs.length] ?? [NaN, NaN],
    mcnemar(pooled.b, pooled.c),
  );
  const sig = deltas.filter((d) => d.significant);
  const head = `${names[1]} vs ${names[0]}: micro-F1 ${micro.f1A.toFixed(3)} → ${micro.f1B.toFixed(3)} (${signed(micro.delta)}, 95% CI [${signed(micro.ci[0])}, ${signed(micro.ci[1])}], McNemar p=${micro.mcnemar.p < 0.001 ? '<0.001' : micro.mcnemar.p.toFixed(3)}) — ${micro.significant ? (micro.delta > 0 ? `${names[1]} is significantly better` : `${names[1]} is significantly worse`) : 'no significant difference overall'}`;
  const per = sig.length
    ? `; significant per-label differences: ${sig.map((d) => `${d.label} ${signed(d.delta)} (p=${d.mcnemar.p < 0.001 ? '<0.001' : d.mcnemar.p.toFixed(3)})`).join(', ')}`
    : '; no per-label difference is significant';
  return { nameA: names[0], nameB: names[1], labels: deltas, micro, alpha, verdict: `${head}${per} (α=${alpha}: McNemar p < α and the paired-bootstrap CI excludes 0).` };
}
