import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/comma-name-pairs.ts): the other half of a
// "Last, First" pair set off as a field anywhere in a note, though it is also a word.
const spans = (text: string) => detectFreeTextNames(text, { profile: 'balanced', model: null });
const bySource = (text: string, source: string) => spans(text).filter((s) => s.source === source).map((s) => text.slice(s.start, s.end));

describe('the word half of a "Last, First" pair whose other half was found', () => {
  it.each([
    ['STUDENT: HALVORSEN, CHASE    GRADE: 5', 'CHASE'],
    ['Also present: A. Blackwood (genetic counsellor), COPELAND,ARCHER (PharmD), Szymanski (trials office)', 'ARCHER'],
    ['minutes for CARMODY, GINGER (mrn 7083388)', 'GINGER'],
    ['Pharmacist (KOWALCZYK,DUSTY, x4236) reviewed doses.', 'DUSTY'],
    ['ICVP name as in passport: PACE,LOURDES. Stamp applied.', 'PACE'],
    ['Tutor list (Whitfield, Iris; Moreno, Faith) updated.', 'Faith'],
  ])('%j', (text, half) => {
    expect(bySource(text, 'comma-pair')).toContain(half);
  });
});

describe('a pair set off by a table or a header', () => {
  // A table's bars set the pair off; so does a tab or a run of blanks before it (a header's next field).
  it.each([
    ['1 | HALVORSEN, CHASE | 2/3/1990 | L delt', 'CHASE'],
    ['Diet consult | Copeland, Ginger | MR# 2231', 'Ginger'],
    ['INFUSION FLOWSHEET  KOWALCZYK, DUSTY  #E5512', 'DUSTY'],
    ['Roster:\tMoreno, Faith\tRm 12', 'Faith'],
  ])('%j', (text, half) => {
    expect(spans(text).map((s) => text.slice(s.start, s.end))).toContain(half);
  });
});

describe('a word after a name and its comma that is no field of a pair', () => {
  it.each([
    // A function word, a month, a service, a sex word, or no close after the word.
    'Seen with Dr. Okafor, Will follow up in AM.',
    'Discussed with Okafor, May 5 follow-up.',
    'Dr. Halvorsen, Cardiology, agrees.',
    'Okafor, Rose garden trip planned.',
    'Mr. Okafor, Patient, 45 y/o',
    // Another case than the name found.
    'HALVORSEN, Chase the results.',
    // A bar after a word that runs on, or a single blank before a pair inside a sentence.
    'Spoke to Okafor, Rose garden | 3 pm',
    'Called back Okafor, Will follow.',
  ])('%j', (text) => {
    expect(bySource(text, 'comma-pair')).toEqual([]);
  });
});
