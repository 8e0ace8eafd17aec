import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { RadlabelError } from '../../errors/index.js';
import type { StoredLabels } from '../../store/label-store.js';
import type { IngestContentType } from '../ingest-port.js';
import { problemError } from './problem.js';
import { auditRequest } from './audit-request.js';

/** Media types `POST /v1/reports` accepts and the parser each selects. */
export const REPORT_MEDIA_TYPES: Record<string, IngestContentType> = {
  'application/json': 'json',
  'x-application/hl7-v2+er7': 'hl7v2',
  'application/hl7-v2': 'hl7v2',
  'application/fhir+json': 'fhir+json',
};

export const IngestResponseSchema = z.object({
  accepted: z.array(z.object({ id: z.string(), duplicate: z.boolean() })),
  skipped: z.array(z.object({ reason: z.string(), messageId: z.string().optional() })),
  rejected: z.array(z.object({ code: z.string(), message: z.string(), messageId: z.string().optional() })),
});

const ReportIdParams = z.object({ id: z.string().min(1).max(200) });
const OntologyQuery = z.object({ ontology: z.string().optional() });

/** The API view of one stored version: de-identified fields, labels with evidence and provenance. */
export function versionView(s: StoredLabels) {
  return {
    versionKey: s.versionKey,
    current: s.isCurrent ?? false,
    status: s.report.status,
    modality: s.report.modality,
    bodyPart: s.report.bodyPart,
    source: { format: s.report.source.format, row: s.report.source.row },
    labels: s.labels.labels,
    provenance: s.labels.provenance,
  };
}

/** Checks de-identified text against the report's fingerprints before it leaves (as exports do). */
export function guardText(s: StoredLabels, key: string): string {
  assertNoLeakByGuard(s.report.text, s.report.guard ?? [], key, { messageId: s.reportId });
  return s.report.text;
}

/** `POST /v1/reports`, `GET /v1/reports/:id`, `GET /v1/studies/:studyUid/labels`. */
export function reportRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    // Bodies stay strings: the pure parsers do the parsing, and the raw unit is what gets stored (encrypted).
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(Object.keys(REPORT_MEDIA_TYPES), { parseAs: 'string' }, (_req, body, done) => done(null, body));

    app.post(
      '/v1/reports',
      {
        config: { role: 'ingest' },
        schema: {
          summary: 'Send a report: JSON ({id, text, …}), HL7 v2 (x-application/hl7-v2+er7) or FHIR DiagnosticReport / Bundle (application/fhir+json)',
          description: '202 with the report ids only after the input is durably stored. 400 when every unit is rejected (quarantined with its code).',
          response: { 200: IngestResponseSchema, 202: IngestResponseSchema },
        },
      },
      async (req, reply) => {
        const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        let contentType = REPORT_MEDIA_TYPES[mediaType];
        if (!contentType) throw problemError('HTTP_UNSUPPORTED_MEDIA_TYPE');
        const body = typeof req.body === 'string' ? req.body : '';
        if (!body.trim()) throw problemError('HTTP_BAD_REQUEST', 'the request body is empty');
        // A FHIR resource sent as plain JSON is still FHIR.
        if (contentType === 'json' && /^\s*\{\s*"resourceType"\s*:/.test(body)) contentType = 'fhir+json';
        const end = rt.metrics.stage.startTimer({ stage: 'ingest' });
        const out = await rt.ingest.ingest({ body, contentType, source: { door: 'http', peer: req.ip } });
        end();
        const view = { accepted: out.accepted.map((a) => ({ id: a.reportId, duplicate: a.duplicate })), skipped: out.skipped, rejected: out.rejected };
        if (!out.accepted.length && out.rejected.length) {
          const first = out.rejected[0]!;
          throw Object.assign(new RadlabelError(first.code as never, `${out.rejected.length} unit(s) rejected and quarantined; first: ${first.message}`), { rejected: out.rejected });
        }
        return reply.code(out.accepted.length ? 202 : 200).send(view);
      },
    );

    app.get(
      '/v1/reports/:id',
      { config: { role: 'read' }, schema: { summary: 'A report: de-identified text, processing state, labels with evidence, provenance, version history', params: ReportIdParams, querystring: OntologyQuery } },
      async (req) => {
        const ontology = req.query.ontology ?? rt.ctx.ontology.id;
        const history = await rt.ctx.store.history(req.params.id, ontology);
        const inbox = await rt.svc.inboxOfReport(req.params.id);
        if (!history.length && !inbox) throw problemError('HTTP_NOT_FOUND', `no report ${req.params.id}`);
        const current = history.find((h) => h.isCurrent) ?? history.at(-1);
        const text = current ? guardText(current, rt.ctx.deid.key) : undefined;
        await auditRequest(rt.audit, req, 'report.read', `report=${req.params.id} ontology=${ontology}`);
        return {
          id: req.params.id,
          ontology,
          state: inbox?.state ?? 'labelled',
          ...(inbox?.code ? { problem: { code: inbox.code, reason: inbox.reason } } : {}),
          text,
          current: current ? versionView(current) : undefined,
          history: history.map(versionView),
        };
      },
    );

    app.get(
      '/v1/studies/:studyUid/labels',
      { config: { role: 'read' }, schema: { summary: 'Current labels of every report of a study (study UID as exported: 2.25.<hmac> unless kept)', params: z.object({ studyUid: z.string().min(1).max(128) }), querystring: OntologyQuery } },
      async (req) => {
        const ontology = req.query.ontology ?? rt.ctx.ontology.id;
        const ids = await rt.svc.reportIdsOfStudy(req.params.studyUid);
        if (!ids.length) throw problemError('HTTP_NOT_FOUND', `no reports for study ${req.params.studyUid}`);
        const reports = [];
        for (const id of ids) {
          const h = await rt.ctx.store.history(id, ontology);
          const cur = h.find((x) => x.isCurrent);
          if (cur) reports.push({ id, ...versionView(cur) });
        }
        // The evidence of each label quotes de-identified report text: a read like GET /v1/reports/:id.
        await auditRequest(rt.audit, req, 'study.read', `study=${req.params.studyUid} ontology=${ontology} reports=${reports.length}`);
        return { studyUid: req.params.studyUid, ontology, reports };
      },
    );
  };
}
