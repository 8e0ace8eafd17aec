import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid } from '../../src/evaluate/deid/evaluate-deid.js';
import { runDeidEval } from '../../src/evaluate/deid/run-deid-eval.js';

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
  it('scores span and token level with partial-overlap credit and keeps DateYear apart', () => {
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
    const e = evaluateDeid([{ id: 'a', text, predicted: [{ start: 7, end: 10, category: 'NAME', source: 't' }, { start: 11, end: 14, category: 'NAME', source: 't' }] }], gold);
    expect(e.span.byCategory.NAME).toMatchObject({ tp: 1, fn: 0 });
    expect(e.span.byCategory.DATE).toMatchObject({ tp: 0, fn: 1 });
    expect(e.span.byCategory.DATE_YEAR).toMatchObject({ tp: 0, fn: 1 });
    expect(e.span.overall).toMatchObject({ tp: 1, fn: 1, fp: 1, recall: 0.5, precision: 0.5 });
    expect(e.token.byCategory.NAME).toMatchObject({ tp: 1, fn: 1 });
    expect(e.nonPhiAlteredRate).toBeCloseTo(1 / 4);
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
    // Floors just under the measured dev figures (recall 0.904, precision 0.866, names 0.939,
    // dates 0.933): a regression fails here. The bars (0.98 / 0.99 / 0.90) are not met yet.
    expect(e.span.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.span.overall.precision).toBeGreaterThanOrEqual(0.855);
    expect(e.span.byCategory.NAME!.recall).toBeGreaterThanOrEqual(0.93);
    expect(e.span.byCategory.DATE!.recall).toBeGreaterThanOrEqual(0.92);
    expect(e.nonPhiAlteredRate).toBeLessThan(0.003);
  }, 60_000);
});
