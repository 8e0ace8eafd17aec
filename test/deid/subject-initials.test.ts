import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented letters and notes (issue 11, session 28): a patient's initials closing a referral's
// subject line or a "re:" line, and the writer's and supervisor's initials in a bracket closing a
// signature line.
const names = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end))
    .join('');

describe('initials closing a subject or "re:" line', () => {
  it.each([
    ['Subject: referral - QWT\nDear Dr. Ames,', 'QWT'],
    ['subject: consult request - j.r.p.\nthank you for seeing', 'jrp'],
    ['SUBJECT: NEW PATIENT REFERRAL: DKV\nDEAR COLLEAGUE,', 'DKV'],
    ['Job 44120   re: m.a.o.\nI saw this patient', 'mao'],
  ])('%j', (text, expected) => {
    expect(names(text, 'subject-initials')).toEqual(expected);
  });

  it.each([
    'Subject: referral - MRI\nPlease schedule.',
    'Subject: referral - urgent\nPlease call.',
    'subject: follow-up - CHF\nweights stable.',
    're: CHF\nweights stable.',
  ])('finds no initials in %j', (text) => {
    expect(names(text, 'subject-initials')).toEqual('');
  });
});

describe("the initials in a bracket closing a signature line", () => {
  it.each([
    ['PA-C: R. Quist   supervising: Ames   (rqp/DLA)', 'rqpDLA'],
    ['Scribe for Dr. Ode (KT/WBO)', 'KTWBO'],
    ['NP: Jo Pell, supervising MD Frey (jpn/hmf)', 'jpnhmf'],
    ['Resident: T. Oyel, MD (TXO/GRB)', 'TXOGRB'],
  ])('%j', (text, expected) => {
    expect(names(text, 'signature-bracket-initials')).toEqual(expected);
  });

  it.each([
    'Attending reviewed CXR (PA/lat)',
    'MD aware of BP (SBP/DBP)',
    'RN gave meds (PO/IV)',
    'Resident note: pain (HTN/DM) reviewed',
  ])('finds no initials in %j', (text) => {
    expect(names(text, 'signature-bracket-initials')).toEqual('');
  });
});
