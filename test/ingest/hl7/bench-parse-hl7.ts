/**
 * Micro-benchmark: `npx tsx test/ingest/hl7/bench-parse-hl7.ts [count]`. Parses `count` synthetic
 * ~20-segment ORU^R01 messages one by one and as one batch file, and the same messages with
 * hl7-standard's transform() for comparison.
 */
import { createRequire } from 'node:module';
import { parseHl7 } from '../../../src/ingest/hl7/parse-hl7.js';
import { syntheticOru } from './synthetic-oru.js';

const n = Number(process.argv[2] ?? 10_000);
const messages = Array.from({ length: n }, (_, i) => syntheticOru(i));

function time(label: string, fn: () => number): void {
  fn(); // warm-up
  // CPU time, not wall time: the figure must hold on a busy shared machine too.
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const count = fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  const per = (ms * 1000) / count;
  console.log(`${label}: ${count} messages, CPU ${ms.toFixed(0)} ms (wall ${wall.toFixed(0)} ms) = ${per.toFixed(1)} µs/message CPU, ${Math.round(1e6 / per)} messages/s`);
}

time('parseHl7 per message', () => {
  let reports = 0;
  for (const m of messages) for (const it of parseHl7(m)) if (it.kind === 'report') reports++;
  return reports;
});
const batch = messages.join('\n');
time('parseHl7 one batch file', () => parseHl7(batch, { file: 'bench.hl7' }).filter((it) => it.kind === 'report').length);

const HL7 = createRequire(import.meta.url)('hl7-standard') as new (raw: string) => { transform(): void };
time('hl7-standard transform() only (no field reads)', () => {
  for (const m of messages) new HL7(m).transform();
  return messages.length;
});
