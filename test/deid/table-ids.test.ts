import { describe, expect, it } from 'vitest';
import { tableIds } from '../../src/deid/table-ids.js';
import { detectPhi } from '../../src/deid/detect.js';

const ids = (text: string) => tableIds(text).map((s) => text.slice(s.start, s.end));

// Issue 11: in a bar-separated table whose head row names a column of identifiers
// (tableIds.heads in rules/en/deid-pattern-cues.yaml), each row's code in that column is an
// identifier, though no label stands before it on its row. Every example is invented.
describe('codes in a table column of identifiers', () => {
  it('takes the codes under an ID head, row after row', () => {
    const note = 'Day | Time | Interpreter | ID | Mode\n3/2 | 0915 | Ola P. | 48120 | VRI\n3/3 | 1400 | Sven Ruud | TR-5512 | phone\nEnd of log.';
    expect(ids(note)).toEqual(['48120', 'TR-5512']);
  });
  it.each([
    ['| Staff | Badge # | Shift |\n| Nell Orr | 7731 | days |', '7731'],
    ['Visit | Account: | Payer\n1/4 | A0098812 | self-pay', 'A0098812'],
    ['DATE|MRN|UNIT\n12/01|884120|4W', '884120'],
    ['Tech | Serial # | Result\nRB | SN-44710 | pass', 'SN-44710'],
  ])('%s → %s', (note, id) => {
    expect(ids(note)).toContain(id);
  });
  it.each([
    // No head of identifiers: counts, doses and times stay.
    'Time | HR | BP | SpO2\n0800 | 88 | 132/80 | 97',
    'Drug | Dose | Route\nvanc | 1250 | IV',
    // A head of identifiers, but the cell holds no code of three digits.
    'Name | ID | Note\nAmos | n/a | declined',
    'Name | ID | Note\nAmos | 12 | row twelve',
    // A row of another width is no row of the table.
    'Name | ID | Note\nsee below: 4471 | x',
    // A row below a blank line belongs to no table.
    'Name | ID | Note\n\nAmos | 55012 | later',
  ])('keeps %s', (note) => {
    expect(ids(note)).toEqual([]);
  });
  it('runs as a detection layer (source table-id)', () => {
    const note = 'DATE | INTERPRETER | ID\n2/2 | Rafe Mund | 30194';
    expect(detectPhi(note).some((s) => s.source === 'table-id' && note.slice(s.start, s.end) === '30194')).toBe(true);
  });
});
