import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RawReportSchema, type RawReport } from '../../../src/domain/report.js';
import type { IngestItem } from '../../../src/ingest/ingest-item.js';
import { parseCsv } from '../../../src/ingest/tabular/index.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/tabular/${name}`, import.meta.url)), 'utf8');
const summary = (items: IngestItem[]): Array<[string, number | undefined, string | undefined]> =>
  items.map((i) =>
    i.kind === 'report'
      ? ['report', i.report.source.row, i.report.archiveId]
      : i.kind === 'error'
        ? [i.error.code, i.error.locator.row, i.error.locator.messageId]
        : [i.reason, i.locator.row, i.locator.messageId],
  );
const sec = (r: RawReport): Array<[string, string | null, string]> => r.sections.map((s) => [s.name, s.heading, r.text.slice(s.start, s.end)]);

describe('parseCsv: text column, header detection, broken rows', () => {
  const items = parseCsv(fixture('broken-rows.csv'), { file: 'broken-rows.csv' });

  it('reports each broken row alone; the rows before and after still come through', () => {
    expect(summary(items)).toEqual([
      ['report', 1, 'R1'],
      ['report', 2, 'R2'],
      ['CSV_PARSE', 3, undefined],
      ['report', 4, 'R4'],
      ['CSV_PARSE', 5, undefined],
      ['CSV_PARSE', 6, undefined],
      ['no-text', 7, 'R7'],
      ['report', 8, 'R8'],
    ]);
  });

  it('does not let a stray quote swallow the following lines into one record', () => {
    expect(summary(parseCsv('id,text\n1,"a\n2,IMPRESSION: b\n3,IMPRESSION: c\n'))).toEqual([
      ['CSV_PARSE', 1, undefined],
      ['report', 2, '2'],
      ['report', 3, '3'],
    ]);
  });

  it('names the row and the physical line, never the row text', () => {
    const errors = items.flatMap((i) => (i.kind === 'error' ? [i] : []));
    expect(errors[0]!.error.describe()).toBe('broken-rows.csv row 3: CSV_PARSE: row 3 (line 10): unexpected character after a closing quote');
    expect(errors[1]!.error.message).toBe('row 5 (line 12): 5 columns, the header has 6');
    expect(errors[2]!.error.message).toBe('row 6 (line 13): unexpected character after a closing quote');
    expect(errors[0]!.raw).toBe('R3,P003,Case Cy,1980-05-05,MR,"FINDINGS: unterminated quote starts here,');
    for (const e of errors) expect(e.error.message).not.toMatch(/FINDINGS|Example|P00/);
  });

  it('detects id / text columns, splits the text and fills identifiers from mapped columns', () => {
    const r1 = items[0]!.kind === 'report' ? items[0]!.report : undefined;
    expect(() => RawReportSchema.parse(r1)).not.toThrow();
    expect(r1!.text).toBe('FINDINGS: Lungs clear.\nIMPRESSION: No acute disease.');
    expect(sec(r1!)).toEqual([
      ['findings', 'FINDINGS:', 'Lungs clear.'],
      ['impression', 'IMPRESSION:', 'No acute disease.'],
    ]);
    expect(r1!.source).toEqual({ format: 'csv', system: 'csv', messageId: 'R1', row: 1, file: 'broken-rows.csv' });
    expect(r1!.patientId).toBe('P001');
    expect(r1!.modality).toBe('XR'); // CR, in the shared modality vocabulary
    expect(r1!.identifiers).toMatchObject({ patientIds: ['P001'], patientNames: [{ given: [], text: 'Testperson, Ana' }], birthDate: '1961-02-03' });
    const r2 = items[1]!.kind === 'report' ? items[1]!.report : undefined;
    expect(r2!.identifiers.birthDate).toBe('1970-01-01');
    expect(r2!.text).toContain('no "ground-glass" opacity');
    expect(sec(r2!).map(([n]) => n)).toEqual(['indication', 'findings', 'impression']);
    expect(items[0]!.kind === 'report' && items[0]!.report.text).not.toContain('\r');
  });
});

