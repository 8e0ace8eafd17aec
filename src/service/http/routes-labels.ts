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
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { isRadlabelError } from '../../errors/index.js';
import type { StoredLabels } from '../../store/label-store.js';
import { problemError } from './problem.js';

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
  /** `json`: one page with a cursor; `csv` (CheXpert) and `jsonl`: the whole selection, streamed. */
  format: z.enum(['json', 'csv', 'jsonl']).default('json'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Opaque cursor from the previous page's `next`. */
  cursor: z.string().optional(),
});
type LabelsQuery = z.infer<typeof LabelsQuerySchema>;

function matches(s: StoredLabels, q: LabelsQuery): boolean {
  if (q.extractor && s.labels.provenance.extractor.name !== q.extractor) return false;
  if (q.source && s.report.source.format !== q.source) return false;
  if (q.status && s.report.status !== q.status) return false;
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
 * cursor, or streamed whole as CheXpert CSV / JSONL from the store's paged iterator (constant memory).
 */
export function labelRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get('/v1/labels', { config: { role: 'read' }, schema: { summary: 'Current labels: filter, cursor pages, or a streamed CSV / JSONL export', querystring: LabelsQuerySchema } }, async (req, reply) => {
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
          const body = JSON.stringify(jsonlRecord(s));
          try {
            assertNoLeakByGuard(body, s.report.guard ?? [], key, { messageId: s.reportId });
          } catch (e) {
            if (!isRadlabelError(e, 'DEID_LEAK')) throw e;
            continue; // withheld, as the file export does
          }
          yield body + '\n';
        }
      };
      void reply.type(q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
      return reply.send(Readable.from(lines()));
    });
  };
}
