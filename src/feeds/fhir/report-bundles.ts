/**
 * Splits a FHIR search-set Bundle into one small collection Bundle per DiagnosticReport, holding
 * the report and the resources it references that the search `_include`d (Patient, ImagingStudy,
 * Practitioner…), so each report is ingested on its own with the context de-identification needs.
 * Pure.
 */

export interface FhirResourceLike {
  resourceType: string;
  id?: string;
  meta?: { lastUpdated?: string; versionId?: string };
  [key: string]: unknown;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type?: string;
  link?: Array<{ relation?: string; url?: string }>;
  entry?: Array<{ fullUrl?: string; resource?: FhirResourceLike; search?: { mode?: string } }>;
}

export interface ReportBundle {
  id?: string;
  /** `meta.lastUpdated` as a UTC ISO instant, when present and valid. */
  lastUpdated?: string;
  bundle: { resourceType: 'Bundle'; type: 'collection'; entry: Array<{ fullUrl?: string; resource: FhirResourceLike }> };
}

/** Reports in page order (search mode `match`, or any DiagnosticReport when modes are absent). */
export function reportBundles(page: FhirBundle): ReportBundle[] {
  const entries = (page.entry ?? []).filter((e): e is { fullUrl?: string; resource: FhirResourceLike; search?: { mode?: string } } => !!e.resource);
  const byKey = new Map<string, { fullUrl?: string; resource: FhirResourceLike }>();
  for (const e of entries) {
    if (e.resource.id) byKey.set(`${e.resource.resourceType}/${e.resource.id}`, e);
    if (e.fullUrl) byKey.set(e.fullUrl, e);
  }
  const out: ReportBundle[] = [];
  for (const e of entries) {
    if (e.resource.resourceType !== 'DiagnosticReport' || e.search?.mode === 'include') continue;
    const included = new Map<string, { fullUrl?: string; resource: FhirResourceLike }>();
    for (const ref of referencesIn(e.resource)) {
      const hit = byKey.get(ref) ?? byKey.get(tail(ref) ?? '');
      if (hit && hit !== e) included.set(`${hit.resource.resourceType}/${hit.resource.id ?? hit.fullUrl}`, hit);
    }
    const lastUpdated = utcInstant(e.resource.meta?.lastUpdated);
    out.push({
      ...(e.resource.id ? { id: e.resource.id } : {}),
      ...(lastUpdated ? { lastUpdated } : {}),
      bundle: { resourceType: 'Bundle', type: 'collection', entry: [{ ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource }, ...included.values()] },
    });
  }
  return out;
}

/** Every `reference` string in a resource (top level and nested), skipping contained ("#…") ones. */
function referencesIn(resource: FhirResourceLike): string[] {
  const refs: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    for (const [k, x] of Object.entries(v)) {
      if (k === 'reference' && typeof x === 'string' && !x.startsWith('#')) refs.push(x);
      else if (k !== 'contained' && k !== 'presentedForm' && k !== 'text') walk(x, depth + 1);
    }
  };
  walk(resource, 0);
  return refs;
}

function tail(ref: string): string | undefined {
  const m = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
  return m?.[1];
}

/** A FHIR instant as a UTC ISO string (so cursors compare as text), or undefined. */
export function utcInstant(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}
