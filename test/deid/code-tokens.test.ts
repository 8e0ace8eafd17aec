import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CODE_TOKEN, codeTokens } from '../../src/deid/code-tokens.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the labelled-code rule finds its tokens by a walk over the text; the walk must
// give exactly the matches of its expression.
const viaRegex = (text: string) => [...text.matchAll(CODE_TOKEN)].map((m) => [m.index, m[0]]);
const viaWalk = (text: string, minDigits = 0) => codeTokens(text, minDigits).map((m) => [m.index, m[0]]);

describe('codeTokens', () => {
  it('gives the matches of CODE_TOKEN on notes and synthetic reports', () => {
    const r = seededRandom(11);
    const texts = [readFileSync(new URL('../fixtures/deid/notes.text', import.meta.url), 'utf8')];
    for (let i = 0; i < 100; i++) texts.push(syntheticCaseHl7(syntheticCase(i, r), i));
    for (const t of texts) expect(viaWalk(t)).toEqual(viaRegex(t));
  });

  it('gives the matches of CODE_TOKEN on random strings of the characters that matter', () => {
    const r = seededRandom(3);
    const alphabet = 'aZx09 5-_#./,:é\n\t(';
    for (let k = 0; k < 4000; k++) {
      let t = '';
      const n = Math.floor(r() * 24);
      for (let i = 0; i < n; i++) t += alphabet[Math.floor(r() * alphabet.length)];
      expect(viaWalk(t), JSON.stringify(t)).toEqual(viaRegex(t));
    }
  });

  it('leaves out tokens with fewer digits than asked, and keeps offsets and input', () => {
    const text = 'badge 26509, room 12, code AB-1234x, id e3131417.';
    expect(viaWalk(text, 3)).toEqual([
      [6, '26509'],
      [27, 'AB-1234x'],
      [40, 'e3131417'],
    ]);
    const m = codeTokens(text, 3)[0]!;
    expect(m.input).toBe(text);
    expect(m[1]).toBeUndefined();
  });
});
