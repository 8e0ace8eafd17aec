import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/role-names.ts, rules/en/deid-person-slots.yaml roleNames):
// a given name that is also a word after a staff role written out ("circulator", "tech", "chaplain"), set
// off as a field of its own by a semicolon, a comma, a stop or the line end; in capitals too.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a word-name after a written-out staff role, set off as a field', () => {
  it.each([
    ['DESCRIPTION:\nCIRCULATOR HOPE; SCRUB TECH FAITH.\nEBL: 50 ML.', ['HOPE', 'FAITH']],
    ['Description:\nCirculator Serenity; scrub tech Mercy.\nEBL 50 mL', ['Serenity', 'Mercy']],
    ['COUNTS CORRECT X2.\nCIRCULATING RN GINGER, SCRUB TECH AUGUSTINE.', ['GINGER']],
    ['FAMILY AT BEDSIDE, CHAPLAIN JOY.\nPLAN: CONTINUE.', ['JOY']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('words after a role that name nobody', () => {
  it.each([
    'CIRCULATOR CARE; SUPERVISOR NOTIFIED.\nTECH PRESENT.',
    'RT HAND SWOLLEN, PA DOWN.',
    'INTERPRETER SPANISH, TECH AT BEDSIDE.',
    'TECH WILL.\nCIRCULATOR PENDING.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
