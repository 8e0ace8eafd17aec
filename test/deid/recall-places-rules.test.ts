// The place cues are data (rules/en/deid-place-cues.yaml), checked by zod on load.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCues, placeCueSets, PlaceCuesSchema } from '../../src/deid/free-text/place-rules.js';
import { readDeidRules } from '../../src/deid/rules/deid-rules.js';
import { isRadlabelError } from '../../src/errors/index.js';

const doc = (wordCodes: string) =>
  [
    'language: en',
    'version: "1"',
    'states: { names: [vermont, new jersey], abbreviations: [vt], codes: [vt, nj, or], wordCodes: ' + wordCodes + ', roomCodes: [or] }',
    'originCues: { verbs: [lives], weakVerbs: [called], prepositions: [in, from], bare: [from], persons: [pt], nouns: [home] }',
    'addresses: { suffixes: [road], abbreviations: [rd] }',
    'organisations: { heads: [associates], inner: [family], notFirst: [primary] }',
    'universities: { abbreviations: [u] }',
    'placeVocabulary: { ambiguousStateCodes: [or], statePrepositions: [in], institutionHeads: [hospital], weakFacilityHeads: [rehab], genericFacilities: [outside],' +
      ' placeTails: [falls], employerVerbs: [works], employerPrepositions: [for], businessOwners: [his], businessNouns: [shop], movementVerbs: [went],' +
      ' movementAdverbs: [now], movementPrepositions: [to], stateOrCountryWords: [jersey],' +
      ' compassWords: [in], roomOwnerLeads: [in], travelAdverbs: [in], homeOwners: [in], universityLeads: [in], departmentLeads: [in], residenceBracketPrepositions: [in], nameTownPrepositions: [in], lawLeads: [in], clinicWords: [in], addressCountries: [in],' +
      ' areaPrepositions: [in], areaWords: [area], countyWords: [county],' +
      ' wardPrepositions: [to], wardUnitStarts: [mg], wardUnitWords: [l], gluedBuildingWords: [tower] }',
  ].join('\n');

function write(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deid-places-')), 'deid-place-cues.yaml');
  writeFileSync(file, text);
  return file;
}

describe('place cues as data', () => {
  it('loads the shipped cues: every state code, word codes among them, street suffixes and organisation heads', () => {
    const c = placeCues();
    // The fifty states, DC and Puerto Rico ("Pellingham, PR 03833").
    expect(c.stateCodes.size).toBe(52);
    for (const w of c.wordCodes) expect(c.stateCodes.has(w)).toBe(true);
    expect(c.wordCodes.has('or') && c.wordCodes.has('me') && c.wordCodes.has('in')).toBe(true);
    expect(c.stateNameStarts.has('new')).toBe(true);
    expect(c.streetAbbreviations.has('dr')).toBe(true);
    expect(c.orgHeads.has('associates')).toBe(true);
  });

  it('reads a small rules file and builds its sets', () => {
    const c = placeCueSets(readDeidRules(write(doc('[or]')), PlaceCuesSchema));
    expect([...c.stateNames]).toEqual(['vermont', 'new jersey']);
    expect([...c.stateNameStarts]).toEqual(['new']);
    expect(c.wordCodes.has('or')).toBe(true);
  });

  it.each([
    [doc('[xx]'), /states\.wordCodes/],
    [doc('[or]').replace('codes: [vt, nj, or]', 'codes: [vt, njx, or]'), /states\.codes/],
    [doc('[or]').replace('heads: [associates]', 'heads: []'), /organisations\.heads/],
    [doc('[or]') + '\nextra: 1', /\(root\)|extra/],
    [doc('[or]').replace('ambiguousStateCodes: [or]', 'ambiguousStateCodes: [in]'), /placeVocabulary\.ambiguousStateCodes/],
    [doc('[or]').replace(/placeVocabulary: .*$/s, ''), /placeVocabulary/],
  ])('rejects a bad file, naming the key', (text, key) => {
    try {
      readDeidRules(write(text), PlaceCuesSchema);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(key);
    }
  });
});
