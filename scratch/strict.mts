import { readFileSync } from 'node:fs';
import { parsePhysionet } from '../src/ingest/physionet/parse-physionet.js';
import { detectPhi } from '../src/deid/detect.js';
import { parseGoldPhrase } from '../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid } from '../src/evaluate/deid/evaluate-deid.js';
const [tf, gf, profile, filter] = process.argv.slice(2);
const gold = parseGoldPhrase(readFileSync(gf!, 'utf8'));
const docs = [];
for (const it of parsePhysionet(readFileSync(tf!, 'utf8'), { file: tf })) if (it.kind === 'report') docs.push({ id: it.report.archiveId!, text: it.report.text, predicted: detectPhi(it.report.text, undefined, { profile: profile as 'strict' }) });
const e = evaluateDeid(docs, gold);
const texts = new Map(docs.map((d) => [d.id, d.text]));
if (filter) for (const x of e.spanErrors) if (`${x.kind}:${x.source}`.includes(filter)) { const t = texts.get(x.id)!; console.log(x.kind, x.source, JSON.stringify(t.slice(x.start, x.end)), '|', JSON.stringify(t.slice(Math.max(0, x.start - 30), x.end + 20))); }
console.log('R', e.span.overall.recall.toFixed(4), 'P', e.span.overall.precision!.toFixed(4), 'tokP', e.token.overall.precision!.toFixed(4), JSON.stringify(Object.fromEntries(Object.entries(e.span.byCategory).map(([k, v]) => [k, v.recall.toFixed(3)]))));
