import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawReport } from '../../../src/domain/report.js';
import type { IngestItem } from '../../../src/ingest/ingest-item.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads a synthetic fixture from test/fixtures/hl7 byte-exactly (line ends, BOM and MLLP bytes kept). */
export function fixture(name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/hl7', name), 'utf8');
}

export function onlyReport(items: IngestItem[]): RawReport {
  if (items.length !== 1 || items[0]!.kind !== 'report') {
    throw new Error(`expected one report, got ${items.map((i) => (i.kind === 'error' ? i.error.describe() : i.kind)).join(', ')}`);
  }
  return items[0]!.report;
}

export function reportAt(items: IngestItem[], i: number): RawReport {
  const it = items[i];
  if (it?.kind !== 'report') throw new Error(`item ${i} is ${it?.kind ?? 'missing'}`);
  return it.report;
}
