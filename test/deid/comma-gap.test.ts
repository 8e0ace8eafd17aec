import { describe, expect, it } from 'vitest';
import { isCommaGap } from '../../src/deid/free-text/blank-skip.js';
import { mulberry32 } from '../../src/util/prng.js';

// Speed (session 41): the passes' test of a comma between two tokens, `/^[ \t]*,[ \t]*$/` on a slice,
// read in place. It must answer as the regex does for every range of every text.

describe('isCommaGap', () => {
  const RE = /^[ \t]*,[ \t]*$/;
  it('is the regex test on the slice it replaces, on random and adversarial ranges', () => {
    const parts = [' ', '\t', ',', ',,', ' , ', 'a', '\n', '\r', '.', '\u00a0', '\u3000', '1', ', ', '\t,\t'];
    const r = mulberry32(41);
    const texts = ['', ',', ' ,', ', ', ' , ', '\t,\t', ',,', ' ,, ', 'a,', ',a', ' \n, ', '\u00a0,', ', \u00a0', ' '];
    for (let i = 0; i < 4000; i++) {
      let t = '';
      const len = Math.floor(r() * 7);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) {
      for (let from = 0; from <= t.length; from++) {
        for (let to = Math.max(0, from - 1); to <= t.length; to++) {
          expect(isCommaGap(t, from, to), JSON.stringify([t, from, to])).toBe(RE.test(t.slice(from, to)));
        }
      }
    }
  });
});
