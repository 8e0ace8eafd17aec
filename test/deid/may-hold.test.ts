import { describe, expect, it } from 'vitest';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { mulberry32 } from '../../src/util/prng.js';

// Speed (session 41): passes ask TokenScanner.mayHold(w) (the report lowered once holds `w`) before a
// whole-text `/w/i` test. It must be a necessary condition of the regex on every text, characters
// whose case folding is special included; on an ASCII text it is the regex's own answer.

const scan = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('TokenScanner.mayHold', () => {
  it('holds wherever /w/i matches, and is its answer on ASCII text', () => {
    const words = ['pick', 'team', 'subject', 'name', 'pgy', 'ms', 'typed', 'job', 'conf', 'plan', 'dispo', 'july', 'proband', 'k', 's', 'i'];
    // Upper case, lower case, and characters whose case mapping is special: dotted capital I (two
    // units lowered), long s and the Kelvin sign (upper-cased to ASCII), capital sigma, ß, accents.
    const parts = ['PICK', 'pick', 'Pi', 'cK', 'TEAM', 'tEaM', 'Subject', 'NAME', 'PGY', 'Ms', 'mS', 'TYPED', 'JOB', 'Conf', 'PLAN', 'dispo', 'JULY', 'Proband',
      '\u0130', '\u017f', '\u212a', '\u03a3', '\u00df', '\u00e9', '\u00c9', ' ', '\n', '-', '1', 'x', 'S', 'K', 'I', 'i'];
    const r = mulberry32(2026);
    const texts = ['', 'pic\u212a up', 'na\u017fme', '\u0130name', 'NAM\u0130', 'ſubject', 'Σteam', 'TEAMΣ', 'teaMß', 'PGYİ'];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const len = Math.floor(r() * 9);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) {
      const s = scan(t);
      const ascii = /^[\x00-\x7f]*$/.test(t);
      for (const w of words) {
        const hit = new RegExp(escape(w), 'i').test(t);
        if (hit) expect(s.mayHold(w), JSON.stringify([t, w])).toBe(true);
        if (ascii) expect(s.mayHold(w), JSON.stringify([t, w])).toBe(hit);
      }
    }
  });
});
