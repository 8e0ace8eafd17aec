/**
 * The generic shape every radlabel benchmark report is rendered from (label evaluation, assertion
 * benchmark, de-identification benchmark). A benchmark adapts its own results to a
 * {@link MetricsDocument}; `renderMetricsReport` turns it into JSON, Markdown, HTML or a terminal table.
 */

/** A table cell: numbers are formatted by the renderer (3 decimals unless `format` says otherwise). */
export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  title: string;
  /** `pct` = 0..1 shown as a percentage, `int` = integer, `num` = 3 decimals, `p` = p-value, `text` = as is. */
  format?: 'num' | 'int' | 'pct' | 'p' | 'text';
}

export interface MetricsTable {
  id: string;
  title: string;
  caption?: string;
  columns: TableColumn[];
  rows: Array<Record<string, Cell>>;
}

export interface ChartBar {
  label: string;
  value: number;
  /** Lower / upper bound of the confidence interval, when known. */
  low?: number;
  high?: number;
  /** Series name, for grouped bars (e.g. one per prediction run). */
  series?: string;
}

/** Horizontal bar chart with optional CI whiskers. `min`/`max` default to 0..1 (deltas: -1..1). */
export interface BarChart {
  id: string;
  title: string;
  caption?: string;
  bars: ChartBar[];
  min?: number;
  max?: number;
}

/** Rows = gold classes, columns = predicted classes, `counts[row][col]`. */
export interface ConfusionMatrix {
  id: string;
  title: string;
  rowClasses: string[];
  colClasses: string[];
  counts: number[][];
}

/** One browsable record (a disagreement, a missed PHI span…). */
export interface RecordItem {
  /** Facet values used by the browser's filters (e.g. `{ label: 'Edema', type: 'missed' }`). */
  facets: Record<string, string>;
  /** Further fields shown with the record. */
  fields: Record<string, string>;
  /** Key into {@link RecordList.texts}: texts are stored once however many records point at them. */
  textRef?: string;
  /** Character spans of the text to highlight, with a short kind (`evidence`, `trigger`, `phi`…). */
  highlights?: Array<{ start: number; end: number; kind: string }>;
}

export interface RecordList {
  id: string;
  title: string;
  caption?: string;
  facetNames: string[];
  items: RecordItem[];
  texts: Record<string, string>;
}

/** One reliability-diagram bin: predictions in [lo, hi), their mean and the observed positive rate. */
export interface ReliabilityPoint {
  lo: number;
  hi: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Reliability diagram (calibration chart): observed positive rate against mean predicted probability, one line per series. */
export interface ReliabilityChart {
  id: string;
  title: string;
  caption?: string;
  series: Array<{ name: string; bins: ReliabilityPoint[] }>;
}

export interface MetricsDocument {
  title: string;
  /** Run provenance: code version, inputs and their sha256, parameters, model / ontology versions. */
  provenance: Record<string, unknown>;
  /** Policy statements, shown at the top of every output ("uncertain counted as negative"). */
  policies: string[];
  /** Warnings and notes (excluded labels, one-sided labels, missing reports). */
  notes: string[];
  /** A one-line verdict (comparison runs). */
  verdict?: string;
  tables: MetricsTable[];
  charts?: BarChart[];
  /** Calibration charts of probabilistic predictions. */
  reliability?: ReliabilityChart[];
  confusionMatrices?: ConfusionMatrix[];
  records?: RecordList[];
  /** The complete machine-readable result; only the JSON rendering includes it. */
  data?: unknown;
}

export type ReportFormat = 'json' | 'md' | 'html' | 'text';
