import { describe, expect, it } from 'vitest';
import { iterateHl7, parseHl7 } from '../../../src/ingest/hl7/parse-hl7.js';
import { fixture, onlyReport, reportAt } from './fixtures.js';

const base = fixture('oru-full.hl7');
const expectedText = onlyReport(parseHl7(base)).text;

describe('framing', () => {
  it.each([
    ['CR', '\r'],
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('accepts %s segment ends', (_name, eol) => {
    const report = onlyReport(parseHl7(base.replace(/\r/g, eol)));
    expect(report.text).toBe(expectedText);
    expect(report.accession).toBe('FILLER-42');
  });

  it('accepts mixed segment ends in one message', () => {
    const lines = base.split('\r');
    const mixed = lines.map((l, i) => l + ['\r', '\n', '\r\n'][i % 3]).join('');
    expect(onlyReport(parseHl7(mixed)).text).toBe(expectedText);
  });

  it('drops a leading BOM', () => {
    const report = onlyReport(parseHl7(`\ufeff${base}`));
    expect(report.source.messageId).toBe('SYN-ORU-0001');
    expect(report.text).toBe(expectedText);
  });

  it('unwraps MLLP frames (0x0B … 0x1C 0x0D), with a BOM and CRLF inside a frame', () => {
    const items = parseHl7(fixture('mllp-bom.hl7'), { file: 'mllp-bom.hl7' });
    expect(items).toHaveLength(2);
    expect(reportAt(items, 0).text).toBe('No pneumothorax.');
    expect(reportAt(items, 1).text).toBe('No nodule.');
    expect(reportAt(items, 1).source).toMatchObject({ messageId: 'SYN-MLLP-2', row: 2, file: 'mllp-bom.hl7' });
  });

  it('splits several messages per file and tolerates blank lines between them', () => {
    const two = `${base}\r\n\r\n${base.replace('SYN-ORU-0001', 'SYN-ORU-0002')}\n\n`;
    const items = parseHl7(two);
    expect(items.map((i) => i.kind)).toEqual(['report', 'report']);
    expect(reportAt(items, 1).source).toMatchObject({ messageId: 'SYN-ORU-0002', row: 2 });
  });

  it('ignores FHS / BHS / BTS / FTS envelope segments and keeps the messages inside', () => {
    const items = parseHl7(fixture('batch-lf.hl7'), { file: 'batch-lf.hl7' });
    expect(items.map((i) => i.kind)).toEqual(['report', 'skipped', 'skipped', 'report']);
    expect(reportAt(items, 0).source).toMatchObject({ messageId: 'SYN-BATCH-1', row: 1 });
    expect(reportAt(items, 3)).toMatchObject({ accession: 'ACC-6004', status: 'preliminary', text: 'IMPRESSION: No fracture.' });
  });

  it('yields nothing for empty or blank input', () => {
    expect(parseHl7('')).toEqual([]);
    expect(parseHl7('\r\n\n  \r')).toEqual([]);
  });
});

describe('iterateHl7', () => {
  it('yields the same items as parseHl7, one at a time', () => {
    const text = fixture('batch-lf.hl7');
    const items = [...iterateHl7(text, { file: 'b.hl7' })];
    expect(JSON.stringify(items)).toBe(JSON.stringify(parseHl7(text, { file: 'b.hl7' })));
    expect(items).toHaveLength(4);
  });
});
