import { tokenize } from '../../extract/rules/tokenize.js';
import type { BarChart, ConfusionMatrix, MetricsDocument, MetricsTable, RecordItem, RecordList } from '../report/metrics-document.js';
import type { AssertionMetrics, DimensionMetrics } from './assertion-metrics.js';
import { locateCondition } from './locate-condition.js';
import type { PredictedRow } from './run-assertion-benchmark.js';

/** Where the document's figures came from; every field lands in the report's provenance. */
export interface AssertionDocumentMeta {
  /** Input TSV as given on the command line. */
  file: string;
  /** sha256 of the input TSV's text. */
  sha256: string;
  /** radlabel version (package.json). */
  codeVersion: string;
  /** Rules id (`context-<lang>@<version>[+likely-positive]`) and content hash. */
  rules: { id: string; hash: string };
  /** Run parameters, e.g. `{ language, likelyIsPositive, rulesDir }`. */
  parameters: Record<string, unknown>;
}

export const ASSERTION_DIMENSIONS = ['negation', 'temporality', 'experiencer'] as const;
export type AssertionDimension = (typeof ASSERTION_DIMENSIONS)[number];

/** Conditions listed by name in a note before the rest are summarised as a count. */
const LISTED = 25;

/**
 * The value a row's prediction is scored as: on a gold without a Possible class, predicted
 * Possible counts as Affirmed — exactly as `runAssertionBenchmark` scores it.
 */
function scoredPred(row: PredictedRow, dim: AssertionDimension, fold: boolean): string {
  const p = row.pred[dim];
  return dim === 'negation' && fold && p === 'Possible' ? 'Affirmed' : p;
}

function dimensionTable(dim: AssertionDimension, d: DimensionMetrics): MetricsTable {
  const withGold = d.classes.filter((c) => c.support > 0);
  const mean = (k: 'precision' | 'recall' | 'f1'): number | null => (withGold.length ? withGold.reduce((a, c) => a + c[k], 0) / withGold.length : null);
  return {
    id: `table-${dim}`,
    title: `${dim[0]!.toUpperCase()}${dim.slice(1)} — accuracy ${d.accuracy.toFixed(3)} (n=${d.n})`,
    caption: `Rows with a blank or unknown gold ${dim} are not scored. Macro average over the classes present in the gold.`,
    columns: [
      { key: 'class', title: 'class', format: 'text' },
      { key: 'precision', title: 'P' },
      { key: 'recall', title: 'R' },
      { key: 'f1', title: 'F1' },
      { key: 'support', title: 'support', format: 'int' },
      { key: 'predicted', title: 'predicted', format: 'int' },
    ],
    rows: [
      ...d.classes.map((c) => ({ class: c.label, precision: c.precision, recall: c.recall, f1: c.f1, support: c.support, predicted: c.predicted })),
      { class: 'macro avg', precision: mean('precision'), recall: mean('recall'), f1: mean('f1'), support: d.n, predicted: null },
      { class: 'accuracy', precision: null, recall: null, f1: d.accuracy, support: d.n, predicted: null },
    ],
  };
}

function f1Chart(dim: AssertionDimension, d: DimensionMetrics): BarChart {
  return {
    id: `chart-f1-${dim}`,
    title: `${dim}: per-class F1`,
    bars: d.classes.map((c) => ({ label: `${c.label} (n=${c.support})`, value: c.f1 })),
    min: 0,
    max: 1,
  };
}

/** Gold × scored prediction counts over the rows that have a gold value for the dimension. */
function confusion(dim: AssertionDimension, d: DimensionMetrics, rows: PredictedRow[], fold: boolean): ConfusionMatrix {
  const classes = d.classes.map((c) => c.label);
  const counts = classes.map(() => classes.map(() => 0));
  for (const r of rows) {
    const g = r.gold[dim];
    if (g === null) continue;
    const i = classes.indexOf(g);
    const j = classes.indexOf(scoredPred(r, dim, fold));
    if (i >= 0 && j >= 0) counts[i]![j]!++;
  }
  return { id: `cm-${dim}`, title: dim, rowClasses: classes, colClasses: classes, counts };
}

/** Character span of the row's Condition in its sentence, located as the benchmark located it. */
function conditionSpan(row: PredictedRow): { start: number; end: number } | undefined {
  if (row.match === 'none') return undefined;
  const tokens = tokenize(row.sentence);
  const loc = locateCondition(tokens, tokenize(row.condition), row.sentence, row.condition);
  if (loc.quality === 'none' || loc.end <= loc.start) return undefined;
  return { start: tokens[loc.start]!.start, end: tokens[loc.end - 1]!.end };
}

