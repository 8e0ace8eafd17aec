import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../src/util/hmac-sha256.js';

const reference = (key: string, value: string) => createHmac('sha256', key).update(value, 'utf8').digest('hex');

describe('hmacSha256Hex', () => {
  it('matches node:crypto for values of every length around the block boundaries', () => {
    const key = 'bench-key-0123456789abcdef';
    for (let n = 0; n <= 200; n++) {
      const value = Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7 + n) % 94))).join('');
      expect(hmacSha256Hex(key, value)).toBe(reference(key, value));
    }
  });

  it('matches node:crypto for non-ASCII values, lone surrogates and long or non-ASCII keys', () => {
    const keys = ['k', 'x'.repeat(64), 'y'.repeat(65), 'clé secrète ✓', 'z'.repeat(300)];
    const values = ['', 'Núñez-García', 'name:zoë', '日本語テキスト', 'a\ud800b', '\udc00', '😀'.repeat(40), 'é'.repeat(60), 'guard|w1|o’brien'];
    for (const key of keys) for (const value of values) expect(hmacSha256Hex(key, value)).toBe(reference(key, value));
  });

  it('matches node:crypto on many pseudo-random values (a few thousand bytes at most)', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 500; k++) {
      const len = next() % (k % 50 === 0 ? 3000 : 90);
      let value = '';
      for (let i = 0; i < len; i++) value += String.fromCharCode(next() % (k % 3 === 0 ? 0x3000 : 128));
      expect(hmacSha256Hex(`key-${k % 4}`, value)).toBe(reference(`key-${k % 4}`, value));
    }
  });
});
