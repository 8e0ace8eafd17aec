import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const ages = (text: string) => detectPatterns(text).filter((s) => s.category === 'AGE').map((s) => text.slice(s.start, s.end));

// Session 28: an age over 89 before a sex word, or before a glued lower-case sex letter opening a
// sign-out line before what is known of the patient. Every example is invented.
describe('an age over 89 before a sex word or a glued sex letter', () => {
  it.each([
    ['S: 97 female adm 3/2 from home w/ fall', '97'],
    ['Pt Ora Quist, MRN 5521, 101 man, DNR', '101'],
    ['ambrose tillery 94m hd#3 bed 12', '94'],
    ['id: 91f w/ afib on apix, here for syncope', '91'],
    ['A 93 woman with CHF presented with dyspnea.', '93'],
  ])('%j', (text, age) => {
    expect(ages(text)).toEqual([age]);
  });

  it.each([
    'ambulated 95m w/ rw, steady gait',
    'HR 96 male pattern baldness noted',
    'temp 101 f with chills overnight',
    'was 90 m from the door when he fell',
    'SpO2 92 female on RA',
    'Pt is 45f w/ asthma',
  ])('no age in %j', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
