import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../../src/ingest/tabular/index.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/tabular/${name}`, import.meta.url)), 'utf8');

describe('parseJsonl', () => {
  const items = parseJsonl(fixture('reports.jsonl'), { file: 'r.jsonl' });

  it('maps keys like CSV columns and numbers rows by line', () => {
    expect(items.map((i) => (i.kind === 'report' ? ['report', i.report.source.row] : i.kind === 'error' ? [i.error.code, i.error.locator.row] : [i.reason]))).toEqual([
      ['report', 1],
      ['JSONL_PARSE', 2],
      ['JSONL_PARSE', 3],
      ['no-text'],
      ['JSONL_PARSE', 6],
      ['report', 7],
    ]);
  });

  it('fills the report from the detected keys', () => {
    const r = items[0]!.kind === 'report' ? items[0]!.report : undefined;
    expect(r).toMatchObject({
      archiveId: 'J1',
      patientId: 'P9',
      accession: 'A-1',
      source: { format: 'jsonl', system: 'jsonl', messageId: 'J1', row: 1, file: 'r.jsonl' },
    });
    expect(r!.sections.map((s) => s.name)).toEqual(['findings', 'impression']);
    const last = items[5]!.kind === 'report' ? items[5]!.report : undefined;
    expect(last).toMatchObject({ archiveId: '5', examDateTime: '2024-01-02' });
  });

  it('names the problem and the line without copying the line into the message', () => {
    const e = items[1]!;
    expect(e.kind === 'error' && e.error.describe()).toBe('r.jsonl row 2: JSONL_PARSE: line 2 is not valid JSON');
    expect(e.kind === 'error' && e.raw).toBe('{"id": "J2", "text": "Impression: no pneumothorax"');
    const missing = items[4]!;
    expect(missing.kind === 'error' && missing.error.message).toBe('line 6 lacks the mapped key(s) id');
  });

  it('applies a preset to object keys, and reports undetectable keys once', () => {
    const line = JSON.stringify({ uid: 'u1', MeSH: 'Nodule', image: 'Xray Chest', findings: 'Small nodule.', impression: '' });
    const [r] = parseJsonl(line, { preset: 'openi' });
    expect(r!.kind === 'report' && r!.report.text).toBe('FINDINGS:\nSmall nodule.');
    const out = parseJsonl('{"a":1}\n{"a":2}\n');
    expect(out).toHaveLength(1);
    expect(out[0]!.kind === 'error' && out[0]!.error.code).toBe('CSV_MISSING_COLUMN');
  });
});
