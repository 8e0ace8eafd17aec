import { describe, expect, it } from 'vitest';
import { isCommaGap, isCommaLedGap, isOneBlank } from '../../src/deid/free-text/blank-skip.js';
import { listJoinInGap } from '../../src/deid/free-text/name-positions.js';
import { mulberry32 } from '../../src/util/prng.js';

// Speed (session 41): the passes' tests of the gap between two tokens (a comma, a list's joint), regexes on a slice,
// read in place. Each must answer as its regex does for every range of every text.

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

describe('listJoinInGap', () => {
  const RE = /[,&/]|\band\b/i;
  it('is the regex test on the slice it replaces, on random and adversarial ranges', () => {
    const parts = [' ', '\t', ',', '&', '/', 'and', 'AND', 'And', 'a', 'nd', 'band', '1', '_', 'é', '\u212a', 'x', '\n', ' and ', 'aNd'];
    const r = mulberry32(7);
    const texts = ['', ' ', ' and ', '1and ', ' and1', 'éand ', '1éand ', '_and', 'band', ' AND ', 'a,b', 'x/y', ' & '];
    for (let i = 0; i < 4000; i++) {
      let t = '';
      const len = Math.floor(r() * 6);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) {
      for (let from = 0; from <= t.length; from++) {
        for (let to = from; to <= t.length; to++) {
          expect(listJoinInGap(t, from, to), JSON.stringify([t, from, to])).toBe(RE.test(t.slice(from, to)));
        }
      }
    }
  });
});

describe('isCommaLedGap and isOneBlank', () => {
  it('are the regex tests on the slice they replace', () => {
    const parts = [' ', '\t', ',', ',,', 'a', '\n', '\u00a0', ', ', ',  ', ',   ', ',\t\t'];
    const r = mulberry32(11);
    const texts = ['', ',', ', ', ',  ', ',   ', ',\t', ' ,', ',a', ' ', '\t', '  ', 'a'];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const len = Math.floor(r() * 5);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) {
      for (let from = 0; from <= t.length; from++) {
        for (let to = from; to <= t.length; to++) {
          const gap = t.slice(from, to);
          const at = JSON.stringify([t, from, to]);
          expect(isCommaLedGap(t, from, to), at).toBe(/^,[ \t]*$/.test(gap));
          expect(isCommaLedGap(t, from, to, 2), at).toBe(/^,[ \t]{0,2}$/.test(gap));
          expect(isOneBlank(t, from, to), at).toBe(/^[ \t]$/.test(gap));
        }
      }
    }
  });
});
