import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 22): the person to "pick up … from" somewhere, and the patient
// after "re:" closing an SBAR call's line, even when the name is also a word.
const spans = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));

describe('the name after "pick up" and before "from"', () => {
  it.each([
    ['res at exit door 6:10 pm, stated "i have to pick up ivy from the bus stop".', ['ivy']],
    ['Resident stated "I need to pick up Oluwaseun from Maple Elementary".', ['Oluwaseun']],
    ['WANTS TO PICK UP JOY BAKER FROM CHOIR PRACTICE.', ['JOY', 'BAKER']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'pick-up')).toEqual(expected);
  });

  it.each([
    'Daughter will pick up meds from CVS tomorrow.',
    'son to pick up prescription from pharmacy.',
    'will pick up her from day program',
    'Wife to pick up Keppra from the pharmacy.',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'pick-up')).toEqual([]);
  });
});

describe('the patient after "re:" closing an SBAR call line', () => {
  it.each([
    ['SBAR CALL TO J. OTT, MD AT 0210 RE: FIELDS\nS: NEW AFIB', ['FIELDS']],
    ['sbar call to dr. m. sato at 0415 re: baker\ns: k 6.0', ['baker']],
    ['SBAR call to Dr. Lind at 2200 re: Sparrow\nS: hypotension', ['Sparrow']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'call-subject')).toEqual(expected);
  });

  it.each([
    'SBAR call to Dr. Lind at 2200 re: hypotension\nS: BP 78/40',
    'sbar call to md re: code\ns: pt unresponsive',
    'Called pharmacy re: Keppra level.',
    'SBAR CALL TO DR. OTT RE: K 6.1',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'call-subject')).toEqual([]);
  });
});
