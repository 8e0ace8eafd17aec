import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { makeExtractor } from '../../app/make-extractor.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { executeRelabelRun, newRunId, type RelabelDeps } from '../relabel-run.js';
import { writebackKeysOf } from '../writeback/writeback-outbox.js';
import type { Ontology } from '../../domain/ontology.js';
import { problemError } from './problem.js';
import { auditRequest, requestActor } from './audit-request.js';

export const RunRequestSchema = z
  .object({
    /** Ontology id or YAML path (default: the configured one). */
    ontology: z.string().optional(),
    extractor: z.enum(['rules', 'llm', 'hybrid']).optional(),
    /** LLM model / provider / prompt version overrides (the rest of `llm` comes from the config). */
    provider: z.string().optional(),
    model: z.string().optional(),
    likely: z.enum(['positive', 'uncertain']).optional(),
    /** Send the run's labels of FHIR-sourced reports back to the FHIR server (default: `feeds.fhir.writeBack`). */
    writeBack: z.boolean().optional(),
  })
  .strict();

/** `POST /v1/runs` (admin) and `GET /v1/runs/:id` (read): background labelling of stored reports. */
export function runRoutes(rt: ServiceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.post('/v1/runs', { config: { role: 'admin' }, schema: { summary: 'Label stored reports with another ontology / extractor, as a background run', body: RunRequestSchema } }, async (req, reply) => {
      const ontology = req.body.ontology ? loadOntology(req.body.ontology, rt.ctx.config.ontologyDir) : rt.ctx.ontology;
      const afterLabelled = writebackOf(rt, ontology, req.body.writeBack);
      const { extractor } = await makeExtractor({ ...rt.ctx, ontology }, { extractor: req.body.extractor, provider: req.body.provider, model: req.body.model, likely: req.body.likely });
      const id = newRunId();
      await rt.svc.createRun({ id, params: { ...req.body, ontology: ontology.id, extractor: extractor.name, writeBack: afterLabelled !== undefined } });
      await auditRequest(rt.audit, req, 'run.start', `run=${id} ontology=${ontology.id} extractor=${extractor.name}`);
      const who = requestActor(req);
      // In this serve process, off the request: the answer is the run id; progress is on the run row.
      // The labels it wrote are a label change: audited when it ends, in the name of the key that started it.
      void executeRelabelRun(id, { svc: rt.svc, labels: rt.ctx.store, ontology, extractor, ...(afterLabelled ? { afterLabelled } : {}) })
        .then(async () => {
          const run = await rt.svc.getRun(id);
          await rt.audit.appendAudit({ ...who, action: 'labels.relabel', target: `run=${id} ontology=${ontology.id} extractor=${extractor.name} state=${run?.state} labelled=${run?.done} failed=${run?.failed}` });
        })
        .catch((e: unknown) => req.log.error({ code: (e as { code?: string }).code, run: id }, 'the audit row of a finished run could not be written'))
        .finally(() => extractor.close?.());
      return reply.code(202).send({ id });
    });
    app.get('/v1/runs/:id', { config: { role: 'read' }, schema: { summary: 'Progress, counts and extractor counters (calls, tokens, cost) of a run', params: z.object({ id: z.string() }) } }, async (req) => {
      const run = await rt.svc.getRun(req.params.id);
      if (!run) throw problemError('HTTP_NOT_FOUND', `no run ${req.params.id}`);
      return run;
    });
  };
}

/**
 * The outbox hand-off of a run's labels when it writes back (`writeBack`, default: on when
 * `feeds.fhir.writeBack` is), else undefined. Refuses, before anything starts, a write-back that
 * cannot happen: none configured, or an ontology the labelling processes cannot load by its id
 * (a YAML path outside `ontologyDir`), whose outbox rows would all fail.
 */
function writebackOf(rt: ServiceRuntime, ontology: Ontology, asked: boolean | undefined): RelabelDeps['afterLabelled'] {
  const wb = rt.writeback;
  if (!(asked ?? wb !== undefined)) return undefined;
  if (!wb) throw problemError('HTTP_BAD_REQUEST', 'writeBack: FHIR write-back is not configured (feeds.fhir.writeBack and feeds.fhir.baseUrl)');
  if (ontology.id !== rt.ctx.ontology.id) {
    try {
      loadOntology(ontology.id, rt.ctx.config.ontologyDir);
    } catch {
      throw problemError('HTTP_BAD_REQUEST', `writeBack: ontology ${ontology.id} is not in ontologyDir, so the labelling processes could not load it to write back; put it there or set writeBack: false`);
    }
  }
  return async (reports) => {
    const keys = writebackKeysOf(reports, ontology.id);
    if (!keys.length) return;
    // Ids only; the pump where labelling runs (embedded serve, workers) sends them.
    await wb.outbox.enqueue(keys);
    wb.pump?.kick();
  };
}
