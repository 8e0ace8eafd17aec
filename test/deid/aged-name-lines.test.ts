import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

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
