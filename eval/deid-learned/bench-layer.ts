// CPU cost of detectPhi with and without the learned layer on the bench's generated reports.
//   node --import tsx eval/deid-learned/bench-layer.ts  (rules alone vs with the learned layer, twice each, per CPU second)
import { parseHl7 } from '../../src/ingest/hl7/parse-hl7.js';
import { detectPhi } from '../../src/deid/detect.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';
const r = seededRandom(7);
const texts: string[] = [];
for (let i = 0; i < 1000; i++) for (const item of parseHl7(syntheticCaseHl7(syntheticCase(i, r), i))) if (item.kind === 'report') texts.push(item.report.text);
for (const model of [null, undefined, null, undefined] as const) {
  for (let i = 0; i < 500; i++) detectPhi(texts[i % texts.length]!, undefined, { model });
  const c0 = process.cpuUsage();
  for (let i = 0; i < 4000; i++) detectPhi(texts[i % texts.length]!, undefined, { model });
  const c = process.cpuUsage(c0);
  console.log(model === null ? 'rules only ' : 'with learned', (4000 / ((c.user + c.system) / 1e6)).toFixed(0), 'reports per CPU second (detectPhi)');
}
