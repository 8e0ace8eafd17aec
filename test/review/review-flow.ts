import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { openRunContext } from '../../src/app/run-context.js';
import { openServiceRuntime, type ServiceRuntime } from '../../src/app/service-runtime.js';
import { openAuditLog } from '../../src/audit/audit-log.js';
import { evaluateLabelFiles } from '../../src/evaluate/labels/evaluate-files.js';
import { exportLabels } from '../../src/export/export-labels.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { buildApp } from '../../src/service/http/build-app.js';
import { seedWithRules } from './seed.js';

export const TEST_DEID_KEY = 'review-test-key-0123456789abcdef';

export interface FlowHarness {
  rt: ServiceRuntime;
  app: FastifyInstance;
  dir: string;
  db: string;
  close(): Promise<void>;
}

/** A serve-mode runtime and app on the given database (SQLite path or postgres:// URL with ?schema=). */
export async function flowHarness(db: string | ((dir: string) => string)): Promise<FlowHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-review-'));
  const target = typeof db === 'function' ? db(dir) : db;
  const ctx = await openRunContext({ db: target, deid: { key: TEST_DEID_KEY }, service: { embeddedConcurrency: 1 } });
  const rt = await openServiceRuntime(ctx, { role: 'serve' });
  const app = await buildApp(rt, { reviewWebRoot: join(dir, 'web') });
  return {
    rt,
    app,
    dir,
    db: target,
    async close() {
      await app.close();
      await rt.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Cohen's kappa from a list of (a, b) answer pairs, written out longhand for the test. */
export function handKappa(pairs: Array<[string, string]>): number {
  const n = pairs.length;
  const cats = [...new Set(pairs.flat())];
  const po = pairs.filter(([a, b]) => a === b).length / n;
  const pe = cats.reduce((s, c) => s + (pairs.filter(([a]) => a === c).length / n) * (pairs.filter(([, b]) => b === c).length / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const flip = (v: string): string => (v === 'positive' ? 'negative' : 'positive');

/**
 * The issue's flow over HTTP: 20 reports reviewed by two blind reviewers; the first corrects 5
 * labels, the second makes 2 of those corrections and leaves 3 (so they disagree on 3); the
 * adjudicator settles the 3; the gold export round-trips into `radlabel eval`; kappa equals a hand
 * computation.
 */
export async function runReviewFlow(h: FlowHarness): Promise<void> {
  const { app, rt } = h;
  const seeded = await seedWithRules(rt.ctx.store, rt.ctx.ontology, 30);
  expect(seeded).toHaveLength(30);
  const admin = await createApiKey(rt.svc, 'admin', 'qa-lead');
  const r1 = await createApiKey(rt.svc, 'review', 'ana');
  const r2 = await createApiKey(rt.svc, 'review', 'ben');
  const adj = await createApiKey(rt.svc, 'adjudicate', 'cleo');
  const other = await createApiKey(rt.svc, 'review', 'dan');
  const call = (key: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${key}`, ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { payload: JSON.stringify(payload) } : {}) });

  // A reviewer cannot create a worklist; the admin can.
  const spec = { name: 'March spot check', ontology: 'chexpert', kind: 'spot-check', size: 20, seed: 7, reviewers: [r1.record.id, r2.record.id], adjudicator: adj.record.id };
  expect((await call(r1.key, 'POST', '/v1/review/worklists', spec)).statusCode).toBe(403);
  const created = await call(admin.key, 'POST', '/v1/review/worklists', spec);
  expect(created.statusCode, created.body).toBe(201);
  const wl = created.json();
  expect(created.headers['cache-control']).toBe('no-store');
  expect((await call(r1.key, 'GET', '/v1/review/me')).json()).toEqual({ id: r1.record.id, name: 'ana', role: 'review' });
  expect(wl.size).toBe(20);
  expect(wl.id).toMatch(/^wl_/);
  expect(wl.strata.reduce((s: number, x: { sampled: number }) => s + x.sampled, 0)).toBe(20);
  expect(wl.sampleSize.population).toBe(30);
  // Without a fixed size the margin of error decides: ±5 % at 95 % of 30 reports is 28.
  const auto = (await call(admin.key, 'POST', '/v1/review/worklists', { name: 'auto', ontology: 'chexpert', kind: 'spot-check' })).json();
  expect(auto.size).toBe(28);

  // Reviewer 1 pages through the list (7 per page), never seeing report ids.
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await call(r1.key, 'GET', `/v1/review/worklists/${wl.id}/items?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(20);
    ids.push(...page.items.map((i: { itemId: string }) => i.itemId));
    cursor = page.nextCursor;
  } while (cursor);
  expect(ids).toHaveLength(20);
  expect(new Set(ids).size).toBe(20);
  expect(JSON.stringify(ids)).not.toMatch(/rep-/);

  // A key not assigned to the list may not review it.
  expect((await call(other.key, 'PUT', `/v1/review/items/${ids[0]}/labels/Cardiomegaly`, { value: 'positive' })).json().code).toBe('REVIEW_CONFLICT');

  const label = 'Pleural Effusion';
  const machine: string[] = [];
  for (const [i, id] of ids.entries()) {
    const view = (await call(r1.key, 'GET', `/v1/review/items/${id}`)).json();
    expect(view.blind).toBe(true);
    expect(view.report.text).toContain('FINDINGS:');
    expect(view.labels.every((l: { mine: unknown }) => l.mine === null)).toBe(true);
    const m = view.labels.find((l: { labelId: string }) => l.labelId === label).machine.value as string;
    machine.push(m);
    if (i < 5) {
      const put = await call(r1.key, 'PUT', `/v1/review/items/${id}/labels/${encodeURIComponent(label)}`, { value: flip(m), reason: 'seen on the image' });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({ value: flip(m), previous: m });
    }
    const acc = await call(r1.key, 'POST', `/v1/review/items/${id}/accept`);
    expect(acc.statusCode).toBe(200);
    expect(acc.json().nextItemId).toBe(i < 19 ? ids[i + 1] : null);
  }
  // Reviewer 2 is blind to reviewer 1: no values of theirs in the view.
  const blindView = (await call(r2.key, 'GET', `/v1/review/items/${ids[0]}`)).json();
  expect(blindView.labels.every((l: { mine: unknown; reviews?: unknown }) => l.mine === null && l.reviews === undefined)).toBe(true);
  expect(JSON.stringify(blindView)).not.toContain('seen on the image');
  for (const [i, id] of ids.entries()) {
    if (i < 2) await call(r2.key, 'PUT', `/v1/review/items/${id}/labels/${encodeURIComponent(label)}`, { value: flip(machine[i]!) });
    expect((await call(r2.key, 'POST', `/v1/review/items/${id}/accept`)).statusCode).toBe(200);
  }
  const todo = (await call(r1.key, 'GET', `/v1/review/worklists/${wl.id}/items?status=todo`)).json();
  expect(todo.total).toBe(0);

  // Agreement equals the hand computation.
  const ag = (await call(r1.key, 'GET', `/v1/review/worklists/${wl.id}/agreement`)).json();
  expect(ag.pairs).toHaveLength(1);
  const pairs: Array<[string, string]> = machine.map((m, i) => [i < 5 ? flip(m) : m, i < 2 ? flip(m) : m]);
  const effusion = ag.pairs[0].perLabel.find((l: { labelId: string }) => l.labelId === label);
  expect(effusion.n).toBe(20);
  expect(effusion.percentAgreement).toBeCloseTo(17 / 20, 10);
  expect(effusion.kappa).toBeCloseTo(handKappa(pairs), 10);
  expect(effusion.kappaCi[0]).toBeLessThanOrEqual(effusion.kappa);
  expect(effusion.kappaCi[1]).toBeGreaterThanOrEqual(effusion.kappa);
  const labels = rt.ctx.ontology.labels.length;
  expect(ag.pairs[0].overall.percentAgreement).toBeCloseTo((20 * labels - 3) / (20 * labels), 10);

  // The adjudication queue holds the 3 disagreements; reviewers cannot see it.
  expect((await call(r1.key, 'GET', `/v1/review/adjudication?worklist=${wl.id}`)).statusCode).toBe(403);
  const queue = (await call(adj.key, 'GET', `/v1/review/adjudication?worklist=${wl.id}&limit=2`)).json();
  expect(queue.items).toHaveLength(2);
  const rest = (await call(adj.key, 'GET', `/v1/review/adjudication?worklist=${wl.id}&cursor=${queue.nextCursor}`)).json();
  const disputed = [...queue.items, ...rest.items];
  expect(disputed.map((d: { itemId: string }) => d.itemId)).toEqual(ids.slice(2, 5));
  expect(disputed.every((d: { labels: string[] }) => d.labels.length === 1 && d.labels[0] === label)).toBe(true);
  for (const d of disputed) {
    const v = (await call(adj.key, 'GET', `/v1/review/adjudication/${d.itemId}`)).json();
    const row = v.labels.find((l: { labelId: string }) => l.labelId === label);
    expect(row.reviews.map((r: { reviewer: { name: string } }) => r.reviewer.name).sort()).toEqual(['ana', 'ben']);
    const i = ids.indexOf(d.itemId);
    const put = await call(adj.key, 'PUT', `/v1/review/adjudication/${d.itemId}/labels/${encodeURIComponent(label)}`, { value: flip(machine[i]!), reason: 'effusion is visible' });
    expect(put.statusCode).toBe(200);
  }
  expect((await call(adj.key, 'GET', `/v1/review/adjudication?worklist=${wl.id}`)).json().items).toHaveLength(0);

  // Dashboard: accuracy of the rules on the reviewed sample, the reviewer's own speed.
  const dash = (await call(r1.key, 'GET', `/v1/review/dashboard?worklist=${wl.id}`)).json();
  expect(dash.progress[0]).toMatchObject({ worklistId: wl.id, done: 20, total: 20 });
  const acc = dash.accuracy.find((a: { labelId: string }) => a.labelId === label);
  expect(acc).toMatchObject({ extractor: 'rules', n: 20 });
  expect(acc.accuracy).toBeCloseTo(15 / 20, 10);
  expect(acc.ci[0]).toBeLessThan(0.75);
  expect(acc.ci[1]).toBeGreaterThan(0.75);
  expect(dash.speed.mine.reviewed).toBe(20);
  expect(dash.speed.mine.medianSecondsPerReport).toBeGreaterThanOrEqual(0);

  // Gold export round-trips into radlabel eval against the machine labels.
  const gold = await call(r1.key, 'GET', `/v1/review/gold?worklist=${wl.id}&format=csv`);
  expect(gold.statusCode).toBe(200);
  const goldFile = join(h.dir, 'gold.csv');
  writeFileSync(goldFile, gold.body);
  expect(gold.body.trim().split('\n')).toHaveLength(21);
  const goldJsonl = await call(r1.key, 'GET', `/v1/review/gold?worklist=${wl.id}&format=jsonl`);
  writeFileSync(join(h.dir, 'gold.jsonl'), goldJsonl.body);
  const predFile = join(h.dir, 'pred.csv');
  await exportLabels(rt.ctx.store, { format: 'chexpert-csv', ontology: rt.ctx.ontology, out: predFile, deidKey: rt.ctx.deid.key });
  for (const g of [goldFile, join(h.dir, 'gold.jsonl')]) {
    const run = await evaluateLabelFiles({ gold: g, preds: [predFile], iterations: 50 });
    expect(run.reports).toBe(20);
    const ev = run.predictions[0]!;
    const wrong = ev.disagreements.filter((d) => d.label === label);
    expect(wrong).toHaveLength(5);
    expect(ev.disagreementCount).toBe(5);
  }
  expect(readFileSync(goldFile, 'utf8').split('\n')[0]).toBe(['id', ...rt.ctx.ontology.labels.map((l) => (l.id.includes(',') ? `"${l.id}"` : l.id))].join(','));

  // Every view of report text, every correction, adjudication and export is in the audit log.
  const log = await openAuditLog(h.db);
  try {
    const rows = await log.list({ limit: 1000 });
    const count = (a: string) => rows.filter((r) => r.action === a).length;
    expect(count('report.read')).toBe(20 + 1 + 3);
    expect(count('review.correct')).toBe(7);
    expect(count('review.adjudicate')).toBe(3);
    expect(count('review.gold.export')).toBe(2);
    expect(rows.every((r) => !r.target.includes('FINDINGS'))).toBe(true);
    expect((await log.verify()).ok).toBe(true);
  } finally {
    await log.close();
  }
}
