import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const ids = (text: string) => detectPhi(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));

describe('room, bed and bay numbers after their label', () => {
  it.each([
    ['S: pt Quorra rm 612B increasingly agitated', ['612B']],
    ['TALLIS, VEDA | MRN 40118822 | ROOM 318A', ['318A']],
    ['Admit to obs unit, Bed 27.', ['27']],
    ['LOC: 409', ['409']],
    ['Location: 5W-220', ['5W-220']],
    ['transferred to rm 141-2 overnight', ['141-2']],
    ['fall in Rm E421, no injury', ['E421']],
    ['moved to rm 297w near the desk', ['297w']],
    ['rm 224 and bed 19', ['224', '19']],
    ['Seen in Exam Rm 7 at the clinic.', ['7']],
    ['Pt in Bay 3, stretcher 12.', ['3', '12']],
    ['ROOM # 514', ['514']],
  ])('%j', (text, want) => {
    for (const w of want) expect(ids(text)).toContain(w);
  });

  it.each([
    'on room air, sats 95%',
    'OOB to chair, bed 2 days ago',
    'Room 15 min walk from home',
    'no loc. 911 was called',
    'Pt POD 6 s/p repair',
    'bedrest x 2 hrs then ambulate',
    'HOB 30 degrees',
    'rm temp fluids',
  ])('leaves %j alone', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('rooms opening the lines of a sign-out list, and rooms after their ward', () => {
  it.each([
    ['512C: Ferreira-Lund, Oksana - pyelo, f/u cultures', ['512C']],
    ['| 704B | Quilliam, Bertrand | 77M | CHF | diurese |', ['704B']],
    ['# 1203A DRAVEK - GI BLEED. IF HGB < 7 -> TRANSFUSE', ['1203A']],
    ['* 338-2 Mirelle Osei 61F, cellulitis', ['338-2']],
    ['i: 915 | pettigrew, arlo | 48m | mrn 11223344', ['915']],
    ['- 406 Nakamura 72 yo F - s/p TKA', ['406']],
    ['A: W212 | Tobiah Renn | 35M | DKA', ['W212']],
    ['seen on 7N-418B this morning', ['418B']],
    ['census: CCU-611, then tele', ['611']],
    ['LOC: 4 Surg 220D', ['220D']],
    ['Transferred out of MICU-1104 overnight', ['1104']],
  ])('%j', (text, want) => {
    for (const w of want) expect(ids(text)).toContain(w);
  });

  it.each([
    '0800: pt resting comfortably, VSS',
    '2200 - ativan 1 mg given for agitation',
    '500 | 450 | 400 (urine output by shift)',
    '1,250 ml out via foley',
    '250 mg: hold if SBP < 90',
    '120 - 80 on recheck',
    'T11: compression fracture, stable',
    'V600E: not detected',
    'pt in MICU 12 days, now on floor',
    'COVID-19 negative; ICU-24 hours',
    'PHQ-9 12, GAD-7 10',
    '100 mcg daily',
    '300 m walk test: 280 m',
    'HR 90s-115 after the bolus',
    '417B Tollard Hwy, Ashby',
    'attention:\n578b brindle street\nsuite 3d',
  ])('leaves %j alone', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("the patient's name after the room opening a sign-out row", () => {
  const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
  it.each([
    ['309C: Marsh, Idony - pyelonephritis, f/u cultures', 'Marsh'],
    ['| 716A | GARLAND, TEO | 66M | CHF exacerbation | diurese |', 'GARLAND'],
    ['# 1102B HOLLOWAY - GI BLEED. TRANSFUSE IF HGB < 7', 'HOLLOWAY'],
    ['bed 621b bishop - etoh withdrawal, ciwa q4', 'bishop'],
    ['i: 844 | strand-okafor, leni | 52f | mrn 40302211', 'strand-okafor'],
    ['RM 517A NWOSU - DKA, GAP CLOSED', 'NWOSU'],
  ])('%j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });

  it.each([
    '408B: empty - awaiting admit',
    '512A: pending admit - chest pain r/o',
    'Room 412 quiet night - no events',
    'Rm 305 resting - no c/o pain',
    '0800: pt resting - no distress',
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a room number glued to the "#" after its label', () => {
  it.each([
    ['Pt J. Orr, room #412A, CSN 55102', ['412A']],
    ['Admit to 6 North, rm #733.', ['733']],
    ['moved to Bed#9 by the window', ['9']],
  ])('%j', (text, want) => {
    for (const w of want) expect(ids(text)).toContain(w);
  });

  it.each(['rm #2 x 3 days', 'job #4411 done', 'pain #3 of 4 sites'])('leaves %j alone', (text) => {
    for (const w of ['2', '4411', '3']) expect(ids(text)).not.toContain(w);
  });
});

describe('the room in brackets before the age and sex of a sign-out row', () => {
  it.each([
    ['* OKAFOR, DEV (412B) 71YM, CHF EXACERBATION', ['412B']],
    ['- lin, mae (905) 88f, uti', ['905']],
    ['* Torres, Ivo (7120) 45 yo M, cellulitis', ['7120']],
  ])('%j', (text, want) => {
    for (const w of want) expect(ids(text)).toContain(w);
  });

  it.each(['BP (120) 65 and stable', 'creatinine (1.2) 65 M', 'trended (150) 60-70s'])('leaves %j alone', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
