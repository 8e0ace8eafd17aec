import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/ingest/tabular/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = path.resolve(repoRoot, '../shared/data/openi/reports.dev.csv');

// Dev data: Open-i / Indiana University chest X-ray reports (../shared/data/openi/SOURCE.txt).
describe.skipIf(!existsSync(file))('parseCsv with the openi preset on reports.dev.csv', () => {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const items = parseCsv(text, { preset: 'openi', file: 'reports.dev.csv' });

  it('yields one item per row, keyed by uid, in file order', () => {
    expect(items).toHaveLength(2329);
    const ids = items.map((i) => (i.kind === 'report' ? i.report.archiveId : i.kind === 'error' ? i.error.locator.messageId : i.locator.messageId));
    expect(new Set(ids).size).toBe(2329);
    expect(ids.slice(0, 3)).toEqual(['1', '3', '4']);
    items.forEach((i, n) => expect(i.kind === 'report' ? i.report.source.row : i.kind === 'error' ? i.error.locator.row : i.locator.row).toBe(n + 1));
  });

  it('every row with any indication / comparison / findings / impression text is a report; the 18 without are no-text skips', () => {
    const reports = items.filter((i) => i.kind === 'report');
    const skips = items.flatMap((i) => (i.kind === 'skipped' ? [i.reason] : []));
    expect(reports).toHaveLength(2311);
    expect(skips).toEqual(Array(18).fill('no-text'));
  });

  it('never puts the MeSH / Problems labels into the report text', () => {
    const header = text.split(/\r?\n/, 1)[0]!;
    expect(header).toBe('uid,MeSH,Problems,image,indication,comparison,findings,impression');
    for (const i of items) {
      if (i.kind !== 'report') continue;
      const r = i.report;
      // MeSH terms are written with "/" qualifiers and ";" separators; report prose never has "Term/qualifier/qualifier;".
      expect(r.text).not.toMatch(/[A-Za-z]+\/[a-z ]+\/[a-z ]+;/);
      expect(r.text.startsWith('INDICATION:') || r.text.startsWith('COMPARISON:') || r.text.startsWith('FINDINGS:') || r.text.startsWith('IMPRESSION:')).toBe(true);
      for (const s of r.sections) expect(s.end).toBeGreaterThan(s.start);
    }
    const r4 = items.find((i) => i.kind === 'report' && i.report.archiveId === '4');
    expect(r4?.kind === 'report' && r4.report.text).not.toContain('Bullous Emphysema;');
  });
});
