import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 28): a patient's given name after a section label before a
// patient descriptor ("HPI: Heath is a 20 year old"), and a salutation that opens a letter's line
// before its first words ("Dear April, you were …"), even when the name is also a word.
const names = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));

describe('a name after a section label before a patient descriptor', () => {
  it.each([
    ['HPI: Clay is a 61 year old man with CHF.', ['Clay']],
    ['ID: Honey is a 38 yo G2P1 here for follow-up.', ['Honey']],
    ['Brief summary: Sage presented with fever.', ['Sage']],
    ['HPI: Dusty Quarrington is a 70 yo with COPD.', ['Dusty', 'Quarrington']],
  ])('%j', (text, expected) => {
    expect(names(text, 'name-position:descriptor')).toEqual(expected);
  });

  it.each([
    'HPI: Patient is a 70 year old man with CHF.',
    'Assessment: This is a 54 yo woman with sepsis.',
    'Plan: Lasix is a reasonable option.',
    'CC: Chest pain is a concern.',
    'Dx: Parkinson is a likely contributor.',
    'MOI: PERICARDIOCENTISIS S/P PEA ARREST, LEFT THORACOTOMY.',
  ])('finds no name in %j', (text) => {
    expect(names(text, 'name-position:descriptor')).toEqual([]);
  });
});

describe('a month name in a salutation opening a letter before its first words', () => {
  it.each([
    ['Dear April, you were in the hospital for pneumonia.', ['April']],
    ['Instructions (given in writing): Dear June, please take your medicines.', ['June']],
    ['DEAR MAY, YOU WERE SEEN FOR A FALL.', ['MAY']],
    ['dear august, here is your plan.', ['august']],
  ])('%j', (text, expected) => {
    expect(names(text, 'name-slot:calendar')).toEqual(expected);
  });

  it.each([
    'Seen in April, dear colleague, for follow-up.',
    'Dear April 3 appointment was missed.',
    'It was cold, dear May, we recall.',
    'Dear Dr., you were right.',
  ])('finds no name in %j', (text) => {
    expect(names(text, 'name-slot:calendar')).toEqual([]);
  });
});
