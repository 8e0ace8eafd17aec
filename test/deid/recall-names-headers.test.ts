import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11): the patient's name in a header line — "LAST, FIRST" opening a line (or
// after a label or a "|") and closing it or followed by a field, after "pt" with an identifier, a
// name field without a colon, a name opening a line before a patient descriptor.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectFreeTextNames(text, { model: null, profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('"LAST, FIRST" header lines', () => {
  it.each([
    ['NIGHT NOTE 1900-0700\nVASQUEZ-LINDT, MERCY BED 7\nNEURO: A+O X3', ['VASQUEZ', 'LINDT', 'MERCY']],
    ['POST OP CHECK\nOKONKWO, HOPE S/P LAP CHOLE\n', ['OKONKWO', 'HOPE']],
    ['RE: Baker, Will\nDOB: on file', ['Baker', 'Will']],
    ['Pt: Hill, Summer  Acct# 55120  Unit 3E', ['Hill', 'Summer']],
    ['US PELVIS | 22-US-00017 | Marsh, Rose\nHx: pain', ['Marsh', 'Rose']],
    ['Patient name: Ó Briain, Grace\nDate: today', ['Briain', 'Grace']],
    ['Hawthorne-Beck, Joy - teacher, here with her sister', ['Hawthorne', 'Beck', 'Joy']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it('takes no word after the wide gap of the next field', () => {
    expect(names('Pt: Hill, Summer  Acct# 55120')).not.toContain('Acct');
  });
});

describe('a name after "pt" or a name label, or opening a line before a descriptor', () => {
  it.each([
    ['consent obtained; pt Bishop (7730021) identified by band', ['Bishop']],
    ['DISCHARGE NOTE\nName Faith Oduya | MRN 4410', ['Faith', 'Oduya']],
    ['Clinic visit\nHolloway here for wound check\nVitals stable', ['Holloway']],
    ['REFERRAL\nSunniva is a 54 year-old teacher with migraine.', ['Sunniva']],
    ['TRAUMA ICU - NSG\nRAGNHILD OYEBANJI POD#3 S/P EX LAP', ['RAGNHILD', 'OYEBANJI']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it('leaves a name-list word before a patient state (it reads like "PT WELL SEDATED")', () => {
    expect(names('NSG: PT HILL ALERT, FOLLOWS COMMANDS', 'strict')).toEqual([]);
  });
});

describe('what stays: clinical lists, adverbs and headings in the same positions', () => {
  it.each([
    'NEURO, RESP, CV UNCHANGED\nPLAN: CONT',
    'Alert, oriented\nLungs: clear',
    'PT WELL SEDATED. PT MORE AWAKE THIS AM. PT STILL ALERT.',
    'PT ALL MORNING ON BIPAP. PT NOW AFEBRILE.',
    'Pain here for three days, worse at night.',
    'Patient is a 54 year-old teacher.',
    'Knee: effusion small, drawer neg.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
