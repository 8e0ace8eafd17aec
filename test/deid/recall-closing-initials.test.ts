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
