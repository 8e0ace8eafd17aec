import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize, type Token } from '../../../src/extract/rules/tokenize.js';
import { mulberry32 } from '../../../src/util/prng.js';

// The tokenizer's definition: every match of this regex is a token (cut at `to`).
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
function byRegex(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ norm: normalizeWord(text.slice(m.index, end)), start: m.index, end });
  }
  return out;
}

// Pieces that meet at every kind of boundary: ASCII words and marks, apostrophes, non-ASCII
// letters and digits, astral characters, controls and every kind of blank.
const PIECES = ['\ud83d', '\ude00', 'effusion', 'Effusions', 'x', '4', '12cm', "patient's", "'", '’', 'don’t', '.', ',', '-', '(', ')', '/', ':', '#', '%',
  'é', 'café', 'naïve', 'Ø', '²', '٣', 'ß', 'Ωmega', '😀', '\u0000', '\u001f', '\u007f', ' ', '  ', '\t', '\n', '\r\n', '\u000b', '\u000c',
  '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\u00ad', '\ud800'];

describe('tokenize', () => {
  it('gives exactly the tokens of its regex, on random mixes of ASCII, non-ASCII and blanks, for any range', () => {
    const r = mulberry32(27);
    for (let n = 0; n < 20000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 12) }, () => PIECES[Math.floor(r() * PIECES.length)]!);
      const text = parts.join(r() < 0.5 ? '' : ' ');
      const from = Math.floor(r() * (text.length + 1));
      const to = from + Math.floor(r() * (text.length - from + 1));
      expect([text, from, to, tokenize(text, from, to)]).toEqual([text, from, to, byRegex(text, from, to)]);
      expect(tokenize(text)).toEqual(byRegex(text));
    }
  });

  it('cuts a word that crosses the end of the range, and normalises it', () => {
    expect(tokenize('No effusions seen', 0, 11)).toEqual([
      { norm: 'no', start: 0, end: 2 },
      { norm: 'effusion', start: 3, end: 11 },
    ]);
  });
});
