// Byte-identity check for pipeline speed work outside de-identification (read, extract, store):
// runs a built checkout's real pipeline (runPipeline → rules → SQLite) over generated bench HL7
// messages, the bundled sample feeds and the bad-input fixtures, into fresh SQLite files, and prints
// one md5 per stored table (every row, ordered by rowid, every column except the wall-clock ones
// listed in CLOCK), of each run's summary (less its timings) and of the current labels as the
// store reads them back. Run it with two built checkouts and diff the output. No note text is printed.
//   node eval/pipeline-speed/golden-rows.mjs <built checkout> [messages=3000] > a.txt
//
// Passes, all with fixed run ids (so no column is random):
//   db-1: bench feed + a re-delivered slice of it under another file name, samples/, the bad-input
//         fixtures, run twice (runs r1, r2; the second with 7-report store batches): re-delivery,
//         supersession, quarantine counts and sightings.
//   db-2: the bench feed again, on 2 worker threads (the threaded path and its wire format).
// Inputs are copied from THIS script's checkout into a temporary folder and named by relative
// paths, so both builds read the same bytes and store the same file names.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const repo = path.resolve(process.argv[2] ?? '.');
const messages = Number(process.argv[3] ?? 3000);
const load = (m) => import(path.join(repo, 'dist', m));
const { runPipeline } = await load('pipeline/run-pipeline.js');
const { openSqliteStore } = await load('store/sqlite/sqlite-store.js');
const { loadOntology } = await load('ontology/load-ontology.js');
const { createRulesExtractor } = await load('extract/rules/rules-extractor.js');
const { syntheticOruFeed, syntheticOru } = await load('bench/synthetic-reports.js');
const Database = createRequire(path.join(repo, 'package.json'))('better-sqlite3');

// Wall-clock columns (differ between any two runs); nothing else is left out, except the
// extraction time `at` inside the labels' provenance JSON (read back with it blanked).
const CLOCK = new Set(['received_at', 'created_at', 'at', 'first_seen', 'last_seen', 'applied_at', 'started_at', 'finished_at', 'resolved_at']);
const noClock = (provenance) => ({ ...provenance, at: 'clock' });

const here = path.dirname(new URL(import.meta.url).pathname);
const own = path.resolve(here, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'golden-rows-'));
process.chdir(work);
mkdirSync('in/bench', { recursive: true });
const feed = syntheticOruFeed(messages);
writeFileSync('in/bench/feed.hl7', feed);
// Re-delivery inside one run: some of the same messages again, from another file.
{
  let seed = 42;
  const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const again = [];
  for (let i = 1; i <= 200; i++) again.push(syntheticOru(i * 7, r));
  writeFileSync('in/bench/redelivered.hl7', feed.split('\n').slice(0, 150).join('\n') + '\n' + again.join('\n'));
}
cpSync(path.join(own, 'samples', 'hl7'), 'in/samples/hl7', { recursive: true });
cpSync(path.join(own, 'samples', 'csv'), 'in/samples/csv', { recursive: true });
cpSync(path.join(own, 'samples', 'fhir'), 'in/samples/fhir', { recursive: true });
cpSync(path.join(own, 'test', 'fixtures', 'bad'), 'in/bad', { recursive: true });
cpSync(path.join(own, 'test', 'fixtures', 'hl7'), 'in/hl7', { recursive: true });

const md5 = (s) => createHash('md5').update(s).digest('hex');
const deid = { key: 'golden-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false };
const ontology = loadOntology('chexpert');

async function pass(db, inputs, extra) {
  const store = openSqliteStore(db);
  await store.migrate();
  const s = await runPipeline({ inputs, ontology, extractor: createRulesExtractor(), store, deid, ...extra });
  await store.close();
  // Timings and memory differ between any two runs.
  delete s.elapsedMs;
  delete s.reportsPerSecond;
  delete s.peakRssMb;
  return s;
}

function dump(db, label) {
  const d = new Database(db, { readonly: true });
  const tables = d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
  for (const t of tables) {
    const cols = d.prepare(`PRAGMA table_info("${t}")`).all().map((c) => c.name).filter((c) => !CLOCK.has(c));
    const rows = d.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t}" ORDER BY rowid`).raw().all();
    const p = t === 'labels' ? cols.indexOf('provenance') : -1;
    // Key order kept: the stored text must be the same, not only its value.
    if (p >= 0) for (const r of rows) r[p] = JSON.stringify(noClock(JSON.parse(r[p])));
    const h = createHash('md5');
    for (const r of rows) h.update(JSON.stringify(r) + '\n');
    console.log(label, 'table', t, rows.length, h.digest('hex'));
  }
  d.close();
}

async function labels(db, label) {
  const store = openSqliteStore(db);
  const h = createHash('md5');
  let n = 0;
  for await (const x of store.currentLabels(ontology.id)) {
    n++;
    const { receivedAt, ...rest } = x;
    void receivedAt;
    rest.labels = { ...rest.labels, provenance: noClock(rest.labels.provenance) };
    h.update(JSON.stringify(rest) + '\n');
  }
  await store.close();
  console.log(label, 'current-labels', n, h.digest('hex'));
}

try {
  const inputs = ['in/bench', 'in/samples', 'in/bad', 'in/hl7'];
  const s1 = await pass('db-1.sqlite', inputs, { runId: 'r1' });
  console.log('db-1 summary r1', md5(JSON.stringify(s1)));
  const s2 = await pass('db-1.sqlite', inputs, { runId: 'r2', batchSize: 7 });
  console.log('db-1 summary r2', md5(JSON.stringify(s2)));
  dump('db-1.sqlite', 'db-1');
  await labels('db-1.sqlite', 'db-1');
  const s3 = await pass('db-2.sqlite', ['in/bench/feed.hl7'], { workers: 2 });
  console.log('db-2 summary', md5(JSON.stringify(s3)));
  dump('db-2.sqlite', 'db-2');
  await labels('db-2.sqlite', 'db-2');
  console.log('inputs', readdirSync('in', { recursive: true }).length, 'entries');
} finally {
  process.chdir(tmpdir());
  rmSync(work, { recursive: true, force: true });
}
