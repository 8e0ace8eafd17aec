import { describe, expect, it } from 'vitest';
import { tokenStream } from '../../src/deid/token-stream.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { fillLine, lazyLineIndex, lineIndex, type LazyLineIndex } from '../../src/deid/learned/features.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the learned layer reads the line of each token it scores, filled one line at
// a time, instead of indexing every line of the note. Each token's line facts must be those of
// the whole-note index, whatever the order the tokens are asked in.
const PIECES = ['Dr', 'Smith', 'SIG', 'kmw', 'J.', ' ', '  ', '\t', ':', ',', '--', '/s/', '\n', '\n\n', '12', 'é', 'Hope'];

describe('lazy line index', () => {
  it('gives every token the line facts of lineIndex', () => {
    const r = seededRandom(5);
    let spare: LazyLineIndex | undefined;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = Math.floor(r() * 40); k > 0; k--) text += PIECES[Math.floor(r() * PIECES.length)]!;
      const s = new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
      const whole = lineIndex(s);
      // Every other note reuses the index of an earlier one (longer or shorter than it).
      const lazy = n % 2 === 1 && spare ? lazyLineIndex(s, spare) : lazyLineIndex(s);
      spare = lazy;
      const order = s.tokens.map((_, i) => i).sort(() => r() - 0.5);
      for (const i of order) {
        fillLine(s, lazy, i);
        expect([lazy.first[i], lazy.last[i], lazy.colon[i], lazy.opens[i], lazy.lineCase[i]]).toEqual([whole.first[i], whole.last[i], whole.colon[i], whole.opens[i], whole.lineCase[i]]);
      }
    }
  });
});
