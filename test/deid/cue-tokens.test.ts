import { describe, expect, it } from 'vitest';
import { CueIndex } from '../../src/deid/free-text/cue-tokens.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';

// Speed (session 31, moved onto the scanner in session 32): a pass visits the indices of its cue
// words instead of every token. Those indices must be exactly the tokens the visit of every token
// kept, for every set, whenever the set was first asked about, and for every report on its own.
const scan = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());

/** What the loop over every token that skips the others reads. */
function reference(s: TokenScanner, set: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) if (set.has(s.tokens[i]!.lower)) out.push(i);
  return out;
}

const TEXTS = [
  '',
  '12/3 4.5 -- ()',
  'Telestroke consult (CerebraNet) seen in clinic; consult again at the Clinic.',
  'CONSULT CLINIC NEAR Brookfield; near the clinic, consult near.',
  "Protocol per Job 4411: the job's protocol, JOB protocol, no cue here",
  'Núñez consult, Ångström clinic, near Zoë',
];

describe('cue tokens of a scanner', () => {
  it('are the indices a visit of every token keeps, for sets asked before and after the first scan', () => {
    // Fresh sets (by identity): each test registers its own, so the order of registration is the test's.
    const consult = new Set(['consult']);
    const clinic = new Set(['clinic', 'near']);
    const overlap = new Set(['near', 'consult', 'protocol']);
    for (const text of TEXTS) {
      const s = scan(text);
      expect(s.cueTokens(consult)).toEqual(reference(s, consult));
      expect(s.cueTokens(clinic)).toEqual(reference(s, clinic));
      // Registered after this scanner's scan: scanned alone, then kept.
      const late = new Set(['job', 'protocol', 'clinic']);
      expect(s.cueTokens(late)).toEqual(reference(s, late));
      expect(s.cueTokens(late)).toEqual(reference(s, late));
      expect(s.cueTokens(overlap)).toEqual(reference(s, overlap));
      expect(s.cueTokens(consult)).toEqual(reference(s, consult));
    }
  });

  it('gives an empty list for a set with no word in the report, and for an empty set', () => {
    const s = scan('Seen in clinic near the river.');
    expect(s.cueTokens(new Set(['consult']))).toEqual([]);
    expect(s.cueTokens(new Set<string>())).toEqual([]);
    expect(s.cueTokens(new Set(['near']))).toEqual([3]);
  });

  it('are each scanner’s own: two scanners over different texts never see each other’s positions', () => {
    const set = new Set(['consult', 'clinic']);
    const a = scan('consult one two three clinic');
    const b = scan('alpha beta clinic gamma consult delta');
    // Interleaved questions, as the passes of two reports read in turn would ask them.
    expect(a.cueTokens(set)).toEqual([0, 4]);
    expect(b.cueTokens(set)).toEqual([2, 4]);
    expect(a.cueTokens(set)).toEqual([0, 4]);
    const later = new Set(['alpha', 'one']);
    expect(b.cueTokens(later)).toEqual([0]);
    expect(a.cueTokens(later)).toEqual([1]);
    // Two scanners over the same text (the one-case re-read holds a second array) agree and share nothing.
    const c = scan('consult one two three clinic');
    expect(c.cueTokens(set)).toEqual(a.cueTokens(set));
    expect(c.cueTokens(set)).not.toBe(a.cueTokens(set));
  });

  it('answers from the token array it was made with', () => {
    const s = scan('near the clinic near');
    const index = new CueIndex(s.tokens);
    const set = new Set(['near']);
    expect(index.of(set)).toEqual([0, 3]);
    expect(index.of(set)).toBe(index.of(set));
  });
});
