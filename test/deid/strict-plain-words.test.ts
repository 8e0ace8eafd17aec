import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { acronymInflection } from '../../src/deid/keep-list/name-words.js';

// The strict profile takes a Title-case word no vocabulary holds as a name wherever it stands in a
// mixed-case note. Two classes of ordinary word it took are vocabulary: abbreviations in capitals
// with a lower-case inflection, and spoken languages and peoples' adjectives.
const found = (text: string, profile: 'strict' | 'balanced' = 'strict') => detectPhi(text, undefined, { profile }).map((s) => text.slice(s.start, s.end));

describe('an abbreviation in capitals with a lower-case inflection is no name', () => {
  it.each([
    'Transfused two units of irradiated RBCs overnight, repeat labs pending.',
    'Serial EKGs unchanged from the prior tracing.',
    'Requires assist with all ADL\'s, turned every two hours.',
    'Pt CPT\'d through the shift with good effect.',
    'Was NTS\'d for thick tan secretions twice.',
    'Two more SVTs noted on tele, brief and self-limited.',
    'CKs trending down, the MBs are still pending.',
    'Per the EMTs on arrival he was confused.',
  ])('%j', (text) => {
    for (const profile of ['strict', 'balanced'] as const) expect(found(text, profile)).toEqual([]);
  });

  it('reads the shape only', () => {
    expect(['RBCs', 'EKGs', "ADL's", 'CPT’d', "NTS'd", "ABGF's", "PT'ing"].map(acronymInflection)).toEqual([true, true, true, true, true, true, true]);
    // One capital, a lower-case word, capitals alone or an inflection in capitals: other shapes.
    expect(['Os', 'Rbcs', 'RBC', 'RBCS', "ADL'S", 'Pts'].map(acronymInflection)).toEqual([false, false, false, false, false, false]);
  });

  it('capitals a name list holds stay a candidate', () => {
    expect(acronymInflection("LEE's")).toBe(false);
    expect(acronymInflection("SMITH's")).toBe(false);
  });
});

describe('a word built as a drug is no name, in strict either', () => {
  it.each([
    'Remains paralysed with Doxacurium and sedated, see flowsheet.',
    'Bolus of Mivacurium given before the procedure.',
    'Started on oral Dronedarone per the EP team.',
    'Cortisol level drawn, then Cosyntropin given IV.',
    'Titrating IV Labetalol to keep SBP under 160.',
  ])('%j', (text) => {
    expect(found(text).filter((w) => /curium|darone|tropin|alol/i.test(w))).toEqual([]);
  });
});

describe('a spoken language or a people is no name', () => {
  it.each([
    'Pt speaks Cantonese only, son interprets at the bedside.',
    'Mandarin interpreter called for the consent discussion.',
    'Family speaks Tagalog and some English.',
    'Her mother speaks Somali only, interpreter line used.',
    'Sometimes yells in Farsi when agitated.',
    'Iranian family at the bedside, updated by the team.',
    'Prefers Amharic; written material given in Amharic.',
    'Pt is a Guatemalan man who speaks Quiche and some Spanish.',
  ])('%j', (text) => {
    expect(found(text).filter((w) => /cantonese|mandarin|tagalog|somali|farsi|iranian|amharic|guatemalan|english|spanish/i.test(w))).toEqual([]);
  });

  it.each([
    ['Pt speaks Cantonese, daughter Mei Okonkwo-Reyes interprets.', 'Okonkwo-Reyes'],
    ['Seen by Dr. Tagliaferri with the Farsi interpreter.', 'Tagliaferri'],
  ])('the names beside it stay: %j', (text, name) => {
    expect(found(text).join(' ')).toContain(name);
  });
});

describe('strict: a long misspelling is no name', () => {
  it.each([
    'Has Imtermittant hematuria, urology aware.',
    'Pt remains Hemdynamically stable overnight.',
    'Anxiety treated with Trazadone at bedtime.',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Spoke with his sister Marisela Okonkwo in California.', 'Okonkwo'],
    ['Discussed with Dr. Hale, then with Brightwater, the case manager.', 'Brightwater'],
  ])('a name stays: %j', (text, name) => {
    expect(found(text).join(' ')).toContain(name);
  });
});


