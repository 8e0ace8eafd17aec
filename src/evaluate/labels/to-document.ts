import type { BarChart, ConfusionMatrix, MetricsDocument, MetricsTable, RecordItem, RecordList, ReliabilityChart } from '../report/metrics-document.js';
import type { EvaluationRun, PredictionEvaluation } from './evaluation-run.js';
import type { Interval } from './evaluate-labels.js';

const ci = (i: Interval): string => (Number.isFinite(i[0]) && Number.isFinite(i[1]) ? `[${i[0].toFixed(3)}, ${i[1].toFixed(3)}]` : '–');
const signedCi = (i: Interval): string =>
  Number.isFinite(i[0]) ? `[${i[0] >= 0 ? '+' : ''}${i[0].toFixed(3)}, ${i[1] >= 0 ? '+' : ''}${i[1].toFixed(3)}]` : '–';

/** Per-label P/R/F1/support with CIs, kappa and counts; micro / macro rows; excluded and no-finding rows last. */
export function perLabelTable(p: PredictionEvaluation, run: EvaluationRun): MetricsTable {
  const e = p.evaluation;
  // Without gold positives recall, F1 and kappa are undefined, not zero: shown as "–".
  const row = (l: (typeof e.labels)[number], note: string) => ({
    label: l.label,
    support: l.support,
    precision: l.precision,
    recall: l.role === 'no-gold-positives' ? null : l.recall,
    f1: l.role === 'no-gold-positives' ? null : l.f1,
    f1ci: l.role === 'no-gold-positives' ? '–' : ci(l.ci.f1),
    kappa: l.role === 'no-gold-positives' ? null : l.kappa,
    tp: l.tp,
    fp: l.fp,
    fn: l.fn,
    note,
  });
  const averaged = e.labels.filter((l) => l.role === 'averaged').map((l) => row(l, ''));
  const summary = (name: string, s: typeof e.micro, note: string) => ({
    label: name,
    support: e.labels.filter((l) => l.role === 'averaged').reduce((a, l) => a + l.support, 0),
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    f1ci: ci(s.ci.f1),
    kappa: note === 'micro' ? null : e.meanKappa,
    tp: null,
    fp: null,
    fn: null,
    note: `${e.averaged.length} labels`,
  });
  const others = e.labels
    .filter((l) => l.role !== 'averaged')
    .map((l) => row(l, l.role === 'no-finding' ? 'no-finding label: not averaged' : 'no gold positives: not averaged'));
  return {
    id: `per-label-${p.name}`,
    title: `Per-label results — ${p.name} (${run.reports} reports)`,
    caption: `95% CIs: percentile bootstrap over reports, ${e.bootstrap.iterations} resamples, seed ${e.bootstrap.seed}. Macro kappa = mean per-label kappa.`,
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'support', title: 'support', format: 'int' },
      { key: 'precision', title: 'P' },
      { key: 'recall', title: 'R' },
      { key: 'f1', title: 'F1' },
      { key: 'f1ci', title: 'F1 95% CI', format: 'text' },
      { key: 'kappa', title: 'kappa' },
      { key: 'tp', title: 'TP', format: 'int' },
      { key: 'fp', title: 'FP', format: 'int' },
      { key: 'fn', title: 'FN', format: 'int' },
      { key: 'note', title: 'note', format: 'text' },
    ],
    rows: [...averaged, summary('micro avg', e.micro, 'micro'), summary('macro avg', e.macro, 'macro'), ...others],
  };
}

function chexpertTable(p: PredictionEvaluation): MetricsTable | undefined {
  const e = p.evaluation;
  if (!e.chexpertMicro) return undefined;
  return {
    id: `chexpert-${p.name}`,
    title: `CheXpert mention / negation / uncertainty F1 — ${p.name}`,
    caption: 'mention: any value vs blank; negation: negative class; uncertainty: uncertain class (policy-independent)',
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'mention', title: 'mention F1' },
      { key: 'negation', title: 'negation F1' },
      { key: 'uncertainty', title: 'uncertainty F1' },
    ],
    rows: [
      ...e.labels.filter((l) => l.chexpert).map((l) => ({ label: l.label, ...l.chexpert })),
      { label: 'micro (averaged labels)', ...e.chexpertMicro },
    ],
  };
}

