import type { IngestOutcome } from '../../service/ingest-port.js';
import { outcome, type OperationOutcome } from './operation-outcome.js';
import type { FhirResourceLike } from './report-bundles.js';
import { typeIdOf } from './subscription-notification.js';

export interface PushResult {
  status: number;
  outcome: OperationOutcome;
}

/** Codes meaning the body is not valid FHIR for this endpoint (400); other rejections are 422. */
const STRUCTURAL = new Set(['FHIR_INVALID_JSON', 'FHIR_INVALID_RESOURCE', 'FHIR_WRONG_TYPE', 'INGEST_ENCODING']);

/**
 * The HTTP answer for an ingest outcome: 202 when a report was newly stored, 200 when it was stored
 * before (re-delivery) or carries no report (a skip is not an error: the sender must not resend),
 * 400 / 422 with the registry code when rejected.
 */
export function ingestResult(r: IngestOutcome): PushResult {
  const rejected = r.rejected[0];
  if (rejected) {
    const status = STRUCTURAL.has(rejected.code) ? 400 : 422;
    return { status, outcome: outcome('error', status === 400 ? 'invalid' : 'processing', rejected.message, rejected.code) };
  }
  const fresh = r.accepted.filter((a) => !a.duplicate);
  if (fresh.length) return { status: 202, outcome: outcome('information', 'informational', `accepted: stored as report ${fresh.map((a) => a.reportId).join(', ')}`) };
  if (r.accepted.length) return { status: 200, outcome: outcome('information', 'duplicate', `already stored as report ${r.accepted.map((a) => a.reportId).join(', ')}`) };
  const skipped = r.skipped[0];
  return { status: 200, outcome: outcome('warning', 'informational', `not stored: ${skipped ? skipped.reason : 'no report in the input'}`) };
}

/** `Type/id` of the Patient and ImagingStudy a DiagnosticReport references (for id-only notifications). */
export function contextReferences(dr: FhirResourceLike): string[] {
  const refs: string[] = [];
  const subject = (dr.subject as { reference?: string } | undefined)?.reference;
  if (subject && !subject.startsWith('#')) refs.push(subject);
  for (const s of (dr.imagingStudy as Array<{ reference?: string }> | undefined) ?? []) if (s.reference && !s.reference.startsWith('#')) refs.push(s.reference);
  return refs.map((r) => typeIdOf(r)).filter((x): x is string => x !== undefined);
}
