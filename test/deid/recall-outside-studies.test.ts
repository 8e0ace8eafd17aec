import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const studyPlaces = (text: string) =>
  detectPhi(text)
    .filter((s) => s.source === 'place-outside-study')
    .map((s) => text.slice(s.start, s.end));

describe('the place an outside study was done, between its verb and its date (outsideStudyPlaces)', () => {
  it.each([
    ['COMPARISON: PRIOR EXAM PERFORMED IN MAPLE GROVE ON 12/5/17 (REPORT ONLY).', 'MAPLE GROVE'],
    ['comparison: prior ct performed in stony brook on 23-oct-2016.', 'stony brook'],
    ['MRI done at Quarry Hill on 3/2/21 reviewed.', 'Quarry Hill'],
    ['Outside echo obtained at Tollerby dated 4/4/2019.', 'Tollerby'],
  ])('%j', (text, place) => {
    expect(studyPlaces(text).join(' ')).toBe(place);
  });

  it.each([
    'ct done at bedside on 3/2/21.',
    'prior study performed in clinic on 4/1/20.',
    'echo done in ED on 3/3.',
    'exam performed in the office on 5/5/21.',
    'CT performed at outside hospital on 6/6/21.',
    'prior exam performed in supine position.',
    'ultrasound done at night on call.',
    'exam performed in error on 3/4.',
  ])('takes nothing in %j', (text) => {
    expect(studyPlaces(text)).toEqual([]);
  });
});

describe('the place after a study word and its date (datedStudyPlaces)', () => {
  it.each([
    ['CT head neg (prior CT 2/14/09 WQH)', 'WQH'],
    ['PMH: CAD, prior cath Apr 2011 KMC. HTN.', 'KMC'],
    ['last colonoscopy 2016 Brindlemoor - tubular adenoma', 'Brindlemoor'],
    ['PRIOR MRI 07/02/2015 SJRH, NO CHANGE', 'SJRH'],
    ['echo on 5/6/18 at Castlewick: EF 35%', 'Castlewick'],
  ])('%j', (text, place) => {
    expect(studyPlaces(text).join(' ')).toBe(place);
  });

  it.each([
    'CT 3/4 negative.',
    'echo 2019 EF 40%.',
    'CT 3/4 ED.',
    'MRI 3/4 PENDING.',
    'echo 3/5 TTE, EF 55%',
    'CT 3/4 Normal; repeat in 6 months.',
    'biopsy 2018 benign.',
  ])('takes nothing in %j', (text) => {
    expect(studyPlaces(text)).toEqual([]);
  });
});
