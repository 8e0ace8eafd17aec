import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { RadlabelError } from '../../errors/index.js';
import { goldLines } from '../../review/gold-export.js';
import { LabelAnswerSchema } from '../../review/review-schemas.js';
import type { WorklistRecord } from '../../review/review-store.js';
import { adjudicationQueue, median, worklistAccuracy, worklistAgreement } from '../../review/review-figures.js';
import { openDisagreements } from '../../review/review-values.js';
import { problemError } from './problem.js';
import { callerId, type ReviewContext } from './review-context.js';
import { ItemIdSchema, WorklistIdSchema, itemOr404, itemView, worklistOr404 } from './routes-review.js';

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
const ci = (c: [number, number] | null): [number | null, number | null] | null => (c ? [num(c[0]), num(c[1])] : null);

/** Adjudication cursors carry the worklist and the position. */
const encodeAdj = (wl: string, p: number): string => Buffer.from(`${wl}:${p}`, 'utf8').toString('base64url');
function decodeAdj(c: string | undefined): { wl: string; p: number } | undefined {
  if (!c) return undefined;
  const m = /^(wl_[0-9a-f]{16}):(\d{1,9})$/.exec(Buffer.from(c, 'base64url').toString('utf8'));
  if (!m) throw problemError('HTTP_BAD_REQUEST', 'the cursor is not one this API returned');
  return { wl: m[1]!, p: Number(m[2]) };
}

/** Only the worklist's named adjudicator (or an admin) may decide its disagreements. */
function mayAdjudicate(role: string | undefined, keyId: string, wl: WorklistRecord): void {
  if (role === 'admin' || !wl.adjudicator || wl.adjudicator === keyId) return;
  throw new RadlabelError('REVIEW_CONFLICT', `worklist ${wl.id} names another adjudicator`);
}

