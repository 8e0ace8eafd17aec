import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/facility-affiliations.ts): an unknown capitals
// acronym that closes a person's name, credential and ward, or a person's name and credential before
// a date, is the person's workplace; the note's other standalone uses of it are the workplace too.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a facility's acronym as a person's affiliation", () => {
  it.each([
    ['REFERRED BY MARISOL QUENBY, RN, CVICU, TQWH. CALLBACK 555-0142.', ['TQWH']],
    ['Referred by Dorothea Lindqvist, RN, Neuro ICU, KBRH; callback pending.', ['KBRH']],
    ['ENTERED BY OSWIN TARRANT, CPTC, VLDN, 9/14/26.\nVLDN ADMINISTRATOR NOTIFIED.', ['VLDN', 'VLDN']],
    ['Entered by Hester Vaughan-Pike, CPTC, QRLS, 3 Mar 2026.\nQRLS Referral   Case 26-118', ['QRLS', 'QRLS']],
  ])('%j', (text, expected) => {
    expect(places(text).filter((p) => expected.includes(p))).toEqual(expected);
  });
});

describe('credentials, wards and clinical acronyms in the same run stay', () => {
  it.each([
    // A further credential, not a workplace.
    ['Entered by Hester Vaughan, RN, CCRN, 3/3/26.', 'CCRN'],
    ['Seen by Ana Ruiz, RN, SICU, ICU.', 'ICU'],
    // A clinical acronym after the ward.
    ['Reviewed by Oswin Tarrant, RN, CVICU, CABG.', 'CABG'],
    // No person before the credential.
    ['PLAN: RN, PICU, ABCD, then home.', 'ABCD'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});

// The agency desks after an unknown acronym (deid-place-cues.yaml acronyms.wardsAfter) and a visit
// at a hospital (acronyms.cues "site", "opinion"): the hospital or agency.
describe("an agency's desk or a visit at a hospital", () => {
  it.each([
    ['0930 TLM UPDATED KQPO ADMINISTRATOR ON CALL.', 'KQPO'],
    ['14:02 Coordinator on site at WRVH.', 'WRVH'],
    ['She would like a second opinion at BQMC.', 'BQMC'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
  it.each([
    ['Home obs appropriate; no HCF referral.', 'HCF'],
    ['DCF referral considered, not needed.', 'DCF'],
    ['Surgical site at incision clean.', 'incision'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