function probabilityTable(p: PredictionEvaluation): MetricsTable | undefined {
  const pe = p.probability;
  if (!pe) return undefined;
  const row = (label: string, s: (typeof pe)['pooled'], note: string) => ({ label, n: s.n, positives: s.positives, auroc: s.auroc, ap: s.averagePrecision, brier: s.brier, ece: s.ece, note });
  return {
    id: `probability-${p.name}`,
    title: `Probabilities — ${p.name}`,
    caption: `P(positive) against the gold's positive class: AUROC, average precision, Brier score, expected calibration error (10 equal-width bins)${pe.missing ? `; ${pe.missing} scored pairs had no probability and count as 0` : ''}.`,
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'n', title: 'reports', format: 'int' },
      { key: 'positives', title: 'positives', format: 'int' },
      { key: 'auroc', title: 'AUROC' },
      { key: 'ap', title: 'avg precision' },
      { key: 'brier', title: 'Brier' },
      { key: 'ece', title: 'ECE' },
      { key: 'note', title: 'note', format: 'text' },
    ],
    rows: [...pe.labels.map((l) => row(l.label, l, p.evaluation.averaged.includes(l.label) ? '' : 'not pooled')), row('pooled', pe.pooled, `${p.evaluation.averaged.length} labels`)],
  };
}

function reliabilityCharts(run: EvaluationRun): ReliabilityChart[] {
  const series = run.predictions.flatMap((p) => (p.probability ? [{ name: p.name, bins: p.probability.pooled.reliability }] : []));
  if (!series.length) return [];
  return [{ id: 'reliability', title: 'Calibration: reliability diagram (pooled over the averaged labels)', caption: 'Dashed diagonal = perfect calibration; dot area = pairs in the bin; bars = bin counts (log scale).', series }];
}

function strataTable(p: PredictionEvaluation): MetricsTable | undefined {
  if (!p.strata.length) return undefined;
  return {
    id: `strata-${p.name}`,
    title: `Stratified results — ${p.name}`,
    caption: 'micro over the averaged labels; pairs = scored (report, label) pairs',
    columns: [
      { key: 'dimension', title: 'dimension', format: 'text' },
      { key: 'value', title: 'value', format: 'text' },
      { key: 'pairs', title: 'pairs', format: 'int' },
      { key: 'support', title: 'support', format: 'int' },
      { key: 'precision', title: 'P' },
      { key: 'recall', title: 'R' },
      { key: 'f1', title: 'F1' },
    ],
    rows: p.strata.map((s) => ({ dimension: s.dimension, value: s.value, pairs: s.pairs, support: s.support, precision: s.precision, recall: s.recall, f1: s.f1 })),
  };
}

function comparisonTables(run: EvaluationRun): MetricsTable[] {
  return run.comparisons.map((c) => ({
    id: `compare-${c.nameB}`,
    title: `Comparison — ${c.nameB} vs ${c.nameA}`,
    caption: `delta = F1(${c.nameB}) - F1(${c.nameA}); two tests, each named: the paired-bootstrap 95% CI of the delta (significant when it excludes 0) and McNemar's test on per-report correctness (b = only ${c.nameA} right, c = only ${c.nameB} right; significant when p < 0.05); "both" = both tests agree`,
    columns: [
      { key: 'label', title: 'label', format: 'text' },
      { key: 'f1A', title: `F1 ${c.nameA}` },
      { key: 'f1B', title: `F1 ${c.nameB}` },
      { key: 'delta', title: 'delta' },
      { key: 'ci', title: 'delta 95% CI', format: 'text' },
      { key: 'b', title: 'b', format: 'int' },
      { key: 'c', title: 'c', format: 'int' },
      { key: 'p', title: 'McNemar p', format: 'p' },
      { key: 'ciSig', title: 'bootstrap CI excludes 0', format: 'text' },
      { key: 'mcSig', title: 'McNemar p<0.05', format: 'text' },
      { key: 'sig', title: 'significant (both)', format: 'text' },
    ],
    rows: [...c.labels, c.micro].map((d) => ({
      label: d.label,
      f1A: d.f1A,
      f1B: d.f1B,
      delta: d.delta,
      ci: signedCi(d.ci),
      b: d.mcnemar.b,
      c: d.mcnemar.c,
      p: d.mcnemar.p,
      ciSig: d.ci[0] > 0 || d.ci[1] < 0 ? 'yes' : 'no',
      mcSig: d.mcnemar.p < 0.05 ? 'yes' : 'no',
      sig: d.significant ? 'yes' : 'no',
    })),
  }));
}

