import type { LabelValue, Mention, Provenance } from '../../domain/labels.js';

/** One report of a gold or prediction file, keyed by its id. A label missing from `values` is blank. */
export interface EvalRecord {
  id: string;
  /** 1-based data row (CSV) or line (JSONL), for error locators. */
  row: number;
  values: Record<string, LabelValue>;
  /** De-identified report text (run JSONL, or the CheXpert labeler's `Reports` column). */
  text?: string;
  /** Mentions per label, deciding mention first (run JSONL). */
  evidence?: Record<string, Mention[]>;
  modality?: string;
  bodyPart?: string;
  source?: string;
  provenance?: Partial<Provenance>;
  /** P(positive) per label, for probabilistic predictions (`radlabel combine`'s `P(label)` columns). */
  probabilities?: Record<string, number>;
}

/**
 * A gold or prediction file, parsed. `binary` tables (ChestX-ray14 style, only 0/1) say nothing about
 * negation: their 0 means "not positive", so a 0 is never read as "mentioned and negated".
 */
export interface LabelTable {
  file: string;
  format: 'csv' | 'jsonl';
  kind: 'binary' | 'four-valued';
  labels: string[];
  records: Map<string, EvalRecord>;
}

/** Sets `kind` from the values present: only positive / negative means a 0/1 table. */
export function inferKind(records: Iterable<EvalRecord>, labels: string[]): LabelTable['kind'] {
  for (const r of records)
    for (const l of labels) {
      const v = r.values[l] ?? 'not_mentioned';
      if (v === 'uncertain' || v === 'not_mentioned') return 'four-valued';
    }
  return 'binary';
}
