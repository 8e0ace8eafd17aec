import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11): sign-off lines with several people ("A RN / B SN", "X, CRT / Y, RRT"),
// a name before a role in brackets, and the name line after a valediction.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('signature lines with several people', () => {
  it.each([
    ['SIG: HOPE R. DALGAARD RN / B. MARSH SN', ['HOPE', 'R', 'DALGAARD', 'B', 'MARSH']],
    ['TOMASZ WOOD, CRT / IMOGEN P. FIELD, RRT', ['TOMASZ', 'WOOD', 'IMOGEN', 'P', 'FIELD']],
    ['Summer Okonjo RN / Page Lindahl SN', ['Summer', 'Okonjo', 'Page', 'Lindahl']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a name before a role in brackets', () => {
  it.each([
    ['OSTOMY TEACHING DONE (SIOBHAN HILL WOCN) 3/4', ['SIOBHAN', 'HILL']],
    ['VENT WEAN STARTED (DEVRIM FROST CRT)', ['DEVRIM', 'FROST']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('the name line after a valediction', () => {
  it.each([
    ['Thank you for the referral.\n\nKind regards,\nIvy Tremaine\nConsultant Rheumatologist', ['Ivy', 'Tremaine']],
    ['We will see her again in May.\n\nBest,\nFaith W.\n', ['Faith', 'W']],
    ['Yours sincerely\nPiet van der Merwe\n', ['Piet', 'van', 'der', 'Merwe']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('what stays', () => {
  it.each([
    'FOLLOW UP WITH WOUND CARE (WOCN CONSULT PLACED)',
    'Kind regards,\nThe Cardiology Team\n',
    'Best,\nDr.\n',
    'VENT: AC 450 X 14 / PEEP 5 / FIO2 40%',
    'CHEST TUBE TO SUCTION (PRN)',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('staff words next to names stay (they are the role, not the name)', () => {
  it.each([
    ['Surgeon: Ines W. Karlberg, MD', 'Surgeon'],
    ['Oskar B. Lindqvist, MD - Attending Radiologist', 'Radiologist'],
    ['Reader: Hedda Moe, MD', 'Reader'],
    ['Dictator: Per Aune, MD   Transcriptionist: xq', 'Transcriptionist'],
    ['From: Dr T. Falk, Rheumatology, North Clinic', 'Rheumatology'],
  ])('%s', (text, role) => {
    expect(names(text)).not.toContain(role);
  });
});
