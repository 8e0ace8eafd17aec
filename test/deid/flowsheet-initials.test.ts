import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The last cell of a flowsheet's or log's rows is the writer's initials when the column's head says
// so ("Init", "By") or when other rows of the same table close on two different groups no vocabulary
// holds: then even a group that spells an abbreviation or a word ("LR", "AM", "as") signs its row.
// Without such a column, a row's closing abbreviation stays ("PO", "RA"). Every example is invented.
const names = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('flowsheet initials: a column of initials', () => {
  it.each([
    ['under a barred head', 'Time  | Location | Behavior      | Init\n------+----------+---------------+-----\n0800  | bed      | asleep        | LR\n0815  | hall     | walking, calm | LR\n', ['LR', 'LR']],
    ['under a blank-aligned head holding digits', 'Time   Rate      BP       SpO2  Init\n0820   10 mL/h   141/92   96%   AM\n0850   20 mL/h   115/59   99%   AM\n', ['AM', 'AM']],
    ['under a "By" head', 'Date | Dose   | Site   | By\n3/1  | 0.5 mL | L delt | cb\n3/2  | 0.5 mL | R delt | cb\n', ['cb', 'cb']],
    [
      'among sure groups in lower case',
      'Labor log\n0845  pt pushing, station +1  kq\n1107  repositioned, peanut ball  zv\n1348  Pitocin increased to 4  as\n1517  ctx q2-3  na\n',
      ['kq', 'zv', 'as', 'na'],
    ],
    ['among sure groups in capitals', 'Vent log\n0400  SIMV  0.40  8   QZ\n0800  SIMV  0.35  5   ET\n1200  CPAP  0.30  5   XV\n', ['QZ', 'ET', 'XV']],
  ])('%s', (_, text, expected) => {
    for (const g of new Set(expected)) expect(names(text).filter((n) => n === g).length, g).toBe(expected.filter((e) => e === g).length);
  });
});

describe('flowsheet initials: no column of initials', () => {
  it.each([
    ['a route column', 'MAR\n0800  Tylenol 650 mg  PO\n1200  Tylenol 650 mg  PO\n1600  Zofran 4 mg  IV\n', ['PO', 'IV']],
    ['a room-air column', 'Vitals\n0800  98.6  120/80  96%  RA\n1200  98.4  118/76  95%  RA\n', ['RA']],
    ['one sure group beside an abbreviation', 'Log\n0800  up in chair  RA\n0900  back to bed  QZ\n', ['RA']],
    ['a head word closing a sentence, not a column', 'Dressing changed by\n0800  site clean  PO\n0900  site dry  PO\n', ['PO']],
    ['another table after a blank line', 'Labor log\n0845  pushing  kq\n1107  repositioned  zv\n\nVitals\n0800  98.6  96%  RA\n1200  98.4  95%  RA\n', ['RA']],
    ['a closing reply or a credential', 'Labor log\n0845  pushing  kq\n1107  repositioned  zv\n1200  rechecked  ok\n1300  called  RN\n', ['ok', 'RN']],
  ])('%s', (_, text, kept) => {
    for (const w of kept) expect(names(text), w).not.toContain(w);
  });
});

describe('flowsheet initials: a key of initials', () => {
  it('a group explained by a name signs', () => {
    const text = 'Dr. Quill notified 1135.\nInitials key: HA = Acheampong, Haruto, CRT; SM = Sigrid Okafor, RRT; DH = Dawlish';
    expect(names(text)).toEqual(expect.arrayContaining(['HA', 'SM', 'DH']));
  });
  it.each(['Key: EF = Ejection fraction; BP = 120/80; RA = Room air', 'GI=OGT-CLAMPED. GU=FOLEY', 'Legend: NS = Normal saline'])('%j: no key of initials', (text) => {
    expect(names(text)).toEqual([]);
  });
});
