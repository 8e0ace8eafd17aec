import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'patient-initials')
    .map((s) => text.slice(s.start, s.end));

// Session 25: more places where the patient's initials stand. Every example is invented.
describe("the patient's initials in a pedigree, a records field, a sign-out row and after 'client'", () => {
  it.each([
    ['Pedigree drawn, 4 generations, proband II-3 (tkw). No consanguinity.', ['tkw']],
    ['Proband (RDS) is the first tested.', ['RDS']],
    ['Pt initials on every page (hwl) checked against the request.', ['hwl']],
    ['PATIENT INITIALS ON EACH SHEET (BDQ) CONFIRMED.', ['BDQ']],
    ['Overnight event\nPt KJS  6E 12  MR# 44120-339\nA: stable', ['KJS']],
    ['Pt dmr, MRN Q7712044, seen 3/2', ['dmr']],
    ['Client rvk arrived 0745, calm.', ['rvk']],
    ['client (JD) cooperative with dosing.', ['JD']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Proband (see above) tested first.',
    'Pt initials on each page verified.',
    'Pt was, MRN 4412 on file. Pt has  MRN label.',
    'Pt ICU  MRN pending.',
    'Client is seen. Client (ok) with plan.',
  ])('no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
