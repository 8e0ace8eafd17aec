import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../src/domain/ontology.js';
import type { LabelStore } from '../../src/store/label-store.js';
import type { NewItem, ReviewStore, WorklistRecord } from '../../src/review/review-store.js';
import type { ReviewExec } from '../../src/review/store/review-exec.js';
import { buildWorklist, newItemId, newWorklistId } from '../../src/review/build-worklist.js';
import { CreateWorklistSchema } from '../../src/review/review-schemas.js';
import { seedBulk, seedWithRules } from './seed.js';

export interface OpenedReviewStore {
  review: ReviewStore;
  labels: LabelStore;
  ontology: Ontology;
  /** Every statement the review store ran, with how many rows it returned. */
  log: Array<{ sql: string; rows: number }>;
  done(): Promise<void>;
}

/** Wraps an executor so a test sees every statement and its row count (the bounded-paging check). */
export function recording(ex: ReviewExec, log: Array<{ sql: string; rows: number }>): ReviewExec {
  const wrap = (e: ReviewExec): ReviewExec => ({
    dialect: e.dialect,
    all: async (sql, params) => {
      const rows = await e.all(sql, params);
      log.push({ sql, rows: rows.length });
      return rows;
    },
    run: async (sql, params) => {
      log.push({ sql, rows: 0 });
      await e.run(sql, params);
    },
    tx: (fn) => e.tx((t) => fn(wrap(t))),
  });
  return wrap(ex);
}

const wlRecord = (over: Partial<WorklistRecord> = {}): WorklistRecord => ({
  id: newWorklistId(),
  name: 'contract',
  ontologyId: 'chexpert',
  kind: 'filter',
  params: {},
  size: 0,
  marginOfError: null,
  confidence: null,
  strata: [],
  reviewers: [],
  adjudicator: null,
  createdBy: 'key_admin',
  createdAt: new Date().toISOString(),
  ...over,
});

const item = (position: number, machine: NewItem['machine'] = { Edema: 'positive', Cardiomegaly: 'negative' }): NewItem => ({
  id: newItemId(),
  position,
  reportId: `rep-${String(position - 1).padStart(6, '0')}`,
  versionKey: 'v1',
  stratum: 'all',
  extractor: 'rules',
  machine,
  other: null,
  reasons: [],
  summary: { positive: 1, uncertain: 0 },
});

