import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/ingest/tabular/csv-records.js';

const fields = (text: string, cols?: number) =>
  readCsvRecords(text, cols).map((r) => (r.ok ? r.fields : `ERR line ${r.line}: ${r.problem}`));

describe('readCsvRecords', () => {
  it('reads RFC 4180 quoting: escaped quotes, commas and line breaks inside quotes, CRLF, LF, CR', () => {
    expect(fields('a,"b ""q"", c","x\r\ny"\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([
      ['a', 'b "q", c', 'x\r\ny'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
  });

  it('keeps a quote inside an unquoted field and empty trailing fields', () => {
    expect(fields('5\'10",x,\n,,')).toEqual([["5'10\"", 'x', ''], ['', '', '']]);
  });

  it('reports an unterminated quote at its line and resumes on the next line', () => {
    expect(fields('a,b\n1,"open\n2,ok\n', 2)).toEqual([['a', 'b'], 'ERR line 2: unterminated quoted field', ['2', 'ok']]);
  });

  it('treats a multi-line record with the wrong column count as a stray quote', () => {
    expect(fields('a,b\n1,"x\n2,y",z\n3,w\n', 2)).toEqual([
      ['a', 'b'],
      'ERR line 2: a quoted field runs over 2 lines and the record has 3 columns, expected 2 (unbalanced quote?)',
      ['2', 'y"', 'z'],
      ['3', 'w'],
    ]);
  });

  it('counts physical lines across multi-line records and blank lines', () => {
    const recs = readCsvRecords('\uFEFFh1,h2\n\n"a\nb",c\n\nd,e\n');
    expect(recs.map((r) => [r.line, r.raw])).toEqual([
      [1, 'h1,h2'],
      [3, '"a\nb",c'],
      [6, 'd,e'],
    ]);
  });
});
