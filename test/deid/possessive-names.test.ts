import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';
import { eponymHeadWords } from '../../src/deid/rules/eponym-heads.js';

// A possessive name before a word of what a person has ("Quennell's chart", "ORLESSA'S HOUSE") is a
// person's, as before a relation word ("HOLLY'S NIECE"): name-positions.ts possessivesBeforeRelations,
// rules/en/deid-name-cues.yaml nameWords.possessions. "chart" is also an eponym head ("Lund and
// Browder chart"), which once read the possessive as an eponym's. Every name here is invented.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a possessive name before a possession', () => {
  it.each([
    ["Labs stable, Quennell's chart reviewed.", "Quennell's"],
    ["Mark Quennell's chart reviewed with pharmacy.", "Mark Quennell's"],
    ["Per Tamsindra's wishes, no intubation.", "Tamsindra's"],
    ["Keys and wallet placed in Brodwick's belongings bag.", "Brodwick's"],
    ["Pt discharged to Ysmenia's apartment with VNA.", "Ysmenia's"],
    ["HAZEL QUORRINGTON'S PURSE RETURNED TO FAMILY.", "HAZEL QUORRINGTON'S"],
    ["PT WANTS TO GO TO ORLESSA'S HOUSE AFTER DC.", "ORLESSA'S"],
    ["called Vandrella's cellphone, left message", "Vandrella's"],
    ["Consent obtained from Orlessa's son; Orlessa's wishes documented.", "Orlessa's"],
  ])('%j', (text, name) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile)).toContain(name);
  });
});

describe('not a person before a possession', () => {
  it.each([
    // A condition's possessive: a clinical term is no person's.
    ["Parkinson's room precautions reviewed.", "Parkinson's"],
    ["Crohn's record of flares reviewed.", "Crohn's"],
    // Common words and staff words in the possessive.
    ["Today's notes reviewed.", "Today's"],
    ["Nurse's notes reviewed.", "Nurse's"],
    ["Patient's belongings at bedside.", "Patient's"],
    ["Women's Residence intake form", "Women's"],
  ])('%j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile).join(' ')).not.toContain(word);
  });

  // A company, an insurer or an app has a number, an account and requests too: the possessive is no
  // person's there (other layers may still take an unknown word; strict takes most).
  it.each([["Please call Walgreens's number for refills."], ["Per Medicare's request, form faxed."], ["Reset MyChart's account password."], ["Left msg on Kestrelline's voicemail."]])('%j', (text) => {
    for (const profile of ['balanced', 'strict'] as const) expect(detectPhi(text, undefined, { profile }).filter((s) => s.source === 'name-position:possessive')).toEqual([]);
  });

  it('keeps an eponym bare before its head', () => {
    expect(names('Burns mapped on Lund and Browder chart, 18% TBSA.').join(' ')).not.toMatch(/Browder/);
  });
});

describe('the possessions list', () => {
  const possessions = nameCues().nameWords.possessions;
  it('holds the words of a person’s record, home and effects', () => {
    for (const w of ['chart', 'house', 'home', 'wishes', 'belongings', 'cellphone']) expect(possessions).toContain(w);
  });
  it('holds no head an eponym’s possessive takes, nor medicines, care, or what a company has', () => {
    const eponymPossessiveHeads = ['sign', 'test', 'point', 'fracture', 'syndrome', 'disease', 'palsy', 'node', 'pouch', 'triad', 'procedure'];
    for (const w of [...eponymPossessiveHeads, 'meds', 'medications', 'care', 'number', 'account', 'request', 'phone', 'address']) expect(possessions).not.toContain(w);
    // The eponym heads it shares are charts, which an eponym takes bare ("Lund and Browder chart").
    expect(possessions.filter((w) => eponymHeadWords().has(w)).sort()).toEqual(['chart', 'charts']);
  });
});
