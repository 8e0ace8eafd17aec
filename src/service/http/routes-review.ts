import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceRuntime } from '../../app/service-runtime.js';
import { assertNoLeakByGuard } from '../../deid/leak-guard.js';
import { RadlabelError } from '../../errors/index.js';
import { buildWorklist } from '../../review/build-worklist.js';
import { labelGrid, viewMentions } from '../../review/report-view.js';
import { CreateWorklistSchema, LabelAnswerSchema } from '../../review/review-schemas.js';
import type { ItemRecord, ReviewStore, WorklistRecord } from '../../review/review-store.js';
import { answerOf, myCorrections } from '../../review/review-values.js';
import { problemError } from './problem.js';
import { callerId, type ReviewContext } from './review-context.js';

export const WorklistIdSchema = z.string().regex(/^wl_[0-9a-f]{16}$/, 'expected a worklist id (wl_…)');
export const ItemIdSchema = z.string().regex(/^itm_[0-9a-f]{20}$/, 'expected an item id (itm_…)');
const LabelIdSchema = z.string().min(1).max(200);

/** Keyset cursors are opaque: the last position seen, base64url. */
export const encodePosition = (p: number): string => Buffer.from(`p${p}`, 'utf8').toString('base64url');
export function decodePosition(c: string | undefined): number {
  if (!c) return 0;
  const m = /^p(\d{1,9})$/.exec(Buffer.from(c, 'base64url').toString('utf8'));
  if (!m) throw problemError('HTTP_BAD_REQUEST', 'the cursor is not one this API returned');
  return Number(m[1]);
}

/** A worklist the caller may see, or 404. */
export async function worklistOr404(store: ReviewStore, id: string): Promise<WorklistRecord> {
  const wl = await store.getWorklist(id);
  if (!wl) throw problemError('HTTP_NOT_FOUND', `no worklist ${id}`);
  return wl;
}

export async function itemOr404(store: ReviewStore, id: string): Promise<{ item: ItemRecord; wl: WorklistRecord }> {
  const item = await store.getItem(id);
  if (!item) throw problemError('HTTP_NOT_FOUND', `no item ${id}`);
  return { item, wl: await worklistOr404(store, item.worklistId) };
}

/** Whether the caller is one of the worklist's assigned reviewers (open worklists: everybody). */
const isReviewerOf = (wl: WorklistRecord, keyId: string): boolean => wl.reviewers.length === 0 || wl.reviewers.includes(keyId);

const mayWrite = (wl: WorklistRecord, keyId: string): void => {
  if (!isReviewerOf(wl, keyId)) throw new RadlabelError('REVIEW_CONFLICT', `this worklist is assigned to other reviewers; key ${keyId} is not one of them`);
};

const mayRead = (req: FastifyRequest, wl: WorklistRecord): void => {
  const role = req.apiKey?.role;
  if (role === 'admin' || role === 'adjudicate') return;
  mayWrite(wl, callerId(req));
};

/**
 * Checks the de-identified text against the report's guard fingerprints before it leaves (as every
 * export and `GET /v1/reports/:id` do).
 */
export function guardedText(text: string, guard: string[], key: string, reportId: string): string {
  assertNoLeakByGuard(text, guard, key, { messageId: reportId });
  return text;
}

/**
 * The report view of an item: de-identified text with sections, mentions from the stored
 * evidence, the label grid. Blind: only the caller's own values are included; `withReviews`
 * (adjudication) adds every reviewer's answer.
 */