/** One contract for both review-store dialects. */
export function reviewStoreContract(name: string, open: () => Promise<OpenedReviewStore>): void {
  describe(`review store contract: ${name}`, () => {
    it('stores a worklist with its items and assignments; pages by position; tracks progress per reviewer', async () => {
      const s = await open();
      try {
        const wl = wlRecord({ reviewers: ['key_a', 'key_b'], size: 12, strata: [{ key: 'all', population: 40, sampled: 12 }] });
        const items = Array.from({ length: 12 }, (_, i) => ({ ...item(i + 1), worklistId: wl.id }));
        await s.review.createWorklist(wl, items);
        expect(await s.review.getWorklist(wl.id)).toEqual(wl);
        expect(await s.review.getItem(items[3]!.id)).toEqual(items[3]);
        expect((await s.review.listWorklists()).map((w) => w.id)).toEqual([wl.id]);
        const p1 = await s.review.pageItems(wl.id, { assignedTo: 'key_a', doneBy: 'key_a', status: 'all', afterPosition: 0, limit: 5 });
        expect(p1.total).toBe(12);
        expect(p1.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
        const p3 = await s.review.pageItems(wl.id, { assignedTo: 'key_a', doneBy: 'key_a', status: 'all', afterPosition: 10, limit: 5 });
        expect(p3.items.map((i) => i.position)).toEqual([11, 12]);
        expect(await s.review.pageItems(wl.id, { assignedTo: 'key_c', doneBy: 'key_c', status: 'all', afterPosition: 0, limit: 5 })).toEqual({ items: [], total: 0 });

        await s.review.markOpened(items[0]!, 'key_a', '2024-05-01T10:00:00.000Z');
        await s.review.accept(items[0]!, 'key_a', items[0]!.machine, '2024-05-01T10:00:04.000Z');
        await s.review.accept(items[1]!, 'key_a', items[1]!.machine, '2024-05-01T10:00:09.000Z');
        // An accept without an open (no view) has no open → accept time.
        expect(await s.review.timings('key_a')).toEqual([4]);
        expect(await s.review.timings('key_a', wl.id)).toEqual([4]);
        expect(await s.review.timings('key_b')).toEqual([]);
        const todo = await s.review.pageItems(wl.id, { assignedTo: 'key_a', doneBy: 'key_a', status: 'todo', afterPosition: 0, limit: 3 });
        expect(todo.total).toBe(10);
        expect(todo.items.map((i) => [i.position, i.status])).toEqual([
          [3, 'todo'],
          [4, 'todo'],
          [5, 'todo'],
        ]);
        const done = await s.review.pageItems(wl.id, { assignedTo: 'key_a', doneBy: 'key_a', status: 'done', afterPosition: 0, limit: 50 });
        expect(done.items.map((i) => [i.position, i.status])).toEqual([
          [1, 'done'],
          [2, 'done'],
        ]);
        // Double review: an item is done for the list when both reviewers accepted it.
        expect(await s.review.progress(wl.id, 'key_a')).toEqual({ done: 0, total: 12, mine: { done: 2, total: 12 } });
        await s.review.accept(items[0]!, 'key_b', items[0]!.machine, '2024-05-01T11:00:00.000Z');
        expect(await s.review.progress(wl.id, 'key_b')).toEqual({ done: 1, total: 12, mine: { done: 1, total: 12 } });
        expect(await s.review.nextTodo(wl.id, 1, 'key_a', true)).toBe(items[2]!.id);
        expect(await s.review.nextTodo(wl.id, 12, 'key_a', true)).toBe(items[2]!.id);
        expect(await s.review.neighbours(wl.id, 1, 'key_a')).toEqual({ prev: null, next: items[1]!.id });
        expect(await s.review.neighbours(wl.id, 5)).toEqual({ prev: items[3]!.id, next: items[5]!.id });
        expect(await s.review.isAssigned(items[0]!.id, 'key_a')).toBe(true);
        expect(await s.review.isAssigned(items[0]!.id, 'key_c')).toBe(false);
      } finally {
        await s.done();
      }
    });

    it('keeps every correction as a version with its previous and machine value; adjudications are appended', async () => {
      const s = await open();
      try {
        const it0 = item(1);
        const wl = wlRecord({ size: 1 });
        await s.review.createWorklist(wl, [it0]);
        const at = (n: number) => `2024-05-01T10:00:0${n}.000Z`;
        const c1 = await s.review.addCorrection({ itemId: it0.id, labelId: 'Edema', reviewer: 'key_a', value: 'negative', machine: 'positive', reason: 'no edema', at: at(1) });
        const c2 = await s.review.addCorrection({ itemId: it0.id, labelId: 'Edema', reviewer: 'key_a', value: 'uncertain', machine: 'positive', at: at(2) });
        const c3 = await s.review.addCorrection({ itemId: it0.id, labelId: 'Edema', reviewer: 'key_b', value: 'negative', machine: 'positive', at: at(3) });
        expect([c1.version, c1.previous, c2.version, c2.previous, c3.version, c3.previous]).toEqual([1, 'positive', 2, 'negative', 1, 'positive']);
        await s.review.adjudicate({ itemId: it0.id, labelId: 'Edema', adjudicator: 'key_j', value: 'negative', reason: 'consensus', at: at(4) });
        const st = await s.review.reviewState([it0.id]);
        expect(st.corrections.map((c) => [c.reviewer, c.version, c.value, c.previous, c.machine, c.reason])).toEqual([
          ['key_a', 1, 'negative', 'positive', 'positive', 'no edema'],
          ['key_a', 2, 'uncertain', 'negative', 'positive', null],
          ['key_b', 1, 'negative', 'positive', 'positive', null],
        ]);
        expect(st.adjudications).toEqual([{ itemId: it0.id, labelId: 'Edema', adjudicator: 'key_j', value: 'negative', reason: 'consensus', at: at(4) }]);
        expect(await s.review.reviewState([])).toEqual({ corrections: [], accepts: [], adjudications: [] });
        // The label store's own rows are never touched by the review tables.
        expect((await s.labels.counts()).labels).toBe(0);
      } finally {
        await s.done();
      }
    });

    it('reads the population keyset-paged, without cancelled reports, and a stored version with its labels', async () => {
      const s = await open();
      try {
        const reports = await seedWithRules(s.labels, s.ontology, 7);
        const page1 = await s.review.population('chexpert', null, 4, false);
        const page2 = await s.review.population('chexpert', page1.at(-1)!.reportId, 4, true);
        expect([...page1, ...page2].map((r) => r.reportId)).toEqual(reports.map((r) => r.reportId));
        expect(page1[0]!.text).toBeUndefined();
        expect(page2[0]!.text).toContain('FINDINGS:');
        expect(page2[0]!.sections!.length).toBe(3);
        expect(page1[0]!.extractor).toBe('rules');
        const v = await s.review.storedVersion(reports[1]!.reportId, 'v1', 'chexpert');
        expect(v?.text).toBe(reports[1]!.text);
        expect(Object.keys(v!.labels!).sort()).toEqual(s.ontology.labels.map((l) => l.id).sort());
        expect(v?.provenance?.extractor.name).toBe('rules');
        expect(await s.review.storedVersion('nope', 'v1', 'chexpert')).toBeUndefined();
        expect((await s.review.storedVersion(reports[1]!.reportId, 'v1', 'other'))?.labels).toBeNull();
        // A cancelled current version takes its report out of the population.
        const [first] = await s.labels.history(reports[0]!.reportId, 'chexpert');
        const cancelled = { ...reports[0]!, versionKey: 'v2', status: 'cancelled' as const, reportDateTime: '2030-01-01T00:00:00Z' };
        expect(await s.labels.saveLabelled([{ report: cancelled, labels: first!.labels }])).toEqual(['superseded']);
        const after = await s.review.population('chexpert', null, 100, false);
        expect(after.map((r) => r.reportId)).toEqual(reports.slice(1).map((r) => r.reportId));
      } finally {
        await s.done();
      }
    });

    it('a 10,000-report worklist pages without loading it whole: every query returns at most one page', async () => {
      const s = await open();
      try {
        await seedBulk(s.labels, s.ontology, 10_000);
        const spec = CreateWorklistSchema.parse({ name: 'all', ontology: 'chexpert', kind: 'filter', reviewers: ['key_a'] });
        const built = await buildWorklist(spec, s.review, s.ontology, 'key_admin');
        expect(built.items).toHaveLength(10_000);
        await s.review.createWorklist(built.record, built.items);
        s.log.length = 0;
        let after = 0;
        let pages = 0;
        let seen = 0;
        const heapBefore = process.memoryUsage().heapUsed;
        for (;;) {
          const page = await s.review.pageItems(built.record.id, { assignedTo: 'key_a', doneBy: 'key_a', status: 'todo', afterPosition: after, limit: 51 });
          if (pages === 0) expect(page.total).toBe(10_000);
          seen += Math.min(page.items.length, 50);
          pages++;
          if (page.items.length <= 50) break;
          after = page.items[49]!.position;
        }
        expect(seen).toBe(10_000);
        expect(pages).toBe(200);
        // Bounded: no statement returned more than one page, and each page costs the same two statements.
        expect(Math.max(...s.log.map((l) => l.rows))).toBeLessThanOrEqual(51);
        expect(s.log.length).toBe(pages * 2);
        expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
      } finally {
        await s.done();
      }
    }, 240_000);
  });
}
