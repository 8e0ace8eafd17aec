import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullOnce, startFhirPoller } from '../../../src/feeds/fhir/fhir-poller.js';
import { feedCursorStore, type FeedCursorStore } from '../../../src/feeds/fhir/cursor-store.js';
import { openSqlHandle, type SqlHandle } from '../../../src/store/sql-handle.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { LabelStore, StoredLabels } from '../../../src/store/label-store.js';
import { isRadlabelError } from '../../../src/errors/index.js';
import { TokenSource } from '../../../src/feeds/fhir/fhir-auth.js';
import { backoffMs } from '../../../src/feeds/fhir/fhir-retry.js';
import { directIngestPort } from '../helpers/direct-ingest-port.js';
import { radiologyReport, startFhirStandIn } from '../helpers/fhir-stand-in.js';

const fast = { retries: 4, baseMs: 1, maxMs: 5 };
const at = (i: number): string => `2026-11-0${1 + Math.floor(i / 10)}T10:00:${String(i % 10).padStart(2, '0')}.000Z`;

let store: LabelStore;
let handle: SqlHandle;
let cursors: FeedCursorStore;
let server: Awaited<ReturnType<typeof startFhirStandIn>> | undefined;

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  handle = await openSqlHandle(':memory:');
  cursors = feedCursorStore(handle);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await store.close();
  await handle.close();
});

async function current(): Promise<StoredLabels[]> {
  const out: StoredLabels[] = [];
  for await (const s of store.currentLabels('chexpert')) out.push(s);
  return out;
}

