/**
 * Review workbench bench: server time of the report view (`GET /v1/review/items/:itm`) of a
 * 2,000-word report with 40 highlighted mentions, on the embedded SQLite store (or PostgreSQL with
 * --db postgres://…?schema=…). Each request runs the whole route: key check, item and stored version
 * reads, leak guard, mentions, label grid, audit append. Timed with fastify's inject (no socket), so
 * the figure is server time.
 *
 *   npm run bench:review -- [--requests 300] [--warmup 30] [--words 2000] [--mentions 40] [--db <path|url>]
 *
 * Prints p50 / p95 / p99 / max in ms and the report's size; acceptance: p95 < 200 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openRunContext } from '../src/app/run-context.js';
import { openServiceRuntime } from '../src/app/service-runtime.js';
import { synthReport } from '../src/bench/review-seed.js';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.js';
import type { StudyLabels } from '../src/domain/labels.js';
import { createApiKey } from '../src/service/api-keys.js';
import { buildApp } from '../src/service/http/build-app.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    words: { type: 'string', default: '2000' },
    mentions: { type: 'string', default: '40' },
    db: { type: 'string' },
  },
});
const requests = Number(values.requests);
const warmup = Number(values.warmup);
const words = Number(values.words);
const wantMentions = Number(values.mentions);

const dir = mkdtempSync(join(tmpdir(), 'radlabel-bench-review-'));
const ctx = await openRunContext({ db: values.db ?? join(dir, 'db.sqlite'), deid: { key: 'bench-review-key-0123456789abcdef' }, service: { rateLimitPerMinute: 1_000_000 } });
const rt = await openServiceRuntime(ctx, { role: 'serve' });
const app = await buildApp(rt);
try {
  // One long report labelled by the rules engine, its evidence cut to exactly `mentions` mentions.
  const report = synthReport(0, { words });
  const labels: StudyLabels = (await createRulesExtractor({}).extract(report, ctx.ontology)).labels;
  // The view shows a mention once per label, span and assertion: count those.
  const kept = new Set<string>();
  for (const l of Object.values(labels.labels))
    l.evidence = l.evidence.filter((m) => {
      const k = `${m.label}|${m.span.start}|${m.span.end}|${m.assertion}`;
      if (kept.has(k)) return true;
      if (kept.size >= wantMentions) return false;
      kept.add(k);
      return true;
    });
  const left = wantMentions - kept.size;
  if (left > 0) throw new Error(`the rules found only ${wantMentions - left} mentions; raise --words`);
  await ctx.store.saveLabelled([{ report, labels }]);
  const admin = await createApiKey(rt.svc, 'admin', 'bench-admin');
  const reviewer = await createApiKey(rt.svc, 'review', 'bench-reviewer');
  const wl = await app.inject({
    method: 'POST',
    url: '/v1/review/worklists',
    headers: { authorization: `Bearer ${admin.key}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'bench', ontology: ctx.ontology.id, kind: 'filter' }),
  });
  if (wl.statusCode !== 201) throw new Error(`worklist: ${wl.statusCode} ${wl.body}`);
  const items = (await app.inject({ url: `/v1/review/worklists/${wl.json().id}/items`, headers: { authorization: `Bearer ${reviewer.key}` } })).json();
  const url = `/v1/review/items/${items.items[0].itemId}`;
  const times: number[] = [];
  let body = '';
  let shownMentions = 0;
  for (let i = 0; i < warmup + requests; i++) {
    const t0 = process.hrtime.bigint();
    const res = await app.inject({ url, headers: { authorization: `Bearer ${reviewer.key}` } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.statusCode !== 200) throw new Error(`view: ${res.statusCode} ${res.body}`);
    if (i >= warmup) times.push(ms);
    body = res.body;
  }
  shownMentions = JSON.parse(body).mentions.length;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  const text = JSON.parse(body).report.text as string;
  const out = {
    store: values.db ? 'postgresql' : 'sqlite',
    words: text.split(/\s+/).filter(Boolean).length,
    mentions: shownMentions,
    responseBytes: Buffer.byteLength(body),
    requests,
    ms: { p50: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), p99: +q(0.99).toFixed(2), max: +times.at(-1)!.toFixed(2) },
    acceptance: { p95Under200ms: q(0.95) < 200 },
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} finally {
  await app.close();
  await rt.close();
  rmSync(dir, { recursive: true, force: true });
}
