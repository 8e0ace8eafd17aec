import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('an employer\'s name ends before a conjunction of time', () => {
  it.each([
    ['Worked at Raytheon until 2019 as a machinist.', 'Raytheon'],
    ['WORKED AT QUORVANT UNTIL 2015, NOW RETIRED', 'QUORVANT'],
    ['employed at Zorbex Tooling since 2003', 'Zorbex Tooling'],
    ['new job at Braxmill till the end of May', 'Braxmill'],
  ])('%j', (text, employer) => {
    const spans = found(text);
    expect(spans).toContain(employer);
    expect(spans.some((t) => /\b(?:until|since|till)\b/i.test(t))).toBe(false);
  });
});

describe('care facilities named with ordinary words before a care head', () => {
  const institutions = (text: string) =>
    detectPhi(text)
      .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['case mgr faxed referrals to willow bend assisted living and others', 'willow bend assisted living'],
    ['Dispo: dc to Cedar Knoll LTC on Monday.', 'Cedar Knoll LTC'],
    ['pt was at quiet harbor rehab and nursing before this admit', 'quiet harbor'],
    ['ADMITTED FROM MAPLE CREST NURSING HOME', 'MAPLE CREST NURSING HOME'],
    ['Receiving: willow meadow senior living', 'willow meadow senior living'],
  ])('%j', (text, name) => {
    expect(institutions(text).join(' | ')).toContain(name);
  });

  it.each([
    'discharged to skilled nursing facility',
    'returned to her assisted living',
    'd/c to short term rehab and nursing',
    '- Dispo: PT/OT eval, likely SNF',
    'Dispo: DMH group home when stable',
    'pt at an assisted living',
    'Pt with chronic pain at group home',
  ])('leaves %j without a facility', (text) => {
    expect(detectPhi(text).filter((s) => s.source === 'care-facility')).toEqual([]);
  });
});

describe('the shelter or residence named after "lives at the", "staying at the"', () => {
  it.each([
    ['lives at the lantern cottage.', 'lantern cottage'],
    ['Currently staying at The Open Hearth, eating one meal a day', 'Open Hearth'],
    ['declined shelter bed at the bright harbor in town', 'bright harbor'],
    ['STAYS AT THE QUILLAN LODGE X 2 WKS', 'QUILLAN'],
  ])('%j', (text, name) => {
    expect(found(text).join(' | ')).toContain(name);
  });

  it.each([
    'lives at the group home.',
    'lives at the same address as her son',
    'staying at the hospital overnight',
    'stays at the bedside, anxious',
    'lives at the end of the road',
  ])('leaves %j without a residence', (text) => {
    expect(detectPhi(text).filter((s) => s.source === 'residence-name')).toEqual([]);
  });
});

describe('ages over 89 after a name in capitals or one capitalised word', () => {
  const ages = (text: string) => detectPhi(text).filter((s) => s.category === 'AGE').map((s) => text.slice(s.start, s.end));

  it.each([
    ['INTAKE NOTE\nTOMAS OKAFOR (101), seen 3/2/2024 with son', '101'],
    ['Reason: fall\nHILDA BRANDT-MOSS (93) - brought by EMS', '93'],
    ['Recap: Ottoline, 98, seen for cellulitis.', '98'],
    ['Summary: Vasquez, 104, admitted with pneumonia', '104'],
  ])('%j', (text, age) => {
    expect(ages(text)).toContain(age);
  });

  it.each([
    'VITALS\nHEART RATE (96), regular',
    'PULSE OX (95)\nRR 18',
    'Temp, 99, seen by RN',
    'Sats, 94, on room air',
    'TOMAS OKAFOR (45), seen today',
  ])('leaves %j without an age over 89', (text) => {
    expect(ages(text).filter((a) => Number(a) >= 90)).toEqual([]);
  });
});

describe('the facilities of a bed search list', () => {
  it.each([
    ['Sec 12 signed.\nBed search: Harrowgate, NECH. Sister aware.', ['Harrowgate', 'NECH']],
    ['bed search: Quarrington Hall; awaiting reply', ['Quarrington']],
  ])('%j', (text, names) => {
    const spans = found(text).join(' | ');
    for (const n of names) expect(spans).toContain(n);
  });

  it('leaves "bed search: none available" alone', () => {
    expect(detectPhi('Plan: admit.\nbed search: none available.').filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')).toEqual([]);
  });
});
