// The word lists vocabulary.ts used to hold as literals are read from the rules YAML: a typo or a
// dropped word there fails here. The learned layer reads several of them (lexicon-flags.ts,
// learned-names.ts), so their size is pinned too.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaceCuesSchema, placeCues } from '../../src/deid/free-text/place-rules.js';
import { NameCuesSchema, deidRulesDir, nameCues, readDeidRules } from '../../src/deid/rules/deid-rules.js';
import * as vocabulary from '../../src/deid/free-text/vocabulary.js';
import { isRadlabelError } from '../../src/errors/index.js';

const has = (set: ReadonlySet<string>, words: string[]) => expect(words.filter((w) => !set.has(w))).toEqual([]);

/** A shipped rules file, edited by `edit` and written to a temporary folder, fails to load with RULES_INVALID naming the file and the key. */
function expectRulesInvalid(name: string, schema: Parameters<typeof readDeidRules>[1], edit: (text: string) => string, key: RegExp): void {
  const text = edit(readFileSync(path.join(deidRulesDir(), name), 'utf8'));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'deid-rules-')), name);
  writeFileSync(file, text);
  try {
    readDeidRules(file, schema);
    expect.unreachable();
  } catch (e) {
    expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
    expect((e as Error).message).toMatch(key);
    expect((e as { locator?: { file?: string } }).locator?.file).toBe(file);
  }
}

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

  it('builds the state sets from the states block and placeVocabulary.stateOrCountryWords', () => {
    const c = placeCues();
    expect([...c.territoryCodes]).toEqual(['pr']);
    expect(vocabulary.STATE_CODES.size).toBe(51);
    expect(vocabulary.STATE_CODES.has('dc') && vocabulary.STATE_CODES.has('wy') && !vocabulary.STATE_CODES.has('pr')).toBe(true);
    expect(vocabulary.STATE_NAMES.size).toBe(40);
    expect(vocabulary.STATE_NAMES.has('vermont') && !vocabulary.STATE_NAMES.has('new york')).toBe(true);
    has(c.stateOrCountryWords, ['hampshire', 'jersey', 'dakota', 'wales', 'haiti', 'europe', 'australia']);
    expect(c.stateOrCountryWords.size).toBe(41);
    expect(vocabulary.STATE_OR_COUNTRY.size).toBe(81);
    has(vocabulary.STATE_OR_COUNTRY, ['ohio', 'carolina', 'kenya', 'asia']);
  });

  it('builds the employer and business patterns from their lists, matching as the literal patterns did', () => {
    const c = placeCues();
    expect(c.employerVerbs).toEqual(['work', 'works', 'working', 'worked', 'employed', 'employee', 'retired']);
    expect(c.employerPrepositions).toEqual(['for', 'at', 'by', 'of', 'from']);
    expect(c.businessOwners).toEqual(['his', 'her', 'their', 'own', 'family']);
    has(new Set(c.businessNouns), ['business', 'company', 'restaurant', 'shop']);
    // The patterns as they were written before the lists moved, on invented text.
    const employerBefore = /\b(?:works?|working|worked|employed|employee|retired)[ \t]+(?:for|at|by|of|from)[ \t]+(?:the[ \t]+)?/gi;
    const businessBefore = /\b(?:his|her|their|own|family)[ \t]+(?:business|company|firm|employer|store|restaurant|shop)[ \t]*[,:-]?[ \t]*/gi;
    const text =
      'Works for Tallowick Freight. work at the Brannock Mill; RETIRED FROM the railway, employee of Verrowind, worked  by the sea, ' +
      'workers at home, reworked for them. Her company: Pellstone; his shopping, their Store - Odd Lot, own business , family restaurant';
    const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(spans(vocabulary.EMPLOYER_RE)).toEqual(spans(employerBefore));
    expect(spans(vocabulary.BUSINESS_RE)).toEqual(spans(businessBefore));
    expect(vocabulary.EMPLOYER_ANCHORED.matchAll(text).map((m) => [m.index, m[0]])).toEqual(spans(employerBefore));
    expect(vocabulary.BUSINESS_ANCHORED.matchAll(text).map((m) => [m.index, m[0]])).toEqual(spans(businessBefore));
    expect(spans(employerBefore).length).toBe(5);
    expect(spans(businessBefore).length).toBe(5);
  });

  it('builds the movement-cue pattern from its lists, matching as the literal pattern did', () => {
    const c = placeCues();
    has(new Set(c.movementVerbs), ['transferred', 'trasfering', 'transferr', "d/c'd", "dc'd", 'dcd', 'presented', 'returned', 'lives', 'arriving']);
    expect(c.movementVerbs).not.toContain('return');
    expect(c.movementVerbs.length).toBe(59);
    expect(c.movementAdverbs).toEqual(['nearby', 'locally', 'now', 'currently']);
    expect(c.movementPrepositions).toEqual(['in', 'into', 'to', 'at', 'from', 'by', 'back to', 'out to']);
    // The pattern as it was written before the lists moved ("returned?" spells "returne" and
    // "returned"; the anchored scan never held "returne", so neither does the list).
    const before =
      /(?:\b(?:(?:transferr?(?:ed|ing)?|transfer(?:ed)?|tran?sf?err?(?:ed|ing)|trans|admitted|adm|went|came|brought|sent|d\/c'?d|dc'?d|present(?:s|ed|ing)|discharged|returned?|go(?:ing)?|moved|taken|transported|referred|screened|accepted|excepted|followed|seen|lives?|living|resides?|residing|born|works?|visiting|flying|flew|arrived|arriving)\s+(?:(?:nearby|locally|now|currently)\s+)?(?:(?:in|into|to|at|from|by|back\s+to|out\s+to)\s+)?|(?:from|at)\s+)|@[ \t]*)(?:the\s+)?/gi;
    const text = [
      ...c.movementVerbs.map((v, i) => `${v} ${c.movementAdverbs[i % 4]} ${c.movementPrepositions[i % 8]} the Pellworth${i}`),
      'Transferred INTO Ombry, D/C\'d milrinone, present to clinic, return to Ashwell, going back  to the Mill, lives out to sea',
      'sent @ Quillmore, from the Tessel, at Brindle, transfer Verrow, transferrin level, presentation, works@home',
    ].join('. ');
    const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
    expect(spans(vocabulary.PLACE_CUE_ANCHORED.matchAll(text))).toEqual(spans(text.matchAll(before)));
    expect(spans(text.matchAll(vocabulary.PLACE_CUE_RE))).toEqual(spans(text.matchAll(before)));
    expect(spans(text.matchAll(before)).length).toBeGreaterThan(c.movementVerbs.length);
  });

  it('loads the word lists of single place passes', () => {
    const c = placeCues();
    expect([...c.compassWords]).toEqual(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
    has(c.roomOwnerLeads, ['from', 'into', 'outside', 'near']);
    has(c.travelAdverbs, ['in', 'up', 'down', 'over', 'back']);
    has(c.homeOwners, ['pt', "pt's", "client's", 'their']);
    has(c.universityLeads, ['at', 'via', 'per']);
    has(c.departmentLeads, ['at', 'in', 'from', 'to']);
    has(c.residenceBracketPrepositions, ['in', 'near', 'at']);
    expect([...c.nameTownPrepositions]).toEqual(['in', 'near', 'outside']);
    expect([...c.lawLeads]).toEqual(['per', 'under', 'by']);
    expect([...c.clinicWords]).toEqual(['clinic', 'clinics']);
    expect([c.roomOwnerLeads, c.travelAdverbs, c.homeOwners, c.universityLeads, c.departmentLeads, c.residenceBracketPrepositions].map((x) => x.size)).toEqual([8, 5, 9, 5, 4, 5]);
  });

  it('builds the area pattern from its lists, matching as the literal pattern did', () => {
    const c = placeCues();
    expect(c.areaPrepositions).toEqual(['in', 'near', 'around', 'from', 'of']);
    expect(c.areaWords).toEqual(['area', 'county', 'neighborhood', 'neighbourhood', 'vicinity', 'township']);
    expect(c.countyWords).toEqual(['county', 'parish', 'township', 'borough']);
    const before = /\b(?:(?:in|near|around|from|of)[ \t]+(?:the[ \t]+)?([A-Z][a-z]{3,})[ \t]+(?:area|county|neighborhood|neighbourhood|vicinity|township)|([A-Z][a-z]{2,})[ \t]+(?:County|Parish|Township|Borough))\b/g;
    const text =
      'lives near the Pellmore area, in Ombry county, from Tessel neighbourhood, around Quill vicinity, of Harrow township. ' +
      'Marrow Parish, Dunlin Borough, Ashby Township, Vell County; IN Ombry area, in Ombry Area, in Om area, near Pellmore areas, Vell county, Vell COUNTY';
    const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]);
    expect(spans(vocabulary.AREA_RE)).toEqual(spans(before));
    expect(spans(before).length).toBe(9);
    expect(vocabulary.AREA_WORD_RE.test('the Pellmore area')).toBe(true);
    expect(vocabulary.AREA_WORD_RE.test('Vell COUNTY, Ombry AREA')).toBe(false);
  });

  it('builds the ward pattern from its lists, matching as the literal pattern did', () => {
    const c = placeCues();
    expect(c.wardPrepositions).toEqual(['to', 'from', 'on', 'at', 'in']);
    has(new Set(c.wardUnitStarts), ['mg', 'units', 'hrs', 'french', 'breaths']);
    expect(c.wardUnitWords).toEqual(['l', 'u', 'g', 'x', 'fr', 'f']);
    const before =
      /\b(?:to|from|on|at|in)\s+(?:the\s+)?(?:\d{1,4}\s+)?([A-Za-z]{5,})\s+\d{1,2}\b(?!\s*(?:mg|mcg|cc|ml|l\b|units?|u\b|%|mm|cm|kg|g\b|liters?|hrs?|hours?|min|days?|x\b|\/|\.\d|french|fr\b|f\b|bags?|doses?|tabs?|amps?|puffs?|times|beats?|breaths?))/gi;
    const units = ['mg', 'mgs', 'l', 'lb', 'units', 'unit', 'u', 'ug', '%', 'g', 'gtt', 'liters', 'hr', 'x', 'xr', '/', '.5', 'french', 'fr', 'fred', 'f', 'F', 'bags', 'times', 'breaths', 'MIN', 'today', ''];
    const text = units.map((u, i) => `moved to the Quartermain ${i % 90} ${u}. From 3 Pellow ${i % 9}${u}; in Ombry 4`).join('\n');
    const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);
    expect(spans(vocabulary.WARD_ANCHORED.matchAll(text))).toEqual(spans(text.matchAll(before)));
    expect(spans(text.matchAll(vocabulary.WARD_RE))).toEqual(spans(text.matchAll(before)));
    expect(spans(text.matchAll(before)).length).toBeGreaterThan(units.length);
  });

  it('builds the glued-building pattern from its words, matching as the literal pattern did', () => {
    expect(placeCues().gluedBuildingWords).toEqual(['building', 'bldg', 'pavilion', 'tower']);
    const before = /\b[A-Z][a-z]{3,}(?:Building|Bldg|Pavilion|Tower)\b/g;
    const text = 'the QuartermainBuilding, PellowBldg 2, AshbyPavilion; VellTower, OmbryTowers, Ombrybuilding, ABCTower, AbcBuilding, HarrowBLDG';
    const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(spans(vocabulary.GLUED_BUILDING_RE)).toEqual(spans(before));
    expect(spans(before).length).toBe(4);
    expect(vocabulary.GLUED_BUILDING_WORD_RE.test('QuartermainPavilion')).toBe(true);
    expect(vocabulary.GLUED_BUILDING_WORD_RE.test('the main building')).toBe(false);
  });

  it('rejects an ambiguous state code that is no state code, naming the file and the key', () => {
    expectRulesInvalid('deid-place-cues.yaml', PlaceCuesSchema, (t) => t.replace(/(ambiguousStateCodes: \[)in,/, '$1zz,'), /placeVocabulary\.ambiguousStateCodes/);
  });
});

