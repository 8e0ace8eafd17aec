/** How a report arrived at the service (for the audit trail, metrics and error messages; never raw text). */
export interface IngestSource {
  door: 'http' | 'mllp' | 'fhir-push' | 'fhir-pull' | 'file';
  /** Remote address, FHIR base URL or file path. */
  peer?: string;
  /** HL7 MSH-10, FHIR resource id or row number, when known. */
  messageId?: string;
}
export type IngestContentType = 'hl7v2' | 'fhir+json' | 'json';
export interface IngestRequest {
  body: string;
  contentType: IngestContentType;
  source: IngestSource;
}
export interface IngestOutcome {
  /** Reports durably stored (202 / AA may be sent). `duplicate`: this exact version was stored before. */
  accepted: Array<{ reportId: string; duplicate: boolean }>;
  /** Inputs that are valid but carry no report (e.g. an ORM order): counted, not errors. */
  skipped: Array<{ reason: string; messageId?: string }>;
  /** Bad input: quarantined with its code; nothing half-stored. */
  rejected: Array<{ code: string; message: string; messageId?: string }>;
}
/** The one door into the service: parse → durably store (raw encrypted) → enqueue; resolves only after storage. */
export interface IngestPort {
  ingest(req: IngestRequest): Promise<IngestOutcome>;
}
