import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { LEARNED_YEAR_RULE, learnedYears } from '../../src/deid/learned/learned-years.js';
import { readsAsClock, yearCandidates, yearFeatures, yearNoteInfo } from '../../src/deid/learned/year-features.js';
import { readYearModel, SHIPPED_YEAR_MODEL_PATH, shippedYearModel, trainYearModel, yearWeightsForFile } from '../../src/deid/learned/year-model.js';
import { refusedModelFile } from './model-file-errors.js';

// Invented sentences; none is from a corpus. The class: a bare year dating a history item that no
// cue word of the pattern layer announces.
const YEARS = [
  'Referred for transplant, declined 2022.',
  'Knee replacement at Hillcrest Orthopedics 2011.',
  'Lap band removed Riverside 2013, since then stable.',
  'HCV genotype 1, cured 2019.',
  'Retired from the railroad 2004 and lives with daughter.',
  'Left nephrectomy for RCC 2007 (Dr. Amberly).',
  'Stress test normal 2018; cath clean 2020.',
  'Pacemaker placed 2016 for sick sinus.',
];
// The same digits as times of day and quantities.
const NOT_YEARS = [
  'Lasix 40 mg IV at 2000 with good response.',
  'PTT due 2030.',
  'IVF: 2000 mL LR',
  'I/O 1960/2430',
  'Seen 12/22/2015 1945 by RN.',
  '0700 vitals stable.\n1930 family at bedside.',
  'Fluid restriction 2000 cc/day.',
  'Calorie goal 1950 kcal.',
  'Labs ck 2000.',
  'Weaned to off by 2000.',
  'Output 2000+ over the shift.',
];

const years = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  learnedYears(text, [], shippedYearModel(), shippedVocabulary(), profile).map((s) => text.slice(s.start, s.end));

describe('learned year layer', () => {
  it('takes bare years of history items in both profiles', () => {
    for (const profile of ['balanced', 'strict'] as const) {
      const found = YEARS.filter((t) => years(t, profile).length > 0);
      expect(found.length, profile).toBeGreaterThanOrEqual(7);
    }
    expect(years('Stress test normal 2018; cath clean 2020.')).toEqual(['2018', '2020']);
  });

  it('leaves times of day and quantities', () => {
    for (const t of NOT_YEARS) expect(years(t, 'strict'), t).toEqual([]);
  });

  it('adds to the detector what the pattern cues miss, with its rule id; null switches it off', () => {
    const t = 'Referred for transplant, declined 2022.';
    const on = detectPhi(t).filter((s) => s.category === 'DATE');
    expect(on.map((s) => [t.slice(s.start, s.end), s.source])).toEqual([['2022', LEARNED_YEAR_RULE]]);
    expect(detectPhi(t, undefined, { yearModel: null }).filter((s) => s.category === 'DATE')).toEqual([]);
    // A number another layer took (here a date pattern) is never looked at again.
    const dated = 'Seen March 3, 2019 in clinic.';
    expect(detectPhi(dated).filter((s) => s.source === LEARNED_YEAR_RULE)).toEqual([]);
  });

  it('reads candidates: alone, not inside dates, times, decimals, ids, signed balances or ranges of times', () => {
    const text = 'in 2019, 12/3/2019, 19:45, 2019.5, MRN 20191, #2003, +1950, 1900-0700, 1990s, 2000+';
    expect(yearCandidates(text).map((c) => text.slice(c.start, c.end))).toEqual(['2019', '1990s']);
    // The contexts of rules/en/deid-numeric-contexts.yaml (year): time cues, ranges of hours, values' names, units.
    const settled = 'oriented from 2000 to 2400; shift 1930 - 0700; CPKs 2010; UO 1950; BNP: 2015; goal 2000; 2000 mL; 1990 steps; seen 2/3 1945';
    expect(yearCandidates(settled)).toEqual([]);
    expect(yearCandidates('from 2010 to 2015').map((c) => c.start)).toEqual([5, 13]);
    expect(readsAsClock('1959')).toBe(true);
    expect(readsAsClock('1975')).toBe(false);
    expect(yearNoteInfo('vitals at 0800').military).toBe(true);
    expect(yearNoteInfo('vitals at 2000').military).toBe(false);
  });

  it('keeps unknown words out of the features (no name or place of a note enters the weights)', () => {
    const text = 'Knee replacement at Hillcrest Orthopedics 2011.';
    const [c] = yearCandidates(text);
    const f: string[] = [];
    yearFeatures(text, c!, yearNoteInfo(text), shippedVocabulary(), f);
    expect(f.join(' ')).not.toMatch(/hillcrest/i);
    expect(f).toContain('p2:?Cap');
  });

  it('trains deterministically', () => {
    const notes = [
      { patient: 'a', text: 'Cholecystectomy 2009. Lasix at 2000.', phi: [{ start: 16, end: 20, category: 'DateYear' }] },
      { patient: 'b', text: 'Hernia repair 2014. IVF 2000 mL.', phi: [{ start: 14, end: 18, category: 'DateYear' }] },
    ];
    const s = { seed: 3, epochs: 4, thresholds: { balanced: 0, strict: 0 } };
    const a = trainYearModel(notes, shippedVocabulary(), s, 'x');
    const b = trainYearModel(notes, shippedVocabulary(), s, 'x');
    // "at 2000" (a time cue before a number that reads as a time) and "IVF 2000 mL" (a value's name, a unit) are no candidates.
    expect(a.examples).toBe(2);
    expect(yearWeightsForFile(a.model.weights)).toEqual(yearWeightsForFile(b.model.weights));
  });

  it('refuses a bad model file with DEID_MODEL_INVALID naming the file and the key', () => {
    const bad = refusedModelFile(readYearModel, 'years-');
    expect(bad('absent.json')).toMatch(/not found/);
    expect(bad('broken.json', '{')).toMatch(/JSON/);
    const file = JSON.parse(readFileSync(SHIPPED_YEAR_MODEL_PATH, 'utf8'));
    expect(bad('thresholds.json', JSON.stringify({ ...file, thresholds: { balanced: 'x', strict: 0 } }))).toMatch(/^thresholds\.balanced/);
    expect(bad('features.json', JSON.stringify({ ...file, featureSet: 'other/9' }))).toMatch(/^featureSet/);
    expect(bad('weights.json', JSON.stringify({ ...file, weights: { bias: [1, 2, 3] } }))).toMatch(/^weights\.bias/);
  });
});
