import { describe, expect, it } from 'vitest';
import { tokenStream } from '../../src/deid/token-stream.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { forEachFoundNamePair } from '../../src/deid/free-text/found-name-pairs.js';

// The walk shared by header-pair-halves.ts and comma-name-pairs.ts: the pairs around each name found
// as one token, given the spans by hand so that only the walk is tested.
const scan = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());
const word = (s: TokenScanner, i: number) => s.tokens[i]!.word;

function walk(text: string, names: string[], other: Array<{ category: 'LOCATION'; word: string }> = []): string[] {
  const s = scan(text);
  for (const w of names) s.spans.push({ start: text.indexOf(w), end: text.indexOf(w) + w.length, category: 'NAME', source: 'test' });
  for (const o of other) s.spans.push({ start: text.indexOf(o.word), end: text.indexOf(o.word) + o.word.length, category: o.category, source: 'test' });
  const seen: string[] = [];
  forEachFoundNamePair(s, (a, b, other, k) => {
    expect(b).toBe(a + 1);
    expect([a, b]).toContain(k);
    expect(other).toBe(a === k ? b : a);
    seen.push(`${word(s, a)} ${word(s, b)} -> ${word(s, other)}`);
  });
  return seen;
}

describe('forEachFoundNamePair', () => {
  it('gives the pair before a found name, then the pair after it', () => {
    expect(walk('seen by Stone, Chloe today', ['Stone'])).toEqual(['by Stone -> by', 'Stone Chloe -> Chloe']);
  });

  it('walks every one-token name found, in the order found', () => {
    expect(walk('Trinh, Sipho and Amber Swan', ['Sipho', 'Amber'])).toEqual(['Trinh Sipho -> Trinh', 'Sipho and -> and', 'and Amber -> and', 'Amber Swan -> Swan']);
  });

  it('skips the pair past either end of the note', () => {
    expect(walk('Ginger', ['Ginger'])).toEqual([]);
    expect(walk('Pace, Lourdes', ['Pace'])).toEqual(['Pace Lourdes -> Lourdes']);
    expect(walk('Pace, Lourdes', ['Lourdes'])).toEqual(['Pace Lourdes -> Pace']);
  });

  it('passes over spans of other categories, spans that are not one whole token', () => {
    expect(walk('lives in Revere with Rose Hill', ['Rose Hill'], [{ category: 'LOCATION', word: 'Revere' }])).toEqual([]);
    expect(walk('Dr Okaforson saw', ['Okafor'])).toEqual([]);
    expect(walk('Dr Okafor saw', ['kafor'])).toEqual([]);
  });

  it('does not walk the halves its visitor marks', () => {
    const text = 'Stone, Chloe';
    const s = scan(text);
    s.spans.push({ start: 0, end: 5, category: 'NAME', source: 'test' });
    const visited: number[] = [];
    forEachFoundNamePair(s, (_a, _b, other, k) => {
      visited.push(k);
      s.mark(other, 'NAME', 'test');
    });
    expect(visited).toEqual([0]);
    expect(s.spans.map((x) => text.slice(x.start, x.end))).toEqual(['Stone', 'Chloe']);
  });

  it('does not give a pair whose other half is marked or claimed: both visitors refuse such a half', () => {
    const text = 'Stone, Chloe and Ivy Page';
    const s = scan(text);
    for (const w of ['Stone', 'Ivy']) s.spans.push({ start: text.indexOf(w), end: text.indexOf(w) + w.length, category: 'NAME', source: 'test' });
    // Chloe marked by a pass (its span left out here, so that it is no found name itself), Page claimed.
    s.marked.add(1);
    s.claimed.add(4);
    const seen: string[] = [];
    forEachFoundNamePair(s, (a, b, other) => seen.push(`${word(s, a)} ${word(s, b)} -> ${word(s, other)}`));
    expect(seen).toEqual(['and Ivy -> and']);
  });
});
