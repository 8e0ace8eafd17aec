import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRadlabelError, normalizeError } from '../../errors/index.js';
import { parseFhir } from '../../ingest/fhir/parse-fhir.js';
import type { IngestOutcome, IngestPort } from '../../service/ingest-port.js';
import type { FetchResource } from './fhir-fetcher.js';
import { issueTypeForStatus, outcome, type OperationOutcome } from './operation-outcome.js';
import { allAsCollection, bundleProblem, classifyEntry, reportWithContext, responseBundle, type PushBundle, type ResponseEntry } from './push-bundle.js';
import type { FhirResourceLike } from './report-bundles.js';
import { readNotification } from './subscription-notification.js';
import { contextReferences, ingestResult, type PushResult } from './push-result.js';

export interface FhirPluginOptions {
  /** The service's one door: parse → durably store → enqueue. */
  port: IngestPort;
  /** Reads what an id-only Subscription notification names (see `fhirFetcher`); without it such notifications get 422. */
  fetchResource?: FetchResource;
  /** Called for an empty / heartbeat-free ping notification (e.g. to run a pull sweep now). */
  onPing?: () => void;
  /** Largest accepted body in bytes. Default 5 MiB. */
  bodyLimit?: number;
}

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const ROLE = { role: 'ingest' as const };
const FHIR_TYPES = new Set(['application/fhir+json', 'application/json+fhir', 'application/json']);

/**
 * FHIR R4 push endpoints, as a fastify plugin (register it with `app.register(fhirPlugin, opts)`):
 * `POST /fhir/r4/DiagnosticReport`, `POST /fhir/r4` (transaction / batch Bundle) and
 * `POST /fhir/r4/subscription-notification` (R4 Subscription rest-hook). Every route needs the
 * `ingest` role; answers are FHIR (OperationOutcome on error). A report is answered 202 only after
 * the port resolved, i.e. it is durably stored. See README "FHIR push".
 */
