// Bytes allocated per report by one stage (parse | extract | store) of a built checkout, by function
// (V8 sampling heap profiler, collected objects included): allocation volume drives the scavenges.
//   node eval/pipeline-speed/alloc.mjs <checkout> <parse|extract|store> [n=1000]
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
const repo = path.resolve(process.argv[2]); const which = process.argv[3]; const n = Number(process.argv[4] ?? 1000);
const load = (m) => import(path.join(repo, 'dist', m));
const m = { ...(await load('ingest/hl7/parse-hl7.js')), ...(await load('deid/deidentify.js')), ...(await load('extract/rules/rules-extractor.js')), ...(await load('ontology/load-ontology.js')), ...(await load('bench/synthetic-reports.js')), ...(await load('store/sqlite/sqlite-store.js')) };
const feed = m.syntheticOruFeed(n);
const ex = m.createRulesExtractor(); const onto = m.loadOntology('chexpert');
const deid = { key: 'bench-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false };
let items = [...m.iterateHl7(feed, { file: 'f' })];
const reps = items.map((i) => m.deidentify(i.report, deid));
const labelled = reps.map((x) => ({ report: x, labels: ex.extract(x, onto).labels }));
const dir = mkdtempSync(path.join(tmpdir(), 's1al-'));
const store = m.openSqliteStore(path.join(dir, 'a.db')); await store.migrate();
const s = new Session(); s.connect();
await s.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
let sink = 0; // keeps the loops' results alive
if (which === 'parse') for (const it of m.iterateHl7(feed, { file: 'f' })) sink += it.kind.length;
if (which === 'extract') for (const x of reps) sink += ex.extract(x, onto).mentions.length;
if (which === 'store') for (let i = 0; i < labelled.length; i += 200) { const b = labelled.slice(i, i + 200); await store.hasVersions(b.map((x) => [x.report.reportId, x.report.versionKey]), 'chexpert'); await store.saveLabelled(b); }
const { profile } = await s.post('HeapProfiler.stopSampling');
if (sink < 0) console.log(sink);
await store.close(); rmSync(dir, { recursive: true });
const self = new Map(); let total = 0;
const walk = (node) => { const k = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) ?? 0) + node.selfSize); total += node.selfSize; for (const c of node.children) walk(c); };
walk(profile.head);
console.log(which, 'allocated per report (bytes):', (total / n).toFixed(0));
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(String((v / n).toFixed(0)).padStart(8), k));
