// The word lists vocabulary.ts used to hold as literals are read from the rules YAML: a typo or a
// dropped word there fails here. The learned layer reads several of them (lexicon-flags.ts,
// learned-names.ts), so their size is pinned too.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaceCuesSchema, placeCues } from '../../src/deid/free-text/place-rules.js';
import { deidRulesDir, readDeidRules } from '../../src/deid/rules/deid-rules.js';
import * as vocabulary from '../../src/deid/free-text/vocabulary.js';
import { isRadlabelError } from '../../src/errors/index.js';

const has = (set: ReadonlySet<string>, words: string[]) => expect(words.filter((w) => !set.has(w))).toEqual([]);

describe('place word lists are data (rules/en/deid-place-cues.yaml placeVocabulary)', () => {
  it('loads each list with its words, and vocabulary.ts exports the same sets', () => {
    const c = placeCues();
    has(c.ambiguousStateCodes, ['in', 'or', 'pa', 'va', 'dc']);
    has(c.statePrepositions, ['in', 'to', 'from', 'new', 'north']);
    has(c.institutionHeads, ['hospital', 'hosp', 'clinic', 'infirmary', 'pavilion']);
    has(c.weakFacilityHeads, ['rehab', 'university', 'manor', 'bldg']);
    has(c.genericFacilities, ['outside', 'osh', 'referring', 'veterans', 'need']);
    has(c.placeTails, ['falls', 'creek', 'junction', 'harbour', 'twp']);
    expect([c.ambiguousStateCodes, c.statePrepositions, c.institutionHeads, c.weakFacilityHeads, c.genericFacilities, c.placeTails].map((s) => s.size)).toEqual([22, 9, 23, 10, 49, 20]);
    expect(vocabulary.AMBIGUOUS_STATE_CODES).toBe(c.ambiguousStateCodes);
    expect(vocabulary.PLACE_PREPOSITION).toBe(c.statePrepositions);
    expect(vocabulary.INSTITUTION_HEADS).toBe(c.institutionHeads);
    expect(vocabulary.WEAK_FACILITY_HEAD).toBe(c.weakFacilityHeads);
    expect(vocabulary.GENERIC_FACILITY).toBe(c.genericFacilities);
    expect(vocabulary.PLACE_TAILS).toBe(c.placeTails);
    expect(vocabulary.INSTITUTION_HEAD.test('infirmary')).toBe(true);
  });

  it('rejects an ambiguous state code that is no state code, naming the file and the key', () => {
    const text = readFileSync(path.join(deidRulesDir(), 'deid-place-cues.yaml'), 'utf8').replace(/(ambiguousStateCodes: \[)in,/, '$1zz,');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'deid-place-')), 'deid-place-cues.yaml');
    writeFileSync(file, text);
    try {
      readDeidRules(file, PlaceCuesSchema);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(/placeVocabulary\.ambiguousStateCodes/);
      expect((e as { locator?: { file?: string } }).locator?.file).toBe(file);
    }
  });
});
