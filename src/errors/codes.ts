/**
 * The one registry of error codes. Codes are stable (they appear in quarantine rows, API problem
 * responses and exit summaries); add new ones, never rename. Prefix = subsystem.
 * `docs/errors.md` documents every code; a test fails when one is missing there.
 */
export const ERROR_CODES = {
  // HL7 v2 ingest
  HL7_NO_MSH: 'The message has no MSH segment (or it is not the first segment).',
  HL7_BAD_ENCODING: 'MSH-1 / MSH-2 encoding characters are missing or invalid.',
  HL7_TRUNCATED: 'The message ends before the segments a report needs (no OBR / OBX).',
  HL7_PARSE: 'The message could not be parsed.',
  HL7_NO_TEXT: 'The message carries no report text (no TX / FT / ST observation value).',
  HL7_UNSUPPORTED_TYPE: 'The message type is not a report (only ORU^R01 and MDM^T02 carry reports).',
  // FHIR ingest
  FHIR_INVALID_JSON: 'The input is not valid JSON.',
  FHIR_WRONG_TYPE: 'The resource is not a DiagnosticReport (or a Bundle of them).',
  FHIR_INVALID_RESOURCE: 'The DiagnosticReport does not match the FHIR R4 shape radlabel needs.',
  FHIR_NO_TEXT: 'The DiagnosticReport has no text (no conclusion, no text/plain or HTML presentedForm).',
  FHIR_NOT_RADIOLOGY: 'The DiagnosticReport is not a radiology report.',
  // CSV / JSONL ingest
  CSV_PARSE: 'A CSV row could not be parsed (broken quote, wrong column count).',
  CSV_MISSING_COLUMN: 'The CSV lacks a column the mapping needs.',
  CSV_EMPTY_TEXT: 'The row has no report text.',
  JSONL_PARSE: 'A JSONL line is not valid JSON or lacks the mapped fields.',
  INGEST_ENCODING: 'The input is not valid UTF-8 text.',
  INGEST_UNKNOWN_FORMAT: 'The input format could not be recognised from its content.',
  INGEST_READ: 'The input file could not be read.',
  // De-identification
  DEID_FAILED: 'De-identification failed; the report was quarantined.',
  DEID_LEAK: 'A known identifier was found in text about to leave the process; the operation was blocked.',
  DEID_NO_KEY: 'No de-identification key is configured.',
  DEID_KEY_MISMATCH: 'The de-identification key differs from the key this database was written with.',
  DEID_MODEL_INVALID: 'The learned de-identification model file is missing or does not match its schema.',
  PHYSIONET_PARSE: 'A PhysioNet deid record is malformed (no START_OF_RECORD line or no END_OF_RECORD).',
  // Ontology / rules
  ONTOLOGY_INVALID: 'The ontology YAML does not match the schema.',
  ONTOLOGY_NOT_FOUND: 'No ontology with that id or path.',
  RULES_INVALID: 'A rules / triggers YAML file does not match the schema.',
  // Extraction
  EXTRACT_FAILED: 'Extraction failed for the report.',
  LLM_RATE_LIMIT: 'The LLM provider rate-limited the request (429).',
  LLM_SERVER: 'The LLM provider returned a server error (5xx).',
  LLM_TIMEOUT: 'The LLM request timed out.',
  LLM_REFUSAL: 'The model refused to answer.',
  LLM_TRUNCATED: 'The model output was cut off (length limit).',
  LLM_BAD_OUTPUT: 'The model output is not valid JSON for the schema.',
  LLM_AUTH: 'The LLM provider rejected the credentials.',
  LLM_CIRCUIT_OPEN: 'The circuit breaker for the provider is open.',
  LLM_CONFIG: 'The LLM provider configuration is incomplete.',
  LLM_UNREACHABLE: 'Nothing answers at the LLM provider address (connection refused, unknown host); the run stops.',
  // Store
  STORE_MIGRATION: 'A store migration failed.',
  STORE_WRITE: 'A store write failed.',
  STORE_OPEN: 'The store could not be opened (bad path or URL, unreachable server).',
  STORE_READ: 'A store read failed.',
  // Evaluation
  EVAL_LABEL_MISMATCH: 'Gold and prediction label sets do not match.',
  EVAL_BAD_INPUT: 'An evaluation input file is malformed.',
  // Weak supervision (combine)
  COMBINE_BAD_SOURCE: 'A combine source cannot be read or joined (missing file or store, no labels, no report text for label functions).',
  COMBINE_LF_INVALID: 'A label-function YAML file does not match the schema or has a bad pattern.',
  // Feeds (MLLP, FHIR pull / push / write-back) and the audit log
  MLLP_FRAME_TOO_LARGE: 'An MLLP frame is larger than the configured limit; it was rejected (AR) unread.',
  MLLP_FRAME_TRUNCATED: 'An MLLP frame was cut short by the next start block; it was rejected (AR).',
  FHIR_SERVER: 'The FHIR server answered with an error, or could not be reached, after the retries.',
  FHIR_AUTH: 'The FHIR server or its token endpoint rejected the credentials.',
  FHIR_UNSUPPORTED: 'The FHIR request is not supported here (resource type, Bundle type or interaction).',
  AUDIT_CHAIN_BROKEN: 'The audit log hash chain is broken: a row was deleted, edited or inserted out of order.',
  // Configuration / usage
  CONFIG_INVALID: 'The configuration is invalid.',
  USAGE: 'The command line is invalid.',
  // Image index (DICOM files, DICOMweb, image lists)
  IMAGE_NOT_DICOM: 'The file is not a DICOM Part 10 file (no DICM marker) or cannot be opened.',
  IMAGE_CORRUPT: 'The DICOM header cannot be parsed.',
  IMAGE_NO_UID: 'The DICOM header lacks the SOP Instance UID or the Study Instance UID.',
  IMAGE_LIST_ROW: 'An image-list row lacks the study or image column, or its path cannot be read.',
  DICOMWEB_HTTP: 'A DICOMweb (QIDO-RS) request failed or returned something other than DICOM JSON.',
  DICOMWEB_AUTH: 'The DICOMweb server rejected the credentials (401 / 403).',
  // Service (HTTP API, queue, workers)
  HTTP_BAD_REQUEST: 'The request is malformed (query, path or body does not match the API schema).',
  HTTP_UNSUPPORTED_MEDIA_TYPE: 'The request body has a content type the route does not accept.',
  HTTP_BODY_TOO_LARGE: 'The request body is larger than the configured limit.',
  HTTP_NOT_FOUND: 'No such resource (or route).',
  HTTP_RATE_LIMITED: 'Too many requests for this API key; retry after the given delay.',
  HTTP_CONFLICT: 'The resource is not in a state that allows this action (e.g. retrying a write-back that has not failed).',
  AUTH_MISSING_KEY: 'The request carries no API key (Authorization: Bearer <key>).',
  AUTH_BAD_KEY: 'The API key is unknown or revoked.',
  AUTH_FORBIDDEN: "The API key's role does not allow this route.",
  SERVICE_UNAVAILABLE: 'A backing service (database, Redis) is unreachable; the input was not accepted.',
  SERVICE_DECRYPT: 'A stored raw message could not be decrypted (wrong or rotated encryption key).',
  SERVICE_SHUTTING_DOWN: 'The service is shutting down and accepts no new input.',
  // Review workbench
  REVIEW_BAD_WORKLIST: 'A review worklist cannot be built: a source cannot be read, a label or reviewer is unknown, or no report matches.',
  REVIEW_CONFLICT: "The review action does not fit the item's state (not assigned to this reviewer, or nothing to adjudicate).",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Codes no longer raised, kept because stored quarantine rows and exports may carry them (codes are
 * never renamed or removed). `CSV_EMPTY_TEXT`: rows without text are now `no-text` skips.
 */
export const RETIRED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['CSV_EMPTY_TEXT']);
