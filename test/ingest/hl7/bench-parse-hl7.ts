/**
 * Micro-benchmark: `npx tsx test/ingest/hl7/bench-parse-hl7.ts [count]`. Parses `count` synthetic
 * ~20-segment ORU^R01 messages one by one and as one batch file, and the same messages with
 * hl7-standard's transform() for comparison. Reports CPU time (not wall time) per message over
 * five rounds, best and median, because the machine is usually shared.
 */
import { createRequire } from 'node:module';
import { iterateHl7, parseHl7 } from '../../../src/ingest/hl7/parse-hl7.js';
import { syntheticOru } from './synthetic-oru.js';

const n = Number(process.argv[2] ?? 10_000);
const messages = Array.from({ length: n }, (_, i) => syntheticOru(i));

function time(label: string, fn: () => number, rounds = 5): void {
  fn(); // warm-up
  const perMessage: number[] = [];
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    count = fn();
    const c = process.cpuUsage(c0);
    perMessage.push((c.user + c.system) / count);
  }
  perMessage.sort((a, b) => a - b);
  const best = perMessage[0]!;
  const median = perMessage[Math.floor(rounds / 2)]!;
  console.log(`${label}: ${count} messages × ${rounds} rounds, CPU µs/message best ${best.toFixed(1)}, median ${median.toFixed(1)} (${Math.round(1e6 / median)} messages/s)`);
}

time('parseHl7 per message', () => {
  let reports = 0;
  for (const m of messages) for (const it of parseHl7(m)) if (it.kind === 'report') reports++;
  return reports;
});
const batch = messages.join('\n');
time('parseHl7 one batch file', () => parseHl7(batch, { file: 'bench.hl7' }).filter((it) => it.kind === 'report').length);
time('iterateHl7 one batch file, items consumed one by one', () => {
  let reports = 0;
  for (const it of iterateHl7(batch, { file: 'bench.hl7' })) if (it.kind === 'report') reports++;
  return reports;
});

const HL7 = createRequire(import.meta.url)('hl7-standard') as new (raw: string) => { transform(): void };
time(
  'hl7-standard transform() only (no field reads)',
  () => {
    for (const m of messages) new HL7(m).transform();
    return messages.length;
  },
  1,
);
