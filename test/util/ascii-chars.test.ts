import { describe, expect, it } from 'vitest';
import { isAsciiAlnum, isAsciiLetter } from '../../src/util/ascii-chars.js';

const reference = (c: number) => /^[0-9A-Za-z]$/.test(String.fromCharCode(c));

describe('isAsciiAlnum', () => {
  it('agrees with /[0-9A-Za-z]/ on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isAsciiAlnum(c) !== reference(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('holds for exactly the 62 ASCII letters and digits', () => {
    let n = 0;
    for (let c = 0; c <= 0xffff; c++) if (isAsciiAlnum(c)) n++;
    expect(n).toBe(62);
    for (const ch of ['/', ':', '@', '[', '`', '{', '_', 'é', 'Ａ', '٣']) expect(isAsciiAlnum(ch.charCodeAt(0))).toBe(false);
  });
});

describe('isAsciiLetter', () => {
  it('agrees with /[A-Za-z]/ on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isAsciiLetter(c) !== /^[A-Za-z]$/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
