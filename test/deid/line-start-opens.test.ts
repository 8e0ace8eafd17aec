import { describe, expect, it } from 'vitest';
import { isDash, lineStartMatches } from '../../src/deid/free-text/line-ends.js';
import { mulberry32 } from '../../src/util/prng.js';
import { isAsciiDigit, isAsciiLetter } from '../../src/util/ascii-chars.js';

// Speed (session 41): lineStartMatches tries a `^[ \t]*X` pattern only at the lines whose first
// character past the blanks X may open with. The matches must be those of every line start tried.

const same = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], ...m.slice(1)]);

describe('lineStartMatches with an opening test', () => {
  const cases: [RegExp, (c: number) => boolean][] = [
    [/^[ \t]*(--|-|–|—)[ \t]*([A-Za-z]{2,3})(?![A-Za-z./])[ \t]*(\([^()\n]{1,48}\))?[ \t]*$/my, isDash],
    [/^[ \t]*(?:-{1,2}|–|—)[ \t]*([A-Za-z]{2,3})[ \t]*$/my, isDash],
    [/^[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]m)?)?[ \t]+(?:[-–—][ \t]+)?([A-Z]{2,3})(?=[ \t]{2,}|[ \t]*:[ \t]|[ \t]+[-–—][ \t])/my, isAsciiDigit],
    [/^[ \t]*(?:good[ \t]+morning|hello|hey|hi)[ \t]*,?[ \t]*(?=[A-Za-zÀ-ÿ])/imy, (c) => c === 103 || c === 71 || c === 104 || c === 72],
    [/^[ \t]*(?:(?:pt|patient|mr|mrs|ms)\.?[ \t]+)?([A-Za-z][a-z'’]+)(?:[ \t]+([A-Za-z][a-z'’]+))?[ \t]+(?:remains|is|was|has|had)\b/imy, isAsciiLetter],
    [/^[ \t]*([A-Za-z]{2,3})[ \t]+for[ \t]+(?:dr|doctor)\.?[ \t]+[A-Za-z][A-Za-z'-]+[ \t]*$/imyd, isAsciiLetter],
  ];
  it('finds what trying every line start finds', () => {
    const parts = ['\n', '\r\n', '\r', '\u2028', ' ', '\t', '-', '--', '–', '—', 'AB', 'jk', 'x', '(RN)', '3/4', '12/31/24', ' 10:15', ' am', '  ', ': ', 'hi', 'Hey', 'HELLO', 'good morning', ',', 'Zoe', '1', 'é', 'pt ', 'Mr. ', ' is', ' WAS', ' for dr ', ' for Doctor ', 'Lee', '\u017f', '\u212a', 'ana'];
    const r = mulberry32(99);
    const texts = ['', '-', '- AB', '\n-- jk\n', '  —xy  ', '3/4 AB  x', '12/31/24 10:15 am - JK: ok', 'hi Zoe', ' Hey, ana', '\thello\n'];
    for (let i = 0; i < 4000; i++) {
      let t = '';
      const len = Math.floor(r() * 12);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const [re, opens] of cases) {
      for (const t of texts) expect(same(lineStartMatches(t, re, opens)), JSON.stringify([re.source.slice(0, 20), t])).toEqual(same(lineStartMatches(t, re)));
    }
  });
});
