// Place classes of session 25 (issue 11, recall of locations), each tested as a class on invented
// examples with same-shape negatives:
// - the town after a word of residence and "in" that is also a word or a name ("LIVES WITH MOTHER IN
//   MARBLE.", "at home in Reading)"), and a town of two Title-case words ("in Sawyer Gap;");
// - the town after the person of a note's opening line ("62 y.o. woman from Trillium");
// - in the strict profile, the state before a word of its law ("per NM law", deid-place-cues.yaml states.lawsAfter).
import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { wordsCovered } from './rule-spans.js';

/** The place spans the rule passes alone find (no learned layer). */
const placeSpans = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectFreeTextNames(text, { profile, model: null }).filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION');
const found = (text: string, phrase: string, profile: 'balanced' | 'strict' = 'balanced') => wordsCovered(text, phrase, placeSpans(text, profile));
const touched = (text: string, word: string, profile: 'balanced' | 'strict' = 'balanced') => wordsCovered(text, word, placeSpans(text, profile));

describe('the town after a word of residence and "in"', () => {
  it.each([
    ['LIVES WITH MOTHER IN MARBLE.\nWORKS AT A DINER', 'MARBLE'],
    ['lives with her aunt in reading, works nights', 'reading'],
    ['Visit by video (pt at home in Warren).', 'Warren'],
    ['Social: lives with husband Tobias Venn in Sawyer Gap; retired teacher.', 'Sawyer Gap'],
    ['Lives in Pine Hollow, drives.', 'Pine Hollow'],
    ['LIVES WITH WIFE IN LIBERTY; RETIRED.', 'LIBERTY'],
  ])('%j', (text, town) => {
    expect(found(text, town)).toBe(true);
  });

  it.each([
    ['lives at home in reading glasses', 'reading'],
    ['LIVES WITH WIFE IN CHANCE OF RAIN', 'CHANCE'],
    ['lives with wife in Boston', 'wife'],
    ['pt lives in fear of falling.', 'fear'],
    ['Lives with son in Apt 4B.', 'Apt'],
    ['at home in bed most of the day.', 'bed'],
    ['lives with wife in harmony, no issues.', 'harmony'],
    ['LIVES WITH SON IN PEACE.', 'PEACE'],
  ])('takes no town from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('the town after the person of an opening line', () => {
  it.each([
    ['PT IS A 71 Y.O. LEFT-HANDED MAN FROM QUELLBY\nBROUGHT IN BY EMS', 'QUELLBY'],
    ['45 yo woman from Tamsworth, here for f/u', 'Tamsworth'],
    ['healthy 12 yo girl from wexmoor - seen for rash', 'wexmoor'],
  ])('%j', (text, town) => {
    expect(found(text, town)).toBe(true);
  });

  it.each([
    ['45 yo woman from home with cough.', 'home'],
    ['72 yo man from OSH with sepsis', 'OSH'],
    ['45 yo male from nursing home, febrile', 'nursing'],
    ['pt is a woman from the clinic.', 'clinic'],
  ])('takes no town from %j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});

describe('the state before a word of its law (strict profile)', () => {
  it.each([
    ['Driving restriction discussed per NM law; no driving x 3 mo.', 'NM'],
    ['DRIVING RESTRICTION PER VT LAW.', 'VT'],
    ['Reported to the Ohio DMV per protocol.', 'Ohio'],
    ['Under ME statute, reporting is required.', 'ME'],
  ])('%j', (text, state) => {
    expect(found(text, state, 'strict')).toBe(true);
    // A state alone is left to the strict profile.
    expect(touched(text, state, 'balanced')).toBe(false);
  });

  it.each([
    ['He told ME law enforcement came by.', 'ME'],
    ['PT TOLD ME LAW ENFORCEMENT CAME.', 'ME'],
    ['MI law of the heart reviewed', 'MI'],
  ])('takes no state from %j', (text, word) => {
    expect(touched(text, word, 'strict')).toBe(false);
  });
});

describe('a clinic named for its specialty is no clinic name (placeWords.careKinds)', () => {
  it.each([
    ['Fracture clinic\nName: VANCE,ODA  Age: 51', 'Fracture'],
    ['NEUROLOGY CLINIC - follow-up visit\nVance, Oda', 'NEUROLOGY'],
    ['orthopaedic clinic note\npatient: vance, oda', 'orthopaedic'],
    ['Anticoagulation Clinic visit 3/2/2026', 'Anticoagulation'],
    ['Headache Clinic note - new patient', 'Headache'],
  ])('%j', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });

  it.each([
    ['Seen at Quenby Neurology Clinic today.', 'Quenby'],
    ['Follow up at Tamsworth Fracture Clinic in 2 weeks.', 'Tamsworth'],
    ['F/U AT WEXMOOR ORTHOPAEDIC CLINIC', 'WEXMOOR'],
  ])('keeps the proper name in %j', (text, name) => {
    expect(found(text, name)).toBe(true);
  });
});
