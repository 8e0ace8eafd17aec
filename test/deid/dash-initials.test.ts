import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { INITIALS_LINE_GATE, mayHoldInitialsLine } from '../../src/deid/free-text/dash-initials.js';

const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'dash-initials')
    .map((s) => text.slice(s.start, s.end));

// Session 25: initials that sign a line in the middle of a note. Every example is invented.
describe('initials signing a line mid-note', () => {
  it.each([
    ['Spent 45 min, >50% counselling. -RTK\nNext visit in 3 months.', ['RTK']],
    ['Refill sent to pharmacy. Encounter closed. -mjb\nPt aware.', ['mjb']],
    ['Return-to-work form completed. -- DLW / PFE\nOrtho clinic', ['DLW', 'PFE']],
    ['-- kpe (coordinator), pager 55120\nLabs reviewed.', ['kpe']],
    ['for review [x]\nrjt/m.a.q.\nHIM dept', ['rjt', 'm', 'a', 'q']],
    ['Routed to Dr. Vale for review\nw.d.k.\nCall back in 2 days.', ['w', 'd', 'k']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Labs stable. -CBC in AM\n- BMP daily',
    'Diuresing well. -- PRN\nMore to come.',
    'Plan:\n- ICU\nICU/CCU\nn/v\nb.i.d.\np.r.n.',
    'Vitals ok. -to be seen again\nHEENT/ENT',
    'Seen today. -- The patient agrees.',
  ])('no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

// The gate of the slash and dotted lines, read around each slash and line end: the regex's answers.
describe('the gate of the initials lines, read without a regex', () => {
  it.each(['bep/d.t.v.', 'CPP / f.c.d.  \nnext', 'j.j.d.', 'j.j.d. \t', 'j.j.d.\r\n', 'seen 7/9/23', 'ICU/CCU', 'a /b', './x.', 'x/ 1', '/ab', 'ab/', 'a.b', 'a.b.c', 'é.b.'])('%j', (text) => {
    expect(mayHoldInitialsLine(text)).toBe(INITIALS_LINE_GATE.test(text));
  });

  it('answers as the regex on every short text of the characters it reads', () => {
    const chars = ['/', ' ', '\t', '.', 'a', 'B', 'z', '\n', '\r', '1', 'é', '-'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let holds = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const len = next() % 14;
      for (let k = 0; k < len; k++) text += chars[next() % chars.length];
      const want = INITIALS_LINE_GATE.test(text);
      if (want) holds++;
      expect(mayHoldInitialsLine(text), JSON.stringify(text)).toBe(want);
    }
    expect(holds).toBeGreaterThan(100);
  });
});

// Log entries that open with a clock time and close with a dash and a group: two such entries or more
// say the group signs them, whatever its letters spell; one alone, an answer or a credential does not.
// Every example is invented.
describe('initials closing log entries after a dash', () => {
  it.each([
    ['1410 LM on VM (ok to leave msg) - sc\n1440 pt returned call, INR 2.3. - sc\n1735 calendar mailed - sc', ['sc', 'sc', 'sc']],
    ['05:33  Glucose 66. Continue obs.  -cr\n06:22  Pt cleared, psych eval pending.  -LV', ['cr', 'LV']],
    ['2030: care assumed at shift change -fh\n2116: pt ambulated to bathroom -fh', ['fh', 'fh']],
    ['3/4 0900 insulin per scale -- qm\n3/4 1300 lunch tray, BG 140 -- qm', ['qm', 'qm']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    // Capitals after a sentence's stop closing entries that open with a date ("ZQ" is sure initials
    // wherever it stands; "SB" signs by the place it shares with it).
    ['7 August 2025 stmt sent. Will follow. SB\n15 August 2025 claim denied. ZQ', 'SB'],
    ['1/9/2023 2:36 pm  Review sent. SB\nAug 10, 2023 called, ref given. ZQ', 'SB'],
  ])('%j signs with %s', (text, group) => {
    expect(spans(text)).toContain(group);
  });
  it.each([
    // One entry alone.
    '1410 LM on VM, will call back - sc\nPlan: recheck INR Friday.',
    // Answers and results, a credential, a function word.
    '1400 UA sent - neg\n1600 blood cx - neg',
    '1400 BP 120/80 - ok\n1500 seen by MD - RN',
    '0800 meds given - all\n0900 fluids - off',
    // No clock time opens the line: a list, not a log.
    'CXR - neg\nUA - pos for LE - na',
    // A route or a common word closing dated entries after a stop.
    '3/1 Lasix 40 mg given. PO\n3/2 Lasix 40 mg given. PO',
    '7 August 2025 called. OK\n8 August 2025 called again. NO',
  ])('%j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

// A writer's mark alone on its line: a single dash or slash and a group, a dash glued to a given name,
// and the signer's and typist's groups after the signer's credentials. Every example is invented.
describe("a writer's mark alone on its line", () => {
  it.each([
    ['Pt tolerated session well.\n- qf', ['qf']],
    ['Drew labs at 15:12.\n-zb\n\nNext visit 4/2.', ['zb']],
    ['strength 4/5 hip flex\n/KW\nNo change in status.', ['KW']],
    ['walk test: rest 95%, nadir 88%\n-Obiageli\nReviewed HEP with pt.', ['Obiageli']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    // A list's items: words and clinical abbreviations mid-note, answers and function words anywhere.
    'Plan:\n- NS\n- ok\n- IV fluids\nFollow up.',
    'Orders:\n/CBC\n/BMP\nrepeat in AM',
    'Discussed.\n- no',
    // A dash glued to a vocabulary word is a bullet.
    'Plan\n-Continue\n-Monitor',
    // The last item of a list closing the note, and a clinical abbreviation closing an entry.
    'Plan:\n- f/u 2 wk\n- MRI',
    'Plan:\n- CBC in AM\n- PT',
    'Labs drawn.\n- CBC',
  ])('%j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe("the signer's and typist's groups after the credentials", () => {
  it.each([
    ['Will follow next visit.\n\n-- Ada Okafor RD, LDN  AO/sl', ['AO', 'sl']],
    ['SUPPLEMENT STARTED.\n\n-- DELROY PRICE RN, WCC  DP/WH', ['DP', 'WH']],
    ['Seen by Ada Okafor MD  AO/jk', ['AO', 'jk']],
  ])('%j', (text, expected) => {
    for (const g of expected) expect(spans(text)).toContain(g);
  });
  it.each(['BP 120/80  HR/RR', 'Transferred  ICU/CCU', 'Ada Okafor MD  and/or', 'Plan reviewed  PO/IV'])('%j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
