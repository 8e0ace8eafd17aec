import type { RawReport } from '../domain/report.js';
import type { RadlabelError, Locator, SkipReason } from '../errors/index.js';

/**
 * What a pure parser yields for each unit of input (message, resource, row):
 * a report, a deliberate skip with a counted reason, or an error to quarantine.
 */
export type IngestItem =
  | { kind: 'report'; report: RawReport }
  | {
      kind: 'skipped';
      locator: Locator;
      /** Short stable reason key, counted in the run summary ("not-radiology", "no-report-text", …). */
      reason: SkipReason;
      detail: string;
    }
  | {
      kind: 'error';
      error: RadlabelError;
      /** The raw input unit, kept for the quarantine table only. */
      raw: string;
    };

export type InputFormat = 'hl7' | 'fhir' | 'csv' | 'jsonl' | 'physionet';

export interface ParseOptions {
  /** Input file path, for locators and `source.file`. */
  file?: string;
}
