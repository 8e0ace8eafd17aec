// Place shapes (issue 11, recall of locations): street addresses in any case, the town and state
// that close an address, organisation names ending in a head word, places after an origin cue,
// "U of <Name>". Every example is invented.
import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';

/** The LOCATION / INSTITUTION text found, adjacent tokens of one pass joined. */
const places = (text: string, profile: DeidProfile = 'balanced') =>
  detectFreeTextNames(text, { profile })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));
const joined = (text: string, profile: DeidProfile = 'balanced') => places(text, profile).join(' ');

describe('street addresses in any case', () => {
  it.each([
    ['SOCIAL: LIVES ALONE AT 47 WILLOWMERE CT, RETIRED MACHINIST', '47 WILLOWMERE CT'],
    ['Home: 1022 Brindle Fox Dr, apt 4, lives with spouse.', '1022 Brindle Fox Dr'],
    ['Results mailed to 8 Pellham Garth Rd.', '8 Pellham Garth Rd'],
    ['PT BIBA FROM 3301 OSTERLY PARK DRIVE AFTER A FALL', '3301 OSTERLY PARK DRIVE'],
    ['mailing address 615 Tamsin Lake St, second floor', '615 Tamsin Lake St'],
  ])('finds the street in %j', (text, street) => {
    expect(places(text)).toContain(street);
  });

  it.each([
    ['GIVEN 2 MG PO DR SMITH AWARE'],
    ['3 LEADS ST ELEVATION NOTED'],
    ['Seen 2 times by Dr Kowal today.'],
    ['PT RECEIVED 2 UNITS PRBC IN OR'],
    ['Pain 4 in left knee, Dr to see.'],
  ])('takes no street from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('the town and state that close an address or a facility', () => {
  it('takes the town after the street and the state code after the town', () => {
    expect(joined('Letter sent to 72 Corrow Ave, Pendlemoor.')).toBe('72 Corrow Ave Pendlemoor');
    expect(joined('Clinic\n19 Ashgrove Road * Pendlemoor, VT 05991\n')).toContain('VT');
    expect(joined('Referred by Dr Ames at Brackenfold Family Practice, Quenby\n')).toMatch(/Quenby/);
  });

  it('takes no ordinary word after the comma, and no state code that does not close an address', () => {
    expect(joined('Letter sent to 72 Corrow Ave, today by mail.')).toBe('72 Corrow Ave');
    expect(places('Pt to OR, CT in am. Labs: Ca 8.1, Mg 2.0, PA line out.')).toEqual([]);
  });
});

describe('states after an origin cue: strict profile only (a state alone is no Safe Harbor identifier)', () => {
  it.each([
    ['DAUGHTER CALLED FROM WI, WILL FLY IN', 'WI'],
    ['Son moved to Nebraska. Will call.', 'Nebraska'],
    ['HX TB, TREATED IN NJ.', 'NJ'],
    ['pt lives in Vermont, visits often', 'Vermont'],
  ])('strict takes the state in %j, balanced does not', (text, state) => {
    expect(places(text, 'strict')).toContain(state);
    expect(places(text, 'balanced')).not.toContain(state);
  });

  it.each([['PT TO OR IN AM'], ['RULE IN MI.'], ['WEANED FROM NC, ON RA'], ['REPORT GIVEN TO ME.'], ['BACK TO CT, THEN FLOOR'], ['RETURNED TO OR, STABLE'], ['CALLED FROM OR.'], ['TREATED IN OR, EBL 50'], ['IN ICU FROM OR, FROM HOME, IN NAD.']])(
    'leaves the clinical words in %j alone in both profiles',
    (text) => {
      expect(places(text, 'strict')).toEqual([]);
      expect(places(text, 'balanced')).toEqual([]);
    },
  );
});

describe('places after an origin cue by the keep-list principle', () => {
  it.each([
    ['PT FROM QUORNWICK, FELL AT HOME', 'QUORNWICK'],
    ['WIFE LIVES IN STAVERTHORPE-ON-LEA, PH TO FOLLOW', 'STAVERTHORPE-ON-LEA'],
    ['son is visiting from Drummelby, staying nearby', 'Drummelby'],
    ['BROTHER FROM PELLINGHAM - WILL CALL', 'PELLINGHAM'],
    // Before the year of the move.
    ['SPEAKS TWI; MOVED TO QUORNWICK IN 2007; COUSIN VISITS', 'QUORNWICK'],
    // A town written with a slip after a word of residence and "in".
    ['lives w/ tomas in taunten.', 'taunten'],
    ['video visit; pt at home in bostn, identity verified', 'bostn'],
    ['BORN IN LOWEL, MA; RAISED BY AUNT.', 'LOWEL'],
  ])('finds the town in %j', (text, town) => {
    expect(joined(text)).toContain(town.split('-')[0]);
  });

  it.each([['PT FROM HOME, A&OX3'], ['MEDS FROM CART.'], ['bleeding from hemorrhoids.'], ['WEANED FROM LEVOPHED, MAP 70'], ['wife called from Canada, updated'], ['back to FLA next week.'], ['lives with son in house.'], ['home in stable condition.'], ['LIVES WITH SON IN COMFORT, STABLE.'], ['lives with wife in harmony, no issues.'], ['wife moved to florida in 2007.'], ['treated w/ abx in bostn.']])(
    'takes no place from %j',
    (text) => {
      expect(places(text)).toEqual([]);
    },
  );
});

describe('organisation names ending in a head word', () => {
  it.each([
    ['HOME O2 VIA BRELLINGTON MEDICAL SUPPLY GROUP', 'BRELLINGTON'],
    ['EMPLOYER QUASTRON WIND SERVICES CALLED', 'QUASTRON'],
    ['Follow-up with Dellowbrook Orthopaedics in 2 weeks.', 'Dellowbrook'],
    ['PCP at Fennimore Family Practice.', 'Fennimore'],
    ['rx to Harrowgate Pharmacy today', 'Harrowgate'],
  ])('finds the organisation in %j', (text, name) => {
    expect(joined(text)).toContain(name);
  });

  it.each([['SOCIAL SERVICES CONSULTED'], ['Primary care group to follow.'], ['POST MORTEM CARE DONE'], ['plan home when vna services contacted'], ['Physical therapy services ordered.']])(
    'takes no organisation from %j',
    (text) => {
      expect(places(text)).toEqual([]);
    },
  );
});

describe('"U of <Name>": the short form of a university', () => {
  it('takes "U of" and "Univ. of" with the name, in any case', () => {
    expect(joined('AAA REPAIR 1983 @ U OF TREMAYNE')).toBe('U OF TREMAYNE');
    expect(joined('stent placed at Univ. of Calloway in 2001')).toContain('Calloway');
    expect(joined('coiled at U of Minnesota')).toBe('U of Minnesota');
  });

  it('leaves a work-up of the left arm alone', () => {
    expect(places('plan to cont w/u of l arm swelling')).toEqual([]);
  });
});

describe("a facility as a field of the note's header line (headerFields)", () => {
  const fields = (text: string) =>
    detectFreeTextNames(text, { model: null })
      .filter((s) => s.source === 'place-header-field')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ["OR list - 02MAR2024 - KVH\n\n1. room 3", ['KVH']],
    ['Sick Visit - May 9, 2023 - BRMC\n\nS: cough', ['BRMC']],
    ['Annual Physical | 4/1/2025 | Zellridge\n\nS: here for exam', ['Zellridge']],
    ['cross cover -- LGH -- 11/02/22\nbed 4', ['LGH']],
    ['Follow-up - 3 mo - 6/6/2021 - Quenby Fold\n\nDoing well', ['Quenby', 'Fold']],
  ])('%j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each([
    'Inpatient Psychiatry - Day 5\nstable',
    'Ostomy Care Note -- Week 2 -- 3/9/2021\npouch intact',
    'Acute Visit - June 3, 2024 - Telehealth\n',
    'CXR - 3/4/2021 - PA and lateral\n',
    '708B STEELE 19F - SBO\n - NGT',
    '| 4/2 | Mild | Stable |\n',
  ])('stays: %j', (text) => {
    expect(fields(text)).toEqual([]);
  });
});