describe('parseCsv: section columns (openi preset)', () => {
  const items = parseCsv(fixture('sections.csv'), { preset: 'openi', file: 's.csv' });

  it('builds headed text with direct section offsets and keeps MeSH / Problems out of the text', () => {
    const r = items[0]!.kind === 'report' ? items[0]!.report : undefined;
    expect(r!.text).toBe('INDICATION:\nChest pain.\n\nCOMPARISON:\nNone.\n\nFINDINGS:\nMild cardiomegaly. Lungs clear.\n\nIMPRESSION:\nMild cardiomegaly.');
    expect(sec(r!)).toEqual([
      ['indication', 'INDICATION:', 'Chest pain.'],
      ['comparison', 'COMPARISON:', 'None.'],
      ['findings', 'FINDINGS:', 'Mild cardiomegaly. Lungs clear.'],
      ['impression', 'IMPRESSION:', 'Mild cardiomegaly.'],
    ]);
    expect(r!.text).not.toMatch(/Cardiomegaly\/mild|Xray Chest/);
    expect(r!.procedure).toEqual({ text: 'Xray Chest PA and Lateral' });
    expect([r!.modality, r!.bodyPart]).toEqual(['XR', 'chest']);
    expect(r!.source.system).toBe('openi');
    expect(r!.archiveId).toBe('10');
  });

  it('skips empty section columns and skips a row with no text at all as no-text', () => {
    const r = items[1]!.kind === 'report' ? items[1]!.report : undefined;
    expect(r!.text).toBe('IMPRESSION:\nNo acute cardiopulmonary abnormality.');
    expect(summary(items).map((s) => s[0])).toEqual(['report', 'report', 'no-text']);
    const empty = items[2]!;
    expect(empty.kind === 'skipped' && empty.detail).not.toMatch(/Opacity/);
  });
});

describe('parseCsv: mappings and header problems', () => {
  it('names the missing column and the header seen', () => {
    const [e] = parseCsv('key,body\n1,text\n', { file: 'x.csv' });
    expect(e!.kind === 'error' && e!.error.code).toBe('CSV_MISSING_COLUMN');
    expect(e!.kind === 'error' && e!.error.message).toBe('missing column id (one of id, report_id, accession); header seen: key, body');
    const [f] = parseCsv('id,body\n1,text\n');
    expect(f!.kind === 'error' && f!.error.message).toMatch(/^missing column text .*header seen: id, body$/);
    const [g] = parseCsv('id,report\n1,x\n', { mapping: { id: 'id', text: 'report_text' } });
    expect(g!.kind === 'error' && g!.error.message).toBe('missing column report_text; header seen: id, report');
  });

  it('accepts an explicit mapping, a BOM and LF or CRLF line ends', () => {
    const items = parseCsv('\uFEFFacc,body,mod\r\nA1,IMPRESSION: Normal.,DX\r\n', { mapping: { id: 'acc', text: 'body', modality: 'mod', accession: 'acc' } });
    const r = items[0]!.kind === 'report' ? items[0]!.report : undefined;
    expect(r).toMatchObject({ archiveId: 'A1', accession: 'A1', modality: 'XR', identifiers: { otherIds: ['A1'] } });
  });

  it('rejects an invalid mapping or unknown preset as one CONFIG_INVALID item', () => {
    const [a] = parseCsv('id,text\n1,x\n', { mapping: { id: 'id' } as never });
    expect(a!.kind === 'error' && [a!.error.code, a!.error.message]).toEqual(['CONFIG_INVALID', 'column mapping mapping: the mapping needs a text column or at least one section column']);
    const [b] = parseCsv('id,text\n1,x\n', { preset: 'nope' });
    expect(b!.kind === 'error' && b!.error.message).toBe('unknown column preset "nope" (known: openi, mimic-cxr, chexpert)');
  });

  it('errors on an empty id, skips blank lines, and handles a header-only or empty file', () => {
    expect(summary(parseCsv('id,text\n\n,IMPRESSION: x\n\n2,IMPRESSION: y'))).toEqual([
      ['CSV_PARSE', 1, undefined],
      ['report', 2, '2'],
    ]);
    expect(parseCsv('id,text\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });
});
