import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { LabelValueSchema } from '../../domain/labels.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { chexpertHeader, chexpertRow } from '../../export/label-cells.js';
import { jsonlRecord } from '../../export/export-labels.js';
import { labelsToObservations } from '../../export/fhir-observation.js';
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { isRadlabelError } from '../../errors/index.js';
import type { StoredLabels } from '../../store/label-store.js';
import { problemError } from './problem.js';
import { auditRequest, describeQuery } from './audit-request.js';
import { DateBoundSchema, inRange } from './date-range.js';

export const LabelsQuerySchema = z.object({
  ontology: z.string().optional(),
  /** Only reports where this label … */
  label: z.string().optional(),
  /** … has this value (with `label`), or any label has it (without). */
  value: LabelValueSchema.optional(),
  /** Extractor name in the provenance (`rules`, `llm`, `hybrid`). */
  extractor: z.string().optional(),
  /** Source format (`hl7v2`, `fhir`, `csv`, `jsonl`). */
  source: z.string().optional(),
  /** Report status (`final`, `preliminary`, `corrected`). */
  status: z.string().optional(),
  /** Stored (received) on or after this date (`YYYY-MM-DD`, inclusive) or instant (ISO 8601 with offset). */
  receivedFrom: DateBoundSchema.optional(),
  /** Stored (received) on or before this date (inclusive: the whole day) or instant. */
  receivedTo: DateBoundSchema.optional(),
  /** Exam date (de-identified, i.e. date-shifted as stored) on or after this date or instant. Reports without one are left out. */
  examFrom: DateBoundSchema.optional(),
  /** Exam date on or before this date (inclusive) or instant. */
  examTo: DateBoundSchema.optional(),
  /**
   * `json`: one page with a cursor; `csv` (CheXpert), `jsonl` and `fhir-ndjson` (one FHIR R4
   * Observation per positive / uncertain label): the whole selection, streamed.
   */
  format: z.enum(['json', 'csv', 'jsonl', 'fhir-ndjson']).default('json'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Opaque cursor from the previous page's `next`. */
  cursor: z.string().optional(),
});
type LabelsQuery = z.infer<typeof LabelsQuerySchema>;

/** The filter settings of a query, in the order the audit row names them. */
const FILTER_KEYS = ['format', 'ontology', 'label', 'value', 'extractor', 'source', 'status', 'receivedFrom', 'receivedTo', 'examFrom', 'examTo', 'limit', 'cursor'] as const;

const MEDIA_TYPE = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson', 'fhir-ndjson': 'application/fhir+ndjson' } as const;

function matches(s: StoredLabels, q: LabelsQuery): boolean {
  if (q.extractor && s.labels.provenance.extractor.name !== q.extractor) return false;
  if (q.source && s.report.source.format !== q.source) return false;
  if (q.status && s.report.status !== q.status) return false;
  if ((q.receivedFrom || q.receivedTo) && !inRange(s.receivedAt, q.receivedFrom, q.receivedTo)) return false;
  if ((q.examFrom || q.examTo) && !inRange(s.report.examDateTime, q.examFrom, q.examTo)) return false;
  if (q.label) {
    const l = s.labels.labels[q.label];
    if (!l) return false;
    if (q.value && l.value !== q.value) return false;
  } else if (q.value && !Object.values(s.labels.labels).some((l) => l.value === q.value)) return false;
  return true;
}

const decodeCursor = (c: string | undefined): string | undefined => (c ? Buffer.from(c, 'base64url').toString('utf8') : undefined);
const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

/**
 * `GET /v1/labels`: current labels (cancelled reports left out), filtered, paged by a report-id
 * cursor, or streamed whole as CheXpert CSV / JSONL / FHIR NDJSON from the store's paged iterator
 * (constant memory: one store page and one report's lines at a time). Every call is audited
 * (`labels.read` for a page, `labels.export` for a stream) before anything is sent.
 */
export function labelRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get('/v1/labels', { config: { role: 'read' }, schema: { summary: 'Current labels: filter (ontology, label, value, extractor, source, status, received / exam date range), cursor pages, or a streamed CheXpert CSV / JSONL / FHIR NDJSON export', querystring: LabelsQuerySchema } }, async (req, reply) => {
      const q = req.query;
      const ontology = q.ontology && q.ontology !== rt.ctx.ontology.id ? loadOntology(q.ontology, rt.ctx.config.ontologyDir) : rt.ctx.ontology;
      if (q.label && !ontology.labels.some((l) => l.id === q.label)) throw problemError('HTTP_BAD_REQUEST', `ontology ${ontology.id} has no label ${q.label}`);
      const after = decodeCursor(q.cursor);
      const key = rt.ctx.deid.key;
      const selection = async function* () {
        for await (const s of rt.ctx.store.currentLabels(ontology.id, { excludeCancelled: true })) {
          if (after !== undefined && s.reportId <= after) continue;
          if (matches(s, q)) yield s;
        }
      };
      await auditRequest(rt.audit, req, q.format === 'json' ? 'labels.read' : 'labels.export', describeQuery({ ...q, ontology: ontology.id }, FILTER_KEYS));
      if (q.format === 'json') {
        const items = [];
        let more = false;
        for await (const s of selection()) {
          if (items.length === q.limit) {
            more = true;
            break;
          }
          items.push({ id: s.reportId, versionKey: s.versionKey, status: s.report.status, labels: Object.fromEntries(Object.entries(s.labels.labels).map(([k, v]) => [k, v.value])), extractor: s.labels.provenance.extractor });
        }
        return { ontology: ontology.id, items, next: more ? encodeCursor(items.at(-1)!.id) : null };
      }
      const lines = async function* () {
        if (q.format === 'csv') yield stringify([chexpertHeader(ontology)]);
        for await (const s of selection()) {
          if (q.format === 'csv') {
            yield stringify([chexpertRow(s.reportId, s.labels, ontology)]);
            continue;
          }
          // FHIR NDJSON: one Observation per positive / uncertain label; a report without any writes no line.
          const body = q.format === 'jsonl' ? JSON.stringify(jsonlRecord(s)) : labelsToObservations(s, ontology).map((o) => JSON.stringify(o)).join('\n');
          if (!body) continue;
          try {
            assertNoLeakByGuard(body, s.report.guard ?? [], key, { messageId: s.reportId });
          } catch (e) {
            if (!isRadlabelError(e, 'DEID_LEAK')) throw e;
            continue; // withheld, as the file export does
          }
          yield body + '\n';
        }
      };
      void reply.type(MEDIA_TYPE[q.format]);
      return reply.send(Readable.from(lines()));
    });
  };
}
