import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 24): the patient's initials where the patient stands.
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe("the patient's initials in running text", () => {
  it.each([
    ['Pt (BK) phoned the desk at noon, asking about labs.', ['BK']],
    ['PT (OW) REQUESTING ICE CHIPS.', ['OW']],
    ['Pt (T.M.) tolerated the exam well.', ['T', 'M']],
    ['Pt (it) cooperative during vaccines.', ['it']],
    ['Pt RQ c/o dizziness since Sunday.', ['RQ']],
    ['pt mvd seen in dayroom, calm.', ['mvd']],
    ['Pt ZNL verified x2 before contrast.', ['ZNL']],
    ['Time out 08:10: pt name/DOB (HRT, 04/11/71), site marked.', ['HRT']],
    ['Time out: pt name and DOB (E.K., Mar 3, 1960) confirmed.', ['E', 'K']],
    ['Study 4411; pt initials on tracing QB; tech on duty.', ['QB']],
    ['Employee initials on chain of custody form: DV. Sent out.', ['DV']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Pt (ok) with plan. Pt (ICU) transfer pending. Pt (see above).',
    'Pt is seen. Pt ED seen for chest pain. PT NO C/O PAIN.',
    'PT HAS C/O PAIN. PT NOW REQUESTING WATER. Pt was seen by PT.',
    'pt (RN aware) stable. pt HR 80 seen on monitor. pt OT seen.',
    'Name/DOB verified. Patient name and DOB (see chart) confirmed.',
    'pt initials verified on consent form.',
  ])('finds no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
