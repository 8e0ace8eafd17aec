import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';
import { oneEditApart } from '../../src/deid/pattern-cues.js';
import type { PhiCategory } from '../../src/deid/phi-span.js';

const found = (text: string, category: PhiCategory) => detectPatterns(text).filter((s) => s.category === category).map((s) => text.slice(s.start, s.end));
const anyPattern = (text: string) => detectPatterns(text).map((s) => text.slice(s.start, s.end));

// Issue 11: identifiers, phone numbers and bare years as unseen note styles write them (lower case,
// capitals, no label or a label nobody listed before). Every example is invented; each class has
// same-shape negatives (readings, doses, volumes, settings, scores, room and bed numbers).
describe('a code after an identifier label, in any case', () => {
  it.each([
    ['t. ngata rn (badge 40721)', '40721'],
    ['OFFICER VANCE BADGE 3318 ON SCENE', '3318'],
    ['pending charges (docket 21cv803311).', '21cv803311'],
    ['Medicaid # qm40118827 active', 'qm40118827'],
    ['CMS CERT # 41B2207', '41B2207'],
    ['Donor: UNOS ID KTE402, DBD', 'KTE402'],
    ['SSN last 4 7720 verified', '7720'],
    ['Job# 55102  Conf# 88410', '55102'],
    ['claim clm55012874 denied', 'clm55012874'],
    ['auth # r558102234 approved', 'r558102234'],
    ['GA DL T418-2290-5512 checked', 'T418-2290-5512'],
  ])('%s → %s', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each([
    'report 1900 given to night RN',
    'case 2 of 3 today',
    'chart 2000 reviewed',
    'job 4 weeks ago',
    'see report from 2019',
    'claim 2020 filed',
    'res 12 on settings',
  ])('keeps %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});

describe('a code after "#"', () => {
  it.each([
    ['pt: lark, ivo  #e2231190', 'e2231190'],
    ['OUR #: K21-448210', 'K21-448210'],
    ['incident report #ir-2024-0117', 'ir-2024-0117'],
    ['Machine #22-H4410 dialyzer', '22-H4410'],
    ['Pager #63320', '63320'],
  ])('%s → %s', (text, id) => {
    expect(anyPattern(text).join(' ')).toContain(id);
  });

  it.each(['#1 sacrum stage 2', 'PA # 34-40/24-30', 'IV #20 L hand', 'CABG #3', 'trached with #7PORTEX'])('keeps %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });

  // Not a code of the "#" rule, but a room after its label (the room rule, detector 2.13.0: "room #304A").
  it('takes room #4-06 as a room number', () => {
    expect(found('room #4-06', 'ID')).toEqual(['4-06']);
  });
});

describe('unlabelled codes of letters glued to digits', () => {
  it.each([
    ['perl m. lind (e4410932)', 'e4410932'],
    ['insurance: molina w55018830.', 'w55018830'],
    ['CYTOPATHOLOGY REPORT  SP21-4471', 'SP21-4471'],
    ['frozen section fs19-22810 sent', 'fs19-22810'],
    ['OR 7 0800  LUND, ARI  48K201773  lap chole', '48K201773'],
    ['ssn xxx-xx-4410 on file', '4410'],
  ])('%s → %s', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each(['wbc 4.5 plt150000 hgb 9', 'x100000 cfu', '2x10000 cells', 'NS 1000 UO 1950', 'q12h dosing'])('keeps %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});

describe('hyphen-grouped record numbers with short tails', () => {
  it.each([
    ['DOVE, AMIR P. 271-33-48', '271-33-48'],
    ['Lind, Ora (612-09-71)', '612-09-71'],
    ['DCF notified (07-31182).', '07-31182'],
    ['[SALO, IDA] [[512-40-061]]', '512-40-061'],
  ])('%s → %s', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each(['BP 130-80-70 lying to standing', 'imv w/rate 10-600-50% am abg', 'seen 11-24-22 in clinic', 'HR 110-120-135', 'SBP 150-90-80'])('keeps %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});

describe('local numbers without a phone word', () => {
  it.each([
    ['NOK HALE, RUTH 615-0955', '615-0955'],
    ['dtr mira 502-8982 ok to leave msg', '502-8982'],
    ['DME: Lincare, Rutland branch, 347-6643', '347-6643'],
    ['3. DOYLE, ANN (DAUGHTER) 265-3982', '265-3982'],
    ['rep at 682-9213 x517.', '682-9213 x517'],
    ['friend notified at 403-0598.', '403-0598'],
  ])('%s → %s', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each([
    'SVR 900-1300 on neo',
    'VT 800-1000 after PS change',
    'voiding 575-1000 cc per shift',
    'platelets 150-4000 over the week',
    'IS 750-1000 with coaching',
    'UO 300-1500 ml overnight',
    'heparin 800-2600 units/hr',
    'tidal volumes 450-1600',
  ])('keeps %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('pager extensions glued or after a misspelt cue', () => {
  it.each([
    ['paged renal (Dr Kim) p2-6620, awaiting', '2-6620'],
    ['pls page w/ questions p7-1044', '7-1044'],
    ['-- Ana Ruiz, RN  peger 3-3512', '3-3512'],
    ['J. Doe, MD  paager 7-5154', '7-5154'],
    ['call me on my cel 4-1180', '4-1180'],
  ])('%s → %s', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each(['pain 2-3/10 at rest', 'stage p2-3 lesion', 'paper 3-4 pages', 'grade 2-4000 cells'])('keeps %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });

  it('knows one edit from two', () => {
    expect(oneEditApart('peger', 'pager')).toBe(true);
    expect(oneEditApart('paager', 'pager')).toBe(true);
    expect(oneEditApart('pgaer', 'pager')).toBe(true);
    expect(oneEditApart('paper', 'pager')).toBe(true);
    expect(oneEditApart('peper', 'pager')).toBe(false);
    expect(oneEditApart('pager', 'pager')).toBe(false);
  });
});

describe('bare years: ranges, life events and history lists', () => {
  it.each([
    ['Veteran, Navy 1979-1984, deployed', ['1979', '1984']],
    ['THERAPY W/ DR ROSS 2011-2016.', ['2011', '2016']],
    ['former smoker, quit 2009. EtOH rare', ['2009']],
    ['late wife, died 2016) most of evening', ['2016']],
    ['MOLST on file from 2021.', ['2021']],
    ['colonoscopy due (last 2014 w/ Dr. Ames)', ['2014']],
    ['Past Surgical History:\n- appendectomy in 2010\n- lap band 1972\n- hernia repair', ['2010', '1972']],
    ['MEDICAL HISTORY:\n- GRAVES DISEASE 1975\n- HFREF', ['1975']],
    ['PMH: ESRD ON HD, CVA, PARKINSON DISEASE, DEMENTIA, CHRONIC PAIN, OSA ON CPAP, PE 1998, DVT 2006 HERE W/ GI BLEED', ['1998', '2006']],
    ['PSH: spinal fusion 76\', tonsillectomy', ["76'"]],
    ['Swan-Ganz placed (RMC, 1997)', ['1997']],
    ['S/P WHIPPLE (ST. JUDE HOSPITAL, 2013)', ['2013']],
    ['PSH:\n2. LAMINECTOMY L4-L5 1994\n', ['1994']],
    ['Quit smoking 1987; 30 pack-years', ['1987']],
  ])('%s', (text, years) => {
    expect(found(text, 'DATE')).toEqual(years);
  });

  it.each([
    'pt slept 1900-2000 without issue',
    'from 1915-1942 off unit for CT',
    'NS 1000 bolus, UO 1950 for shift',
    'Events:\n- NS 1000 given\n- to CT at 2000',
    'Past Medical History:\n- HTN\n\nI/O 2000/1450',
    'walked 50\' with PT; HOB 30\'',
    'PMH: CAD. vent rate 12, TV 500',
    'last 24 hrs uneventful',
    'NS 1000 (Bolus, 1950)',
    'med given (Tylenol, 2000)',
    '(LR bolus, 1000)',
  ])('keeps %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('dotted dates with a two-digit year', () => {
  it.each([
    ['D:4.12.97  T:4.13.97  #33120', ['4.12.97', '4.13.97']],
    ['Seen: 6.3.16', ['6.3.16']],
    ['\n8.14.09\n\nDR. LENA ORR', ['8.14.09']],
    ['bronch assist 10.22.20 1340', ['10.22.20']],
  ])('%s', (text, dates) => {
    expect(found(text, 'DATE')).toEqual(dates);
  });

  it.each(['version 2.3.14 installed', 'firmware 1.2.10.', 'pH 7.3.45', 'K 3.5.12 mg', 'see 3.2.10 in the protocol', 'values 4.2.10 and 7.3.15.', 'exam of 5.3.24.'])('keeps %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('extensions after an in-house phone device or a word of dialling', () => {
  it.each([
    ['spectralink 4-2210 if questions', '4-2210'],
    ['Vocera / ascom 7-5512', '7-5512'],
    ['dial 5-5210 for EVS', '5-5210'],
    ['beeper 3-1187', '3-1187'],
  ])('%j', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each(['IV line 2-1234 mL/hr total', 'line 4 of 5 removed', 'diluted 1-1000'])('finds no phone in %j', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('a dotted date closing its sentence, or the second of a range', () => {
  it.each([
    ['Transfer to Oakview (inpatient psych) 6.14.19.\nSigned', '6.14.19'],
    ['f/u dr. ruiz 11.20.21.\nrx sent', '11.20.21'],
    ['OUT OF WORK FROM 3.29.22 TO 4.6.22. MAY RETURN', '4.6.22'],
  ])('%j → %s', (text, date) => {
    expect(found(text, 'DATE')).toContain(date);
  });

  it.each(['upgraded to v2.10.21.', 'pH 7.3.45.', 'K 3.5.12.', 'grade 2.1.10.', 'values 4.2.10 and 7.3.15.', 'see section 3.2.10.'])('keeps %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('a full date glued by a slash to the next date (dictated / transcribed)', () => {
  it.each([
    ['DD/DT: 3/4/19/3/6/19\nJOB# 5521', ['3/4/19', '3/6/19']],
    ['DD/DT: 02-11-2021/13-Feb-2021', ['02-11-2021', '13-Feb-2021']],
  ])('%j', (text, dates) => {
    for (const d of dates) expect(found(text, 'DATE')).toContain(d);
  });

  it.each(['ratio 1/2/3/4', 'titres 1/2/3/5'])('keeps %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});