/** Adjudication queue and decisions, agreement, the dashboard and the gold export (`/v1/review/…`). */
export function reviewFigureRoutes(rt: ServiceRuntime, rc: ReviewContext): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const ontologyLabels = (wl: WorklistRecord) => rc.ontology(wl.ontologyId).labels.map((l) => l.id);

    app.get(
      '/v1/review/adjudication',
      {
        config: { role: 'adjudicate' },
        schema: { summary: 'Items whose reviewers disagree and that nobody adjudicated yet', querystring: z.object({ worklist: WorklistIdSchema.optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
      },
      async (req) => {
        const store = await rc.store();
        const me = callerId(req);
        const all = req.query.worklist ? [await worklistOr404(store, req.query.worklist)] : await store.listWorklists();
        const mine = all.filter((w) => req.apiKey?.role === 'admin' || !w.adjudicator || w.adjudicator === me);
        const cur = decodeAdj(req.query.cursor);
        let start = cur ? mine.findIndex((w) => w.id === cur.wl) : 0;
        if (start < 0) start = 0;
        const items: Array<{ itemId: string; worklistId: string; position: number; labels: string[] }> = [];
        for (let i = start; i < mine.length; i++) {
          const wl = mine[i]!;
          const q = await adjudicationQueue(store, wl.id, cur && i === start ? cur.p : 0, req.query.limit - items.length);
          items.push(...q.items.map((x) => ({ ...x, worklistId: wl.id })));
          if (q.more || items.length === req.query.limit) {
            const last = items.at(-1)!;
            return { items, nextCursor: encodeAdj(last.worklistId, last.position) };
          }
        }
        return { items, nextCursor: null };
      },
    );

    app.get('/v1/review/adjudication/:itm', { config: { role: 'adjudicate' }, schema: { summary: 'Report view with every reviewer’s answer (audited as report.read)', params: z.object({ itm: ItemIdSchema }) } }, async (req) => {
      const store = await rc.store();
      const { item, wl } = await itemOr404(store, req.params.itm);
      mayAdjudicate(req.apiKey?.role, callerId(req), wl);
      const view = await itemView(rt, rc, req, item, wl, true);
      return { ...view, disagreements: openDisagreements(item, await store.reviewState([item.id])) };
    });

    app.put(
      '/v1/review/adjudication/:itm/labels/:labelId',
      { config: { role: 'adjudicate' }, schema: { summary: 'The final value of a label (recorded; the latest decision is final)', params: z.object({ itm: ItemIdSchema, labelId: z.string().min(1).max(200) }), body: LabelAnswerSchema } },
      async (req) => {
        const store = await rc.store();
        const { item, wl } = await itemOr404(store, req.params.itm);
        const me = callerId(req);
        mayAdjudicate(req.apiKey?.role, me, wl);
        if (item.machine[req.params.labelId] === undefined) throw problemError('HTTP_NOT_FOUND', `item ${item.id} has no label ${req.params.labelId}`);
        const state = await store.reviewState([item.id]);
        const reviewed = new Set(state.accepts.map((a) => a.reviewer)).size;
        if (reviewed < 1) throw new RadlabelError('REVIEW_CONFLICT', `item ${item.id} has not been reviewed yet; there is nothing to adjudicate`);
        const row = await store.adjudicate({ itemId: item.id, labelId: req.params.labelId, adjudicator: me, value: req.body.value, reason: req.body.reason, at: new Date().toISOString() });
        await rc.audit(req, 'review.adjudicate', `review item ${item.id} report ${item.reportId} label ${row.labelId} -> ${row.value}`);
        return { labelId: row.labelId, value: row.value, at: row.at };
      },
    );

    app.get('/v1/review/worklists/:wl/agreement', { config: { role: 'review' }, schema: { summary: 'Percent agreement and Cohen’s kappa (bootstrap 95% CI) per reviewer pair and label', params: z.object({ wl: WorklistIdSchema }) } }, async (req) => {
      const store = await rc.store();
      const wl = await worklistOr404(store, req.params.wl);
      const names = await rc.keyNames();
      const who = (id: string) => ({ id, name: names.get(id) ?? id });
      const pairs = await worklistAgreement(store, wl, ontologyLabels(wl));
      return {
        pairs: pairs.map((p) => ({
          a: who(p.a),
          b: who(p.b),
          n: p.n,
          perLabel: p.perLabel.map((l) => ({ labelId: l.labelId, n: l.n, percentAgreement: num(l.percentAgreement), kappa: num(l.kappa), kappaCi: ci(l.kappaCi) })),
          overall: { percentAgreement: num(p.overall.percentAgreement), kappa: num(p.overall.kappa), kappaCi: ci(p.overall.kappaCi) },
        })),
      };
    });

    app.get('/v1/review/dashboard', { config: { role: 'review' }, schema: { summary: 'Progress, extractor accuracy on the reviewed sample, agreement, the caller’s speed', querystring: z.object({ worklist: WorklistIdSchema.optional() }) } }, async (req) => {
      const store = await rc.store();
      const me = callerId(req);
      const wls = req.query.worklist ? [await worklistOr404(store, req.query.worklist)] : await store.listWorklists();
      const progress = [];
      for (const wl of wls) progress.push({ worklistId: wl.id, name: wl.name, ...(await store.progress(wl.id, me)) });
      const byOntology = new Map<string, WorklistRecord[]>();
      for (const wl of wls) byOntology.set(wl.ontologyId, [...(byOntology.get(wl.ontologyId) ?? []), wl]);
      const accuracy = [];
      for (const [ont, group] of byOntology)
        for (const a of await worklistAccuracy(store, group, rc.ontology(ont).labels.map((l) => l.id)))
          accuracy.push({ ontology: ont, extractor: a.extractor, labelId: a.labelId, n: a.n, accuracy: num(a.accuracy), ci: ci(a.ci), precision: a.precision, recall: a.recall, f1: a.f1, f1Ci: ci(a.f1Ci) });
      const names = await rc.keyNames();
      const agreement = [];
      for (const wl of wls)
        for (const p of await worklistAgreement(store, wl, ontologyLabels(wl), 200))
          agreement.push({ worklistId: wl.id, a: { id: p.a, name: names.get(p.a) ?? p.a }, b: { id: p.b, name: names.get(p.b) ?? p.b }, n: p.n, kappa: num(p.overall.kappa), percentAgreement: num(p.overall.percentAgreement) });
      const secs = req.query.worklist ? await store.timings(me, req.query.worklist) : await store.timings(me);
      return { progress, accuracy, agreement, speed: { mine: { reviewed: secs.length, medianSecondsPerReport: num(median(secs)) } } };
    });

    app.get(
      '/v1/review/gold',
      { config: { role: 'review' }, schema: { summary: 'The reviewed set as gold (CheXpert CSV or JSONL) for radlabel eval --gold; audited as an export', querystring: z.object({ worklist: WorklistIdSchema.optional(), format: z.enum(['csv', 'jsonl']).default('csv'), ontology: z.string().optional() }) } },
      async (req, reply) => {
        const store = await rc.store();
        const wls = req.query.worklist ? [await worklistOr404(store, req.query.worklist)] : await store.listWorklists();
        const ontologyId = req.query.ontology ?? wls[0]?.ontologyId ?? rt.ctx.ontology.id;
        const mixed = wls.filter((w) => w.ontologyId === ontologyId);
        await rc.audit(req, 'review.gold.export', `format=${req.query.format} ontology=${ontologyId} worklist=${req.query.worklist ?? 'all'}`);
        void reply.type(req.query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
        void reply.header('content-disposition', `attachment; filename="gold.${req.query.format}"`);
        return reply.send(Readable.from(goldLines(store, mixed, rc.ontology(ontologyId), req.query.format)));
      },
    );
  };
}