export async function fhirPlugin(app: FastifyInstance, opts: FhirPluginOptions): Promise<void> {
  const bodyLimit = opts.bodyLimit ?? 5 * 1024 * 1024;
  for (const type of ['application/fhir+json', 'application/json+fhir']) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'string', bodyLimit }, (_req, body, done) => done(null, body));
  }

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    const message = status >= 500 ? 'internal error' : err.message;
    const code = err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'FHIR_INVALID_JSON' : err.code;
    void reply.code(status).type(FHIR_JSON).send(outcome('error', issueTypeForStatus(status), message, code));
  });

  const send = (reply: FastifyReply, status: number, body: object): FastifyReply => reply.code(status).type(FHIR_JSON).send(body);

  // Other parsers of the enclosing app (text/plain…) would hand these routes a body they cannot read.
  app.addHook('preValidation', async (req, reply) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === '' && (req.body === undefined || req.body === '')) return;
    if (!FHIR_TYPES.has(type)) {
      await send(reply, 415, outcome('error', 'not-supported', 'send FHIR JSON (Content-Type: application/fhir+json)', 'FHIR_UNSUPPORTED'));
    }
  });
  const peer = (req: FastifyRequest): string => req.ip;

  app.post('/fhir/r4/DiagnosticReport', { config: ROLE, bodyLimit }, async (req, reply) => {
    const parsed = jsonBody(req.body);
    if (!parsed.ok) return send(reply, 400, outcome('error', 'structure', parsed.problem, 'FHIR_INVALID_JSON'));
    const resource = parsed.value as FhirResourceLike | undefined;
    if (resource?.resourceType !== 'DiagnosticReport') {
      return send(reply, 400, outcome('error', 'invalid', 'this endpoint takes a DiagnosticReport resource', 'FHIR_WRONG_TYPE'));
    }
    const r = await ingestSafely(opts.port, JSON.stringify(resource), { door: 'fhir-push', peer: peer(req), ...(resource.id ? { messageId: String(resource.id) } : {}) });
    if (r.status === 503) void reply.header('retry-after', '5');
    return send(reply, r.status, r.outcome);
  });

  app.post('/fhir/r4', { config: ROLE, bodyLimit }, async (req, reply) => {
    const parsed = jsonBody(req.body);
    if (!parsed.ok) return send(reply, 400, outcome('error', 'structure', parsed.problem, 'FHIR_INVALID_JSON'));
    const problem = bundleProblem(parsed.value);
    if (problem) return send(reply, 400, outcome('error', 'invalid', problem, problem.startsWith('POST') ? 'FHIR_WRONG_TYPE' : 'FHIR_UNSUPPORTED'));
    const bundle = { entry: [], ...(parsed.value as object) } as unknown as PushBundle;
    return bundle.type === 'batch' ? send(reply, 200, await runBatch(bundle, req)) : runTransaction(bundle, req, reply);
  });

  app.post('/fhir/r4/subscription-notification', { config: ROLE, bodyLimit }, async (req, reply) => {
    const parsed = jsonBody(req.body);
    if (!parsed.ok) return send(reply, 400, outcome('error', 'structure', parsed.problem, 'FHIR_INVALID_JSON'));
    const n = readNotification(parsed.value);
    if (n.kind === 'invalid') return send(reply, 400, outcome('error', 'invalid', n.problem, 'FHIR_INVALID_RESOURCE'));
    if (n.kind === 'ping') {
      if (n.type === 'event-notification') opts.onPing?.();
      return send(reply, 200, outcome('information', 'informational', `notification (${n.type}) received`));
    }
    if (n.missing.length && !opts.fetchResource) {
      return send(reply, 422, outcome('error', 'not-supported', 'id-only notifications need a FHIR source to read from (feeds.fhir.baseUrl)', 'FHIR_UNSUPPORTED'));
    }
    let resources = n.resources;
    try {
      resources = await withFetched(resources, n.missing, opts.fetchResource);
    } catch (e) {
      const err = normalizeError(e, 'FHIR_SERVER');
      const status = err.retriable ? 503 : 422;
      if (status === 503) void reply.header('retry-after', '5');
      return send(reply, status, outcome('error', status === 503 ? 'transient' : 'processing', err.message, err.code));
    }
    const reports = resources.filter((r) => r.resource.resourceType === 'DiagnosticReport');
    const context = resources.filter((r) => r.resource.resourceType !== 'DiagnosticReport');
    const results: PushResult[] = [];
    for (const report of reports) {
      const body = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [report, ...context] });
      results.push(await ingestSafely(opts.port, body, { door: 'fhir-push', peer: peer(req), ...(report.resource.id ? { messageId: String(report.resource.id) } : {}) }));
    }
    const worst = results.reduce((m, r) => Math.max(m, r.status), 200);
    if (worst === 503) void reply.header('retry-after', '5');
    const status = worst >= 400 ? worst : 200;
    return send(reply, status, {
      resourceType: 'OperationOutcome',
      issue: results.length ? results.flatMap((r) => r.outcome.issue) : outcome('information', 'informational', 'the notification names no DiagnosticReport').issue,
    });
  });

  async function runBatch(bundle: PushBundle, req: FastifyRequest): Promise<object> {
    const entries: ResponseEntry[] = [];
    for (const [i, e] of bundle.entry.entries()) {
      const kind = classifyEntry(e);
      if (kind === 'context') {
        entries.push({ response: { status: '200 OK', outcome: outcome('information', 'informational', 'context for the reports in this Bundle; not stored on its own') } });
      } else if (kind === 'unsupported') {
        entries.push({ response: { status: '400 Bad Request', outcome: outcome('error', 'not-supported', 'only POST / PUT of DiagnosticReport (with Patient, ImagingStudy… as context) is supported', 'FHIR_UNSUPPORTED') } });
      } else {
        const r = await ingestSafely(opts.port, reportWithContext(bundle, i), { door: 'fhir-push', peer: peer(req), ...(e.resource?.id ? { messageId: String(e.resource.id) } : {}) });
        entries.push({ response: { status: statusLine(r.status), outcome: r.outcome } });
      }
    }
    return responseBundle('batch', entries);
  }

  /** A transaction is all or nothing: every entry is checked with the pure parser before anything is ingested. */
  async function runTransaction(bundle: PushBundle, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const bad = bundle.entry.findIndex((e) => classifyEntry(e) === 'unsupported');
    if (bad >= 0) return send(reply, 400, outcome('error', 'not-supported', `entry ${bad + 1}: only POST / PUT of DiagnosticReport and its context resources is supported`, 'FHIR_UNSUPPORTED'));
    const body = allAsCollection(bundle);
    const invalid = parseFhir(body).find((item) => item.kind === 'error');
    if (invalid?.kind === 'error') {
      const where = invalid.error.locator.messageId ? ` (DiagnosticReport ${invalid.error.locator.messageId})` : '';
      return send(reply, 400, outcome('error', 'invalid', `transaction rejected, nothing stored${where}: ${invalid.error.message}`, invalid.error.code));
    }
    const r = await ingestSafely(opts.port, body, { door: 'fhir-push', peer: peer(req) });
    if (r.status >= 400) {
      if (r.status === 503) void reply.header('retry-after', '5');
      return send(reply, r.status, r.outcome);
    }
    const entries: ResponseEntry[] = bundle.entry.map((e) =>
      classifyEntry(e) === 'report'
        ? { response: { status: statusLine(r.status), outcome: r.outcome } }
        : { response: { status: '200 OK', outcome: outcome('information', 'informational', 'context; not stored on its own') } },
    );
    return send(reply, 200, responseBundle('transaction', entries));
  }
}

