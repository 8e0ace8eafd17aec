import { describe, expect, it } from 'vitest';
import { reportBundles, utcInstant } from '../../../src/feeds/fhir/report-bundles.js';
import { readNotification, typeIdOf } from '../../../src/feeds/fhir/subscription-notification.js';
import { bundleProblem, classifyEntry } from '../../../src/feeds/fhir/push-bundle.js';
import { ingestResult } from '../../../src/feeds/fhir/push-result.js';
import { radiologyReport } from '../helpers/fhir-stand-in.js';

describe('reportBundles', () => {
  it('gives each matched report the included resources it references (relative, absolute or versioned), and no others', () => {
    const [dr1, p1, s1] = radiologyReport(1, '2026-11-01T10:00:00+01:00');
    const [dr2, p2] = radiologyReport(2, '2026-11-01T10:00:00Z');
    (dr2 as { subject: { reference: string } }).subject.reference = 'https://fhir.example/r4/Patient/p2/_history/3';
    const page = {
      resourceType: 'Bundle' as const,
      type: 'searchset',
      entry: [
        { resource: dr1!, search: { mode: 'match' } },
        { resource: dr2!, search: { mode: 'match' } },
        { fullUrl: 'https://fhir.example/r4/Patient/p1', resource: p1!, search: { mode: 'include' } },
        { resource: s1!, search: { mode: 'include' } },
        { resource: p2!, search: { mode: 'include' } },
      ],
    };
    const out = reportBundles(page as Parameters<typeof reportBundles>[0]);
    expect(out.map((r) => r.id)).toEqual(['dr1', 'dr2']);
    expect(out[0]!.lastUpdated).toBe('2026-11-01T09:00:00.000Z');
    expect(out[0]!.bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)).toEqual(['DiagnosticReport/dr1', 'Patient/p1', 'ImagingStudy/s1']);
    expect(out[1]!.bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)).toEqual(['DiagnosticReport/dr2', 'Patient/p2']);
    expect(utcInstant('not a date')).toBeUndefined();
  });
});

describe('readNotification', () => {
  it('reads R5-style SubscriptionStatus notifications, full-resource and id-only', () => {
    const [dr] = radiologyReport(5, '2026-11-01T00:00:00Z');
    const status = { resourceType: 'SubscriptionStatus', type: 'event-notification', notificationEvent: [{ focus: { reference: 'DiagnosticReport/dr5' } }, { focus: { reference: 'DiagnosticReport/dr6' } }] };
    const n = readNotification({ resourceType: 'Bundle', type: 'subscription-notification', entry: [{ resource: status }, { fullUrl: 'https://x/DiagnosticReport/dr5', resource: dr }] });
    expect(n).toMatchObject({ kind: 'resources', missing: ['DiagnosticReport/dr6'] });
    expect(n.kind === 'resources' && n.resources.map((r) => r.resource.id)).toEqual(['dr5']);
    expect(readNotification({ resourceType: 'Bundle', entry: [{ resource: { ...status, type: 'heartbeat' } }] })).toEqual({ kind: 'ping', type: 'heartbeat' });
    expect(readNotification({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Patient' } }] }).kind).toBe('invalid');
    expect(readNotification([1, 2]).kind).toBe('invalid');
    expect(typeIdOf('https://h/fhir/DiagnosticReport/a-1/_history/2')).toBe('DiagnosticReport/a-1');
    expect(typeIdOf('#contained')).toBeUndefined();
  });
});

describe('push Bundles', () => {
  it('names what is wrong with a Bundle and classifies entries', () => {
    expect(bundleProblem('x')).toMatch(/not a JSON object/);
    expect(bundleProblem({ resourceType: 'Bundle', type: 'searchset' })).toMatch(/transaction or batch \(got searchset\)/);
    expect(bundleProblem({ resourceType: 'Bundle', type: 'batch', entry: {} })).toMatch(/must be an array/);
    expect(bundleProblem({ resourceType: 'Bundle', type: 'transaction' })).toBeUndefined();
    expect(classifyEntry({ resource: { resourceType: 'DiagnosticReport' }, request: { method: 'PUT' } })).toBe('report');
    expect(classifyEntry({ resource: { resourceType: 'DiagnosticReport' }, request: { method: 'DELETE' } })).toBe('unsupported');
    expect(classifyEntry({ resource: { resourceType: 'ImagingStudy' } })).toBe('context');
    expect(classifyEntry({ resource: { resourceType: 'Observation' } })).toBe('unsupported');
  });

  it('maps ingest outcomes to statuses', () => {
    expect(ingestResult({ accepted: [{ reportId: 'a', duplicate: false }], skipped: [], rejected: [] }).status).toBe(202);
    expect(ingestResult({ accepted: [{ reportId: 'a', duplicate: true }], skipped: [], rejected: [] }).status).toBe(200);
    expect(ingestResult({ accepted: [], skipped: [{ reason: 'no-text' }], rejected: [] }).outcome.issue[0]!.severity).toBe('warning');
    expect(ingestResult({ accepted: [], skipped: [], rejected: [{ code: 'FHIR_INVALID_RESOURCE', message: 'm' }] }).status).toBe(400);
    expect(ingestResult({ accepted: [], skipped: [], rejected: [{ code: 'FHIR_NO_TEXT', message: 'm' }] }).status).toBe(422);
  });
});
