import { describe, expect, it } from 'vitest';
import { AGE_AFTER_PERSON_GUARD } from '../../src/deid/patterns.js';
import { mulberry32 } from '../../src/util/prng.js';

// Issue 11 (speed): the bare-age guard is written age first, what stands before it looked behind at.
// It must pass on exactly the texts the form it replaced passes on.
const BEFORE_FORM = /[\p{L}'’)][ \t]*[(,:]?[ \t]*(?:9\d|1[01]\d)\b/u;
const PIECES = ['9', '1', '0', '5', '99', '101', '119', '120', '90', ' ', '\t', '\n', '(', ',', ':', "'", '’', ')', 'a', 'Z', 'é', 'ж', '😀', '-', '_', 'x', 'Ann, 94', 'aged (101'];

describe('AGE_AFTER_PERSON_GUARD', () => {
  it('passes on the same texts as the letter-first form (fuzz)', () => {
    const r = mulberry32(29);
    let passed = 0;
    for (let n = 0; n < 20000; n++) {
      let t = '';
      for (let k = Math.floor(r() * 10); k > 0; k--) t += PIECES[Math.floor(r() * PIECES.length)]!;
      const want = BEFORE_FORM.test(t);
      expect(AGE_AFTER_PERSON_GUARD.test(t), JSON.stringify(t)).toBe(want);
      if (want) passed++;
    }
    expect(passed).toBeGreaterThan(1000);
  });
});
