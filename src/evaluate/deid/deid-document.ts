import type { BarChart, Cell, MetricsDocument, MetricsTable, RecordItem, RecordList } from '../report/metrics-document.js';
import type { DeidFold, DeidTransformResult } from './run-deid-eval.js';
import { GOLD_GROUP, type DeidEvaluation, type DeidSpanError, type Prf } from './evaluate-deid.js';

/** Where the document's figures came from; every field lands in the report's provenance. */
export interface DeidDocumentMeta {
  /** PhysioNet-layout text file and gold `id-phi.phrase` file, as given on the command line. */
  textFile: string;
  goldFile: string;
  /** sha256 of each file's text. */
  sha256: { text: string; gold: string };
  /** radlabel version (package.json). */
  codeVersion: string;
  /** `DETECTOR_VERSION` of the detector stack that produced the spans. */
  detectorVersion: string;
  /** Detection profile (`balanced` when absent). */
  profile?: string;
  /** Per-fold figures under patient-grouped cross-validation. */
  folds?: DeidFold[];
  /** Per-transform figures of the held-out folds rewritten in other styles. */
  transformed?: DeidTransformResult[];
}

/** Records listed in the browser; the complete list (offsets only) stays in the JSON `data`. */
export const MAX_DEID_RECORDS = 1000;

/** Recall by gold group, then the overall row (precision and F1 exist overall only: matching is category-blind). */
function recallTable(id: string, title: string, unit: string, overall: Prf, byCategory: Record<string, Prf>, caption: string): MetricsTable {
  const row = (category: string, p: Prf): Record<string, Cell> => ({
    category,
    support: p.tp + p.fn,
    found: p.tp,
    missed: p.fn,
    recall: p.recall,
    precision: p.precision ?? null,
    f1: p.f1 ?? null,
    fp: p.fp ?? null,
  });
  return {
    id,
    title: `${title} — recall ${overall.recall.toFixed(3)}, precision ${(overall.precision ?? 0).toFixed(3)}, F1 ${(overall.f1 ?? 0).toFixed(3)}`,
    caption,
    columns: [
      { key: 'category', title: 'gold category', format: 'text' },
      { key: 'support', title: `gold ${unit}`, format: 'int' },
      { key: 'found', title: 'found', format: 'int' },
      { key: 'missed', title: 'missed', format: 'int' },
      { key: 'recall', title: 'recall' },
      { key: 'precision', title: 'precision' },
      { key: 'f1', title: 'F1' },
      { key: 'fp', title: 'false positives', format: 'int' },
    ],
    rows: [...Object.entries(byCategory).map(([c, p]) => row(c, p)), row('overall', overall)],
  };
}

function predictedTable(e: DeidEvaluation): MetricsTable {
  return {
    id: 'table-span-predicted',
    title: 'Span level — precision by detector category',
    caption: 'A predicted span is correct when it overlaps any gold span, whatever the categories; time-of-day spans are not scored.',
    columns: [
      { key: 'category', title: 'detector category', format: 'text' },
      { key: 'predicted', title: 'predicted spans', format: 'int' },
      { key: 'correct', title: 'overlapping gold', format: 'int' },
      { key: 'fp', title: 'false positives', format: 'int' },
      { key: 'precision', title: 'precision' },
    ],
    rows: Object.entries(e.span.byPredictedCategory).map(([category, p]) => ({ category, predicted: p.predicted, correct: p.predicted - p.fp, fp: p.fp, precision: p.precision })),
  };
}

function ruleTable(e: DeidEvaluation): MetricsTable {
  return {
    id: 'table-span-rule',
    title: 'Span level — what each rule contributes',
    caption: 'By the rule id each predicted span records: spans predicted, false positives, gold spans it overlaps, and gold spans no other rule overlapped (found alone).',
    columns: [
      { key: 'rule', title: 'rule', format: 'text' },
      { key: 'predicted', title: 'spans', format: 'int' },
      { key: 'fp', title: 'false positives', format: 'int' },
      { key: 'goldFound', title: 'gold found', format: 'int' },
      { key: 'goldFoundAlone', title: 'found alone', format: 'int' },
    ],
    rows: Object.entries(e.byRule).map(([rule, r]) => ({ rule, ...r })),
  };
}

