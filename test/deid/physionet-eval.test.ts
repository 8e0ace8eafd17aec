import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid } from '../../src/evaluate/deid/evaluate-deid.js';
import { runDeidEval } from '../../src/evaluate/deid/run-deid-eval.js';
import { deidDocument } from '../../src/evaluate/deid/deid-document.js';
import type { PhiSpan } from '../../src/deid/phi-span.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repoRoot, 'test/fixtures/deid');
const dataDir = path.resolve(repoRoot, '../shared/data/deid-physionet');

describe('parsePhysionet', () => {
  const text = readFileSync(path.join(fixtures, 'notes.text'), 'utf8');

  it('yields one report per record, text counted from after the START line, id patient-note', () => {
    const items = parsePhysionet(text, { file: 'notes.text' });
    expect(items.map((i) => i.kind)).toEqual(['report', 'report']);
    const r = items[0]!.kind === 'report' ? items[0]!.report : undefined;
    expect(r).toMatchObject({ archiveId: '7-1', patientId: '7', source: { format: 'physionet', messageId: '7-1', file: 'notes.text', row: 1 } });
    expect(r!.text.startsWith('pt seen by dr kowalczyk')).toBe(true);
    // Gold offsets index this text exactly.
    for (const g of parseGoldPhrase(readFileSync(path.join(fixtures, 'notes-phi.phrase'), 'utf8')).get('7-1')!) {
      expect(['kowalczyk', '3/14', 'Imogen', 'Pemberton', '555-201-3344']).toContain(r!.text.slice(g.start, g.end));
    }
  });

  it('reports malformed input as PHYSIONET_PARSE', () => {
    const [first] = parsePhysionet('no records here', { file: 'x.text' });
    expect(first).toMatchObject({ kind: 'error', error: { code: 'PHYSIONET_PARSE' } });
    const [broken] = parsePhysionet('START_OF_RECORD=1||||1||||\nunterminated note\n');
    expect(broken).toMatchObject({ kind: 'error', error: { code: 'PHYSIONET_PARSE', locator: { messageId: '1-1' } } });
  });
});

