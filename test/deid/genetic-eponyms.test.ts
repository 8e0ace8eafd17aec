import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text, undefined, { profile: 'balanced' })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 25: hereditary-cancer syndromes and risk models named after people (lexicons/clinical-terms.txt).
// Every example is invented.
describe('genetic eponyms are no names', () => {
  it.each([
    'Criteria for Li-Fraumeni not met; Peutz-Jeghers unlikely.',
    'Cowden syndrome (PTEN) discussed with the family.',
    'Tyrer-Cuzick lifetime risk 18%; CanRisk/BOADICEA pending.',
    'Von Hippel-Lindau and Gorlin syndrome ruled out.',
    'BRCAPRO 3.1%.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Signed: Marta Quell, MS, CGC on 3/4', ['Marta Quell']],
    ['Electronically signed: Ivo Brandt, MS, LCGC', ['Ivo Brandt']],
    ['Seen with Dr. Anouk Brisbois today.', ['Anouk Brisbois']],
  ])('the person stays a name: %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});
