import { Client } from 'fhir-kit-client';
import { RadlabelError, normalizeError } from '../../errors/index.js';
import type { IngestPort } from '../../service/ingest-port.js';
import { silentLogger, type FeedLogger } from '../feed-logger.js';
import type { FeedCursorStore } from './cursor-store.js';
import { TokenSource, type FhirAuth } from './fhir-auth.js';
import { DEFAULT_RETRY, statusOf, withFhirRetry, type RetryPolicy } from './fhir-retry.js';
import { reportBundles, type FhirBundle } from './report-bundles.js';

/** Radiology categories searched for: LOINC LP29684-5 (Radiology) and HL7 v2-0074 RAD. */
export const RADIOLOGY_CATEGORIES = 'http://loinc.org|LP29684-5,http://terminology.hl7.org/CodeSystem/v2-0074|RAD';

export interface FhirPullOptions {
  /** FHIR R4 base URL (e.g. `https://fhir.example.org/r4`). */
  baseUrl: string;
  /** Key of the persisted cursor. Default: the base URL. */
  feedId?: string;
  cursors: FeedCursorStore;
  ingest: IngestPort;
  auth?: FhirAuth;
  /** `_count` per page. Default 100. */
  pageSize?: number;
  /** `_lastUpdated` to start from when the feed has no cursor yet (ISO instant). Default: everything. */
  since?: string;
  retry?: Partial<RetryPolicy>;
  logger?: FeedLogger;
  /** Token cache shared across sweeps (the poller keeps one); a new one per sweep otherwise. */
  tokens?: TokenSource;
}

export interface PullResult {
  pages: number;
  reports: number;
  accepted: number;
  duplicates: number;
  skipped: number;
  rejected: number;
  /** The cursor persisted at the end (undefined when nothing was seen yet). */
  cursor?: string;
}

/**
 * One sweep of a FHIR pull feed: searches the server's radiology DiagnosticReports updated since
 * the persisted cursor (`_lastUpdated=ge…`, sorted by `_lastUpdated`, with `_include` of the subject
 * Patient and the ImagingStudy), follows `next` links, and hands each report with the resources it
 * references to `ingest`. The cursor advances after each page as far as every report before it was
 * stored (only while the server returns pages in `_lastUpdated` order; otherwise at the end of the
 * sweep). `ge` re-reads the reports at the cursor instant; the store's idempotence makes that free.
 * 429 / 5xx / network failures are retried with backoff; a failure that persists throws `FHIR_SERVER`
 * after saving the progress made.
 */
export async function pullOnce(opts: FhirPullOptions): Promise<PullResult> {
  const feed = opts.feedId ?? opts.baseUrl;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const log = opts.logger ?? silentLogger;
  const tokens = opts.tokens ?? new TokenSource(opts.auth, retry);
  const client = new Client({ baseUrl: opts.baseUrl });
  const result: PullResult = { pages: 0, reports: 0, accepted: 0, duplicates: 0, skipped: 0, rejected: 0 };
  const start = (await opts.cursors.get(feed)) ?? opts.since;

  const call = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    withFhirRetry(
      what,
      async () => {
        const attempt = async (): Promise<T> => {
          const token = await tokens.token();
          if (token) client.bearerToken = token;
          return fn();
        };
        try {
          return await attempt();
        } catch (e) {
          // A client-credentials token the server no longer takes (expired, revoked): fetch a new one once.
          if (statusOf(e) === 401 && tokens.invalidate()) return attempt();
          throw e;
        }
      },
      retry,
    );

  const searchParams: Record<string, string | string[]> = {
    category: RADIOLOGY_CATEGORIES,
    _sort: '_lastUpdated',
    _count: String(opts.pageSize ?? 100),
    _include: ['DiagnosticReport:subject', 'DiagnosticReport:imaging-study'],
    ...(start ? { _lastUpdated: `ge${start}` } : {}),
  };
  let bundle = (await call('search DiagnosticReport', () => client.search({ resourceType: 'DiagnosticReport', searchParams }))) as FhirBundle;
  let sweepMax: string | undefined;
  let ordered = true;
  let previous: string | undefined;

  for (;;) {
    result.pages++;
    let pageDone: string | undefined;
    for (const item of reportBundles(bundle)) {
      result.reports++;
      const updated = item.lastUpdated;
      if (updated) {
        if (previous && updated < previous) ordered = false;
        previous = updated;
      }
      try {
        const outcome = await opts.ingest.ingest({
          body: JSON.stringify(item.bundle),
          contentType: 'fhir+json',
          source: { door: 'fhir-pull', peer: opts.baseUrl, ...(item.id ? { messageId: item.id } : {}) },
        });
        result.accepted += outcome.accepted.filter((a) => !a.duplicate).length;
        result.duplicates += outcome.accepted.filter((a) => a.duplicate).length;
        result.skipped += outcome.skipped.length;
        result.rejected += outcome.rejected.length;
      } catch (e) {
        const err = normalizeError(e, 'STORE_WRITE');
        if (ordered && pageDone) await opts.cursors.set(feed, pageDone);
        log.error({ feed, messageId: item.id, code: err.code }, 'fhir pull: a report could not be stored; the sweep stops here');
        throw new RadlabelError('FHIR_SERVER', `pull from ${feed} stopped at report ${item.id ?? '?'}: ${err.code}`, { retriable: true, cause: e });
      }
      if (updated) {
        pageDone = updated;
        if (!sweepMax || updated > sweepMax) sweepMax = updated;
      }
    }
    if (ordered && pageDone) {
      await opts.cursors.set(feed, pageDone);
      result.cursor = pageDone;
    }
    const current = bundle;
    if (!current.link?.some((l) => l.relation === 'next')) break;
    bundle = (await call('next page', () => client.nextPage({ bundle: current as unknown as Parameters<Client["nextPage"]>[0]["bundle"] }) as Promise<unknown>)) as FhirBundle;
  }
  if (sweepMax && (!ordered || !result.cursor)) {
    await opts.cursors.set(feed, sweepMax);
    result.cursor = sweepMax;
  }
  result.cursor = (await opts.cursors.get(feed)) ?? result.cursor;
  log.info({ feed, ...result }, 'fhir pull sweep done');
  return result;
}

/** Runs {@link pullOnce} every `intervalMs` (never two sweeps at once); errors are logged and the next sweep retries. */
export function startFhirPoller(opts: FhirPullOptions & { intervalMs: number }): { stop(): Promise<void>; sweep(): Promise<PullResult> } {
  const log = opts.logger ?? silentLogger;
  const tokens = opts.tokens ?? new TokenSource(opts.auth, { ...DEFAULT_RETRY, ...opts.retry });
  let running: Promise<PullResult> | undefined;
  let stopped = false;
  const sweep = (): Promise<PullResult> => {
    running ??= pullOnce({ ...opts, tokens }).finally(() => (running = undefined));
    return running;
  };
  const tick = (): void => {
    if (stopped) return;
    sweep()
      .catch((e: unknown) => log.warn({ feed: opts.feedId ?? opts.baseUrl, code: normalizeError(e, 'FHIR_SERVER').code }, 'fhir pull sweep failed; retrying next interval'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs);
      });
  };
  let timer: NodeJS.Timeout = setTimeout(tick, 0);
  return {
    sweep,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
