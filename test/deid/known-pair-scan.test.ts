import { describe, expect, it } from 'vitest';
import { KnownIdentifiersSchema } from '../../src/domain/report.js';
import { compileKnown, detectKnown, normName, type KnownMatcher } from '../../src/deid/known-identifiers.js';
import { mulberry32 } from '../../src/util/prng.js';

// Speed: the known-pair scan ("hope graves", "graves, hope") looks a pair up only after a word
// whose first letter and, for a word of plain ASCII letters, length are a first word's, instead of
// normalising every word with a fitting first letter and asking a set of first words. The
// reference below is the pair scan as it stood before, compared on generated texts. Invented names.
const PAIR_WORD_RE = /[\p{L}][\p{L}\p{M}'’-]*/gu;

function referencePairs(text: string, k: KnownMatcher): Array<[number, number]> {
  const firsts = new Set<string>();
  for (const p of k.pairs) for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) firsts.add(p.slice(0, at));
  const out: Array<[number, number]> = [];
  let prev: [number, number] | undefined;
  for (const m of text.matchAll(PAIR_WORD_RE)) {
    const cur: [number, number] = [m.index, m.index + m[0].length];
    if (prev && /^[ \t]*,?[ \t]*$/.test(text.slice(prev[1], cur[0]))) {
      const first = normName(text.slice(prev[0], prev[1]));
      if (firsts.has(first) && k.pairs.has(`${first} ${normName(text.slice(cur[0], cur[1]))}`)) out.push(prev, cur);
    }
    prev = cur;
  }
  return out;
}

const known = KnownIdentifiersSchema.parse({
  patientNames: [{ family: 'Graves', given: ['Hope'] }, { family: "O'Rourke-Hill", given: ['Faith Ann'] }],
  providerNames: [{ family: 'Banks', given: ['Will'] }, { family: 'Núñez', given: ['Rose'] }],
});
// Only the pairs: the other kinds of the matcher emptied, so every span is a pair's.
const pairsOnly = (k: KnownMatcher): KnownMatcher => ({ ...k, names: new Set(), namesCased: new Set(), initials: new Set(), ids: new Map(), phraseRules: [], birthDate: undefined });
const PIECES = [
  'Hope', 'hope', 'HOPE', 'hopes', 'Hop', 'Graves', 'graves', 'GRAVES', 'grave', 'Faith', 'faith', 'ann', 'Ann', "O'Rourke-Hill", 'orourkehill',
  "o'rourke", 'ORourke-Hill', 'hill', 'Hill', 'will', 'WILL', 'Wills', 'banks', 'Banks', 'rose', 'Rose', 'núñez', 'NUNEZ', 'nunez', 'Núñez',
  'hópe', 'h', 'gr', 'x', 'seen', 'and',
];
const SEPS = [' ', ', ', ' ,', '\t', '  ', ',', ', ,', '\n', '. ', '-', "'", ' - ', ''];

describe('known-pair scan: the shape filter finds what the set of first words found', () => {
  it('agrees with the reference on generated texts', () => {
    const k = pairsOnly(compileKnown(known));
    expect(k.pairs.size).toBeGreaterThan(0);
    const r = mulberry32(5);
    let hits = 0;
    for (let t = 0; t < 30_000; t++) {
      let text = '';
      const parts = 1 + Math.floor(r() * 8);
      for (let p = 0; p < parts; p++) text += PIECES[Math.floor(r() * PIECES.length)]! + SEPS[Math.floor(r() * SEPS.length)]!;
      const got = detectKnown(text, k).map((s): [number, number] => [s.start, s.end]);
      const want = referencePairs(text, k);
      expect(got, JSON.stringify(text)).toEqual(want);
      hits += want.length;
    }
    // The generator reaches the pairs: thousands of hits, not a vacuous agreement.
    expect(hits).toBeGreaterThan(2_000);
  });
});