/**
 * Lower end of an F1 axis: a round tenth below the lowest interval, so 0.83–0.98 spreads over the
 * plot instead of sitting in its last fifth; 0 when values go that low anyway.
 */
export function axisMin(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...finite) - 0.02) * 10) / 10);
}

function charts(run: EvaluationRun): BarChart[] {
  const multi = run.predictions.length > 1;
  const first = run.predictions[0]!.evaluation.labels.filter((l) => l.role !== 'no-gold-positives');
  // Sorted by the first prediction's F1, best first; the no-finding label and micro avg stay last.
  const order = [...first].sort((a, b) => Number(a.role === 'no-finding') - Number(b.role === 'no-finding') || b.f1 - a.f1);
  const f1: BarChart = {
    id: 'chart-f1',
    title: 'Per-label F1 with 95% bootstrap CI (n = gold positives), best first',
    bars: order.flatMap((o) =>
      run.predictions.flatMap((p) => {
        const l = p.evaluation.labels.find((x) => x.label === o.label);
        if (!l || l.role === 'no-gold-positives') return [];
        const name = `${l.label} (n=${l.support})${l.role === 'no-finding' ? ' not averaged' : ''}`;
        return [{ label: name, value: l.f1, low: l.ci.f1[0], high: l.ci.f1[1], ...(multi ? { series: p.name } : {}) }];
      }),
    ),
    max: 1,
  };
  for (const p of run.predictions)
    f1.bars.push({ label: `micro avg (n=${p.evaluation.labels.filter((l) => l.role === 'averaged').reduce((a, l) => a + l.support, 0)})`, value: p.evaluation.micro.f1, low: p.evaluation.micro.ci.f1[0], high: p.evaluation.micro.ci.f1[1], ...(multi ? { series: p.name } : {}) });
  f1.min = axisMin(f1.bars.map((b) => b.low ?? b.value));
  const out = [f1];
  for (const c of run.comparisons) {
    const bars = [...c.labels, c.micro].map((d) => ({ label: d.label, value: d.delta, low: d.ci[0], high: d.ci[1] }));
    const lim = Math.max(0.1, ...bars.flatMap((b) => [Math.abs(b.low), Math.abs(b.high), Math.abs(b.value)]).filter(Number.isFinite));
    out.push({ id: `chart-delta-${c.nameB}`, title: `F1 delta ${c.nameB} − ${c.nameA} with paired-bootstrap 95% CI`, bars, min: -lim, max: lim });
  }
  return out;
}

function matrices(run: EvaluationRun): ConfusionMatrix[] {
  return run.predictions.flatMap((p) =>
    p.evaluation.labels.map((l) => ({
      id: `cm-${p.name}-${l.label}`,
      title: run.predictions.length > 1 ? `${l.label} — ${p.name}` : l.label,
      rowClasses: l.confusion.rowClasses,
      colClasses: l.confusion.colClasses,
      counts: l.confusion.counts,
    })),
  );
}

