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
    ['subject: consult request - j.r.p.\nthank you for seeing', 'j.r.p.'],
    ['SUBJECT: NEW PATIENT REFERRAL: DKV\nDEAR COLLEAGUE,', 'DKV'],
    ['Job 44120   re: m.a.o.\nI saw this patient', 'm.a.o.'],
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

describe('dotted initials closing a subject or "re:" line are one span, dots included', () => {
  const spans = (text: string) =>
    detectFreeTextNames(text, { model: null })
      .filter((s) => s.source === 'subject-initials')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Dear colleague,\nre: r.t.w.\nThank you for seeing', ['r.t.w.']],
    ['Subject: referral - h.b.b.\nDear Dr. Ames,', ['h.b.b.']],
    ['SUBJECT: NEW CONSULT - Q.D.\nDEAR COLLEAGUE,', ['Q.D.']],
    ['Job 51207   RE: L.P.V.N.\nI saw this patient', ['L.P.V.N.']],
    ['subject: consult request - e.m.o.  \nthank you', ['e.m.o.']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    // Undotted initials stay one token; a dotted group with words after it, a lone letter and dotted digits are no initials here.
    ['Subject: referral - QWT\nDear Dr. Ames,', ['QWT']],
    ['re: r.t.w. follow-up visit\nweights stable.', []],
    ['Subject: referral - p.r.n. meds\nPlease call.', []],
    ['re: r.\nweights stable.', []],
    ['re: 2.4.6.\nweights stable.', []],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
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
