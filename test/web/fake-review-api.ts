/**
 * An in-memory stand-in for the review API (the contract in /v1/review/*), serving the built
 * front end from dist/web/review/. It lets the browser tests and the first-render benchmark drive
 * the workbench without a database; the end-to-end test runs the real `radlabel serve` instead.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ItemView, LabelRow, LabelValue, Me, Mention } from '../../web/review/api-types.js';

export const WEB_ROOT = resolve(fileURLToPath(new URL('../../dist/web/review/', import.meta.url)));
/** The policy the workbench must run under: no inline script or style, nothing from elsewhere. */
export const REVIEW_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export interface FakeItem {
  itemId: string;
  text: string;
  mentions: Mention[];
  machine: Record<string, LabelValue>;
}

export interface FakeState {
  keys: Record<string, Me>;
  labels: Array<{ labelId: string; name: string }>;
  items: FakeItem[];
  /** reviewer id → item id → label id → value */
  values: Map<string, Map<string, Map<string, { value: LabelValue; reason?: string }>>>;
  accepted: Map<string, Set<string>>;
  finals: Map<string, Map<string, LabelValue>>;
  requests: string[];
}

export function fakeState(items: FakeItem[], labels: FakeState['labels'], keys: FakeState['keys']): FakeState {
  return { keys, labels, items, values: new Map(), accepted: new Map(), finals: new Map(), requests: [] };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const s = Buffer.concat(chunks).toString('utf8');
  return s ? (JSON.parse(s) as Record<string, unknown>) : {};
}

function view(st: FakeState, me: Me, i: number, adjudicate: boolean): ItemView {
  const it = st.items[i]!;
  const mine = st.values.get(me.id)?.get(it.itemId);
  const labels: LabelRow[] = st.labels.map((l) => {
    const v = mine?.get(l.labelId);
    const fin = st.finals.get(it.itemId)?.get(l.labelId);
    const row: LabelRow = { labelId: l.labelId, name: l.name, machine: { value: it.machine[l.labelId] ?? 'not_mentioned', extractor: 'rules' }, mine: v ? { value: v.value, reason: v.reason ?? null, at: new Date(0).toISOString() } : null, final: fin ? { value: fin, by: 'adjudication' } : null };
    if (adjudicate) row.reviews = [...st.values.entries()].map(([id, m]) => ({ reviewer: { id, name: Object.values(st.keys).find((k) => k.id === id)?.name ?? id }, value: m.get(it.itemId)?.get(l.labelId)?.value ?? it.machine[l.labelId] ?? 'not_mentioned' }));
    return row;
  });
  return {
    itemId: it.itemId,
    worklistId: 'wl_fake',
    position: i + 1,
    total: st.items.length,
    prevItemId: st.items[i - 1]?.itemId ?? null,
    nextItemId: st.items[i + 1]?.itemId ?? null,
    status: st.accepted.get(me.id)?.has(it.itemId) ? 'done' : 'todo',
    report: { text: it.text, sections: [] },
    mentions: it.mentions,
    labels,
    blind: false,
  };
}

async function handle(st: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  st.requests.push(`${req.method} ${url.pathname}${url.search}`);
  if (url.pathname === '/review' || url.pathname.startsWith('/review/')) {
    const rel = normalize(url.pathname.replace(/^\/review\/?/, '') || 'index.html');
    const file = join(WEB_ROOT, rel);
    if (!file.startsWith(WEB_ROOT) || !TYPES[extname(file)]) return send(res, 404, { status: 404 });
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)]!, ...(extname(file) === '.html' ? { 'content-security-policy': REVIEW_CSP } : {}) });
      res.end(data);
    } catch {
      send(res, 404, { status: 404 });
    }
    return;
  }
  const auth = req.headers.authorization ?? '';
  const me = st.keys[auth.replace(/^Bearer /, '')];
  if (!me) return send(res, 401, { status: 401, code: 'AUTH_BAD_KEY', detail: 'unknown key' });
  const p = url.pathname.split('/').filter(Boolean);
  const idx = (id: string | undefined) => st.items.findIndex((x) => x.itemId === id);
  if (url.pathname === '/v1/review/me') return send(res, 200, me);
  if (url.pathname === '/v1/review/worklists') {
    const done = st.accepted.get(me.id)?.size ?? 0;
    return send(res, 200, { worklists: [{ id: 'wl_fake', name: 'Fake spot check', kind: 'spot-check', ontology: 'chexpert', size: st.items.length, createdAt: new Date(0).toISOString(), progress: { done, total: st.items.length, mine: { done, total: st.items.length } } }] });
  }
  if (p[2] === 'worklists' && p[4] === 'items') {
    const status = url.searchParams.get('status') ?? 'all';
    const rows = st.items.map((it, i) => ({ itemId: it.itemId, position: i + 1, status: st.accepted.get(me.id)?.has(it.itemId) ? 'done' : 'todo', labelsSummary: { positive: 0, uncertain: 0 } })).filter((r) => status === 'all' || r.status === status);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    return send(res, 200, { items: rows.slice(start, start + limit), nextCursor: start + limit < rows.length ? String(start + limit) : null, total: rows.length });
  }
  if (p[2] === 'items' && req.method === 'GET') return idx(p[3]) < 0 ? send(res, 404, { status: 404 }) : send(res, 200, view(st, me, idx(p[3]), false));
  if (p[2] === 'items' && p[4] === 'labels' && req.method === 'PUT') {
    const b = await body(req);
    const per = st.values.get(me.id) ?? new Map();
    st.values.set(me.id, per);
    const item = per.get(p[3]!) ?? new Map();
    per.set(p[3]!, item);
    item.set(p[5]!, { value: b.value as LabelValue, reason: b.reason as string | undefined });
    return send(res, 200, { labelId: p[5], value: b.value, previous: null, at: new Date().toISOString() });
  }
  if (p[2] === 'items' && p[4] === 'accept') {
    const acc = st.accepted.get(me.id) ?? new Set();
    st.accepted.set(me.id, acc);
    acc.add(p[3]!);
    return send(res, 200, { itemId: p[3], status: 'done', nextItemId: st.items[idx(p[3]) + 1]?.itemId ?? null });
  }
  if (url.pathname === '/v1/review/adjudication') return send(res, 200, { items: [], nextCursor: null });
  if (url.pathname === '/v1/review/dashboard') return send(res, 200, { progress: [{ worklistId: 'wl_fake', name: 'Fake spot check', done: st.accepted.get(me.id)?.size ?? 0, total: st.items.length }], accuracy: [], agreement: [], speed: { mine: { reviewed: 0, medianSecondsPerReport: null } } });
  send(res, 404, { status: 404, code: 'HTTP_NOT_FOUND', detail: 'no route' });
}

/** Starts the fake on a free loopback port. */
export async function startFakeReviewApi(st: FakeState): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => void handle(st, req, res).catch(() => send(res, 500, { status: 500 })));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${addr.port}`, server };
}
