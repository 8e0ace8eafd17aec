import type { Locator } from '../errors/index.js';

/** Counters of one pipeline run, printed by the CLI and returned by the API. */
export interface RunSummary {
  /** Input units read: messages, resources, rows. */
  read: number;
  /** Reports labelled and stored in this run. */
  labelled: number;
  /** Reports whose exact version was already labelled (re-delivery or resumed run). */
  alreadyLabelled: number;
  /** New versions that superseded an earlier one (corrected reports). */
  superseded: number;
  /** Versions older than the current one, kept in history only. */
  stale: number;
  /** Deliberate skips by reason (not a report, no text, not radiology…). */
  skipped: Record<string, number>;
  /** Rejected inputs by error code; each is in the quarantine table with its reason. */
  quarantined: Record<string, number>;
  /** Reports whose extraction failed (retriable), by error code. */
  failed: Record<string, number>;
  files: number;
  elapsedMs: number;
  reportsPerSecond: number;
  peakRssMb: number;
  /** Ids of the reports this run produced or found labelled, in input order. */
  reportIds: string[];
  /** The first few quarantined inputs (code, reason, where; never the raw input), shown by the run summary. */
  quarantineSample: Array<{ code: string; reason: string; locator: Locator }>;
  /** Extractor counters (LLM calls, cache hits, tokens…) when the extractor reports them. */
  extractorStats?: Record<string, number>;
}

export const emptySummary = (): RunSummary => ({
  read: 0,
  labelled: 0,
  alreadyLabelled: 0,
  superseded: 0,
  stale: 0,
  skipped: {},
  quarantined: {},
  failed: {},
  files: 0,
  elapsedMs: 0,
  reportsPerSecond: 0,
  peakRssMb: 0,
  reportIds: [],
  quarantineSample: [],
});

/** How many quarantined inputs a summary names one by one. */
export const QUARANTINE_SAMPLE_SIZE = 5;

export const bump = (rec: Record<string, number>, key: string, n = 1): void => {
  rec[key] = (rec[key] ?? 0) + n;
};

export const total = (rec: Record<string, number>): number => Object.values(rec).reduce((a, b) => a + b, 0);
