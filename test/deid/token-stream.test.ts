import { describe, expect, it } from 'vitest';
import { caseStyle, StartIndex, tokenStream } from '../../src/deid/token-stream.js';
import { LEX, lexiconFlags } from '../../src/deid/lexicon-flags.js';
import { foldDiacritics, LATIN_WORD_RE } from '../../src/deid/fold-text.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import {
  clippedWords, commonWords, CREDENTIALS, INSTITUTION_HEADS, NAME_PARTICLES, PATIENT_LEADS, PERSON_LEADS, PLACE_TAILS, RELATIVE_CLAUSES, SIGN_CREDENTIALS, STOP, TITLES, WEAK_TITLES,
} from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { LAYERS, MERGE_ORDER } from '../../src/deid/detect.js';

// Issue 11 (speed): every layer reads one tokenisation. It must be the tokenisation the layers
// were written against: the words of LATIN_WORD_RE that touch no digit, folded and lower-cased.
function reference(text: string) {
  const out: Array<{ start: number; end: number; word: string; lower: string }> = [];
  for (const m of text.matchAll(LATIN_WORD_RE)) {
    const before = text.charCodeAt(m.index - 1);
    const after = text.charCodeAt(m.index + m[0].length);
    if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57)) continue;
    const word = foldDiacritics(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, word, lower: word.toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

// Invented texts, one per class of character the tokeniser must treat as LATIN_WORD_RE does.
const TEXTS = [
  '',
  '12/3 4.5 -- ()',
  'Seen by Dr. Alma Ruiz on 3/4.',
  'NÚÑEZ-GARCÍA, ROSALIND; Ångström; Nguyễn Văn Thắng; Zoë',
  // combining marks after a letter (decomposed accents), and one at a word start
  'Jose\u0301 Marti\u0301nez \u0301abc',
  "O'Brien, O’NEILL, d'Arcy, rock'n'roll, 'quoted' ’curly’",
  'SaO2 98%, 4U, x2, QUARTERMAIN3, Quartermain 3, 2abc, abc2def, HOSPITALWARD12',
  'line one\r\nline two\rline three\u2028four\tfive',
  'Ελληνικά и кириллица 中文 mixed with Latin words',
  'ALL CAPITALS NOTE WITH SHOUTING',
  'all lower case note with a few words',
  '×÷ multiplication × and division ÷ signs are not letters',
];

describe('shared token stream (token-stream.ts)', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('tokenises %s as LATIN_WORD_RE does', (_label, text) => {
    const s = tokenStream(text);
    expect(s.tokens.map(({ start, end, word, lower }) => ({ start, end, word, lower }))).toEqual(reference(text));
    expect(s.style).toBe(caseStyle(text));
    for (let p = -1; p <= text.length + 1; p++) {
      const i = s.tokens.findIndex((t) => t.start === p);
      expect(s.byStart.get(p)).toBe(i < 0 ? undefined : i);
    }
  });

  it('finds a word met before by its characters in place: the same forms and flags as a first reading, while the memo grows', () => {
    // Thousands of distinct invented words (the memo's table grows several times), words that differ
    // only in case, accents or one letter, and words of one length with one hash bucket's worth of
    // neighbours; each text is tokenised twice (the second time every word is a memo hit).
    const syllables = ['ka', 'lo', 'mi', 'ra', 'tu', 'ven', 'dor', 'sa', 'ne', 'qui'];
    const words: string[] = [];
    for (let i = 0; i < 12000; i++) {
      let w = '';
      for (let k = i; k > 0 || w === ''; k = Math.floor(k / 10)) w += syllables[k % 10];
      words.push(i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w[0]!.toUpperCase() + w.slice(1) : w);
    }
    words.push('Núñez', 'Nunez', 'NUNEZ', 'nunez', "O'Brien", 'O’Brien', 'Zoë', 'Zoe', 'ab', 'ba', 'Ab', 'aB');
    for (let from = 0; from < words.length; from += 400) {
      const text = words.slice(from, from + 400).join(from % 800 === 0 ? ' ' : ', ');
      for (let pass = 0; pass < 2; pass++) {
        const s = tokenStream(text);
        expect(s.tokens.map(({ start, end, word, lower }) => ({ start, end, word, lower }))).toEqual(reference(text));
        for (const t of s.tokens) expect(t.flags).toBe(lexiconFlags(t.lower));
      }
    }
  });

  it('lists long words glued to a number after them as ward candidates', () => {
    const text = 'to QUARTERMAIN3 then ABC3 and 7WARDNAME';
    expect(tokenStream(text).glued).toEqual([text.indexOf('QUARTERMAIN')]);
  });

  it('an empty start index answers undefined everywhere', () => {
    const idx = new StartIndex(3);
    expect([-1, 0, 1, 2, 3, 4].map((p) => idx.get(p))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    idx.set(0, 0);
    idx.set(2, 5);
    expect([idx.get(0), idx.get(1), idx.get(2)]).toEqual([0, undefined, 5]);
  });
});

describe('lexicon flags (lexicon-flags.ts)', () => {
  const lex = loadLexicons();
  const lists: Array<[number, (w: string) => boolean]> = [
    [LEX.CLINICAL, (w) => lex.clinical.has(w)],
    [LEX.AMBIGUOUS, (w) => lex.ambiguousNames.has(w)],
    [LEX.FIRST, (w) => lex.firstNames.has(w)],
    [LEX.LAST, (w) => lex.lastNames.has(w)],
    [LEX.PLACE, (w) => lex.places.has(w)],
    [LEX.COMMON, (w) => commonWords().has(w)],
    [LEX.STOP, (w) => STOP.has(w)],
    [LEX.CREDENTIAL, (w) => CREDENTIALS.has(w)],
    [LEX.TITLE, (w) => TITLES.has(w)],
    [LEX.CLIPPED, (w) => clippedWords().has(w)],
    [LEX.VOCAB, (w) => shippedVocabulary().has(w)],
    [LEX.PLACE_TAIL, (w) => PLACE_TAILS.has(w)],
    [LEX.INSTITUTION_HEAD, (w) => INSTITUTION_HEADS.has(w)],
    [LEX.NAME_PARTICLE, (w) => NAME_PARTICLES.has(w)],
    [LEX.PATIENT_LEAD, (w) => PATIENT_LEADS.has(w)],
    [LEX.RELATIVE_CLAUSE, (w) => RELATIVE_CLAUSES.has(w)],
    [LEX.PERSON_LEAD, (w) => PERSON_LEADS.has(w)],
    [LEX.SIGN_CREDENTIAL, (w) => SIGN_CREDENTIALS.has(w)],
    [LEX.WEAK_TITLE, (w) => WEAK_TITLES.has(w)],
  ];
  // Words from every list, the first few hundred of each, and invented ones in none.
  const sample = new Set<string>(['zorvanek', 'quillbrae', "o'brien", 'x', '']);
  for (const set of [lex.clinical, lex.ambiguousNames, lex.firstNames, lex.lastNames, lex.places, commonWords(), STOP, CREDENTIALS, TITLES, PLACE_TAILS, INSTITUTION_HEADS, NAME_PARTICLES, PATIENT_LEADS, RELATIVE_CLAUSES, PERSON_LEADS, SIGN_CREDENTIALS, WEAK_TITLES]) {
    let n = 0;
    for (const w of set) {
      if (n++ > 300) break;
      sample.add(w);
    }
  }

  it('sets exactly the bits of the lists that hold the word, asked twice (memo) or once', () => {
    for (const w of sample) {
      for (const [bit, has] of lists) {
        expect({ w, bit, on: (lexiconFlags(w) & bit) !== 0 }).toEqual({ w, bit, on: has(w) });
        expect(lexiconFlags(w) & bit).toBe(has(w) ? bit : 0);
      }
    }
  });
});

describe('detection layers (detect.ts)', () => {
  it('merges the spans of every layer: each layer name is in the merge order once, and nothing else is', () => {
    const names = LAYERS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...MERGE_ORDER].sort()).toEqual([...names].sort());
  });
});
