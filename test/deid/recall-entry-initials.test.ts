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
