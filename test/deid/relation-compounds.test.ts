import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { relationCompoundTail } from '../../src/deid/free-text/relation-compounds.js';
import { eagerModel, learnedScan, scanNote } from '../helpers/learned-models.js';

// "son in Law", "Mother-In-Law", "BROTHERS IN LAW": the compound's last word names the relative's
// kind. "Law" is a surname and "in" a place preposition, yet here it is neither a person nor a town;
// the relative's own name, after the compound, still is. Every example is invented.
const last = (s: TokenScanner, word: string) => s.tokens.map((t) => t.lower).lastIndexOf(word);
const found = (text: string, profile: 'balanced' | 'strict' = 'balanced') => detectPhi(text, undefined, { profile }).map((x) => text.slice(x.start, x.end));

const COMPOUNDS = ['Her son in Law visits', 'Mother-In-Law at bedside', 'sister in law called', 'BROTHER-IN-LAW AT BEDSIDE', 'Daughters in Laws help at home', 'father in-law drove her'];

describe('relation compounds', () => {
  it.each(COMPOUNDS)('%j closes one', (text) => {
    const s = scanNote(text);
    expect(relationCompoundTail(s, Math.max(last(s, 'law'), last(s, 'laws')))).toBe(true);
  });
  it.each([
    ['Son in Lawton visits', 'lawton'],
    ['Lives in Law, Texas', 'law'],
    ['studied in Law school', 'law'],
    ['son, in Law office', 'law'],
  ])('%j: %s closes none', (text, word) => {
    const s = scanNote(text);
    expect(relationCompoundTail(s, last(s, word))).toBe(false);
  });
  it.each(COMPOUNDS)('an eager model takes no part of %j', (text) => {
    for (const cls of [1, 2] as const) {
      const s = learnedScan(`The patient was seen today. ${text}.`, eagerModel(cls), 'balanced');
      expect(s.spans.map((x) => s.text.slice(x.start, x.end).toLowerCase())).not.toContain('law');
    }
  });
  it.each([
    ['Sister-in-Law Rose called.', 'Rose'],
    ['Her Son In Law Dave Marsh called.', 'Dave Marsh'],
    ['BROTHER-IN-LAW TOM KESSLER AT BEDSIDE', 'TOM KESSLER'],
  ])('%j: the relative is %j, not the compound', (text, name) => {
    for (const profile of ['balanced', 'strict'] as const) {
      const spans = found(text, profile);
      expect(spans).toContain(name);
      expect(spans.join(' ').toLowerCase()).not.toContain('law');
    }
  });
});
