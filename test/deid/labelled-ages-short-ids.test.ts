import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

// Invented lines (session 33): ages over 89 after an age label that qualifies itself, short
// identifiers after labels whose numbers are short, and extensions after a person.
const found = (text: string, category: string) =>
  detectPatterns(text)
    .filter((s) => s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('an age over 89 after an age label', () => {
  it.each([
    ['Age (years): 97', '97'],
    ['Age (yrs) 93', '93'],
    ['Age at intake: 92', '92'],
    ['AGE AT ADMISSION 95', '95'],
    ['Age in years: 91', '91'],
    ['Age - 94', '94'],
    ['Age.............. 90', '90'],
    ['Age 96y', '96'],
    ['at the age of 93 she moved in with her son', '93'],
    ['Sex/Age: M/98', '98'],
    ['DOB 2/9/1932 (94)', '94'],
    ['D.O.B.: 1931-07-04 (95 yo)', '95'],
    ['case: tkr, 92f, mrn on file', '92'],
    ['veteran doe,jan (101m)  claim pending', '101'],
  ])('%j', (text, age) => {
    expect(found(text, 'AGE')).toContain(age);
  });

  it.each(['Age (months): 95', 'Bone age - 92 months', 'Age at onset 40', 'Gestational age 39 weeks', 'Stage 95', 'Average 96% sat', 'T (99f) axillary'])(
    'finds no age in %j',
    (text) => {
      expect(found(text, 'AGE')).toEqual([]);
    },
  );
});

describe('three-digit identifiers after labels whose numbers are short', () => {
  it.each([
    ['Arresting officer: Dana Pell badge 641', '641'],
    ['requests a statement; badge #522. Pt deferred.', '522'],
    ['Site 318 / PI: Jo Lee, MD', '318'],
    ['enrolled Oct 3 at site 207', '207'],
    ['License #604 on file', '604'],
    ['CASE 26-11111  DONOR ID KRT415  HOSPITAL', 'KRT415'],
    ['Medical record no.: 412-77-9031', '412-77-9031'],
  ])('%j', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each(['injection site 2 clean', 'site 150 mL drained', 'Case 234 discussed', 'badge 12', 'range 212 to 300'])('finds no short id in %j', (text) => {
    expect(found(text, 'ID').filter((s) => /^\d{2,3}$/.test(s))).toEqual([]);
  });
});

describe('an extension after a person or a desk', () => {
  it.each([
    ['ICU RN M. OKAFOR X 412 -- LABS IMPROVING.', '412'],
    ['pharmacist notified x739.', '739'],
    ['Social work (Ana Ruiz, MSW, X2231) to follow', '2231'],
    ['RESULTS CALLED FROM CITY LABS X604.', '604'],
  ])('%j', (text, ext) => {
    expect(found(text, 'PHONE')).toContain(ext);
  });

  it.each(['Cells counted at HPF x400.', 'Zofran 4 mg x 100 tabs', 'vented on a/c x 600 x 12 breaths', '2 x 100 mg tabs', 'Vanc 1 g q12h x 365 days', 'dispense x 120 caps'])(
    'finds no extension in %j',
    (text) => {
      expect(found(text, 'PHONE')).toEqual([]);
    },
  );
});

describe('an age over 89 after a grandparent abbreviation, an intake person word or a colon', () => {
  it.each([
    ['Lives with MGM (94) who drives her to groups.', '94'],
    ['PGF, 97, in memory care', '97'],
    ['- Grandfather: 93, lives two blocks away', '93'],
    ['Client (91) lives alone with two cats.', '91'],
    ['veteran, 96, attends with his son', '96'],
    ['She is 92 years of age.', '92'],
  ])('%j', (text, age) => {
    expect(found(text, 'AGE')).toContain(age);
  });

  it.each(['Pt: 95, alert and calm', 'Sats pt: 94, RA', 'patient: 98, afebrile', 'mother: 92 kg', 'MGM, 93 kg'])('finds no age in %j', (text) => {
    expect(found(text, 'AGE')).toEqual([]);
  });
});
