import type { MetricsDocument, MetricsTable, ReliabilityChart } from '../evaluate/report/metrics-document.js';
import type { CombineResult, HardScore } from './run-combine.js';

/** Source accuracy pooled over labels: estimated (weights = coverage × class share) and, with gold, measured. */
export interface SourceSummary {
  source: string;
  kind: string;
  runs: string;
  reports: number;
  estAccuracy: number;
  estSensitivity: number;
  estSpecificity: number;
  accuracy?: number;
  sensitivity?: number;
  specificity?: number;
  f1?: number;
}

/**
 * Pools each source's per-label estimates (over the labels with gold when there is gold, so both
 * columns describe the same labels) and measured counts.
 */
export function summarizeSources(r: CombineResult): SourceSummary[] {
  const useLabel = (l: string): boolean => !r.gold || r.gold.labels.includes(l);
  return r.sources.map((s, si) => {
    let acc = 0;
    let cov = 0;
    let sens = 0;
    let sensW = 0;
    let spec = 0;
    let specW = 0;
    r.estimated.forEach((perSource, l) => {
      const e = perSource[si]!;
      if (!useLabel(e.label)) return;
      const prior = r.fits[l]!.prior;
      acc += e.accuracy * e.coverage;
      cov += e.coverage;
      sens += e.sensitivity * e.coverage * prior;
      sensW += e.coverage * prior;
      spec += e.specificity * e.coverage * (1 - prior);
      specW += e.coverage * (1 - prior);
    });
    const out: SourceSummary = { source: s.name, kind: s.kind, runs: s.runs.join('; '), reports: s.reports, estAccuracy: acc / cov, estSensitivity: sens / sensW, estSpecificity: spec / specW };
    if (r.gold) {
      const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
      for (const perSource of r.gold.measured) {
        const m = perSource[si]!;
        c.tp += m.tp;
        c.fp += m.fp;
        c.fn += m.fn;
        c.tn += m.tn;
      }
      out.accuracy = (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
      out.sensitivity = c.tp / (c.tp + c.fn);
      out.specificity = c.tn / (c.tn + c.fp);
      out.f1 = r.gold.f1.find((x) => x.name === s.name && x.label === '(micro)')?.f1;
    }
    return out;
  });
}

const order = (xs: SourceSummary[], key: (s: SourceSummary) => number): string[] => [...xs].sort((a, b) => key(b) - key(a)).map((s) => s.source);

/** One-line verdict against gold: combined vs the best single source, and whether the accuracy ranks agree. */
export function goldVerdict(r: CombineResult, summary: SourceSummary[]): string | undefined {
  if (!r.gold) return undefined;
  const microOf = (name: string): HardScore | undefined => r.gold!.f1.find((x) => x.name === name && x.label === '(micro)');
  const best = summary.map((s) => ({ s: s.source, f1: microOf(s.source)?.f1 ?? 0 })).sort((a, b) => b.f1 - a.f1)[0]!;
  const comb = microOf('combined')!.f1;
  const mv = microOf('majority vote')!.f1;
  const est = order(summary, (s) => s.estAccuracy);
  const meas = order(summary, (s) => s.accuracy ?? 0);
  const same = est.join('>') === meas.join('>');
  return `combined micro-F1 ${comb.toFixed(3)} vs best single source ${best.s} ${best.f1.toFixed(3)} (${comb >= best.f1 ? 'at least as good' : 'worse'}; majority vote ${mv.toFixed(3)}); estimated accuracy ranks ${est.join(' > ')}, measured ${meas.join(' > ')} (${same ? 'same order' : 'different order'}).`;
}

function sourceTable(r: CombineResult, summary: SourceSummary[]): MetricsTable {
  const gold = !!r.gold;
  return {
    id: 'sources',
    title: 'Sources — estimated accuracy' + (gold ? ' and measured against gold' : ''),
    caption: `Pooled over ${gold ? 'the labels with gold' : 'all labels'}. Accuracy of the positive-vs-not reading (positive = positive; negative, uncertain and not mentioned = not). Estimated by the label model from the sources' agreements only${gold ? '; the gold is used to measure, never to fit the model' : ''}.`,
    columns: [
      { key: 'source', title: 'source', format: 'text' },
      { key: 'kind', title: 'kind', format: 'text' },
      { key: 'reports', title: 'reports', format: 'int' },
      { key: 'estAccuracy', title: 'est. accuracy' },
      { key: 'estSensitivity', title: 'est. sensitivity' },
      { key: 'estSpecificity', title: 'est. specificity' },
      ...(gold
        ? [
            { key: 'accuracy', title: 'accuracy' },
            { key: 'sensitivity', title: 'sensitivity' },
            { key: 'specificity', title: 'specificity' },
            { key: 'f1', title: 'micro-F1' },
          ]
        : []),
      { key: 'runs', title: 'produced by', format: 'text' as const },
    ],
    rows: summary.map((s) => ({ ...s, accuracy: s.accuracy ?? null, sensitivity: s.sensitivity ?? null, specificity: s.specificity ?? null, f1: s.f1 ?? null })),
  };
}

function perLabelSourceTable(r: CombineResult): MetricsTable {
  return {
    id: 'source-labels',
    title: 'Per label and source — estimated confusion',
    caption: `P(answer | class) estimated by Dawid–Skene EM; uncertain is an answer of its own; abstain (not mentioned) is ${{ negative: 'counted as a negative answer (--abstain negative), so its columns are ~0', ignore: 'left out as no answer (--abstain ignore), so its columns are ~0', distinct: 'an answer of its own (--abstain distinct)' }[r.abstain]}.`,
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'source', title: 'source', format: 'text' },
      { key: 'accuracy', title: 'est. acc' },
      { key: 'sens', title: 'P(pos|pos)' },
      { key: 'fpr', title: 'P(pos|neg)' },
      { key: 'uncPos', title: 'P(unc|pos)' },
      { key: 'uncNeg', title: 'P(unc|neg)' },
      { key: 'absPos', title: 'P(abst|pos)' },
      { key: 'absNeg', title: 'P(abst|neg)' },
      ...(r.gold ? [{ key: 'measured', title: 'measured acc' }] : []),
    ],
    rows: r.estimated.flatMap((perSource) =>
      perSource.map((e, si) => {
        const gi = r.gold ? r.gold.labels.indexOf(e.label) : -1;
        return {
          label: e.label,
          source: e.source,
          accuracy: e.accuracy,
          sens: e.confusion.positive.positive,
          fpr: e.confusion.negative.positive,
          uncPos: e.confusion.positive.uncertain,
          uncNeg: e.confusion.negative.uncertain,
          absPos: e.confusion.positive.abstain,
          absNeg: e.confusion.negative.abstain,
          measured: gi >= 0 ? r.gold!.measured[gi]![si]!.accuracy : null,
        };
      }),
    ),
  };
}

