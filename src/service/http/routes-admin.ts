import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { RawReportSchema } from '../../domain/report.js';
import { inboxIdOf } from '../ingest-service.js';
import type { IngestContentType } from '../ingest-port.js';
import { RAW_REPORT_FORMAT } from '../label-job.js';
import { isEncrypted } from '../raw-crypto.js';
import { parseWritebackRowId, writebackRowId } from '../writeback/writeback-outbox.js';
import { problemError } from './problem.js';
import { auditRequest } from './audit-request.js';

const LimitQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

/** Quarantine formats that can be sent through the ingest port again. */
const RETRY_TYPES: Record<string, IngestContentType> = { hl7: 'hl7v2', hl7v2: 'hl7v2', fhir: 'fhir+json', jsonl: 'json' };

/** `GET /v1/quarantine`, `POST /v1/quarantine/:id/retry` (admin), `GET /v1/failures` (review). */
export function adminRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();

    app.get('/v1/quarantine', { config: { role: 'admin' }, schema: { summary: 'Rejected inputs with code, reason and locator (never the raw input)', querystring: LimitQuery } }, async (req) => ({
      items: await rt.ctx.store.listQuarantine({ limit: req.query.limit }),
    }));

    app.post(
      '/v1/quarantine/:id/retry',
      { config: { role: 'admin' }, schema: { summary: 'Send a quarantined input through ingest again (after a fix of the parser, ontology or key); a still-bad input keeps one unit with the new reason', params: z.object({ id: z.coerce.number().int().positive() }) } },
      async (req, reply) => {
        const q = await rt.svc.quarantineRaw(req.params.id);
        if (!q) throw problemError('HTTP_NOT_FOUND', `no quarantine row ${req.params.id}`);
        if (!q.raw) throw problemError('HTTP_NOT_FOUND', `quarantine row ${req.params.id} has no raw input (purged after the retention period, or never kept)`);
        const body = isEncrypted(q.raw) ? rt.cipher.decrypt(q.raw) : q.raw;
        if (q.format === RAW_REPORT_FORMAT) {
          const raw = RawReportSchema.parse(JSON.parse(body));
          const id = inboxIdOf(raw, rt.ctx.deid.key);
          if (!(await rt.svc.reopenInbox(id, rt.cipher.encrypt(body)))) throw problemError('HTTP_NOT_FOUND', `the inbox entry of quarantine row ${req.params.id} is gone`);
          await rt.svc.deleteQuarantine(req.params.id);
          await auditRequest(rt.audit, req, 'quarantine.retry', `quarantine=${req.params.id} requeued=${id}`);
          await rt.queue?.enqueue([id]);
          return reply.code(202).send({ retried: req.params.id, requeued: id });
        }
        const contentType = RETRY_TYPES[q.format ?? ''];
        if (!contentType) throw problemError('HTTP_BAD_REQUEST', `quarantine row ${req.params.id} (format ${q.format ?? 'unknown'}) cannot be re-sent through the API; re-run its file with radlabel run`);
        const since = new Date().toISOString();
        const out = await rt.ingest.ingest({ body, contentType, source: { door: 'http', peer: req.ip, messageId: `quarantine:${req.params.id}` } });
        // Accepted: the unit is done. Rejected again: ingest quarantined it anew with today's reason — as
        // the same unit (kept, its count grows) or under the retry's own locator (then the old unit goes).
        if (out.accepted.length || out.rejected.length) await rt.svc.deleteQuarantine(req.params.id, since);
        await auditRequest(rt.audit, req, 'quarantine.retry', `quarantine=${req.params.id} accepted=${out.accepted.map((a) => a.reportId).join(',')} rejected=${out.rejected.length}`);
        return reply.code(out.accepted.length ? 202 : 200).send({ retried: req.params.id, ...out });
      },
    );

    app.post(
      '/v1/failures/:inboxId/retry',
      { config: { role: 'review' }, schema: { summary: 'Queue a failed (dead-lettered) report again after the cause is fixed (LLM back, key restored)', params: z.object({ inboxId: z.string().regex(/^in-[0-9a-f]+$/) }) } },
      async (req, reply) => {
        const entry = await rt.svc.getInbox(req.params.inboxId);
        if (!entry || entry.state !== 'failed' || entry.rawEnc === null) throw problemError('HTTP_NOT_FOUND', `no failed inbox entry ${req.params.inboxId}`);
        await rt.svc.reopenInbox(entry.id, entry.rawEnc);
        await auditRequest(rt.audit, req, 'failure.retry', `inbox=${entry.id} report=${entry.reportId}`);
        if (rt.queue) await rt.queue.retry([entry.id]);
        return reply.code(202).send({ requeued: entry.id });
      },
    );

    app.post(
      '/v1/failures/writeback/:id/retry',
      { config: { role: 'review' }, schema: { summary: 'Send a failed FHIR write-back again once the cause is fixed (server back, credentials restored): pending, attempts reset', params: z.object({ id: z.string().min(1).max(2000) }) } },
      async (req, reply) => {
        const key = parseWritebackRowId(req.params.id);
        if (!key || !rt.writeback) throw problemError('HTTP_NOT_FOUND', `no write-back row ${req.params.id}`);
        const found = await rt.writeback.outbox.retry(key);
        if (found === 'unknown') throw problemError('HTTP_NOT_FOUND', `no write-back row ${req.params.id}`);
        if (found === 'not-failed') throw problemError('HTTP_CONFLICT', `write-back row ${req.params.id} has not failed (pending or sent): nothing to retry`);
        await auditRequest(rt.audit, req, 'failure.retry', `kind=writeback report=${key.reportId} version=${key.versionKey} ontology=${key.ontologyId}`);
        rt.writeback.pump?.kick();
        return reply.code(202).send({ requeued: req.params.id, ...key });
      },
    );

    app.get('/v1/failures', { config: { role: 'review' }, schema: { summary: 'Reports whose labelling failed (retriable), and the dead-letter queue', querystring: LimitQuery } }, async (req) => ({
      inbox: await rt.svc.listInbox('failed', req.query.limit),
      extraction: (await rt.ctx.store.listFailures()).slice(0, req.query.limit),
      deadLetters: rt.queue ? await rt.queue.deadLetters(req.query.limit) : [],
      // FHIR write-backs that failed after their attempts (ids and codes, never labels or text).
      // `id` is what POST /v1/failures/writeback/:id/retry takes.
      writeBack: rt.writeback ? (await rt.writeback.outbox.list('failed', req.query.limit)).map((r) => ({ id: writebackRowId(r), ...r })) : [],
    }));
  };
}