describe('FHIR pull', () => {
  it('follows next links through 429 and 5xx, ingests each report with its Patient and ImagingStudy, and persists the cursor', async () => {
    const resources = [1, 2, 3, 4, 5, 6].flatMap((i) => radiologyReport(i, at(i)));
    resources.push(...radiologyReport(7, at(7), { radiology: false }));
    server = await startFhirStandIn(resources, { pageSize: 3, faults: { 1: [429], 2: [503, 502] } });
    const port = directIngestPort(store);
    const r = await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: port, retry: fast });
    expect(r).toMatchObject({ pages: 3, reports: 7, accepted: 6, duplicates: 0, skipped: 1, rejected: 0, cursor: at(7) });
    expect(await cursors.get(server.baseUrl)).toBe(at(7));
    // The search asked for radiology, in _lastUpdated order, with the includes.
    const first = server.requests[0]!.query;
    expect(first.get('category')).toContain('LP29684-5');
    expect(first.get('_sort')).toBe('_lastUpdated');
    expect(first.getAll('_include')).toEqual(['DiagnosticReport:subject', 'DiagnosticReport:imaging-study']);
    expect(server.requests.filter((q) => q.path === '/fhir')).toHaveLength(2 + 1 + 2); // pages 2 and 3 plus the retried faults
    // The included Patient drove de-identification: the patient's name is gone from the stored text.
    const labels = await current();
    expect(labels).toHaveLength(6);
    for (const s of labels) {
      expect(s.report.text).not.toMatch(/Synthia\d|Testpatient/);
      expect(s.report.source.format).toBe('fhir');
    }
    expect(port.calls.every((c) => c.source.door === 'fhir-pull' && c.source.peer === server!.baseUrl)).toBe(true);
  });

  it('resumes from the persisted cursor: only newer reports are fetched, the one at the cursor is a duplicate', async () => {
    const resources = [1, 2, 3].flatMap((i) => radiologyReport(i, at(i)));
    server = await startFhirStandIn(resources, { pageSize: 2 });
    const port = directIngestPort(store);
    await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: port, retry: fast });
    resources.push(...radiologyReport(4, at(4)));
    const second = await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: port, retry: fast });
    expect(server.requests.at(-1)!.query.get('_lastUpdated')).toBe(`ge${at(3)}`);
    expect(second).toMatchObject({ reports: 2, accepted: 1, duplicates: 1, cursor: at(4) });
    expect((await store.counts()).reports).toBe(4);
  });

  it('keeps the progress made when the server keeps failing, and throws FHIR_SERVER', async () => {
    server = await startFhirStandIn([1, 2, 3, 4].flatMap((i) => radiologyReport(i, at(i))), { pageSize: 2, faults: { 1: [500, 500, 500, 500, 500, 500] } });
    const err = await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: directIngestPort(store), retry: fast }).catch((e: unknown) => e);
    expect(isRadlabelError(err, 'FHIR_SERVER')).toBe(true);
    expect((err as Error).message).toMatch(/answered 500 after 5 attempt/);
    expect(await cursors.get(server.baseUrl)).toBe(at(2));
    expect((await store.counts()).reports).toBe(2);
  });

  it('stops at a report it cannot store and does not move the cursor past it', async () => {
    server = await startFhirStandIn([1, 2, 3].flatMap((i) => radiologyReport(i, at(i))));
    let n = 0;
    const port = directIngestPort(store, { failWith: () => (++n === 3 ? new Error('disk full') : undefined) });
    await expect(pullOnce({ baseUrl: server.baseUrl, cursors, ingest: port, retry: fast })).rejects.toThrow(/stopped at report dr3/);
    expect(await cursors.get(server.baseUrl)).toBe(at(2));
    const again = await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: port, retry: fast });
    expect(again).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('advances the cursor only at the end of the sweep when the server ignores _sort', async () => {
    server = await startFhirStandIn([1, 2, 3, 4].flatMap((i) => radiologyReport(i, at(i))), { pageSize: 2, unsorted: true });
    const r = await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: directIngestPort(store), retry: fast });
    expect(r.cursor).toBe(at(4));
    expect((await store.counts()).reports).toBe(4);
  });

  it('sends a bearer token, and gets (and renews) an OAuth2 client-credentials token', async () => {
    server = await startFhirStandIn(radiologyReport(1, at(1)), { token: 'static-token' });
    await pullOnce({ baseUrl: server.baseUrl, cursors, ingest: directIngestPort(store), auth: { kind: 'bearer', token: 'static-token' }, retry: fast });
    expect(server.requests[0]!.auth).toBe('Bearer static-token');
    await server.close();

    server = await startFhirStandIn([1, 2].flatMap((i) => radiologyReport(i, at(i))), { clientId: 'radlabel', clientSecret: 's3cret', token: 'none-yet' });
    const auth = { kind: 'client-credentials' as const, tokenUrl: server.tokenUrl, clientId: 'radlabel', clientSecret: 's3cret', scope: 'system/DiagnosticReport.read' };
    const r = await pullOnce({ baseUrl: server.baseUrl, feedId: 'cc', cursors, ingest: directIngestPort(store), auth, retry: fast });
    expect(r.accepted + r.duplicates).toBe(2); // report 1 came from the first server already
    expect(server.requests.find((q) => q.path === '/fhir/DiagnosticReport')!.auth).toBe('Bearer tok-1');
    // The server stops taking the token mid-life: one 401, a new token, and the sweep goes on.
    const tokens = new TokenSource(auth, fast);
    await pullOnce({ baseUrl: server.baseUrl, feedId: 'cc', cursors, ingest: directIngestPort(store), auth, tokens, retry: fast });
    server.revokeToken();
    const before = server.requests.length;
    const again = await pullOnce({ baseUrl: server.baseUrl, feedId: 'cc', cursors, ingest: directIngestPort(store), auth, tokens, retry: fast });
    expect(again.reports).toBe(1);
    expect(server.requests.slice(before).map((q) => q.path)).toEqual(['/fhir/DiagnosticReport', '/token', '/fhir/DiagnosticReport']);
    expect(server.requests.at(-1)!.auth).toBe('Bearer tok-3');

    const bad = { ...auth, clientSecret: 'wrong' };
    const err = await pullOnce({ baseUrl: server.baseUrl, feedId: 'cc2', cursors, ingest: directIngestPort(store), auth: bad, retry: fast }).catch((e: unknown) => e);
    expect(isRadlabelError(err, 'FHIR_AUTH')).toBe(true);
  });

  it('polls on an interval and stops cleanly', async () => {
    server = await startFhirStandIn(radiologyReport(1, at(1)));
    const poller = startFhirPoller({ baseUrl: server.baseUrl, cursors, ingest: directIngestPort(store), retry: fast, intervalMs: 20 });
    await new Promise((r) => setTimeout(r, 300));
    await poller.stop();
    const searches = server.requests.length;
    expect(searches).toBeGreaterThan(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests.length).toBe(searches);
    expect((await store.counts()).reports).toBe(1);
  });

  it('backs off exponentially with jitter, honouring Retry-After in seconds or as a date', () => {
    const p = { retries: 5, baseMs: 100, maxMs: 1000 };
    expect(backoffMs(0, p, null, 0, () => 0)).toBe(50);
    expect(backoffMs(3, p, null, 0, () => 1)).toBe(800);
    expect(backoffMs(9, p, null, 0, () => 1)).toBe(1000);
    expect(backoffMs(0, p, '2')).toBe(1000);
    expect(backoffMs(0, p, '0.25')).toBe(250);
    expect(backoffMs(0, p, new Date(10_500).toUTCString(), 10_000)).toBe(0); // HTTP dates have whole seconds
    expect(backoffMs(0, p, new Date(10_000 + 600_000).toUTCString(), 10_000)).toBe(1000);
  });
});
