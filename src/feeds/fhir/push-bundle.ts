/**
 * Splitting a pushed FHIR transaction / batch Bundle (https://hl7.org/fhir/R4/http.html#transaction)
 * into the reports to ingest, and building the transaction-response / batch-response. Pure.
 */
import type { OperationOutcome } from './operation-outcome.js';
import type { FhirResourceLike } from './report-bundles.js';

export interface PushEntry {
  fullUrl?: string;
  resource?: FhirResourceLike;
  request?: { method?: string; url?: string };
}

export interface PushBundle {
  resourceType: 'Bundle';
  type: 'transaction' | 'batch';
  entry: PushEntry[];
}

export interface ResponseEntry {
  response: { status: string; location?: string; outcome?: OperationOutcome };
}

/** A problem with the Bundle as a whole (not one of its entries), as a message, or undefined. */
export function bundleProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the body is not a JSON object';
  const b = v as { resourceType?: unknown; type?: unknown; entry?: unknown };
  if (b.resourceType !== 'Bundle') return `POST [base] takes a Bundle, not ${typeof b.resourceType === 'string' ? safe(b.resourceType) : 'a resource without resourceType'}`;
  if (b.type !== 'transaction' && b.type !== 'batch') return `Bundle.type must be transaction or batch (got ${typeof b.type === 'string' ? safe(b.type) : 'none'})`;
  if (b.entry !== undefined && !Array.isArray(b.entry)) return 'Bundle.entry must be an array';
  return undefined;
}

/** Which entries are reports to ingest; the others are context (Patient, ImagingStudy…) or unsupported. */
export function classifyEntry(e: PushEntry): 'report' | 'context' | 'unsupported' {
  const method = (e.request?.method ?? 'POST').toUpperCase();
  const type = e.resource?.resourceType;
  if (!e.resource || (method !== 'POST' && method !== 'PUT')) return 'unsupported';
  if (type === 'DiagnosticReport') return 'report';
  return CONTEXT.has(type ?? '') ? 'context' : 'unsupported';
}

const CONTEXT = new Set(['Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'ImagingStudy']);

/** A collection Bundle holding one report entry and every context entry of the pushed Bundle. */
export function reportWithContext(bundle: PushBundle, index: number): string {
  const entries = bundle.entry.filter((e, i) => i === index || classifyEntry(e) === 'context');
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: entries.map((e) => ({ ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource })),
  });
}

/** Every report and context entry as one collection Bundle (a transaction is ingested as one unit). */
export function allAsCollection(bundle: PushBundle): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: bundle.entry.filter((e) => classifyEntry(e) !== 'unsupported').map((e) => ({ ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource })),
  });
}

export function responseBundle(type: 'transaction' | 'batch', entries: ResponseEntry[]): object {
  return { resourceType: 'Bundle', type: `${type}-response`, entry: entries };
}

function safe(v: string): string {
  return /^[A-Za-z0-9_-]{1,40}$/.test(v) ? v : '?';
}
