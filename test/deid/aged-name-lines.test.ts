import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { fieldLines } from '../../src/deid/free-text/aged-name-lines.js';
import { inventedStrings } from './invented-strings.js';

// Invented notes of one class (free-text/aged-name-lines.ts): a run of two or three name words
// opening its line (after an optional patient label) right before a date of birth or an age is the
// patient's name, in any case style. Vocabulary words in the same place stay ("Pt stable, DOB
// verified", "Fall risk (45)", "Good appetite, 45F").
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a name opening a line before the date of birth or the age', () => {
  it.each([
    ['Intake 3/2\nthandiwe okoro-bassey, DOB 04/11/1969, referred by pcp', 'okoro'],
    ['Walk-in visit\nlucrezia m. halloran (47), forklift driver', 'halloran'],
    ['REFERRAL CALL\nPT OSVALDO QUIRINDONGO, 71M, FROM NURSING HOME', 'QUIRINDONGO'],
    ['Chair 12\nbao-ngoc,tranh  DOB March 2, 1958\nDry weight 62', 'tranh'],
  ])('finds the name in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });

  it.each([
    'Pt stable, DOB verified with two identifiers',
    'Fall risk (45), bed alarm on',
    'Good appetite, 45F room temp noted',
    'Left knee (2) views ordered',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('fieldLines (the lines an aged name line may stand on)', () => {
  // The whole-text pattern it replaces: the lead of blanks or a comma inside the pattern.
  const WITH_LEAD = /(?:[ \t]*,[ \t]*|[ \t]+)(?:d\.?o\.?b|\(\d{1,3}\)|\d{1,3}[ \t]?(?:[mf]|yo|y\/o))/gi;
  const reference = (text: string) => {
    const out: number[] = [];
    for (const m of text.matchAll(WITH_LEAD)) {
      const start = text.lastIndexOf('\n', m.index - 1) + 1;
      if (out.length > 0 && out[out.length - 2] === start) continue;
      const feed = text.indexOf('\n', m.index);
      out.push(start, feed < 0 ? text.length : feed);
    }
    return out;
  };

  it('finds the lines the pattern with its lead finds, over invented lines of fields, blanks and commas', () => {
    const parts = [' ', '\t', ',', '\n', 'DOB', 'd.o.b', 'Do.B', '(4)', '(123)', '(1234)', '7', '45', '112', 'm', 'F', 'yo', 'Y/O', 'x', 'Ada', '-', '/'];
    let hits = 0;
    for (const text of inventedStrings(parts, 20000, 14, 5)) {
      const want = reference(text);
      if (want.length > 0) hits++;
      expect(fieldLines(text), JSON.stringify(text)).toEqual(want);
    }
    expect(hits).toBeGreaterThan(2000);
  });
});
