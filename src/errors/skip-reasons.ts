import type { ErrorCode } from './codes.js';

/**
 * Why a valid input carries no report to label. Skips are counted, never quarantined: an ORM order
 * on a results feed or a cardiology DiagnosticReport is normal traffic. Each reason names the
 * registry code that describes the condition, for API responses and ACK text.
 */
export const SKIP_REASONS = {
  'not-a-report': 'HL7_UNSUPPORTED_TYPE',
  'no-report-text': 'HL7_NO_TEXT',
  'no-text': 'FHIR_NO_TEXT',
  'not-radiology': 'FHIR_NOT_RADIOLOGY',
  'no-diagnostic-report': 'FHIR_WRONG_TYPE',
} as const satisfies Record<string, ErrorCode>;

export type SkipReason = keyof typeof SKIP_REASONS;

/** The registry code describing a skip reason. */
export function skipCode(reason: SkipReason): ErrorCode {
  return SKIP_REASONS[reason];
}
