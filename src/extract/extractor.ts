import type { DeidentifiedReport } from '../domain/report.js';
import type { Ontology } from '../domain/ontology.js';
import type { Mention, StudyLabels } from '../domain/labels.js';

export interface ExtractionResult {
  mentions: Mention[];
  labels: StudyLabels;
}

/**
 * Turns a de-identified report into mentions and study labels for one ontology. Implementations:
 * the rules engine (embedded default) and the LLM extractors. Only de-identified reports are
 * accepted, by type.
 */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(report: DeidentifiedReport, ontology: Ontology): ExtractionResult | Promise<ExtractionResult>;
  /** Counters since creation (LLM calls, cache hits, tokens, cost…); numbers only, never text. */
  stats?(): object;
  /** Releases what the extractor holds (a local model, HTTP agents); called once at shutdown. */
  close?(): Promise<void>;
}
