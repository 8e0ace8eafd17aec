import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): staff initials found by their place — a staff label, the
// typing of a dictation, a stamp line, a slash behind the signer, a dash opening a line — and the
// words of the same shapes that stay.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('initials after a staff label', () => {
  it.each([
    ['Urine dip negative.\nNurse: ok  PCT: KWB\nMA: tl', ['KWB', 'tl']],
    ['Mask fit qualitative, PASS. Tester qp. Next due in one year.', ['qp']],
    ['Interpreted by: Dr. Okafor   Scored by: WZT   Reviewed: yb', ['WZT', 'yb']],
    ['Scored by: LM, RPSGT.   Study quality good.', ['LM']],
    ['Sonographer gx / read by H. Ruiz 3/4/2026 10:12', ['gx']],
    ['D: 3/9/2026 0812  T: 3/9/2026  Transcriptionist: K.V.\nJob #55120', ['K', 'V']],
    ['Final report.\ntr: qm/BZR', ['qm', 'BZR']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Reviewed: PMH, PSH, meds.',
    'Tech: RN  Charge: yes',
    'Scored by: NA   Reviewed: ok',
    'Reviewed: all, no changes.',
    'Labs reviewed: ok.',
    'Protein: tr, glucose neg.',
  ])('finds no initials in %j', (text) => {
    expect(detectFreeTextNames(text, { model: null }).filter((s) => /initials/.test(s.source))).toEqual([]);
  });
});

describe('the typist after the typing of a dictation and on its stamp line', () => {
  it.each([
    ['Dictated 2026-02-11, transcribed Feb 12th by QZ\ncc: Dr. Lamb', ['QZ']],
    ['Transcribed by wd, job no. 44120', ['wd']],
    ['Signed by A. Hale MD; typed 3/2/26 (pk)', ['pk']],
    ['transcribed 11/14/25 (R.Q.)\nCopy to: PCP', ['R', 'Q']],
    ['D: 5/1/26 1:12p  T: 5/2/26 08:40\nJob 771203  TWX', ['TWX']],
    ['Electronically signed 4/4/26; D/T 4/4/26/2026-04-04 VKO', ['VKO']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'D: 3/2/26 0800 AM  T: 3/2/26',
    'Job 5521 done',
    'Transcribed by the unit clerk.',
    'Dictated 3/2; transcribed 3/3 (see above)',
    'transcribed Mar 3 on MRI protocol',
  ])('finds no typist in %j', (text) => {
    expect(detectFreeTextNames(text, { model: null }).filter((s) => /initials/.test(s.source))).toEqual([]);
  });
});

describe('initials after a slash behind the signer, and after a dash opening a line', () => {
  it.each([
    ['No changes to the dialysis prescription.\nDr. Pemberton / KQ', ['KQ']],
    ['Return to full duty.\nMina R. Oduya NP-C / zr', ['zr']],
    ['TURNED Q2H.\nMARISELA/QT RN', ['QT']],
    ['-- GIDEON RN / WV', ['WV']],
    ['vanc trough pending\n-vk (night float aware)\npgr 4410', ['vk']],
    ['Cleared for duty.\n--ZT  (EH RN)', ['ZT']],
    ['Contrast given, no reaction. -- yq\nCTDIvol 10 mGy.', ['yq']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Dr. Pemberton / ENT',
    'Glucose 110 mg/dl',
    'Consult: Dr. Pemberton / ICU',
    'Plan:\n- CT (pending)\n- cxr (neg)',
    '-ok (per charge)',
    'Lungs clear. -- no\nHeart regular.',
    'HCV Ab drawn.\n--AB  (EH RN)',
  ])('finds no initials (or none spread) in %j', (text) => {
    const found = detectFreeTextNames(text, { model: null }).filter((s) => /initials|propagate/.test(s.source)).map((s) => text.slice(s.start, s.end));
    expect(found.filter((w) => w !== 'AB')).toEqual([]);
  });
});
