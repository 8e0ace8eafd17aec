import type { DeidentifiedReport, SectionName } from '../domain/report.js';
import type { Ontology } from '../domain/ontology.js';
import type { Mention, StudyLabels } from '../domain/labels.js';
import type { AbnormalMention } from './aggregate-labels.js';

export interface ExtractionResult {
  mentions: Mention[];
  labels: StudyLabels;
  /**
   * Abnormal findings outside the ontology that fed "no abnormality" No Finding (the rules'
   * lexicon hits, or the model's verified `otherAbnormalities`); lets hybrid recompute No Finding
   * by the same rule after merging.
   */
  abnormal?: AbnormalMention[];
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
  /**
   * Set when the extractor can be rebuilt in a worker thread from plain data (the rules engine:
   * its options), so `run --workers N` can spread extraction over threads. Extractors without it
   * (the LLM ones: I/O-bound, with a shared cache and rate limits) run on the main thread.
   */
  readonly threadSpec?: {
    kind: 'rules';
    options: { rulesDir?: string; language?: string; likelyIsPositive?: boolean };
    /** `--sections`: the thread restricts its extractor as the main thread would. */
    sections?: readonly SectionName[];
  };
  /** Counters since creation (LLM calls, cache hits, tokens, cost…); numbers only, never text. */
  stats?(): object;
  /** Releases what the extractor holds (a local model, HTTP agents); called once at shutdown. */
  close?(): Promise<void>;
}
