/**
 * A real `radlabel serve` (embedded: SQLite, labelling in process) in a child process, with API
 * keys made in its database and invented reports sent over HTTP and labelled before the test runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRunContext } from '../../src/app/run-context.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { openServiceStore } from '../../src/service/store/open-service-store.js';
import type { ApiRole } from '../../src/service/store/service-store.js';

const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DEID_KEY = 'review-e2e-key-0123456789abcdef';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const addr = srv.address();
  await new Promise((ok) => srv.close(ok));
  if (!addr || typeof addr === 'string') throw new Error('no free port');
  return addr.port;
}

const FINDINGS = ['mild cardiomegaly', 'pulmonary edema', 'a small left pleural effusion', 'a right pneumothorax', 'right lower lobe consolidation', 'bibasilar atelectasis', 'a left upper lobe nodule', 'a displaced rib fracture'];

/**
 * Invented chest radiograph reports (no real patient): each names two or three findings, some
 * negated, some hedged, so the grid has positives, negatives, uncertain and unmentioned labels.
 */
export function inventedReports(n: number): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const a = FINDINGS[i % FINDINGS.length]!;
    const b = FINDINGS[(i * 3 + 1) % FINDINGS.length]!;
    const c = FINDINGS[(i * 5 + 2) % FINDINGS.length]!;
    const findings = [`FINDINGS: There is ${a}.`, i % 3 === 0 ? `No ${b.replace(/^(a|an) /, '')}.` : `Possible ${b.replace(/^(a|an) /, '')}.`, i % 4 === 1 ? `History of ${c.replace(/^(a|an) /, '')}, resolved.` : ''];
    out.push({ id: `e2e-${String(i + 1).padStart(3, '0')}`, text: `${findings.filter(Boolean).join(' ')}\nIMPRESSION: ${a.replace(/^(a|an) /, '')}.` });
  }
  return out;
}

export interface ServeHarness {
  url: string;
  dir: string;
  db: string;
  env: Record<string, string>;
  keys: Record<string, { key: string; id: string; name: string }>;
  close(): Promise<void>;
}

/** Starts `node bin/radlabel.js serve` on a fresh SQLite file with the given keys and labelled reports. */
export async function startServe(opts: { keys: Array<{ as: string; role: ApiRole | 'adjudicate'; name: string }>; reports: Array<{ id: string; text: string }> }): Promise<ServeHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-review-e2e-'));
  const db = join(dir, 'review.db');
  const env = { RADLABEL_DB: db, RADLABEL_DEID_KEY: DEID_KEY, RADLABEL_LOG_LEVEL: 'error', RADLABEL_SERVICE_RATE_LIMIT_PER_MINUTE: '100000' };
  // Migrate, then make the keys straight in the store (as `radlabel keys create` does).
  const ctx = await openRunContext({ db, deid: { key: DEID_KEY } });
  const svc = openServiceStore(db);
  const keys: ServeHarness['keys'] = {};
  const ingest = await createApiKey(svc, 'ingest', 'e2e-feed');
  for (const k of opts.keys) {
    const made = await createApiKey(svc, k.role as ApiRole, k.name);
    keys[k.as] = { key: made.key, id: made.record.id, name: k.name };
  }
  await svc.close();
  await ctx.store.close();

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/radlabel.js', 'serve', '--port', String(port)], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()).length > 20_000 && (stderr = stderr.slice(-10_000)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 600) throw new Error(`radlabel serve did not start: ${stderr.slice(-2000)}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await sleep(100);
  }
  const res = await fetch(`${url}/v1/reports`, { method: 'POST', headers: { authorization: `Bearer ${ingest.key}`, 'content-type': 'application/json' }, body: JSON.stringify(opts.reports) });
  if (res.status !== 202) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  const readKey = Object.values(keys)[0]!.key;
  for (let i = 0; ; i++) {
    const page = (await (await fetch(`${url}/v1/labels?limit=500`, { headers: { authorization: `Bearer ${readKey}` } })).json()) as { items?: unknown[] };
    if ((page.items?.length ?? 0) >= opts.reports.length) break;
    if (i > 600) throw new Error(`only ${page.items?.length ?? 0} of ${opts.reports.length} reports labelled: ${stderr.slice(-2000)}`);
    await sleep(100);
  }
  return {
    url,
    dir,
    db,
    env,
    keys,
    async close() {
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([done, sleep(10_000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
