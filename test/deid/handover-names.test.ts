import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 28): persons in the logistics of moving a patient and their
// things, often a name that is also a word, which the slot alone decides.
const spans = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));
// Every expected word is a NAME (an earlier pass may find a surname from the name lists first) and the slot found one of them.
const found = (text: string, source: string, expected: string[]) => {
  const names = detectFreeTextNames(text, { model: null }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
  expect(names).toEqual(expect.arrayContaining(expected));
  expect(spans(text, source).length).toBeGreaterThan(0);
};

describe('the person the belongings went home with', () => {
  it.each([
    ['PT BELONGINGS (DENTURES, WALLET) SENT HOME W/ HONEY.', ['HONEY']],
    ["pt's valuables sent home with hazel on 3/2.", ['hazel']],
    ['Clothing and cell phone sent home with Rusty Oyelaran at 1600.', ['Rusty', 'Oyelaran']],
    ['Glasses and hearing aids given to Marigold, who signed the property sheet.', ['Marigold']],
    ['PT BELONGINGS SENT HOME WITH WILL ON 5/14.', ['WILL']],
  ])('%j', (text, expected) => {
    found(text, 'handover:belongings', expected);
  });

  it.each([
    'Belongings sent home with family.',
    'PT BELONGINGS (GLASSES) SENT HOME W/ DAUGHTER.',
    'Wallet and keys given to security per policy.',
    'Phone sent home with pt.',
    'Belongings sent home with Keflex script.',
    'Discharged home with Foley; wallet given to him at 1400.',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'handover:belongings')).toEqual([]);
  });
});

describe('the person meeting the patient at the destination', () => {
  it.each([
    ['Transport booked with county EMS for 1500. Pearl will meet pt at Birchwood Manor.', ['Pearl']],
    ['ride set for 0900. will will meet pt at the front desk.', ['will']],
    ['AMBULANCE AT 1310. SONNY WILL MEET THE PATIENT AT HOME.', ['SONNY']],
    ['Van booked. Tuesday Abernathy will meet pt at the clinic.', ['Tuesday', 'Abernathy']],
  ])('%j', (text, expected) => {
    found(text, 'handover:meeting', expected);
  });

  it.each([
    'Transport booked. Family will meet pt at Birchwood Manor.',
    'Ambulance at 1300. EMS will meet pt at the ED door.',
    'Van booked. Daughter will meet pt at home.',
    'Plan: We will meet pt at 1500 to review.',
    'Hospice will meet patient at home tomorrow.',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'handover:meeting')).toEqual([]);
  });
});

describe('an ambulance crew about a slash', () => {
  it.each([
    ['Transport: Harbor Ambulance, unit 12, crew Lark / Ada Quist. ETA 1400.', ['Lark', 'Ada', 'Quist']],
    ['CREW T PRUITT / J OYELARAN. ETA 0315.', ['T', 'PRUITT', 'J', 'OYELARAN']],
    ['ground unit 7, crew: colt / dusty.', ['colt', 'dusty']],
    ['Medics Walker / Church on scene at 0212.', ['Walker', 'Church']],
  ])('%j', (text, expected) => {
    found(text, 'handover:crew', expected);
  });

  it.each([
    'Transport level CCT, crew ALS / BLS capable.',
    'crew RN / paramedic, vent settings AC 420/18.',
    'Crew aware / agrees with plan.',
    'crew 2 / 3 on scene.',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'handover:crew')).toEqual([]);
  });
});

describe('the persons of a visitor list', () => {
  it.each([
    ['VISITORS: JUNE + HOLLIS ONLY (PT REQUEST).', ['JUNE', 'HOLLIS']],
    ['visitors: pat + may only.', ['pat', 'may']],
    ['Approved visitors: Ivy Quist, Sonny and Marisol.', ['Ivy', 'Quist', 'Sonny', 'Marisol']],
    ['Visitors: Oyelaran only.', ['Oyelaran']],
  ])('%j', (text, expected) => {
    found(text, 'handover:visitors', expected);
  });

  it.each([
    'VISITORS: NONE.',
    'Visitors: wife + son only (pt request).',
    'visitors: 2 at a time, masks on.',
    'Visitors: family only.',
    'Visitors: Contact precautions, gown and gloves.',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'handover:visitors')).toEqual([]);
  });

  it('does not grow the last name to the "only" closing the list', () => {
    const text = 'VISITORS: ROSALIND + MARISOL ONLY.';
    const names = detectFreeTextNames(text, { model: null }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
    expect(names).not.toContain('ONLY');
    expect(names.join(' ')).not.toMatch(/ONLY/);
  });
});

describe('a name before its relation in brackets', () => {
  it.each([
    ['FAMILY: SONNY (STEPSON, HCP) UPDATED BY PHONE.', ['SONNY']],
    ['FAMILY: SAGE (GRANDDAUGHTER, HCP) AT BEDSIDE.', ['SAGE']],
    ['spoke with rusty (brother/poa) re: goals.', ['rusty']],
    ['Called Sunny (daughter-in-law, HCP), updated.', ['Sunny']],
  ])('%j', (text, expected) => {
    found(text, 'handover:relation-bracket', expected);
  });

  it.each([
    'Emergency contact (daughter) notified.',
    'Contact (daughter, HCP) notified by phone.',
    'Tylenol (wife brought from home) given.',
    'HCP (wife) at bedside.',
    'Meds reviewed with family (son, HCP).',
  ])('finds no name in %j', (text) => {
    expect(spans(text, 'handover:relation-bracket')).toEqual([]);
  });
});