describe('evaluateDeid', () => {
  // "Dr Ann Lee saw pt 3/14 in 1992." — gold: "Ann Lee" (3-10), "3/14" (18-22), "1992" (26-30);
  // predicted: "Lee" (7-10, overlaps the name) and "saw" (11-14, overlaps nothing).
  const text = 'Dr Ann Lee saw pt 3/14 in 1992.';
  const gold = new Map([
    [
      'a',
      [
        { id: 'a', start: 3, end: 10, category: 'HCPName' },
        { id: 'a', start: 18, end: 22, category: 'Date' },
        { id: 'a', start: 26, end: 30, category: 'DateYear' },
      ],
    ],
  ]);
  const predicted: PhiSpan[] = [
    { start: 7, end: 10, category: 'NAME', source: 't' },
    { start: 11, end: 14, category: 'NAME', source: 't' },
  ];

  it('scores span and token level with partial-overlap credit, DateYear counted in overall', () => {
    const e = evaluateDeid([{ id: 'a', text, predicted }], gold);
    expect(e.span.byCategory.NAME).toMatchObject({ tp: 1, fn: 0 });
    expect(e.span.byCategory.DATE).toMatchObject({ tp: 0, fn: 1 });
    expect(e.span.byCategory.DATE_YEAR).toMatchObject({ tp: 0, fn: 1 });
    // 3 gold spans (the year included), 1 found; 2 predictions, 1 overlapping gold.
    // F1 = 2 · (1/2) · (1/3) / (1/2 + 1/3) = 2/5.
    expect(e.span.overall).toMatchObject({ tp: 1, fn: 2, fp: 1, precision: 0.5 });
    expect(e.span.overall.recall).toBeCloseTo(1 / 3);
    expect(e.span.overall.f1).toBeCloseTo(0.4);
    // PHI tokens: Ann, Lee (NAME), 3, 14 (DATE), 1992 (DATE_YEAR); only Lee found. Predicted
    // non-PHI token: saw. Recall 1/5, precision 1/2, F1 2 · (1/10) / (7/10) = 2/7.
    expect(e.token.byCategory.NAME).toMatchObject({ tp: 1, fn: 1 });
    expect(e.token.byCategory.DATE_YEAR).toMatchObject({ tp: 0, fn: 1 });
    expect(e.token.overall).toMatchObject({ tp: 1, fn: 4, fp: 1, recall: 0.2, precision: 0.5 });
    expect(e.token.overall.f1).toBeCloseTo(2 / 7);
    // Non-PHI tokens: Dr, saw, pt, in; saw altered.
    expect(e.nonPhiAlteredRate).toBeCloseTo(1 / 4);
    // The missed year is an error record like any other miss, in note order.
    expect(e.spanErrors.map((x) => [x.kind, x.start, x.end, x.group ?? x.category])).toEqual([
      ['false-positive', 11, 14, 'NAME'],
      ['missed', 18, 22, 'DATE'],
      ['missed', 26, 30, 'DATE_YEAR'],
    ]);
  });

  it('raises overall recall when the year is found', () => {
    // Adding a prediction on "1992" turns the year miss into a hit: span 2/3, token 2/5.
    const e = evaluateDeid([{ id: 'a', text, predicted: [...predicted, { start: 26, end: 30, category: 'DATE', source: 't' }] }], gold);
    expect(e.span.overall).toMatchObject({ tp: 2, fn: 1, fp: 1 });
    expect(e.span.overall.recall).toBeCloseTo(2 / 3);
    expect(e.span.overall.precision).toBeCloseTo(2 / 3);
    expect(e.token.overall).toMatchObject({ tp: 2, fn: 3, recall: 0.4 });
  });

  it('reports DATE_YEAR as a plain row and lists the missed year as a record', () => {
    const e = evaluateDeid([{ id: 'a', text, predicted }], gold);
    const doc = deidDocument(e, new Map([['a', text]]), { textFile: 't', goldFile: 'g', sha256: { text: 'x', gold: 'y' }, codeVersion: '0', detectorVersion: 'd' });
    const spanRows = doc.tables[0]!.rows as Array<Record<string, unknown>>;
    expect(spanRows.map((r) => r.category)).toEqual(['DATE', 'DATE_YEAR', 'NAME', 'overall']);
    expect(spanRows.at(-1)).toMatchObject({ support: 3, found: 1, missed: 2 });
    expect(doc.records![0]!.items.map((i) => [i.facets.kind, i.facets.category, i.fields.phrase])).toEqual([
      ['false-positive', 'NAME', 'saw'],
      ['missed', 'DATE', '3/14'],
      ['missed', 'DATE_YEAR', '1992'],
    ]);
    expect(doc.notes[0]).toBe('2 missed gold spans and 1 false positives over 1 notes.');
    const prose = [...doc.policies, ...doc.notes, ...doc.tables.map((t) => t.caption ?? ''), ...(doc.charts ?? []).map((c) => c.caption ?? '')].join('\n');
    expect(prose).not.toMatch(/not in overall|excludes DATE_YEAR|kept by (design|radlabel)|left out of overall/i);
    expect(doc.policies.join('\n')).toMatch(/DateYear \(bare years\) is scored like every gold category/);
  });

  it('runs end to end on the bundled synthetic notes', async () => {
    const e = await runDeidEval(path.join(fixtures, 'notes.text'), path.join(fixtures, 'notes-phi.phrase'));
    expect(e.documents).toBe(2);
    expect(e.span.overall.recall).toBe(1);
    expect(e.span.overall.precision).toBe(1);
  });
});

describe.skipIf(!existsSync(path.join(dataDir, 'id.dev.text')))('PhysioNet deid dev split (measured floor)', () => {
  it('keeps recall and precision at or above the measured level', async () => {
    const e = await runDeidEval(path.join(dataDir, 'id.dev.text'), path.join(dataDir, 'id-phi.dev.phrase'));
    expect(e.documents).toBe(1749);
    // Floors under the measured dev figures with every gold category in overall, DateYear included
    // (recall 0.989, precision 0.948, names 0.993, dates 0.994): a regression fails here.
    expect(e.span.overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(e.span.overall.precision).toBeGreaterThanOrEqual(0.93);
    expect(e.span.byCategory.NAME!.recall).toBeGreaterThanOrEqual(0.98);
    expect(e.span.byCategory.DATE!.recall).toBeGreaterThanOrEqual(0.98);
    expect(e.nonPhiAlteredRate).toBeLessThan(0.003);
  }, 60_000);
});