/** Calls the port and turns its outcome (or failure) into an HTTP status and an OperationOutcome. */
async function ingestSafely(port: IngestPort, body: string, source: Parameters<IngestPort['ingest']>[0]['source']): Promise<PushResult> {
  let result: IngestOutcome;
  try {
    result = await port.ingest({ body, contentType: 'fhir+json', source });
  } catch (e) {
    const err = normalizeError(e, 'STORE_WRITE');
    if (isRadlabelError(e) && !err.retriable && err.code !== 'STORE_WRITE') return { status: 422, outcome: outcome('error', 'processing', err.message, err.code) };
    return { status: 503, outcome: outcome('error', 'transient', 'the report could not be stored now; retry later', err.code) };
  }
  return ingestResult(result);
}

function jsonBody(body: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (body === undefined || body === null || body === '') return { ok: true, value: undefined };
  if (typeof body !== 'string') return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(body.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, problem: 'the body is not valid JSON' };
  }
}

const REASON: Record<number, string> = { 200: 'OK', 202: 'Accepted', 400: 'Bad Request', 422: 'Unprocessable Entity', 503: 'Service Unavailable' };
function statusLine(status: number): string {
  return `${status} ${REASON[status] ?? ''}`.trim();
}

/** Adds the resources an id-only notification names, and the Patient / ImagingStudy those reports reference. */
async function withFetched(
  have: Array<{ fullUrl?: string; resource: FhirResourceLike }>,
  missing: string[],
  fetch: FetchResource | undefined,
): Promise<Array<{ fullUrl?: string; resource: FhirResourceLike }>> {
  if (!fetch) return have;
  const out = [...have];
  for (const ref of missing) out.push({ resource: await fetch(ref) });
  const known = new Set(out.map((r) => `${r.resource.resourceType}/${r.resource.id ?? ''}`));
  for (const r of [...out]) {
    if (r.resource.resourceType !== 'DiagnosticReport') continue;
    for (const ref of contextReferences(r.resource)) {
      if (known.has(ref)) continue;
      known.add(ref);
      out.push({ resource: await fetch(ref) });
    }
  }
  return out;
}

export type { OperationOutcome };
