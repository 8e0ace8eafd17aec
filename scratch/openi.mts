import { readInputs } from '../src/ingest/read-inputs.js';
import { detectPhi } from '../src/deid/detect.js';
import { compileKnown } from '../src/deid/known-identifiers.js';
const counts = new Map<string, number>();
let n = 0;
for await (const { item } of readInputs(['/work/shared/data/openi/reports.dev.csv'], { preset: 'openi' } as any)) {
  if (item.kind !== 'report') continue;
  n++;
  const t = item.report.text;
  for (const s of detectPhi(t, compileKnown(item.report.identifiers))) {
    if (s.category === 'TIME') continue;
    const k = `${s.category}\t${s.source}\t${t.slice(s.start, s.end)}\t|${t.slice(Math.max(0, s.start - 25), s.end + 20).replace(/\n/g, ' ')}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
console.log(n);
for (const [k, v] of [...counts].sort()) if (!/\tX+\t/.test(k)) console.log(v, k);
