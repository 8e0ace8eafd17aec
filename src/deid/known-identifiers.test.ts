import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/prng.js';
import { INITIALS_RE, initialsMatches } from './known-identifiers.js';

/** The reference: INITIALS_RE's own global exec loop, as [start, end) pairs. */
function byRegex(text: string): number[] {
  const re = new RegExp(INITIALS_RE.source, 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

// The project's seeded generator, so a failure can be replayed.
const rng = mulberry32;

describe('initialsMatches finds what the initials regex finds', () => {
  it.each([
    'J.S.',
    'Seen by J. S. today.',
    'J. R. S. signed; A.B.C.D. and X.Y. Z.',
    'x.J.S. _J.S. 1J.S. (J.S.)',
    'J.\u00a0S. J.\u3000S. J.\nS. J.  S.',
    'Dr. A. Smith. U.S.A. J.S.J.S.',
    '',
    '.',
    'A.',
    'ÉJ.S.',
  ])('%j', (text) => {
    expect(initialsMatches(text)).toEqual(byRegex(text));
  });

  it('on invented strings of capitals, dots, blanks and word characters', () => {
    const pieces = ['J', 'S', 'R', 'A', '.', '.', '.', ' ', ' ', '\t', '\n', '\u00a0', '\u2028', 'a', 'z', '1', '_', 'É', '-', ',', 'J.', 'S. '];
    const next = rng(20261206);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const len = Math.floor(next() * 24);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(initialsMatches(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('beside every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `${ch}J.${ch}S.${ch}R.${ch}`;
      expect(initialsMatches(text)).toEqual(byRegex(text));
    }
  });
});
