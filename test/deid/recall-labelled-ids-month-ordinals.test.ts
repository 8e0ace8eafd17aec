import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of two pattern classes (src/deid/patterns.ts, deid-pattern-cues.yaml idLabels):
// a record number whose label says in brackets whose number it is ("MRN (SENDING) 412-07-33"), or
// after the claim label's short form "clm"; and a lower-case "mar" / "may" with an ordinal day
// ("labs mar 5th"), which is a date unless the ordinal counts something ("may 2nd line agent").
const found = (text: string, category: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('labelled record numbers', () => {
  it.each([
    ['PT: ROE, ANA   MRN (SENDING) 412-07-33 | DX: SEPSIS', '412-07-33'],
    ['Acct (old) B7730912 merged', 'B7730912'],
    ['er: quarry bend paving | clm: 771k40213 | attended', '771k40213'],
    ['lee, tom  clm 23-660410 | carrier on file', '23-660410'],
  ])('%j', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });
});

describe('lower-case month with an ordinal day', () => {
  it.each([
    ['f/u 6 wk, labs mar 5th', 'mar 5th'],
    ['next appt may 3rd at 10', 'may 3rd'],
    ['seen the 2nd of may', '2nd of may'],
  ])('%j', (text, date) => {
    expect(found(text, 'DATE')).toContain(date);
  });
});

describe('the same shapes that stay', () => {
  it.each([
    ['methotrexate may 2nd line agent if fails', 'DATE'],
    ['pt may 3rd degree burn on forearm', 'DATE'],
    ['ID (photo) checked at door', 'ID'],
    ['claims reviewed, no clm', 'ID'],
  ])('%j', (text, category) => {
    expect(found(text, category)).toEqual([]);
  });
});