describe("a facility acronym after a person's credentials (acronymsAfterPersons)", () => {
  const acronyms = (text: string) =>
    detectFreeTextNames(text, { model: null })
      .filter((s) => s.source === 'place-acronym')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Prepared by: Orla Finch, MD (KVH)  02MAR2024', ['KVH']],
    ['PCP: Tomas Reyes, PA-C, LRMC', ['LRMC']],
    ['Ana Ruiz, RN, BSN (DSUH) called back', ['DSUH']],
    // Any acronym before a comma and the town closing a signature or copy line.
    ['Primary Care: Olav K. Brandt, M.D., TLW, Oakmere\n', ['TLW']],
    ['CC:\n    Rhea Quist, MD, KPRS, Dunmore\n', ['KPRS']],
    ['    ANDRE OKAFOR, MD, ZNT, ELM CREEK\n', ['ZNT']],
    ['cc: Abe Lund, FNP-BC, WQX, Milbury\n', ['WQX']],
    // An acronym opening a follow-up item before the person seen there.
    ['FOLLOW UP:\n* QVR (P. Amsel) 6/14 @ 13:15\n', ['QVR']],
  ])('%j', (text, expected) => {
    expect(acronyms(text)).toEqual(expected);
  });

  it.each([
    'Bo Lee, MD (FACS)',
    'Bo Lee, MD, CCRN',
    'Grossed by Ann Voss, PA(ASCP).',
    'Reported by: Guy Haugen, DSP',
    'CRNA: Ike Perera, SRNA',
    'Contact: Jian Begay (SIL) 555-0101.',
    'Ann Wu, NP, TBD',
    'Ann Wu, NP, TBD\n',
    'Cy Dunn, MD, FACS\n',
    'Hal Jay, MD, FRCPC, Toronto\n',
    'Fay Holt, MD, DABR\n',
    // The line end alone: an unlisted credential closes a signature as often.
    'PCP: Ines Garza, PA-C, QVRX\nUnit No: 1234',
    'Lia Moss, PharmD, BCPS, CDCES\n',
    'Kim Oyelaran, RN, CCTC  pager 4-7100',
    'Dee Fox, MD, QVR and more',
    'CLINICIAN: ADA VOSS, LICSW (ESP). DISCUSSED.',
    'FOLLOW UP:\n* CBC (P. Amsel) 6/14\n- PT (Dr. Ann Roe) Friday\n',
    'CONCLUSIONS:\n2. QVUS (Vantrocross) used to size the vessel.\n',
  ])('takes nothing in %j', (text) => {
    expect(acronyms(text)).toEqual([]);
  });
});