function overScrubbingTable(e: DeidEvaluation): MetricsTable {
  return {
    id: 'table-over-scrubbing',
    title: `Over-scrubbing — ${(e.nonPhiAlteredRate * 100).toFixed(2)}% of non-PHI tokens altered`,
    caption: 'Non-PHI tokens (no gold span covers any part of them) overlapped by a scored predicted span, over all non-PHI tokens.',
    columns: [
      { key: 'documents', title: 'notes', format: 'int' },
      { key: 'rate', title: 'non-PHI tokens altered', format: 'pct' },
      { key: 'time', title: 'time-of-day spans (not scored)', format: 'int' },
    ],
    rows: [{ documents: e.documents, rate: e.nonPhiAlteredRate, time: e.keptTimeSpans }],
  };
}

function recallChart(e: DeidEvaluation): BarChart {
  return {
    id: 'chart-span-recall',
    title: 'Span-level recall by gold category',
    caption: 'Overall covers every gold category, DATE_YEAR (bare years) included.',
    bars: [
      ...Object.entries(e.span.byCategory).map(([c, p]) => ({ label: `${c} (n=${p.tp + p.fn})`, value: p.recall })),
      { label: `overall (n=${e.span.overall.tp + e.span.overall.fn})`, value: e.span.overall.recall },
    ],
    min: 0,
    max: 1,
  };
}

function recordItem(err: DeidSpanError, text: string | undefined): RecordItem {
  const missed = err.kind === 'missed';
  return {
    facets: { kind: err.kind, category: missed ? (err.group ?? 'OTHER') : err.category },
    fields: {
      note: err.id,
      phrase: text === undefined ? '' : text.slice(err.start, err.end),
      ...(missed ? { gold_category: err.category } : { detector: err.source ?? '' }),
      offsets: `${err.start}-${err.end}`,
    },
    textRef: err.id,
    highlights: [{ start: err.start, end: err.end, kind: 'phi' }],
  };
}

function errorRecords(e: DeidEvaluation, texts: ReadonlyMap<string, string>): { list: RecordList; listed: number; total: number } {
  const shown = e.spanErrors.slice(0, MAX_DEID_RECORDS);
  const noteTexts: Record<string, string> = {};
  for (const x of shown) {
    const t = texts.get(x.id);
    if (t !== undefined) noteTexts[x.id] = t;
  }
  return {
    list: {
      id: 'span-errors',
      title: 'Missed PHI spans and false positives',
      caption: 'One record per missed gold span or false-positive prediction, in note order; the note text is shown with the span highlighted.',
      facetNames: ['kind', 'category'],
      items: shown.map((x) => recordItem(x, texts.get(x.id))),
      texts: noteTexts,
    },
    listed: shown.length,
    total: e.spanErrors.length,
  };
}

