import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// Invented notes (issue 11): the typist's initials by a dictation stamp and the writer's initials
// alone on a dash line closing a section (src/deid/free-text/closing-initials.ts). The place
// decides, so a group that spells a word or an abbreviation still signs there; the same group in
// a list, a heading or a sentence stays.
const bySource = (text: string, source: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === source)
    .map((s) => text.slice(s.start, s.end));
const typist = (text: string) => bySource(text, 'typist-initials');
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));
const dash = (text: string) => bySource(text, 'dash-initials');

describe('the dictation stamp words are data', () => {
  it('lists job and confirmation numbers apart from the cues', () => {
    expect(nameCues().signOffWords.dictationStamps).toEqual(expect.arrayContaining(['job', 'conf']));
  });
});

describe("the typist's initials by the dictation stamp", () => {
  it.each([
    ['Dictated by: Omar Reyes, MD\nDD/DT: 3/2/21/3/4/21\nkvq  Job# 12345  Conf# 67890', ['kvq']],
    ['DICTATED BY: LENA OKAFOR, MD\nDD/DT: 01/02/2003\nAN  JOB# 9981234  CONF# 112233', ['AN']],
    ['Electronically signed\nzt  Job ID 44120', ['zt']],
    ['Sincerely,\nOmar Reyes MD\n\nLMB:TR\nD: 09/24/2016 T: 09/26/2016', ['LMB', 'TR']],
    ['sincerely,\nomar reyes md\n\ntyk:rr\nd: 02/14/2010 t: 02/15/2010', ['tyk', 'rr']],
    ['Thank you for this referral.\nD: 11/02/2019 T: 11/03/2019\nCHF:BP', ['CHF', 'BP']],
  ])('%s', (text, groups) => {
    expect(typist(text)).toEqual(groups);
  });
  it.each([
    'Plan: see below\nDD/DT: 3/2/21',
    'IMPRESSION:\nMD/PhD\nD: 3/2/21 T: 3/4/21',
    'Follow-up\nPT/OT to see\nJob# 1234',
    'MD  Job# 12345',
    'Labs: K 4.1\nBP 120/80\nD: 3/2/21 T: 3/3/21',
  ])('%s stays', (text) => {
    expect(typist(text)).toEqual([]);
  });
});

describe('one group after a typing cue or after the job number', () => {
  it.each([
    ['Sincerely,\nMaren Toivonen MD\nDictated 4/2, typed 4/5 (KLW)', ['KLW']],
    ['Dictator: Ines Obi, MD   Transcriptionist: wqs\nDate dictated: 2/3/2014 0915', ['wqs']],
    ['Dictated by Ama Boateng MD; transcribed jrt 11/12/2008', ['jrt']],
    ['DICT: 3-Feb-15 TYPED: 5-Feb-15 RBQ', ['RBQ']],
    ['Dictated but not signed 01.02.2011 / typed mkz', ['mkz']],
    ['Transcribed by: tp', ['tp']],
    ['Thank you for the referral.\nJob 558812 / HVN', ['HVN']],
  ])('%s', (text, groups) => {
    expect(names(text)).toEqual(expect.arrayContaining(groups));
  });
  it.each([
    'Letter typed and signed by the consultant.',
    'Transcribed by MD on call.',
    'Report typed on 3/4.',
    'Transcription pending 3/5.',
    'Date dictated: 5/19/2009 0703',
    'Job 4411 / RN to follow',
    'typed mg/dl values into the flowsheet',
  ])('%s stays', (text) => {
    expect(typist(text)).toEqual([]);
  });
});

describe("the writer's initials alone on a dash line closing a section", () => {
  it.each([
    ['# CHF\n- diuresis, goal -1L\n\n- qz\n\nOther issues: none', 'qz'],
    ['- cont heparin gtt\n- DVT ppx: SQH\n\n-TR', 'TR'],
    ['Family updated at bedside.\n\n-- HM\n', 'HM'],
    ['# AKI: avoid contrast\n\n- BB', 'BB'],
  ])('%s', (text, g) => {
    expect(dash(text)).toEqual([g]);
  });
  it.each([
    '# HTN\n- BB\n- ACEi\n\nnext',
    'Plan:\n\n- no\n\n',
    '# Pain\n\n- MD\n',
    'Allergies:\n\n- NKDA\n\n',
    '- Mar\n\n',
  ])('%s stays', (text) => {
    expect(dash(text)).toEqual([]);
  });
});