describe("one capitalised word after an organisation label, alone on its line (organisationsAfterCues)", () => {
  const orgs = (text: string) =>
    detectFreeTextNames(text, { model: null })
      .filter((s) => s.source === 'place-org-cue')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Pharmacy: Marigold\nAllergies: NKDA', ['Marigold']],
    ['Employer: Liberty\nSmoker: no', ['Liberty']],
    ['School: Lincoln\nGrade 4', ['Lincoln']],
  ])('%j', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each(['Pharmacy: Aware\n', 'Pharmacy: Same\n', 'Transport: Wheelchair\n', 'Pharmacy: Consulted re dosing\n', 'Pharmacy: harmony\n'])('takes nothing in %j', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a visiting nurse association named before its head (organisations: vna)', () => {
  it.each([
    ['discharge: home with nsmv vna, pt/ot', 'nsmv vna'],
    ['Home with Quarry Hill VNA.', 'Quarry Hill VNA'],
  ])('%j', (text, org) => {
    expect(joined(text)).toContain(org);
  });

  it.each(['referral to the VNA', 'home with VNA', 'vna nurse to visit'])('takes nothing in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a supplier named after a verb of ordering or delivery (organisations.phrases)', () => {
  it.each([
    ['hoyer lift ordered through kmv ((351) 555-0142).', 'kmv'],
    ['Walker ordered through Rollwell (577-3532).', 'Rollwell'],
    ['O2 supplied by Zephyr Medical, pt aware', 'Zephyr Medical'],
  ])('%j', (text, org) => {
    expect(joined(text)).toContain(org);
  });

  it.each(['meds delivered by the pharmacy', 'tray ordered from the floor', 'supplies from home'])('takes nothing in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});
