/**
 * Store write throughput: `npx tsx test/store/bench.ts [sqlite|postgres] [reports] [batch] [workers]`.
 * Writes realistic labelled reports in batches (default 10,000 in batches of 200) and prints
 * labelled reports per second. SQLite uses a temp file (WAL, synchronous = NORMAL) like production.
 * `workers` > 1 (PostgreSQL only) writes disjoint shares through that many pools at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LabelStore } from '../../src/store/label-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { benchItems } from './bench-items.js';
import { PG_URL, dropSchemas, uniqueSchema } from './pg-helpers.js';

const kind = process.argv[2] ?? 'sqlite';
const total = Number(process.argv[3] ?? 10_000);
const batch = Number(process.argv[4] ?? 200);
const workers = Number(process.argv[5] ?? 1);

async function writeAll(stores: LabelStore[], items: ReturnType<typeof benchItems>): Promise<void> {
  const batches: Array<typeof items> = [];
  for (let i = 0; i < items.length; i += batch) batches.push(items.slice(i, i + batch));
  await Promise.all(stores.map(async (s) => {
    for (let b = batches.shift(); b !== undefined; b = batches.shift()) await s.saveLabelled(b);
  }));
}

async function measure(store: LabelStore, extra: LabelStore[] = []): Promise<void> {
  await store.migrate();
  const items = benchItems(total);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await writeAll([store, ...extra], items);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const t1 = performance.now();
  for (let i = 0; i < items.length; i += batch) await store.saveLabelled(items.slice(i, i + batch));
  const dupMs = performance.now() - t1;
  let read = 0;
  const t2 = performance.now();
  for await (const _ of store.currentLabels('chest-xr')) read++;
  const readMs = performance.now() - t2;
  console.log(`${kind}: ${total} reports, batch ${batch}, ${1 + extra.length} writer(s): write ${Math.round((total / ms) * 1000)}/s ` +
    `(this process's CPU ${Math.round(cpuMs)} ms of ${Math.round(ms)} ms wall), ` +
    `re-delivery ${Math.round((total / dupMs) * 1000)}/s, currentLabels ${Math.round((read / readMs) * 1000)}/s`);
}

if (kind === 'postgres') {
  const schema = uniqueSchema('rl_bench');
  const store = openPostgresStore(PG_URL, { schema });
  const extra = Array.from({ length: workers - 1 }, () => openPostgresStore(PG_URL, { schema }));
  try {
    await measure(store, extra);
  } finally {
    await Promise.all([store, ...extra].map((s) => s.close()));
    await dropSchemas([schema]);
  }
} else {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    await measure(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