function policies(e: DeidEvaluation): string[] {
  const groups = Object.entries(GOLD_GROUP).map(([g, c]) => `${g} → ${c}`).join(', ');
  return [
    'Span level: a gold span counts as found when any scored predicted span overlaps it by at least one character (partial-overlap credit), whatever the predicted category (category-blind matching). A predicted span is correct when it overlaps any gold span; otherwise it is a false positive.',
    `Gold categories are grouped for recall (${groups}; any other category → OTHER). Because matching is category-blind, precision and F1 are given overall and precision also by detector category, not per gold category.`,
    'DateYear (bare years) is scored like every gold category: it counts in overall recall and support at span and token level, has its own DATE_YEAR row, and its misses are listed as records. Bare years are allowed by HIPAA Safe Harbor, but radlabel shifts the years it finds in dated contexts (history lists, "s/p X 1977", "it is 2019") and keeps other bare numbers.',
    `Predicted TIME (time-of-day) spans are dropped before scoring (${e.keptTimeSpans} this run): they earn no recall for a gold span they overlap, are not false positives and do not count as altered tokens. The gold does not mark times, and surrogate mode keeps them as written.`,
    'Token level: tokens are maximal runs of ASCII letters and digits; a token is PHI when a gold span covers any part of it (taking that span\'s category) and found when a scored predicted span overlaps it. Token precision counts predicted PHI tokens of any gold category as correct.',
    'Spans come from the detector exactly as the de-identification stage runs it (structured identifiers, of which this corpus has none; patterns; free-text names and places; no patient context: each note is read alone, as the stage reads it by default); the output mode (surrogate or tag) does not change the spans scored.',
    'The HTML and JSON reports contain source note text in the record list: on real data they are PHI-bearing and must be stored and shared as PHI. The Markdown report holds only figures.',
  ];
}

/**
 * Adapts a de-identification benchmark run ({@link DeidEvaluation}) to the shared
 * {@link MetricsDocument}: span-level recall by gold category with overall precision / F1,
 * precision by detector category, token-level table, over-scrubbing rate, a recall chart and a
 * browsable list of missed PHI spans and false positives. `texts` maps note ids to the note text
 * the gold offsets index (records of notes absent from it are listed without text).
 */
export function deidDocument(evaluation: DeidEvaluation, texts: ReadonlyMap<string, string>, meta: DeidDocumentMeta): MetricsDocument {
  const e = evaluation;
  const rec = errorRecords(e, texts);
  const missed = e.spanErrors.filter((x) => x.kind === 'missed').length;
  const notes = [
    `${missed} missed gold spans and ${e.span.overall.fp ?? 0} false positives over ${e.documents} notes.`,
    rec.listed < rec.total
      ? `The record list shows the first ${rec.listed.toLocaleString('en')} of ${rec.total.toLocaleString('en')} records (note order); the JSON data keeps all of them as offsets.`
      : `The record list shows all ${rec.total} records.`,
  ];
  const name = (f: string): string => f.split(/[\\/]/).pop() ?? f;
  return {
    title: `radlabel deid-eval — ${meta.detectorVersion} on ${name(meta.textFile)}`,
    provenance: {
      tool: 'radlabel deid-eval',
      codeVersion: meta.codeVersion,
      generatedAt: new Date().toISOString(),
      input: {
        text: { file: meta.textFile, sha256: meta.sha256.text, notes: e.documents },
        gold: { file: meta.goldFile, sha256: meta.sha256.gold },
      },
      detector: { version: meta.detectorVersion, profile: meta.profile ?? 'balanced' },
      ...(meta.folds ? { crossValidation: { folds: meta.folds.length, grouping: 'patient', perFold: meta.folds } } : {}),
      ...(meta.transformed ? { styleTransforms: meta.transformed } : {}),
      mode: 'detection only: spans scored before surrogate or tag replacement',
    },
    policies: policies(e),
    notes,
    tables: [
      recallTable('table-span', 'Span level', 'spans', e.span.overall, e.span.byCategory, 'Recall per gold category group; overall covers every group, DATE_YEAR included. Precision and F1 are category-blind, so overall only.'),
      predictedTable(e),
      recallTable('table-token', 'Token level', 'tokens', e.token.overall, e.token.byCategory, 'Recall per gold category group of PHI tokens; overall covers every group, DATE_YEAR included.'),
      overScrubbingTable(e),
      ruleTable(e),
    ],
    charts: [recallChart(e)],
    records: [rec.list],
    data: { evaluation: e, ...(meta.folds ? { folds: meta.folds } : {}), ...(meta.transformed ? { transformed: meta.transformed } : {}) },
  };
}