function dependenceTable(r: CombineResult): MetricsTable {
  const d = r.dependence!;
  const unitName = (u: number[]): string => u.map((s) => r.matrix.sources[s]!).join(' + ');
  const names = d.units.map(unitName);
  return {
    id: 'dependence',
    title: 'Dependence between sources (estimated, --dependence auto)',
    caption: 'Covariance of two sources\' positive-vs-not readings that the latent class does not explain (class component from triplets of sources), as a share of the most it could be, pooled over labels: 0 = independent given the class, 1 = a copy. Weight: how much a source counts in the posterior, 1 / (1 + its dependence on the others).',
    columns: [{ key: 'unit', title: 'source', format: 'text' }, { key: 'weight', title: 'weight' }, ...names.map((n, v) => ({ key: `d${v}`, title: n }))],
    rows: names.map((n, u) => ({ unit: n, weight: d.weights[u]!, ...Object.fromEntries(d.matrix[u]!.map((x, v) => [`d${v}`, x])) })),
  };
}

function modelTable(r: CombineResult): MetricsTable {
  return {
    id: 'label-model',
    title: 'Label model per label',
    caption: `Threshold ${r.threshold}; seed ${r.seed}${r.groups.length ? `; dependent groups: ${r.groups.map((g) => g.join(' + ')).join('; ')}` : ''}.`,
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'prior', title: 'P(positive)' },
      { key: 'given', title: 'balance', format: 'text' },
      { key: 'positives', title: 'hard positives', format: 'int' },
      { key: 'iterations', title: 'EM iterations', format: 'int' },
      { key: 'converged', title: 'converged', format: 'text' },
      { key: 'patterns', title: 'answer patterns', format: 'int' },
    ],
    rows: r.fits.map((f, l) => ({
      label: f.label,
      prior: f.prior,
      given: f.priorGiven ? 'given' : 'estimated',
      positives: r.probabilities[l]!.reduce((a, p) => a + (p >= r.threshold ? 1 : 0), 0),
      iterations: f.iterations,
      converged: f.converged ? 'yes' : 'no',
      patterns: f.patterns,
    })),
  };
}

