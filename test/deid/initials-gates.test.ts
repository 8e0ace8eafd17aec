import { describe, expect, it } from 'vitest';
import {
  AFTER_SENTENCE_GATE, CREDENTIAL_SLASH_GATE, LOG_GATE, LONE_GATE, mayHoldDashAfterStop, mayHoldLetterSlash, mayOpenLineWithMark,
} from '../../src/deid/free-text/dash-initials.js';
import { mayCloseLineWithGroup } from '../../src/deid/free-text/line-ends.js';
import { LINE_END_RE } from '../../src/deid/free-text/entry-initials.js';
import { mayHoldPagerBracket, PAGER_BRACKET_RE } from '../../src/deid/free-text/sign-off-lines.js';

// A copy without the `g` flag: `test` on the pass's own would move its lastIndex.
const LINE_END_ONCE = new RegExp(LINE_END_RE.source, 'm');

// The cheap conditions read before the gates of the dash-initials passes, of the entry-initials
// line ends and of the pager lines (speed) must be necessary:
// wherever a gate's pattern matches, its condition holds. Invented strings made of pieces of the
// characters each reads (pieces rather than characters, so that each gate matches often enough).
const CASES: [string, (t: string) => boolean, RegExp, string[]][] = [
  ['mayOpenLineWithMark', mayOpenLineWithMark, LONE_GATE, ['-', '/', ' ', '\t', 'ab', 'A', '\n', '\n', '\r', '.', '1', 'x y', 'é']],
  ['mayHoldLetterSlash', mayHoldLetterSlash, CREDENTIAL_SLASH_GATE, ['  ', ' ', '\t', '/', 'ab', 'a.', '.', '\n', '1', '\r', 'é', '  ab/', '/c', '1/2']],
  ['mayCloseLineWithGroup', mayCloseLineWithGroup, LOG_GATE, [' ', '\t', '-', '--', '—', '.', ')', 'ab', 'ABC', 'AB', 'A', '\n', '\r', '\u2028', '1', 'é']],
  ['mayHoldDashAfterStop', mayHoldDashAfterStop, AFTER_SENTENCE_GATE, ['.', '!', '?', ')', ' ', '\t', '-', '--', '—', 'a', 'A', '\n', '1', 'é']],
  ['mayCloseLineWithGroup (entry line ends)', mayCloseLineWithGroup, LINE_END_ONCE, [' ', '\t', '-', '--', '–', '—', '.', '?', ')', 'ab', 'ABC', 'AB', 'aB', 'A', '\n', '\r', '\u2028', '1', 'é']],
  ['mayHoldPagerBracket', mayHoldPagerBracket, PAGER_BRACKET_RE, ['x', 'X', 'ext', 'PGR', 'pager', 'beeper', 'bpr', '.', ' ', '#', ':', '\t', '123', '4', '56', '1234567', ')', '(', 'a', 'r', 'T', '\n']],
];

describe('the conditions read before the initials gates', () => {
  it.each(CASES)('%s holds wherever its gate matches', (_name, may, gate, pieces) => {
    let seed = 17;
    // The high bits of the generator: its low bits repeat with a short period.
    const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536);
    let holds = 0;
    let refused = 0;
    for (let n = 0; n < 40000; n++) {
      let text = '';
      const len = next() % 9;
      for (let k = 0; k < len; k++) text += pieces[next() % pieces.length];
      const want = gate.test(text);
      const got = may(text);
      if (want) {
        holds++;
        expect(got, JSON.stringify(text)).toBe(true);
      } else if (!got) refused++;
    }
    expect(holds).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(300);
  });

  it.each([
    'Spent 45 min. -RTK\nNext', 'x  RD, LDN  RM/sl', '1410 LM on VM - sc\n', 'Closed. — KBT', '- sf', '  /TS\r\n', 'ok. IS \u2028', 'a  b/c',
    'Dr. Wren (pgr 4471)', 'Call (x.# 12345)', 'Seen in clinic. – hg', 'Pt aware. de\r\n',
  ])('%j', (text) => {
    for (const [, may, gate] of CASES) if (gate.test(text)) expect(may(text)).toBe(true);
  });

  it('refuses a radiology report with none of the marks', () => {
    const text = 'INDICATION:\nHistory: referred by Dr. Oyelaran for cough. Seen 7/9/23 (555) 526-2399.\nIMPRESSION:\nMr. Thistlewood was informed.\n';
    for (const [, may] of CASES) expect(may(text)).toBe(false);
  });
});
