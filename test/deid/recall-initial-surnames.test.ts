import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/keep-list/keep-list-names.ts, initialInPersonSlot): an
// initial and a surname that is also a word or an eponym ("R. Frost", "T. HARTMANN") where a
// person's name stands — opening a field's value or a list's item, after a staff role, or closed by
// credentials, a role in brackets or a verb only a person takes. After an ordinary word the letter
// is that word's ("hepatitis B. Strong"), and a line's first letter is an outline's.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('an initial and a surname that is a word, where a name stands', () => {
  it.each([
    ['Referring: R. Frost, Eastside Family Practice', ['R', 'Frost']],
    ['Attendees: Mia Okoro (MDS), L. Fields (activities), Tomas Reyes RD', ['L', 'Fields']],
    ['prior auth faxed. -K. Rivers\n', ['K', 'Rivers']],
    ['NIGHT FLOAT: D. HILLS PGR 4410', ['D', 'HILLS']],
    ['nursing P. Lane agrees, will recheck at 0400.', ['P', 'Lane']],
    ['FSBG 38.\nM. ROBBINS, MD AWARE, D50 GIVEN.', ['M', 'ROBBINS']],
    ['Team present: S. Banks, DO (fellow), W. Young (scrub)', ['S', 'Banks']],
    ['Transcriptionist: J. Ward\nJob 4471', ['J', 'Ward']],
    // An eponym after an initial is a surname.
    ['Plan reviewed with G. Hartmann, MD.', ['G', 'Hartmann']],
    ['Printed 3/2/22 by L. Jefferson  page 1 of 3', ['L', 'Jefferson']],
    // In a lower-case note, a lower-case initial in a person's position.
    ['call if crisis.\n-- k. rowe, lcsw / attending dr. ines marr', ['k', 'rowe']],
    ['spoke w/ family, per m. vance np ok to hold.', ['m', 'vance']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a letter and a word that name no one', () => {
  it.each([
    'Positive for hepatitis B. Strong suspicion of cirrhosis remains.',
    'Low vitamin D. Cook meals with fortified milk.',
    'SPECIMENS:\nB. Colon, biopsy\nC. Brown fluid, aspirate',
    'Grade C. Long segment of narrowing noted.',
    'History of Parkinson disease, on carbidopa.',
    'cc: Dr. Ana Silva; P. Quist, Risk; file',
    'stool positive for c. diff, started po vanc.',
    'culture grew s. aureus, on cefazolin.',
  ])('%s', (text) => {
    const found = names(text);
    for (const w of ['Strong', 'Cook', 'Colon', 'Brown', 'Long', 'Parkinson', 'Risk', 'diff', 'aureus']) expect(found.join(' ')).not.toContain(w);
  });

  it.each([
    ['signed: h. hale, lsw january 16, 2020 0850', 'lsw'],
    ['-- P. Okoye, DPM 4/2', 'DPM'],
    ['Signed: K. Young, DPT 3/16/2025', 'DPT'],
  ])('a credential after the name is none of it: %s', (text, credential) => {
    expect(names(text)).not.toContain(credential);
  });
});

// "A." and "I." (an article's or a pronoun's letter far more often) are initials only in a person's position.
describe('the initials A. and I. before a surname that is a word, in a person slot only', () => {
  it.each([
    ['Referring: A. Friend, Lowell Community Health', ['A', 'Friend']],
    ['ASSISTANT: I. Strong, RNFA', ['I', 'Strong']],
    ['Attendees: Mia Okoro (MDS), A. Stone (activities)', ['A', 'Stone']],
    ['Wound orders changed per I. Hardy DO today.', ['I', 'Hardy']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(['Positive for hepatitis A. Strong suspicion of cirrhosis.', 'He is more tired than I. Brown stools since Monday.', 'Plan A. Stone removal next week.', 'Grade I. Hardy plants only.'])('%s', (text) => {
    const found = names(text).join(' ');
    for (const w of ['Strong', 'Brown', 'Stone', 'Hardy']) expect(found).not.toContain(w);
  });
});