export async function itemView(rt: ServiceRuntime, rc: ReviewContext, req: FastifyRequest, item: ItemRecord, wl: WorklistRecord, withReviews: boolean) {
  const store = await rc.store();
  const me = callerId(req);
  const ontology = rc.ontology(wl.ontologyId);
  const stored = await store.storedVersion(item.reportId, item.versionKey, wl.ontologyId);
  if (!stored) throw problemError('HTTP_NOT_FOUND', `the report version of item ${item.id} is no longer in the store`);
  const text = guardedText(stored.text, stored.guard, rt.ctx.deid.key, item.reportId);
  const assigned = wl.reviewers.includes(me);
  const [state, nb] = await Promise.all([store.reviewState([item.id]), store.neighbours(wl.id, item.position, assigned ? me : undefined)]);
  const view = {
    itemId: item.id,
    worklistId: wl.id,
    position: item.position,
    total: wl.size,
    prevItemId: nb.prev,
    nextItemId: nb.next,
    status: state.accepts.some((a) => a.reviewer === me) ? ('done' as const) : ('todo' as const),
    reasons: item.reasons,
    report: {
      text,
      sections: stored.sections.map((s) => ({ name: s.name, start: s.start, end: s.end })),
      ...(stored.modality ? { modality: stored.modality } : {}),
      ...(stored.examDate ? { examDate: stored.examDate.slice(0, 10) } : {}),
    },
    mentions: viewMentions(stored.labels, item.extractor, item.other),
    labels: labelGrid(item, stored, ontology, state, { reviewer: me, ...(withReviews ? { withReviews: { names: await rc.keyNames() } } : {}) }),
    blind: wl.reviewers.length > 1 && !withReviews,
  };
  await rc.audit(req, 'report.read', `review item ${item.id} report ${item.reportId}`);
  return view;
}

const ItemsQuery = z.object({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(['todo', 'done', 'all']).default('all'),
});