function misclassified(rows: PredictedRow[], fold: boolean): RecordList {
  const texts: Record<string, string> = {};
  const items: RecordItem[] = [];
  for (const r of rows) {
    const wrong = ASSERTION_DIMENSIONS.filter((dim) => r.gold[dim] !== null && r.gold[dim] !== scoredPred(r, dim, fold));
    if (!wrong.length) continue;
    const ref = `file line ${r.line}`;
    texts[ref] = r.sentence;
    const span = conditionSpan(r);
    for (const dim of wrong)
      items.push({
        facets: { dimension: dim, gold: r.gold[dim]!, predicted: scoredPred(r, dim, fold) },
        fields: {
          file_line: String(r.line),
          condition: r.condition,
          condition_found: r.match,
          deciding_rules: r.triggers.length ? r.triggers.join(', ') : 'none (defaults)',
        },
        textRef: ref,
        ...(span ? { highlights: [{ start: span.start, end: span.end, kind: 'evidence' }] } : {}),
      });
  }
  return {
    id: 'misclassified',
    title: 'Misclassified rows',
    caption: 'One record per row and wrong dimension; the sentence is shown with the located Condition highlighted (partly found Conditions highlight the part found).',
    facetNames: ['dimension', 'gold', 'predicted'],
    items,
    texts,
  };
}

function matchNotes(rows: PredictedRow[]): string[] {
  const notes: string[] = [];
  const describe = (rs: PredictedRow[]): string => {
    const shown = rs.slice(0, LISTED).map((r) => `file line ${r.line} ("${r.condition.trim()}")`);
    return shown.join('; ') + (rs.length > LISTED ? `; and ${rs.length - LISTED} more` : '');
  };
  const partial = rows.filter((r) => r.match === 'partial');
  const none = rows.filter((r) => r.match === 'none');
  if (partial.length) notes.push(`Condition only partly found in the sentence on ${partial.length} of ${rows.length} rows (scored on the part found): ${describe(partial)}`);
  if (none.length) notes.push(`Condition not found in the sentence on ${none.length} of ${rows.length} rows (predicted Affirmed / Recent / Patient): ${describe(none)}`);
  return notes;
}

/**
 * Adapts a run of the NegEx / ConText assertion benchmark to the shared {@link MetricsDocument}:
 * one per-class table, F1 chart and confusion matrix per dimension (negation, temporality,
 * experiencer), and a browsable list of the misclassified rows with the Condition highlighted.
 * Matrices and records score predictions exactly as {@link AssertionMetrics} does.
 */
export function assertionDocument(metrics: AssertionMetrics, rows: PredictedRow[], meta: AssertionDocumentMeta): MetricsDocument {
  const fold = metrics.possibleScoredAsAffirmed;
  const folded = rows.filter((r) => r.gold.negation !== null && r.pred.negation === 'Possible').length;
  const policies = [
    'Gold temporality "Not particular" is read as Hypothetical; "Recent" is the engine\'s current.',
    'Gold experiencer other than "Patient" (family members, others) is read as Other.',
    fold
      ? `The gold has no Possible negation class, so predicted Possible is scored as Affirmed (${folded} rows); the predictions TSV keeps Possible.`
      : 'The gold has a Possible negation class: Affirmed, Negated and Possible are scored as three classes.',
    'Rows with a blank or unrecognised gold value are not scored for that dimension.',
    'The Condition is the target and its sentence (plus any heading before it) the context; a Condition not found at all is predicted Affirmed / Recent / Patient.',
  ];
  const notes = matchNotes(rows);
  const dims = ASSERTION_DIMENSIONS.map((dim) => ({ dim, d: metrics[dim] }));
  const name = meta.file.split(/[\\/]/).pop();
  return {
    title: `radlabel eval-assertion — ${meta.rules.id} on ${name}`,
    provenance: {
      tool: 'radlabel eval-assertion',
      codeVersion: meta.codeVersion,
      generatedAt: new Date().toISOString(),
      input: { file: meta.file, sha256: meta.sha256, rows: metrics.rows },
      rules: meta.rules,
      parameters: meta.parameters,
    },
    policies,
    notes,
    tables: dims.map(({ dim, d }) => dimensionTable(dim, d)),
    charts: dims.map(({ dim, d }) => f1Chart(dim, d)),
    confusionMatrices: dims.map(({ dim, d }) => confusion(dim, d, rows, fold)),
    records: [misclassified(rows, fold)],
    data: {
      metrics,
      predictions: rows.map((r) => ({ line: r.line, condition: r.condition, gold: r.gold, pred: r.pred, match: r.match, triggers: r.triggers })),
    },
  };
}
