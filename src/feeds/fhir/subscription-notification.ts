/**
 * Reading an R4 Subscription rest-hook notification (https://hl7.org/fhir/R4/subscription.html
 * #rest-hook, and the Subscriptions R5 Backport IG's notification Bundle). Pure.
 *
 * - an empty body: an R4 "ping" (payload none); the receiver decides what to poll;
 * - a DiagnosticReport: an R4 full-resource payload;
 * - a Bundle whose first entry is the status (`Parameters` in the R4 backport, or a
 *   `SubscriptionStatus`): `handshake` / `heartbeat` carry nothing; `event-notification` names each
 *   event's `focus`, and in full-resource mode the focused resources follow as entries.
 */
import type { FhirResourceLike } from './report-bundles.js';

export type Notification =
  | { kind: 'ping'; type: string }
  | { kind: 'resources'; resources: Array<{ fullUrl?: string; resource: FhirResourceLike }>; missing: string[] }
  | { kind: 'invalid'; problem: string };

interface Param {
  name?: string;
  valueCode?: string;
  valueReference?: { reference?: string };
  part?: Param[];
}

export function readNotification(body: unknown): Notification {
  if (body === undefined || body === null || body === '') return { kind: 'ping', type: 'event-notification' };
  if (typeof body !== 'object' || Array.isArray(body)) return { kind: 'invalid', problem: 'the notification is not a JSON object' };
  const r = body as FhirResourceLike & { type?: string; entry?: Array<{ fullUrl?: string; resource?: FhirResourceLike }> };
  if (r.resourceType === 'DiagnosticReport') return { kind: 'resources', resources: [{ resource: r }], missing: [] };
  if (r.resourceType !== 'Bundle') return { kind: 'invalid', problem: 'a notification is a Bundle or a DiagnosticReport' };
  const entries = r.entry ?? [];
  const status = entries[0]?.resource;
  if (!status || (status.resourceType !== 'Parameters' && status.resourceType !== 'SubscriptionStatus')) {
    return { kind: 'invalid', problem: 'the notification Bundle does not start with a Parameters / SubscriptionStatus entry' };
  }
  const { type, focus } = status.resourceType === 'Parameters' ? fromParameters(status) : fromSubscriptionStatus(status);
  if (type !== 'event-notification') return { kind: 'ping', type: type ?? 'unknown' };
  const present = new Map<string, { fullUrl?: string; resource: FhirResourceLike }>();
  for (const e of entries.slice(1)) {
    if (!e.resource) continue;
    const key = e.resource.id ? `${e.resource.resourceType}/${e.resource.id}` : undefined;
    if (key) present.set(key, { ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource });
    if (e.fullUrl) present.set(e.fullUrl, { fullUrl: e.fullUrl, resource: e.resource });
  }
  const resources: Array<{ fullUrl?: string; resource: FhirResourceLike }> = [];
  const missing: string[] = [];
  for (const ref of focus) {
    const hit = present.get(ref) ?? present.get(typeIdOf(ref) ?? '');
    if (hit) resources.push(hit);
    else missing.push(ref);
  }
  // Context resources sent along (Patient, ImagingStudy) help de-identification.
  for (const e of entries.slice(1)) if (e.resource && e.resource.resourceType !== 'DiagnosticReport' && !resources.some((x) => x.resource === e.resource)) resources.push({ ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: e.resource });
  return { kind: 'resources', resources, missing };
}

function fromParameters(p: FhirResourceLike): { type?: string; focus: string[] } {
  const params = (p.parameter as Param[] | undefined) ?? [];
  const type = params.find((x) => x.name === 'type')?.valueCode;
  const focus = params
    .filter((x) => x.name === 'notification-event')
    .flatMap((x) => x.part ?? [])
    .filter((x) => x.name === 'focus')
    .map((x) => x.valueReference?.reference)
    .filter((x): x is string => typeof x === 'string');
  return { ...(type ? { type } : {}), focus };
}

function fromSubscriptionStatus(s: FhirResourceLike): { type?: string; focus: string[] } {
  const events = (s.notificationEvent as Array<{ focus?: { reference?: string } }> | undefined) ?? [];
  const type = typeof s.type === 'string' ? s.type : undefined;
  return { ...(type ? { type } : {}), focus: events.map((e) => e.focus?.reference).filter((x): x is string => typeof x === 'string') };
}

/** `Type/id` from a relative or absolute (optionally versioned) reference. */
export function typeIdOf(ref: string): string | undefined {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
