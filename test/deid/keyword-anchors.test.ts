import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AnchoredRegex } from '../../src/deid/keyword-anchors.js';
// Loading the pattern and free-text modules registers their anchored patterns.
import { detectPatterns } from '../../src/deid/patterns.js';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { detectNumberShapes } from '../../src/deid/number-shapes.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a pattern run only at its cue words must find exactly what a scan of the whole
// text finds. Every anchored pattern is compared with its own global regex over generated notes
// and reports, the fixtures, and invented texts that put cue words at the edges the anchoring
// depends on (accents, digits, apostrophes, underscores and punctuation glued to them).
const EDGE_WORDS = [
  'discussed with', 'd/w', 'called to', 'read by', 'pcp is', 'unable to reach', 'left a message for', 'ct tech', 'wife', "son's", 'social:',
  'transferred to', 'd/c\'d to', 'lives in', 'from', 'at', '@', 'to', 'in', 'works for', 'retired from', 'his business', 'aware', 'notified', 'sister-in-law Ann', 'mother-in-law:',
  'phone', 'tel', 'x', '#', 'the', 'since', 'early', 'IL', 'MA', 'in March', 'the 11th', 'Sept 3', 'May 5, 2020', 'March of 1999',
  'aged 93', 'age: 95', 'P.O. Box 12', 'PO Box 7', 'p o box 3', 'box 44', 'zip 02115', 'zipcode: 02115', 'zip code 02115',
  // Initials leads, staff roles, shorthand relations and dictation stamps (their passes run anchored too).
  'by', 'tech:', 'Techs', 'co-signed', 'routed to', 'RN', 'sw', 'social worker', 'pharmacist', 'maternal GM', 'older sib', 'sister june', 'stepdad',
  'D:', 'T:', 'dd/dt', 'Job#', 'conf', 're:', 'RE :', 'sbar', 'Okafor, md  ab', 'lee RN / mb', 'M.D.  jt',
  // Spoken digit words, month ordinals and pagers after "at" / "@" (number-shapes.ts).
  'five five five, one two three, four five six seven', 'oh', 'zero', 'january fifteenth', 'may first', 'at p18850', '@ 6381',
  // Message writers, self-introductions and carriers (their text tests run anchored).
  'wrote', 'Replied:', "it's", 'it’s', 'ITS', 'this is', 'via', 'Patient', 'PT', 'pt',
];
const GLUE = ['', ' ', 'é', 'ß', '9', '_', "'", '’', '-', '/', '.', ',', '(', 'ſ', 'K', '\n'];

function inventedTexts(): string[] {
  const out: string[] = [];
  for (const w of EDGE_WORDS) {
    for (const before of GLUE) {
      for (const after of GLUE) {
        out.push(`${before}${w}${after} Mary Okafor 555-1234, Boston, ${w.toUpperCase()} 02115 on 3/4`);
        out.push(`Seen ${before}${w.toLowerCase()}${after}Quartermain 7 x4432 #12345 the 4th March 2020`);
      }
    }
  }
  return out;
}

function corpus(): string[] {
  const texts = inventedTexts();
  for (const n of syntheticTrainingNotes({ count: 200 } as never)) texts.push((n as { text: string }).text);
  const r = seededRandom(3);
  for (let i = 0; i < 200; i++) texts.push(syntheticCaseHl7(syntheticCase(i, r), i));
  for (const f of ['test/fixtures/deid/notes.text']) texts.push(...readFileSync(f, 'utf8').split('||||END_OF_RECORD'));
  return texts;
}

const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

describe('keyword-anchored patterns', () => {
  it('are registered and anchored (a word list that is not plain words would scan the whole text)', () => {
    expect(typeof detectPatterns).toBe('function');
    expect(typeof detectFreeTextNames).toBe('function');
    // The number shapes compile (and register) their anchored patterns on first use.
    detectNumberShapes('');
    expect(AnchoredRegex.all.length).toBeGreaterThanOrEqual(12);
    for (const a of AnchoredRegex.all) expect(a.anchored, a.re.source.slice(0, 60)).toBe(true);
  });

  it('find exactly the matches of a whole-text scan, in order, and the same test result', () => {
    const texts = corpus();
    let compared = 0;
    const wrong: string[] = [];
    for (const a of AnchoredRegex.all) {
      for (const text of texts) {
        const want = JSON.stringify(shape(text.matchAll(a.re)));
        const got = JSON.stringify(shape(a.matchAll(text)));
        if (got !== want || a.test(text) !== (want !== '[]')) wrong.push(`${a.re.source.slice(0, 50)} on ${JSON.stringify(text.slice(0, 80))}: ${got} vs ${want}`);
        compared += want === '[]' ? 0 : 1;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The corpus does exercise the patterns.
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('a pattern whose matches need not start at a cue word is refused, not mis-anchored', () => {
    expect(new AnchoredRegex(/\bsocial/giu, ['social']).anchored).toBe(false);
    expect(new AnchoredRegex(/\bfoo bar/gi, ['foo bar']).anchored).toBe(false);
    const plain = new AnchoredRegex(/\b(?:zz9)/gi, ['zz9']);
    expect(plain.anchored).toBe(false);
    expect(shape(plain.matchAll('a zz9 b'))).toEqual(shape('a zz9 b'.matchAll(/\b(?:zz9)/gi)));
    // A wrong word list is what the comparison above catches: it finds nothing where the scan finds a match.
    const wrongWords = new AnchoredRegex(/\bfoo\b/gi, ['bar']);
    expect(wrongWords.matchAll('a foo b')).toHaveLength(0);
    expect([...'a foo b'.matchAll(/\bfoo\b/gi)]).toHaveLength(1);
  });
});
