import type { RawReport } from '../domain/report.js';
import { parseHl7 } from '../ingest/hl7/parse-hl7.js';
import { deidentify } from './deidentify.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from './synthetic-phi.js';

/**
 * Throughput of the de-identification stage alone (one core): `n` generated radiology reports
 * with PHI in every usual place are parsed first (not timed), then de-identified in surrogate mode.
 */
export function benchDeid(n = 5000): { reportsPerSecond: number; cpuReportsPerSecond: number } {
  const r = seededRandom(7);
  const raws: RawReport[] = [];
  for (let i = 0; i < Math.min(n, 1000); i++) {
    for (const item of parseHl7(syntheticCaseHl7(syntheticCase(i, r), i))) if (item.kind === 'report') raws.push(item.report);
  }
  if (raws.length === 0) throw new Error('benchDeid: the synthetic feed produced no reports');
  const settings = { key: 'bench-key-0123456789abcdef', mode: 'surrogate' as const, keepStudyUids: false };
  // Warm-up outside the timed loop: lexicon loading and JIT compilation are start-up costs.
  for (let i = 0; i < 1000; i++) deidentify(raws[i % raws.length]!, settings);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) deidentify(raws[i % raws.length]!, settings);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time shows the single-core cost even when the machine is shared (wall time then overstates it).
  return { reportsPerSecond: n / seconds, cpuReportsPerSecond: n / ((cpu.user + cpu.system) / 1e6) };
}