describe('a slash pair or a lone group on a line of its own right after an entry', () => {
  it.each([
    ['NO MALIGNANCY IDENTIFIED.\nNEG/PS\n\nGROSS:', ['NEG', 'PS']],
    ['Depakote level pending.\nef/ab\n- son called, updated.', ['ef', 'ab']],
    ['Allergies: latex.\nAM/sl\n\nLate entry', ['AM', 'sl']],
    ['SECOND SPECIMEN REQUESTED.\nQZR\n\nIMAGES PUSHED.', ['QZR']],
  ])('%s', (text, groups) => {
    expect(names(text)).toEqual(groups);
  });
  it.each([
    'Consults placed.\nPT/OT\nto see today',
    'Dose adjusted.\nmg/kg\n',
    'Discussed.\nand/or\n',
    'Signed.\nMD/PhD\n',
    'WILL FOLLOW.\nICU\n\nnext',
    'IMPRESSION\nZQR\nnormal study',
  ])('%s stays', (text) => {
    expect(bySource(text, 'closing-initials')).toEqual([]);
  });
});

describe('two letters closing an entry after its last sentence, whatever they spell', () => {
  it.each([
    ['Rx changed, pt informed via portal. VP', 'VP'],
    ['Pt has appt in 2 wk. — RR\n\nTotal time: 15 min', 'RR'],
    ['called daughter re: lab results. DE\n10/21 11:30 vm left for son', 'DE'],
    ['rx sent, pt informed via portal. lo', 'lo'],
  ])('%s', (text, g) => {
    expect(bySource(text, 'closing-initials')).toEqual([g]);
  });
  it.each([
    'Take as needed. PRN',
    'Follow up in clinic. ENT',
    'Vitals reviewed. BP\nstable overnight',
    'Seen with the attending. MD',
    'Pt to call back. OK',
    'Next visit in Feb. Mar',
  ])('%s stays', (text) => {
    expect(bySource(text, 'closing-initials')).toEqual([]);
  });
});

describe('initials after a log stamp that are also a common word', () => {
  it('signs the entry, the stamp words aside', () => {
    const text = '8/10 12:24  RR  rx resent\n8/11 3:40 PM: spoke with son';
    expect(bySource(text, 'closing-initials')).toEqual(['RR']);
  });
});

describe('initials in brackets after a name, its first letter the name’s', () => {
  it.each([
    ['Instructed to call 911 if worse.\nTaken by: Shira (SG)', 'SG'],
    ['Reviewed with Lena Okafor (LO).', 'LO'],
  ])('%s', (text, g) => {
    expect(bySource(text, 'closing-initials')).toEqual([g]);
  });
  it.each(['Reviewed with Omar Reyes (CT).', 'Seen by Joan Nash (NP).', 'Taken by: Shira (MD)'])('%s stays', (text) => {
    expect(bySource(text, 'closing-initials')).toEqual([]);
  });
});

describe('the typist after "by" above the job line', () => {
  it.each([
    ['DICTATED BY OMAR REYES MD ON AUG. 19, 2002 TRANSCRIBED 8/21/02 BY HO\nJOB 701665', 'HO'],
    ['transcribed 05/16/2010 by em\njob 0440901', 'em'],
  ])('%s', (text, g) => {
    expect(typist(text)).toEqual([g]);
  });
  it('stays without the job line', () => {
    expect(typist('transcribed 05/16/2010 by em\nfollow up in 2 weeks')).toEqual([]);
  });
});

// Class found on eval/deid-styles-dev-3 (a development set): the writer's initials on the note's last line.
describe("the writer's initials on the note's last line", () => {
  it.each([
    ['Fundus: cup-to-disc 0.4 OU.\nrw\n', ['rw']],
    ['Next visit 4/2. Call if worse.\nso', ['so']],
    ['Sutures out next week.\nRecall: 2/14\n-- LT/wv', ['LT', 'wv']],
  ])('%s', (text, groups) => {
    expect(bySource(text, 'closing-initials')).toEqual(groups);
  });
  it('takes a pair that spells a word under the department line', () => {
    expect(names('Yours sincerely,\n\nPia Lindgren, MD\nClinical Neurophysiology\nto/ou\n')).toEqual(expect.arrayContaining(['to', 'ou']));
  });
  it.each([
    'Family asked if all is fine.\nok\n',
    'Units for glucose:\nmg/dl',
    'Plan reviewed.\nmar',
    'Follow-up scheduled.\nrn',
  ])('%s stays', (text) => {
    expect(bySource(text, 'closing-initials')).toEqual([]);
  });
});

describe('the typist pair before the dictation stamp on its line', () => {
  it.each([
    ['Kind regards,\nOmar Reyes, DDS\nhf:tn  D: 5/2  T: 5/4  Job 77120', ['hf', 'tn']],
    ['Kind regards,\nOmar Reyes, DDS\nim/rq  Dictated: 6/1  Job 5521', ['im', 'rq']],
  ])('%s', (text, groups) => {
    expect(names(text)).toEqual(expect.arrayContaining(groups));
  });
  it('leaves a pair with no stamp after it', () => {
    expect(typist('Plan:\nPT/OT  to see today\nfollow up')).toEqual([]);
  });
});
