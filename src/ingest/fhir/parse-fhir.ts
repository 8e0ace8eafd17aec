import { RadlabelError, type Locator } from '../../errors/index.js';
import type { IngestItem, ParseOptions } from '../ingest-item.js';
import type { AnyResource } from './fhir-schemas.js';
import { mapDiagnosticReport, type ResourcePlace } from './map-diagnostic-report.js';
import { ResourceIndex } from './resolve-reference.js';

/**
 * Resource types a report's references resolve to; on an NDJSON line they are context, not errors.
 * Inside a Bundle every non-report entry is context.
 */
const SUPPORTING = new Set(['Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'ImagingStudy']);

type Mode = 'top' | 'ndjson' | 'bundle';

type Json = unknown;

const isResource = (v: Json): v is AnyResource =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { resourceType?: unknown }).resourceType === 'string';

/**
 * Parses FHIR R4 JSON into ingest items: a single DiagnosticReport, a Bundle of any type
 * (https://hl7.org/fhir/R4/bundle.html; Patient, Practitioner, Organization and ImagingStudy
 * entries resolve the reports' references), or bulk-export NDJSON
 * (https://hl7.org/fhir/uv/bulkdata/export.html; one resource per line, `row` = 1-based line, a
 * bad line is an error item and the rest still parses). Never throws.
 *
 * Errors: FHIR_INVALID_JSON (not JSON), FHIR_WRONG_TYPE (a resource that is neither a
 * DiagnosticReport nor a Bundle, e.g. a ServiceRequest), FHIR_INVALID_RESOURCE (a DiagnosticReport
 * of the wrong shape). Skips: `not-radiology`, `no-text` (e.g. PDF-only), `no-diagnostic-report`
 * (a Bundle without any).
 */
export function parseFhir(text: string, opts: ParseOptions = {}): IngestItem[] {
  const body = text.replace(/^\uFEFF/, '');
  let whole: Json;
  try {
    whole = JSON.parse(body);
  } catch {
    return looksLikeNdjson(body) ? parseNdjson(body, opts) : [invalidJson(body, { file: opts.file })];
  }
  const index = new ResourceIndex();
  if (!isResource(whole)) return [wrongType(whole, { file: opts.file }, 'the JSON value is not a FHIR resource')];
  return parseResource(whole, index, { file: opts.file }, 'top');
}

/** Several lines, and one of the first few is a resource on its own (the first may be the bad one). */
function looksLikeNdjson(body: string): boolean {
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.slice(0, 5).some((l) => {
    try {
      return isResource(JSON.parse(l));
    } catch {
      return false;
    }
  });
}

function parseNdjson(body: string, opts: ParseOptions): IngestItem[] {
  const index = new ResourceIndex();
  const parsed: Array<{ row: number; line: string; value?: AnyResource; error?: IngestItem }> = [];
  body.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const row = i + 1;
    const locator: Locator = { file: opts.file, row };
    let value: Json;
    try {
      value = JSON.parse(line);
    } catch {
      parsed.push({ row, line, error: invalidJson(line, locator) });
      return;
    }
    if (!isResource(value)) {
      parsed.push({ row, line, error: wrongType(value, locator, 'the line is not a FHIR resource') });
      return;
    }
    index.add(value);
    parsed.push({ row, line, value });
  });
  // Index first so a report may reference a Patient on a later line.
  for (const p of parsed) if (p.value?.resourceType === 'Bundle') indexBundle(p.value, index);
  const out: IngestItem[] = [];
  for (const p of parsed) {
    if (p.error) out.push(p.error);
    else if (p.value) out.push(...parseResource(p.value, index, { file: opts.file, row: p.row }, 'ndjson'));
  }
  return out;
}

function parseResource(resource: AnyResource, index: ResourceIndex, place: ResourcePlace, mode: Mode): IngestItem[] {
  if (resource.resourceType === 'DiagnosticReport') return [mapDiagnosticReport(resource, index, place)];
  if (resource.resourceType === 'Bundle') return parseBundle(resource, index, place);
  if (mode === 'bundle' || (mode === 'ndjson' && SUPPORTING.has(resource.resourceType))) return [];
  const locator: Locator = { file: place.file, row: place.row, path: place.path, messageId: resource.id };
  return [wrongType(resource, locator, `resource type ${safeType(resource.resourceType)} is not a DiagnosticReport or Bundle`)];
}

function entriesOf(bundle: AnyResource): Array<{ resource?: Json; fullUrl?: unknown }> {
  const entry = (bundle as { entry?: unknown }).entry;
  return Array.isArray(entry) ? entry.filter((e): e is { resource?: Json; fullUrl?: unknown } => typeof e === 'object' && e !== null) : [];
}

function indexBundle(bundle: AnyResource, index: ResourceIndex): void {
  for (const e of entriesOf(bundle)) {
    if (!isResource(e.resource)) continue;
    index.add(e.resource, typeof e.fullUrl === 'string' ? e.fullUrl : undefined);
    if (e.resource.resourceType === 'Bundle') indexBundle(e.resource, index);
  }
}

function parseBundle(bundle: AnyResource, index: ResourceIndex, place: ResourcePlace): IngestItem[] {
  indexBundle(bundle, index);
  const out: IngestItem[] = [];
  entriesOf(bundle).forEach((e, i) => {
    const path = `${place.path ?? ''}/entry/${i}/resource`;
    if (!isResource(e.resource)) return;
    out.push(...parseResource(e.resource, index, { ...place, path }, 'bundle'));
  });
  if (out.length === 0) {
    out.push({
      kind: 'skipped',
      locator: { file: place.file, row: place.row, path: place.path, messageId: bundle.id },
      reason: 'no-diagnostic-report',
      detail: 'the Bundle holds no DiagnosticReport',
    });
  }
  return out;
}

const safeType = (t: string): string => (/^[A-Za-z]{1,64}$/.test(t) ? t : '(invalid)');

function invalidJson(raw: string, locator: Locator): IngestItem {
  return { kind: 'error', error: new RadlabelError('FHIR_INVALID_JSON', 'the input is not valid JSON', { locator }), raw };
}

function wrongType(value: Json, locator: Locator, message: string): IngestItem {
  return { kind: 'error', error: new RadlabelError('FHIR_WRONG_TYPE', message, { locator }), raw: JSON.stringify(value) ?? '' };
}
