import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { eponymHeadRules, eponymHeadWords, EponymHeadsSchema } from '../../src/deid/rules/eponym-heads.js';
import { SERVICE_OR_DEVICE_AFTER } from '../../src/deid/free-text/vocabulary.js';

// Invented notes of one class (rules/en/deid-eponym-heads.yaml; token-scanner.ts eponymHeadNear):
// a name word, with its hyphenated or "X and Y" partner, followed on its line within two words by
// an eponym head (an instrument, scale, sign, method, finding, body part or allergen) or by a
// score names the thing, not a person. The same surnames with a person cue before them stay names.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('eponyms before a clinical head noun', () => {
  it.each([
    // devices and equipment
    'Port accessed with a Gordon needle, flushed with saline.',
    'PT ON WALLACE AIR MATTRESS, TURNED Q2H.',
    'pt placed on a porter low air loss mattress overnight',
    'Images reviewed on the Harlow workstation before the visit.',
    // scales, scores and questionnaires
    'Functional status: Bennett ADL 4/6, Morrow IADL 3/8.',
    'MRI: Hollis 2 white matter disease, (Garland 3) atrophy.',
    'SWALLOW: RESIDUE MODERATE (FENWICK 3/2).',
    'barlow skin type III, burns easily',
    'Completed the Carver Suicide Severity questionnaire today.',
    // signs and manoeuvres
    'The Pruitt-Hale manoeuvre was negative bilaterally.',
    'LEOPARD MANEUVERS: VERTEX, BACK TO MATERNAL LEFT',
    // methods, charts and equations
    'TBSA revised with Lund and Browder chart on arrival.',
    'Caloric needs: Ashby-Carlisle equation not used.',
    'Survival shown as Kaplan-Meier plots in the trial packet.',
    'started on the thornton free water protocol',
    // findings, laboratory terms and allergens
    'Sacrum: Kennedy terminal ulcer 2 x 3 cm.',
    'Semen analysis: Kruger morphology 3%.',
    'Antibody screen: Lewis antibodies, usually not significant.',
    'Skin test: Timothy grass 9 mm, Johnson grass 4 mm.',
    'Grip: Baker hand dynamometer 26 kg right.',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Triage RN Adeline Lund-Browder: 9% TBSA partial thickness.', 'Lund-Browder'],
    ['Chart reviewed with Dr. Weber test results pending.', 'Weber'],
    ['Katz, Miriam scale score reviewed by nursing.', 'Katz'],
    ['ADL review per Dr. Gardner grading of the wound.', 'Gardner'],
    ['Mrs. Kennedy ulcer care taught to the family.', 'Kennedy'],
    ['daughter Rose Wallace mattress delivery arranged.', 'Wallace'],
    ['Miriam Bennett exam today, no change.', 'Bennett'],
    ['Guidance counselor Ada Kowalczyk reports declining grades.', 'Kowalczyk'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});

describe('the eponym head list', () => {
  it('is one validated list that the device / service words read', () => {
    const heads = eponymHeadWords();
    expect(heads.size).toBeGreaterThan(200);
    for (const w of ['needle', 'mattress', 'scale', 'adl', 'manoeuvre', 'maneuver', 'protocol', 'chart', 'equation', 'plots', 'morphology', 'phenotype', 'antibodies', 'syndrome', 'ulcer', 'grass', 'creeper', 'cockroach']) {
      expect(heads.has(w), w).toBe(true);
      expect(SERVICE_OR_DEVICE_AFTER.has(w), w).toBe(true);
    }
    expect(Object.keys(eponymHeadRules().heads).length).toBeGreaterThanOrEqual(6);
  });

  it('refuses an empty group and a word that is not one lower-case word', () => {
    expect(EponymHeadsSchema.safeParse({ language: 'en', version: '1', heads: { devices: [] } }).success).toBe(false);
    expect(EponymHeadsSchema.safeParse({ language: 'en', version: '1', heads: { devices: ['Needle'] } }).success).toBe(false);
    expect(EponymHeadsSchema.safeParse({ language: 'en', version: '1', heads: { devices: ['needle'] } }).success).toBe(true);
  });
});
