// Stage CPU A/B of built checkouts outside the pipeline's async machinery: parse, rules extraction
// and SQLite writes (hasVersions + saveLabelled in batches of 200) of n bench messages, rounds
// alternating the order of the checkouts; prints the median CPU ms per 1000 reports of each stage.
//   node eval/pipeline-speed/stages.mjs <checkout A> <checkout B> [n=2000] [rounds=3]
import path from 'node:path';
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
const repos = process.argv.slice(2).filter((a) => !/^\d+$/.test(a)).map((p) => path.resolve(p));
const nums = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const n = nums[0] ?? 2000, rounds = nums[1] ?? 3;
const mods = [];
for (const repo of repos) {
  const load = (m) => import(path.join(repo, 'dist', m));
  mods.push({ repo,
    ...(await load('ingest/hl7/parse-hl7.js')), ...(await load('deid/deidentify.js')),
    ...(await load('store/sqlite/sqlite-store.js')), ...(await load('ontology/load-ontology.js')),
    ...(await load('extract/rules/rules-extractor.js')), ...(await load('bench/synthetic-reports.js')) });
}
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const dir = mkdtempSync(path.join(tmpdir(), 's1st-'));
const res = mods.map(() => ({ parse: [], extract: [], store: [] }));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? mods.map((m, i) => i) : mods.map((m, i) => i).reverse();
  order.forEach((mi) => { const m = mods[mi];
    const feed = m.syntheticOruFeed(n);
    let t = cpu();
    const items = [...m.iterateHl7(feed, { file: 'feed.hl7' })];
    res[mi].parse.push(cpu() - t);
    const deid = { key: 'bench-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false };
    const reports = items.map((i) => m.deidentify(i.report, deid));
    const ex = m.createRulesExtractor(); const onto = m.loadOntology('chexpert');
    ex.extract(reports[0], onto);
    t = cpu();
    const labelled = reports.map((rep) => ({ report: rep, labels: ex.extract(rep, onto).labels }));
    res[mi].extract.push(cpu() - t);
    const db = path.join(dir, `d${mi}-${r}.db`);
    const store = m.openSqliteStore(db); store.migrate();
    t = cpu();
    const p = [];
    for (let i = 0; i < labelled.length; i += 200) {
      const b = labelled.slice(i, i + 200);
      p.push(store.hasVersions(b.map((x) => [x.report.reportId, x.report.versionKey]), 'chexpert'));
      p.push(store.saveLabelled(b));
    }
    store.close();
    res[mi].store.push(cpu() - t);
  });
}
rmSync(dir, { recursive: true });
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
mods.forEach((m, mi) => console.log(path.basename(m.repo).padEnd(6), 'per 1000 reports (median ms CPU): parse', (med(res[mi].parse) * 1000 / n).toFixed(0), 'extract', (med(res[mi].extract) * 1000 / n).toFixed(0), 'store', (med(res[mi].store) * 1000 / n).toFixed(0)));
