// Entry initials (issue 11, recall of names): two or three capitals that sign a log entry after its
// date and time, or close a line after its last sentence. Every example is invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('initials that sign an entry', () => {
  it.each([
    ['Phone log\n8/11 12:27  QR  spoke with grandson\n', 'QR'],
    ['Phone log\n3/9 17:43  KW  no answer, mailbox full\n', 'KW'],
    ['Calls\n10/31 - HS: "ok with plan"\n', 'HS'],
    ['Calls\n1/22/2024 9:05 am  JTB  left message\n', 'JTB'],
    ['Rx resent to pharmacy. Pt informed via portal. IW\n', 'IW'],
    ['Appt made for next week. — HG\n', 'HG'],
    ['Labs reviewed with patient! -- ZKM\nNext line.\n', 'ZKM'],
  ])('takes the initials in %j', (text, initials) => {
    expect(names(text)).toContain(initials);
  });

  it.each([
    ['Vitals\n1/24 8:09  BP  120/80\n'],
    ['Vitals\n1/24 8:09  RR: 18\n'],
    ['Log\n2/2 10:00  RN  spoke with pt\n'],
    ['Given tylenol for pain. PRN\n'],
    ['Moved to the unit. ICU\n'],
    ['Pt stable overnight. OK\n'],
    ['Seen in clinic - TBD\n'],
    ['PT WORKED WITH PT TODAY. ICU TEAM AWARE. DVT\n'],
  ])('takes no initials from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('initials that close the rows of a flowsheet', () => {
  it.each([
    ['Session log\n0930 | bike 20 min | rpe 12 | QZ\n1015 | track 15 min | rpe 11 | QZ\n', ['QZ', 'QZ']],
    ['RT flowsheet\n0445  HFNC  0.3  40L   SM\n0700  HFNC  0.3  35L   HJ\n', ['HJ']],
    ['Dialysis run\n0800\tBP 142/80\tUF 0.5\tKTW\n0830\tBP 138/76\tUF 0.9\tKTW\n', ['KTW', 'KTW']],
  ])('takes the initials in %j', (text, initials) => {
    expect(names(text)).toEqual(initials);
  });

  it.each([
    ['Plan:  ICU\nVitals 120/80\n'],
    ['Meds\nmetoprolol 25 mg  PO\nlisinopril 10 mg  PO\n'],
    ['Labs\nNa 140  | WNL\nK 4.1  | WNL\n'],
    ['One row only\n0930 | bike 20 min | rpe 12 | QZ\n'],
    ['Intake\n0800  IV fluids  100 mL  IV\n1200  IV fluids  100 mL  IV\n'],
  ])('takes no initials from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('lower-case initials closing an entry line after its full stop', () => {
  it.each([
    ['TC from son 555-0101 re: lab results. qm\n6/2 0900 called son', 'qm'],
    ['vm left for niece re: appt change. tkv\n', 'tkv'],
  ])('takes the initials in %j', (text, initials) => {
    expect(names(text)).toContain(initials);
  });

  it.each([
    ['pt stable. ok\n', 'ok'],
    ['see above. np\n', 'np'],
    ['lives in peoria, il\n', 'il'],
    ['fluids given. po\n', 'po'],
    ['called back. no\n', 'no'],
  ])('leaves %j alone', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
