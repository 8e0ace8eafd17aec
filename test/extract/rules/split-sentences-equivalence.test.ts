import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSentenceSplitter, isSpace, type SentenceSpan } from '../../../src/extract/rules/split-sentences.js';

// The splitter before it read line starts and list markers by char codes (slices, trim and
// regexes): both must cut every text the same way.
const ABBREVIATIONS = ['approx', 'dr', 'vs', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'no', 'st', 'fig', 'cf', 'incl', 'pt'];
const LF = 0x0a;
const PERIOD = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function referenceSplitter(abbreviations: readonly string[] = ABBREVIATIONS): (text: string, from?: number, to?: number) => SentenceSpan[] {
  const abbr = new Set(abbreviations.map((a) => a.toLowerCase().replace(/\.$/, '')));
  return (text, from = 0, end = text.length) => {
    // Clamped so that a character after a sentence end, when before `to`, is in the text.
    const to = Math.min(end, text.length);
    const cuts: number[] = [];
    let sentStart = from;
    const startsSentence = (i: number): boolean => text.slice(sentStart, i).trim() === '' || /^[\s\-*•]*$/.test(text.slice(sentStart, i));
    const cut = (at: number): void => {
      cuts.push(at);
      sentStart = at;
    };
    // Every character of every report passes this loop: it tests char codes, and only the few
    // characters that can end a sentence (line break, . ! ? :, a digit after a blank) look further.
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        const rest = text.slice(i + 1, Math.min(to, i + 40));
        const next = rest.trimStart();
        const blank = /^[ \t\r]*\n/.test(rest);
        // A wrapped line continues in lower case; anything else starts a new statement.
        if (blank || next === '' || !/^[a-z(,]/.test(next)) cut(i + 1);
        continue;
      }
      if (c === PERIOD || c === BANG || c === QUESTION) {
        if (i + 1 < to && !isSpace(text.charCodeAt(i + 1))) continue;
        if (c === PERIOD) {
          const word = /([A-Za-z.]+|\d+)$/.exec(text.slice(Math.max(sentStart, i - 12), i))?.[1] ?? '';
          const w = word.toLowerCase();
          if (/^\d{1,2}$/.test(word) && startsSentence(i - word.length)) continue; // list marker "2."
          const nextChar = text.slice(i + 1, i + 4).trimStart()[0];
          if (abbr.has(w)) {
            if (w !== 'no' || (nextChar !== undefined && /\d/.test(nextChar))) continue;
          } else if (/^[a-z]$/i.test(word) && (nextChar === undefined || !/[A-Z]/.test(nextChar))) continue; // initials, "e. coli"

        }
        cut(i + 1);
        continue;
      }
      if (c === COLON) {
        const head = text.slice(sentStart, i).trim();
        if (/^[A-Za-z][A-Za-z &/,-]{0,40}$/.test(head) && (head === head.toUpperCase() || head.split(/\s+/).length <= 3)) {
          cut(i + 1);
          continue;
        }
        // A capitalised heading inside running text ("… obtained CHIEF COMPLAINT: …") starts its own chunk.
        const caps = /(?:^|[\s*.;,)\]])([A-Z][A-Z&/-]*(?: [A-Z&/-]+){0,5})$/.exec(text.slice(Math.max(sentStart, i - 48), i));
        if (caps && /[A-Z]{3}/.test(caps[1]!)) {
          const headStart = i - caps[1]!.length;
          if (text.slice(sentStart, headStart).trim() !== '') cut(headStart);
          cut(i + 1);
        }
        continue;
      }
      // Inline numbered list: "… effusion 2. Cardiomegaly" starts a new item at the number.
      if (isDigit(c) && isSpace(text.charCodeAt(i - 1)) && !startsSentence(i)) {
        const m = /^(\d{1,2})[.)]\s+(?=[A-Z])/.exec(text.slice(i, i + 6));
        if (m && !isDigit(text.charCodeAt(i - 2))) cut(i);
      }
    }
    const out: SentenceSpan[] = [];
    let s = from;
    for (const e of [...cuts, to]) {
      let a = s;
      let b = Math.min(e, to);
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ start: a, end: b });
      s = e;
    }
    return out;
  };
}

const CHARS = ['a', 'b', 'q', 'A', 'B', 'No', 'no', 'dr', 'Dr', 'vs', 'FINDINGS', 'x', '1', '2', '12', '3', '.', ':', '!', '?', '(', ',', '-', '*', '\u2022', ' ', ' ', '\t', '\r', '\n', '\n', '\u00a0', '\u2028', '\u3000', 'é', '’'];

describe('sentence splitter, char-code line and list-marker tests', () => {
  it('cuts random texts exactly as the slice-and-regex splitter', () => {
    const split = createSentenceSplitter(ABBREVIATIONS);
    const ref = referenceSplitter(ABBREVIATIONS);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 120 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (b % (text.length - from + 2));
        const got: SentenceSpan[] = split(text, from, to);
        expect(got).toEqual(ref(text, from, to));
      }),
      { numRuns: 5000 },
    );
  });
});