describe('person word lists are data (rules/en/deid-name-cues.yaml personVocabulary)', () => {
  it('loads each list with its words, outside the cues block the learned layer reads', () => {
    const p = nameCues().personVocabulary;
    has(new Set(p.paNouns), ['line', 'catheter', 'wedge', 'sats', 'waveform']);
    has(new Set(p.socialVerbs), ['called', 'phoned', 'visiting', 'spoke', 'here']);
    has(new Set(p.nameParticles), ['van', 'der', 'della', 'ibn', 'bint', 'y', 'e']);
    expect(p.awarenessVerbs).toEqual(['aware', 'notified', 'paged', 'informed']);
    expect([p.paNouns.length, p.socialVerbs.length, p.nameParticles.length]).toEqual([20, 15, 26]);
    expect(Object.keys(nameCues().cues)).not.toContain('personVocabulary');
    for (const [set, list] of [
      [vocabulary.PA_NOUNS, p.paNouns],
      [vocabulary.SOCIAL_VERBS, p.socialVerbs],
      [vocabulary.NAME_PARTICLES, p.nameParticles],
    ] as const)
      expect([...set]).toEqual(list);
  });

  it('takes the staff and team words after a candidate from serviceWordsAfter, with the eponym heads', () => {
    const words = nameCues().personVocabulary.serviceWordsAfter;
    has(new Set(words), ['team', 'services', 'dept', 'attending', 'consult', 'unit']);
    expect(words.length).toBe(15);
    has(vocabulary.SERVICE_OR_DEVICE_AFTER, words);
    expect(vocabulary.SERVICE_OR_DEVICE_AFTER.size).toBeGreaterThan(words.length);
  });

  it('loads the words a header writes in place of a first name', () => {
    expect(nameCues().personVocabulary.headerNonNames).toEqual(['male', 'female', 'man', 'woman', 'boy', 'girl', 'infant', 'baby', 'unknown', 'patient', 'pt']);
  });

  it('builds the awareness pattern from the verbs: whole words only', () => {
    const found = (text: string) => [...vocabulary.AWARENESS_ANCHORED.matchAll(text)].map((m) => m[0].toLowerCase());
    expect(found('Quenby aware; Ardell NOTIFIED, pharmacy paged and informed')).toEqual(['aware', 'notified', 'paged', 'informed']);
    expect(found('unaware of plan, awareness intact, repaged')).toEqual([]);
  });

  it('rejects an awareness verb that is not one plain word, naming the file and the key', () => {
    expectRulesInvalid('deid-name-cues.yaml', NameCuesSchema, (t) => t.replace(/(awarenessVerbs: \[)aware,/, '$1made aware,'), /personVocabulary\.awarenessVerbs/);
  });
});