function records(run: EvaluationRun): RecordList {
  const texts: Record<string, string> = {};
  const items: RecordItem[] = run.predictions.flatMap((p, pi) =>
    p.disagreements.map((d) => {
      const ev = d.evidence;
      const text = p.texts[d.id];
      const ref = `${pi}:${d.id}`;
      if (text !== undefined) texts[ref] = text;
      const fields: Record<string, string> = { report: d.id, gold: d.gold, prediction: d.pred };
      if (ev) {
        fields.evidence = `"${ev.phrase}" (${ev.section}, ${ev.assertion})`;
        fields.decided_by = ev.trigger ? `${ev.trigger.category}: "${ev.trigger.text}"${ev.trigger.rule ? ` [${ev.trigger.rule}]` : ''}` : 'affirmed mention (no trigger)';
      }
      const highlights = ev && text !== undefined ? [{ start: ev.span.start, end: ev.span.end, kind: 'evidence' }] : [];
      if (ev?.trigger?.span && text !== undefined) highlights.push({ start: ev.trigger.span.start, end: ev.trigger.span.end, kind: 'trigger' });
      return {
        facets: { label: d.label, type: d.type, ...(run.predictions.length > 1 ? { run: p.name } : {}) },
        fields,
        ...(text !== undefined ? { textRef: ref } : {}),
        highlights: highlights.filter((h) => h.end <= (text?.length ?? 0) && h.start < h.end),
      };
    }),
  );
  const total = run.predictions.map((p) => `${p.name}: ${p.disagreements.length} listed of ${p.disagreementCount}`).join('; ');
  return {
    id: 'errors',
    title: 'Error browser',
    caption: `Disagreements (${total}). Types: missed = gold positive, prediction silent; spurious = prediction positive, gold silent; wrong assertion = both mention it with a different assertion. Evidence highlighted yellow, trigger red.`,
    facetNames: run.predictions.length > 1 ? ['run', 'label', 'type'] : ['label', 'type'],
    items,
    texts,
  };
}

/** Adapts an evaluation run to the shared {@link MetricsDocument} rendered as text, JSON, Markdown or HTML. */
export function evaluationDocument(run: EvaluationRun): MetricsDocument {
  const notes = [...run.warnings];
  for (const p of run.predictions) {
    const e = p.evaluation;
    if (e.excluded.length) notes.push(`${p.name}: micro / macro over ${e.averaged.length} labels; not averaged: ${e.excluded.map((x) => `${x.label} (${x.reason})`).join(', ')}`);
  }
  if (!run.predictions[0]?.evaluation.chexpertMicro) notes.push('CheXpert mention / negation / uncertainty F1 not computed: the gold does not carry negated, uncertain and blank values');
  const tables: MetricsTable[] = [];
  for (const p of run.predictions) {
    tables.push(perLabelTable(p, run));
    const cx = chexpertTable(p);
    if (cx) tables.push(cx);
    const pt = probabilityTable(p);
    if (pt) tables.push(pt);
    const st = strataTable(p);
    if (st) tables.push(st);
  }
  tables.push(...comparisonTables(run));
  const names = run.predictions.map((p) => p.name).join(' vs ');
  return {
    title: `radlabel eval — ${names} against ${run.gold.file.split(/[\\/]/).pop()}`,
    provenance: {
      tool: 'radlabel eval',
      codeVersion: run.codeVersion,
      generatedAt: new Date().toISOString(),
      gold: run.gold,
      predictions: run.predictions.map((p) => ({ name: p.name, file: p.file, sha256: p.sha256, format: p.format, ...p.provenance })),
      parameters: run.parameters,
    },
    policies: run.policies,
    notes,
    ...(run.comparisons.length ? { verdict: run.comparisons.map((c) => c.verdict).join(' ') } : {}),
    tables,
    charts: charts(run),
    ...(reliabilityCharts(run).length ? { reliability: reliabilityCharts(run) } : {}),
    confusionMatrices: matrices(run),
    records: [records(run)],
    data: run,
  };
}
