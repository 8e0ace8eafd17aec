import type { AnyResource, Reference } from './fhir-schemas.js';

/**
 * Resources a reference can point at: those of the enclosing Bundle (or NDJSON file), keyed by
 * `fullUrl` and by `Type/id`. See https://hl7.org/fhir/R4/references.html#literal.
 */
export class ResourceIndex {
  private readonly byKey = new Map<string, AnyResource>();

  add(resource: AnyResource, fullUrl?: string): void {
    if (fullUrl) this.byKey.set(fullUrl, resource);
    if (resource.id) this.byKey.set(`${resource.resourceType}/${resource.id}`, resource);
  }

  get(key: string): AnyResource | undefined {
    return this.byKey.get(key);
  }
}

/**
 * Resolves a reference against the report's `contained` resources ("#id") and the index (exact
 * `fullUrl`, `Type/id`, or the `Type/id` tail of an absolute or versioned URL). Returns undefined
 * for logical / unresolvable references.
 */
export function resolveReference(
  ref: Reference | undefined,
  contained: readonly AnyResource[],
  index: ResourceIndex,
): AnyResource | undefined {
  const r = ref?.reference;
  if (!r) return undefined;
  if (r.startsWith('#')) return contained.find((c) => c.id === r.slice(1));
  const exact = index.get(r);
  if (exact) return exact;
  const m = /([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(r);
  return m ? index.get(`${m[1]}/${m[2]}`) : undefined;
}

/** The resource type a reference names: from the resolved resource, `type`, or the URL. */
export function referenceType(ref: Reference, resolved: AnyResource | undefined): string | undefined {
  if (resolved) return resolved.resourceType;
  if (ref.type) return ref.type;
  const m = /([A-Z][A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[^/]+)?$/.exec(ref.reference ?? '');
  return m?.[1];
}

/** The logical id in a `Type/id` reference. */
export function referenceId(ref: Reference | undefined): string | undefined {
  const m = /[A-Z][A-Za-z]+\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref?.reference ?? '');
  return m?.[1];
}
