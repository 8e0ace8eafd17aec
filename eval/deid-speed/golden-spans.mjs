// Byte-identity check for de-identification speed work, finer than golden.sh: prints one md5 per
// corpus of detectPhi's spans (start, end, category, source, rule id; both profiles) and of
// deidentify's whole output on the bench feed. Run it with two built checkouts and diff the output.
// Nothing of the notes is printed.
//   node eval/deid-speed/golden-spans.mjs <built checkout> [data-dir] > a.txt   (data-dir: ../shared/data)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

const repo = path.resolve(process.argv[2] ?? '.');
const data = path.resolve(process.argv[3] ?? path.join(repo, '..', 'shared', 'data'));
const load = (m) => import(path.join(repo, 'dist', m));
const { detectPhi } = await load('deid/detect.js');
const { parsePhysionet } = await load('ingest/physionet/parse-physionet.js');
const { deidentify } = await load('deid/deidentify.js');
const { seededRandom, syntheticCase, syntheticCaseHl7 } = await load('deid/synthetic-phi.js');
const { parseHl7 } = await load('ingest/hl7/parse-hl7.js');

const texts = (file) => parsePhysionet(readFileSync(file, 'utf8')).filter((i) => i.kind === 'report').map((i) => i.report.text);
const corpora = [['physionet-dev', texts(path.join(data, 'deid-physionet', 'id.dev.text'))]];
// The notes of every eval/deid-* set of this script's own checkout, so both builds read the same files.
const evalDir = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const notes = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === 'notes.text') notes.push(...texts(p));
  }
};
for (const d of readdirSync(evalDir).filter((d) => d.startsWith('deid-')).sort()) walk(path.join(evalDir, d));
corpora.push(['eval-notes', notes]);
corpora.push(['openi-lines', readFileSync(path.join(data, 'openi', 'reports.dev.csv'), 'utf8').split('\n').filter(Boolean)]);

for (const [name, list] of corpora) {
  for (const profile of ['balanced', 'strict']) {
    const h = createHash('md5');
    for (const t of list) h.update(JSON.stringify(detectPhi(t, undefined, { profile }).map((s) => [s.start, s.end, s.category, s.source, s.rule])) + '\n');
    console.log(name, profile, list.length, h.digest('hex'));
  }
}
// The bench feed (src/deid/bench.ts): the whole record, surrogates and offsets included.
const r = seededRandom(7);
const h = createHash('md5');
let n = 0;
for (let i = 0; i < 1000; i++) {
  for (const item of parseHl7(syntheticCaseHl7(syntheticCase(i, r), i))) {
    if (item.kind !== 'report') continue;
    n++;
    h.update(JSON.stringify(deidentify(item.report, { key: 'bench-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false })) + '\n');
  }
}
console.log('bench-deidentify', n, h.digest('hex'));
