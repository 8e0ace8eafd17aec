import type { DeidentifiedReport } from '../domain/report.js';
import type { StudyLabels } from '../domain/labels.js';
import type { Locator } from '../errors/index.js';

/** Outcome of recording a report version. */
export type UpsertOutcome =
  /** First time this document was seen. */
  | 'inserted'
  /** Same document and same version as already stored: nothing changed (idempotent re-delivery). */
  | 'duplicate'
  /** A new version of a known document (e.g. a corrected report): earlier labels kept as history. */
  | 'superseded'
  /** An older or equal-rank version arrived after a newer one: stored in history, current unchanged. */
  | 'stale';

export interface QuarantineEntry {
  /** Stable error code from the registry, or a skip reason. */
  code: string;
  reason: string;
  locator: Locator;
  format?: string;
  /** The raw input unit as received. Stays inside the store; never exported or logged. */
  raw: string;
}

/** A quarantined input unit as the store lists it (never the raw input). */
export type QuarantineListItem = Omit<QuarantineEntry, 'raw'> & {
  id: number;
  /** When it was last quarantined. */
  at: string;
  /** How many times it was quarantined. */
  count: number;
  /** The last run that quarantined it, when it was quarantined by a recorded run. */
  lastRun?: string;
};

export interface StoredLabels {
  reportId: string;
  versionKey: string;
  ontologyId: string;
  /** Whether this version is the current one for the ontology (set by every store read). */
  isCurrent?: boolean;
  /** When this version was stored (ISO 8601), set by every store read. */
  receivedAt?: string;
  labels: StudyLabels;
  /** De-identified report fields useful to exports (never raw text). */
  report: Pick<DeidentifiedReport, 'reportId' | 'source' | 'accession' | 'modality' | 'bodyPart' | 'status' | 'text' | 'guard' | 'studyInstanceUid' | 'examDateTime'>;
}

/** One unit of work the pipeline writes atomically: a report version and its labels. */
export interface LabelledReport {
  report: DeidentifiedReport;
  labels: StudyLabels;
}

/**
 * The label store. SQLite is the embedded default; PostgreSQL serves the distributed deployment.
 * Every implementation passes the shared contract suite in `test/store/contract.ts`.
 */
export interface LabelStore {
  /** Applies pending migrations. Safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * Records a report version with its labels in one transaction. Idempotent by
   * (reportId, versionKey, ontology): re-delivery returns `duplicate` and writes nothing.
   */
  saveLabelled(items: LabelledReport[]): Promise<UpsertOutcome[]>;
  /** Whether this exact version is already labelled for the ontology (lets a run skip work). */
  hasVersion(reportId: string, versionKey: string, ontologyId: string): Promise<boolean>;
  /**
   * {@link hasVersion} for several versions at once, in one read (a run checks a batch of
   * reports per look-up): one answer per version, in order.
   */
  hasVersions(versions: ReadonlyArray<readonly [reportId: string, versionKey: string]>, ontologyId: string): Promise<boolean[]>;
  /**
   * Quarantines input units into the run-scoped quarantine (`quarantine_units`, migration 30): a
   * unit seen before (same file and row / message id / path) gets its count and last-seen time
   * updated instead of a new row; with `runId`, the run's sighting is recorded too, so
   * `radlabel quarantine --run ID` lists it.
   */
  quarantine(entries: QuarantineEntry[], runId?: string): Promise<void>;
  /** Open (unresolved) quarantined units, oldest first, without the raw input. */
  listQuarantine(opts?: { limit?: number }): Promise<QuarantineListItem[]>;
  /**
   * Current (non-superseded) labels for an ontology, streamed in pages ordered by report id.
   * A cancelled version can be current (see `docs/store.md`); exports pass `excludeCancelled`.
   */
  currentLabels(ontologyId: string, opts?: CurrentLabelsOptions): AsyncIterable<StoredLabels>;
  /** All stored versions of a document's labels, oldest first by the supersession rule (current last). */
  history(reportId: string, ontologyId: string): Promise<StoredLabels[]>;
  /** Records reports whose extraction failed (they stay retriable; a later success clears them). */
  recordFailures(entries: ExtractionFailure[]): Promise<void>;
  listFailures(ontologyId?: string): Promise<ExtractionFailure[]>;
  /** LLM response cache (key = hash of normalised text, provider, model, prompt version, ontology version). */
  cacheGet(key: string): Promise<string | undefined>;
  cachePut(key: string, value: string): Promise<void>;
  /** Row counts, for status output and the contract suite's "nothing was written" checks. */
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export interface StoreCounts {
  /** Stored report versions. */
  reports: number;
  /** Label rows (all versions, all ontologies). */
  labels: number;
  /** Current label rows (one per document and ontology). */
  currentLabels: number;
  /** Quarantined input units (open or resolved). */
  quarantine: number;
  failures: number;
  cache: number;
}

export interface CurrentLabelsOptions {
  /** Skip documents whose current version is cancelled (exports do). Default false. */
  excludeCancelled?: boolean;
}

export interface ExtractionFailure {
  reportId: string;
  versionKey: string;
  ontologyId: string;
  code: string;
  reason: string;
  at?: string;
}
