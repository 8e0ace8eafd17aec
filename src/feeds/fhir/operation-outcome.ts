/**
 * FHIR R4 OperationOutcome builders (https://hl7.org/fhir/R4/operationoutcome.html). Every error
 * the FHIR routes return is one of these; `diagnostics` holds radlabel's message, which never
 * quotes report text, and `details` carries radlabel's stable error code.
 */

export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';
/** The IssueType codes used here (https://hl7.org/fhir/R4/valueset-issue-type.html). */
export type IssueType = 'invalid' | 'structure' | 'not-supported' | 'processing' | 'transient' | 'exception' | 'security' | 'login' | 'too-costly' | 'informational' | 'duplicate';

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: Array<{
    severity: IssueSeverity;
    code: IssueType;
    details?: { coding: Array<{ system: string; code: string }>; text?: string };
    diagnostics?: string;
  }>;
}

/** Code system of radlabel's error registry codes in `issue.details`. */
export const RADLABEL_ERROR_SYSTEM = 'https://radlabel.dev/fhir/CodeSystem/error-code';

export function outcome(severity: IssueSeverity, code: IssueType, diagnostics: string, radlabelCode?: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity,
        code,
        ...(radlabelCode ? { details: { coding: [{ system: RADLABEL_ERROR_SYSTEM, code: radlabelCode }], text: radlabelCode } } : {}),
        diagnostics,
      },
    ],
  };
}

/** IssueType for an HTTP status, for errors that arrive as statuses (body limit, media type, auth). */
export function issueTypeForStatus(status: number): IssueType {
  if (status === 401) return 'login';
  if (status === 403) return 'security';
  if (status === 413) return 'too-costly';
  if (status === 415) return 'not-supported';
  if (status === 429 || status === 503) return 'transient';
  if (status >= 500) return 'exception';
  return 'invalid';
}