function f1Table(r: CombineResult): MetricsTable {
  const g = r.gold!;
  const names = [...new Set(g.f1.map((x) => x.name))];
  const keyOf = (n: string): string => `f1:${n}`;
  const rows = [...g.labels, '(micro)'].map((label) => ({
    label,
    support: (() => {
      const x = g.f1.find((y) => y.name === 'combined' && y.label === label);
      return x ? x.tp + x.fn : null;
    })(),
    ...Object.fromEntries(names.map((n) => [keyOf(n), g.f1.find((x) => x.name === n && x.label === label)?.f1 ?? null])),
  }));
  return {
    id: 'gold-f1',
    title: `F1 against gold (positive vs not, ${g.reports} reports)`,
    caption: `Hard labels: combined at P ≥ ${r.threshold}; majority vote at ≥ half the sources positive; each source positive = positive. Micro pools the labels with gold positives except No Finding (as radlabel eval does).`,
    columns: [{ key: 'label', title: 'label', format: 'text' }, { key: 'support', title: 'support', format: 'int' }, ...names.map((n) => ({ key: keyOf(n), title: n }))],
    rows,
  };
}

function probabilityTable(r: CombineResult): MetricsTable {
  const g = r.gold!;
  const row = (name: string, s: typeof g.probability) => ({ name, n: s.n, positives: s.positives, auroc: s.auroc, ap: s.averagePrecision, brier: s.brier, ece: s.ece });
  return {
    id: 'gold-probability',
    title: 'Probabilities against gold (pooled over labels)',
    caption: 'ECE over 10 equal-width bins. Calibrated figures are out of fold (5-fold cross-validation by report); the calibrator written with the output is fitted on all the gold.',
    columns: [
      { key: 'name', title: 'probabilities', format: 'text' },
      { key: 'n', title: 'pairs', format: 'int' },
      { key: 'positives', title: 'positives', format: 'int' },
      { key: 'auroc', title: 'AUROC' },
      { key: 'ap', title: 'avg precision' },
      { key: 'brier', title: 'Brier' },
      { key: 'ece', title: 'ECE' },
    ],
    rows: [row('combined', g.probability), ...(g.calibrated ? [row(`combined, ${r.calibrator?.method} calibrated (out of fold)`, g.calibrated)] : [])],
  };
}

/** The combine report: source accuracy, per-label confusion, model facts and — with gold — F1, calibration and a reliability diagram. */
export function combineDocument(r: CombineResult, provenance: Record<string, unknown>): MetricsDocument {
  const summary = summarizeSources(r);
  const tables = [sourceTable(r, summary), ...(r.dependence ? [dependenceTable(r)] : []), modelTable(r), perLabelSourceTable(r)];
  const reliability: ReliabilityChart[] = [];
  if (r.gold) {
    tables.splice(1, 0, f1Table(r), probabilityTable(r));
    reliability.push({
      id: 'reliability',
      title: 'Calibration: reliability diagram of the combined P(positive) against gold',
      caption: 'Dashed diagonal = perfect calibration; dot area = reports × labels in the bin; bars = bin counts (log scale).',
      series: [{ name: 'combined', bins: r.gold.probability.reliability }, ...(r.gold.calibrated ? [{ name: `${r.calibrator?.method} (out of fold)`, bins: r.gold.calibrated.reliability }] : [])],
    });
  }
  const verdict = goldVerdict(r, summary);
  const notes = r.sources.filter((s) => s.runs.length > 1).map((s) => `${s.name}: its labels come from ${s.runs.length} different producers (${s.runs.join('; ')})`);
  return {
    title: `radlabel combine — ${r.sources.map((s) => s.name).join(', ')} (${r.matrix.ids.length} reports, ${r.matrix.labels.length} labels)`,
    provenance,
    policies: [
      `Dawid–Skene label model per label: binary latent class (positive vs not); each source answers positive / negative / uncertain with class-conditional probabilities; uncertain: --uncertain ${r.uncertain}; not mentioned: --abstain ${r.abstain}; a report a source has no record of is left out of its likelihood.`,
      ...(r.groups.length ? [`dependent sources are modelled jointly: ${r.groups.map((g) => g.join(' + ')).join('; ')}`] : []),
      ...(Object.keys(r.abstainBySource).length ? [`not mentioned, per source: ${Object.entries(r.abstainBySource).map(([n, p]) => `${n} ${p}`).join(', ')}`] : []),
      r.dependence
        ? `dependence between sources estimated from their answers (--dependence auto): shared evidence discounted, weights ${r.dependence.units.map((u, i) => `${u.map((s) => r.matrix.sources[s]!).join(' + ')} ${r.dependence!.weights[i]!.toFixed(2)}`).join(', ')}`
        : 'sources (and declared groups) taken as independent given the class (--dependence none)',
    ],
    notes,
    ...(verdict ? { verdict } : {}),
    tables,
    ...(reliability.length ? { reliability } : {}),
    data: { sources: summary, ...(r.dependence ? { dependence: r.dependence } : {}), fits: r.fits.map((f) => ({ label: f.label, prior: f.prior, iterations: f.iterations, converged: f.converged, logLikelihood: f.logLikelihood, patterns: f.patterns })), estimated: r.estimated, gold: r.gold },
  };
}
