import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts acronymsAfterPersons): the
// bracket after a clinician's name holds their hospital's acronym, alone in a note in capitals, or
// after their service ("(neuro-ophthalmology, KWH)") in any note but a lower-case one; so does
// "at" and an acronym closing its part after a clinician in a mixed-case note ("Dr. Roe at KWH,").
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe("a hospital's acronym in the bracket after a clinician", () => {
  it.each([
    ['ON-LINE MED CONTROL DR ANA ROE (KWMC) AT 1310: STOP RESUS', 'KWMC'],
    ['CALLED DR MEI TANAKA (BQRH) FOR ORDERS', 'BQRH'],
    ['Ordered by: Ana Roe (neuro-ophthalmology, KWMC)\nTech: Lee', 'KWMC'],
    ['Consult: Dr. Mei Tanaka (interventional cardiology, BQRH), seen today.', 'BQRH'],
    // "at" between the clinician and the acronym (a token of its own).
    ['1. Dr. Mei Tanaka at QRMC, August 3rd at 10:30 a.m.', 'QRMC'],
    ['Follow up: Dr. Ana Roe at ZVP, in 2 weeks.', 'ZVP'],
  ])('%j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });
});

describe('roles and clinical acronyms in the same bracket', () => {
  it.each([
    ['CALLED DR ANA ROE (ICU) RE LABS', 'ICU'],
    ['SPOKE WITH DR MEI TANAKA (PCP) AND SON', 'PCP'],
    ['SON JOHN SMITH (POA) AT BEDSIDE', 'POA'],
    ['Spoke with Dr. Ana Roe (cardiology, PCP) today', 'PCP'],
    ['Seen by Dr. Mei Tanaka (surgery, MD) today', 'MD'],
    ['PT STATES PAIN (LLQ) SINCE AM', 'LLQ'],
    ['Seen by Dr. Ana Roe at NOON.', 'NOON'],
    ['Met Dr. Ana Roe at ICU, stable.', 'ICU'],
  ])('%j', (text, acronym) => {
    expect(places(text)).not.toContain(acronym);
  });
});
