import type { ErrorCode } from './codes.js';

/** How an error code behaves at each door: the CLI's exit class, the HTTP status, whether a retry may succeed. */
export interface ErrorBehaviour {
  /** `usage`: nothing was done (exit 2); `partial`: done with quarantined / failed inputs (exit 1). */
  exit: 'usage' | 'partial';
  http: number;
  retriable: boolean;
}

const BAD_INPUT: ErrorBehaviour = { exit: 'partial', http: 400, retriable: false };
const USAGE: ErrorBehaviour = { exit: 'usage', http: 400, retriable: false };
const TRANSIENT: ErrorBehaviour = { exit: 'partial', http: 503, retriable: true };

/**
 * The behaviour of every code, in the manner of fastify's `createError(code, message, status)`: one
 * table the CLI, the HTTP error handler and the queue's retry decision all read. Exhaustive by type,
 * so a new code cannot be added without deciding how it behaves.
 */
export const ERROR_BEHAVIOUR: Record<ErrorCode, ErrorBehaviour> = {
  HL7_NO_MSH: BAD_INPUT,
  HL7_BAD_ENCODING: BAD_INPUT,
  HL7_TRUNCATED: BAD_INPUT,
  HL7_PARSE: BAD_INPUT,
  HL7_NO_TEXT: BAD_INPUT,
  HL7_UNSUPPORTED_TYPE: BAD_INPUT,
  FHIR_INVALID_JSON: BAD_INPUT,
  FHIR_WRONG_TYPE: BAD_INPUT,
  FHIR_INVALID_RESOURCE: BAD_INPUT,
  FHIR_NO_TEXT: BAD_INPUT,
  FHIR_NOT_RADIOLOGY: BAD_INPUT,
  CSV_PARSE: BAD_INPUT,
  CSV_MISSING_COLUMN: BAD_INPUT,
  CSV_EMPTY_TEXT: BAD_INPUT,
  JSONL_PARSE: BAD_INPUT,
  INGEST_ENCODING: BAD_INPUT,
  INGEST_UNKNOWN_FORMAT: { exit: 'partial', http: 415, retriable: false },
  INGEST_READ: BAD_INPUT,
  DEID_FAILED: { exit: 'partial', http: 422, retriable: false },
  DEID_LEAK: { exit: 'partial', http: 422, retriable: false },
  DEID_NO_KEY: { exit: 'usage', http: 500, retriable: false },
  DEID_KEY_MISMATCH: { exit: 'usage', http: 500, retriable: false },
  DEID_MODEL_INVALID: { exit: 'usage', http: 500, retriable: false },
  PHYSIONET_PARSE: BAD_INPUT,
  ONTOLOGY_INVALID: USAGE,
  ONTOLOGY_NOT_FOUND: { exit: 'usage', http: 404, retriable: false },
  RULES_INVALID: USAGE,
  EXTRACT_FAILED: { exit: 'partial', http: 500, retriable: true },
  LLM_RATE_LIMIT: { exit: 'partial', http: 503, retriable: true },
  LLM_SERVER: { exit: 'partial', http: 502, retriable: true },
  LLM_TIMEOUT: { exit: 'partial', http: 504, retriable: true },
  LLM_REFUSAL: { exit: 'partial', http: 502, retriable: false },
  LLM_TRUNCATED: { exit: 'partial', http: 502, retriable: true },
  LLM_BAD_OUTPUT: { exit: 'partial', http: 502, retriable: true },
  LLM_AUTH: { exit: 'usage', http: 502, retriable: false },
  LLM_UNREACHABLE: { exit: 'usage', http: 502, retriable: true },
  LLM_CIRCUIT_OPEN: TRANSIENT,
  LLM_CONFIG: USAGE,
  STORE_MIGRATION: { exit: 'partial', http: 500, retriable: false },
  STORE_WRITE: TRANSIENT,
  STORE_OPEN: TRANSIENT,
  STORE_READ: TRANSIENT,
  EVAL_LABEL_MISMATCH: USAGE,
  EVAL_BAD_INPUT: USAGE,
  CONFIG_INVALID: USAGE,
  USAGE: USAGE,
  HTTP_BAD_REQUEST: USAGE,
  HTTP_UNSUPPORTED_MEDIA_TYPE: { exit: 'usage', http: 415, retriable: false },
  HTTP_BODY_TOO_LARGE: { exit: 'usage', http: 413, retriable: false },
  HTTP_NOT_FOUND: { exit: 'usage', http: 404, retriable: false },
  HTTP_RATE_LIMITED: { exit: 'partial', http: 429, retriable: true },
  HTTP_CONFLICT: { exit: 'usage', http: 409, retriable: false },
  AUTH_MISSING_KEY: { exit: 'usage', http: 401, retriable: false },
  AUTH_BAD_KEY: { exit: 'usage', http: 401, retriable: false },
  AUTH_FORBIDDEN: { exit: 'usage', http: 403, retriable: false },
  SERVICE_UNAVAILABLE: TRANSIENT,
  SERVICE_DECRYPT: { exit: 'partial', http: 500, retriable: false },
  SERVICE_SHUTTING_DOWN: TRANSIENT,
  REVIEW_BAD_WORKLIST: USAGE,
  REVIEW_CONFLICT: { exit: 'usage', http: 409, retriable: false },
  IMAGE_NOT_DICOM: BAD_INPUT,
  IMAGE_CORRUPT: BAD_INPUT,
  IMAGE_NO_UID: BAD_INPUT,
  IMAGE_LIST_ROW: BAD_INPUT,
  DICOMWEB_HTTP: { exit: 'partial', http: 502, retriable: true },
  DICOMWEB_AUTH: { exit: 'partial', http: 502, retriable: false },
  MLLP_FRAME_TOO_LARGE: { exit: 'partial', http: 413, retriable: false },
  MLLP_FRAME_TRUNCATED: BAD_INPUT,
  FHIR_SERVER: { exit: 'partial', http: 502, retriable: true },
  FHIR_AUTH: { exit: 'usage', http: 502, retriable: false },
  FHIR_UNSUPPORTED: { exit: 'partial', http: 422, retriable: false },
  AUDIT_CHAIN_BROKEN: { exit: 'partial', http: 500, retriable: false },
  COMBINE_BAD_SOURCE: USAGE,
  COMBINE_LF_INVALID: USAGE,
};

/** The behaviour of a code; unknown strings (skip reasons stored as codes) behave as bad input. */
export function behaviourOf(code: string): ErrorBehaviour {
  return (ERROR_BEHAVIOUR as Record<string, ErrorBehaviour | undefined>)[code] ?? BAD_INPUT;
}