/** Worklists, item pages, the report view, corrections and accepts (`/v1/review/…`). */
export function reviewRoutes(rt: ServiceRuntime, rc: ReviewContext): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get('/v1/review/me', { config: { role: 'review' }, schema: { summary: 'The calling key: id, name and role (what the workbench shows and which pages it offers)' } }, async (req) => {
      const k = req.apiKey!;
      return { id: k.id, name: k.name, role: k.role };
    });

    app.post(
      '/v1/review/worklists',
      { config: { role: 'admin' }, schema: { summary: 'Create a review worklist (spot check, disagreement, low confidence, filter, informative)', body: CreateWorklistSchema } },
      async (req, reply) => {
        const store = await rc.store();
        const spec = req.body;
        const names = await rc.keyNames();
        for (const k of [...spec.reviewers, ...(spec.adjudicator ? [spec.adjudicator] : [])])
          if (!names.has(k)) throw new RadlabelError('REVIEW_BAD_WORKLIST', `no API key ${k} (reviewers and the adjudicator are key ids from radlabel keys list)`);
        let ontology;
        try {
          ontology = rc.ontology(spec.ontology);
        } catch (e) {
          throw new RadlabelError('REVIEW_BAD_WORKLIST', `the ontology ${spec.ontology} cannot be loaded`, { cause: e });
        }
        const built = await buildWorklist(spec, store, ontology, callerId(req));
        await store.createWorklist(built.record, built.items);
        await rc.audit(req, 'review.worklist.create', `worklist ${built.record.id} kind ${built.record.kind} items ${built.items.length}`);
        const r = built.record;
        return reply.code(201).send({
          id: r.id,
          name: r.name,
          kind: r.kind,
          ontology: r.ontologyId,
          size: r.size,
          marginOfError: r.marginOfError,
          confidence: r.confidence,
          ...(built.sampleSize ? { sampleSize: { population: built.sampleSize.population, n0: built.sampleSize.n0, n: built.sampleSize.n, z: built.sampleSize.z, explanation: built.sampleSize.explanation } } : {}),
          strata: r.strata,
          reviewers: r.reviewers,
          adjudicator: r.adjudicator,
        });
      },
    );

    app.get('/v1/review/worklists', { config: { role: 'review' }, schema: { summary: 'Worklists with progress (overall and the caller’s own)' } }, async (req) => {
      const store = await rc.store();
      const me = callerId(req);
      const all = await store.listWorklists();
      const worklists = [];
      for (const wl of all) {
        const progress = await store.progress(wl.id, me);
        worklists.push({
          id: wl.id,
          name: wl.name,
          kind: wl.kind,
          ontology: wl.ontologyId,
          size: wl.size,
          createdAt: wl.createdAt,
          marginOfError: wl.marginOfError,
          confidence: wl.confidence,
          strata: wl.strata,
          doubleReview: wl.reviewers.length > 1,
          assignedToMe: wl.reviewers.includes(me),
          adjudicator: wl.adjudicator,
          progress,
        });
      }
      return { worklists };
    });

    app.get(
      '/v1/review/worklists/:wl/items',
      { config: { role: 'review' }, schema: { summary: 'One keyset page of a worklist’s items (ids, positions, status, value counts; never report ids)', params: z.object({ wl: WorklistIdSchema }), querystring: ItemsQuery } },
      async (req) => {
        const store = await rc.store();
        const wl = await worklistOr404(store, req.params.wl);
        mayRead(req, wl);
        const me = callerId(req);
        const mine = wl.reviewers.includes(me);
        const after = decodePosition(req.query.cursor);
        // One row more than asked tells whether another page exists without a second query.
        const page = await store.pageItems(wl.id, { ...(mine ? { assignedTo: me, doneBy: me } : {}), status: req.query.status, afterPosition: after, limit: req.query.limit + 1 });
        const more = page.items.length > req.query.limit;
        const items = page.items.slice(0, req.query.limit).map((i) => ({ itemId: i.itemId, position: i.position, status: i.status, labelsSummary: i.summary }));
        return { items, nextCursor: more ? encodePosition(items.at(-1)!.position) : null, total: page.total };
      },
    );

    app.get('/v1/review/items/:itm', { config: { role: 'review' }, schema: { summary: 'The report view of an item (audited as report.read)', params: z.object({ itm: ItemIdSchema }) } }, async (req) => {
      const store = await rc.store();
      const { item, wl } = await itemOr404(store, req.params.itm);
      mayRead(req, wl);
      const me = callerId(req);
      if (isReviewerOf(wl, me)) await store.markOpened(item, me, new Date().toISOString());
      return itemView(rt, rc, req, item, wl, false);
    });

    app.put(
      '/v1/review/items/:itm/labels/:labelId',
      { config: { role: 'review' }, schema: { summary: 'Correct one label (stored with reviewer, time, previous value; the machine label is kept)', params: z.object({ itm: ItemIdSchema, labelId: LabelIdSchema }), body: LabelAnswerSchema } },
      async (req) => {
        const store = await rc.store();
        const { item, wl } = await itemOr404(store, req.params.itm);
        const me = callerId(req);
        mayWrite(wl, me);
        const machine = item.machine[req.params.labelId];
        if (machine === undefined) throw problemError('HTTP_NOT_FOUND', `item ${item.id} has no label ${req.params.labelId}`);
        const row = await store.addCorrection({ itemId: item.id, labelId: req.params.labelId, reviewer: me, value: req.body.value, machine, reason: req.body.reason, at: new Date().toISOString() });
        await rc.audit(req, 'review.correct', `review item ${item.id} report ${item.reportId} label ${row.labelId} v${row.version}: ${row.previous} -> ${row.value}`);
        return { labelId: row.labelId, value: row.value, previous: row.previous, machine: row.machine, version: row.version, at: row.at };
      },
    );

    app.post('/v1/review/items/:itm/accept', { config: { role: 'review' }, schema: { summary: 'Accept the report: labels without a correction are recorded as agreeing with the machine', params: z.object({ itm: ItemIdSchema }) } }, async (req) => {
      const store = await rc.store();
      const { item, wl } = await itemOr404(store, req.params.itm);
      const me = callerId(req);
      mayWrite(wl, me);
      const values = { ...item.machine };
      for (const [l, v] of Object.entries(myCorrections(await store.reviewState([item.id]), item.id, me))) values[l] = v.value;
      await store.accept(item, me, values, new Date().toISOString());
      await rc.audit(req, 'review.accept', `review item ${item.id} report ${item.reportId}`);
      const nextItemId = await store.nextTodo(wl.id, item.position, me, wl.reviewers.includes(me));
      return { itemId: item.id, status: 'done' as const, values: answerOf(item, await store.reviewState([item.id]), me) ?? values, nextItemId };
    });
  };
}
