import { describe, expect, it } from 'vitest';
import { RawReportSchema } from '../../src/domain/report.js';
import { deidentify, type DeidSettings } from '../../src/deid/deidentify.js';
import { findPlaceholders, spareUpstreamPlaceholders } from '../../src/deid/placeholders.js';

const settings: DeidSettings = { key: 'test-key-placeholders-0123456789abcdef', mode: 'surrogate', keepStudyUids: false };
const base = { source: { format: 'text' as const, system: 't' }, sections: [], identifiers: {}, patientId: 'PH-1' };
const deid = (text: string, mode: 'surrogate' | 'tag') => deidentify(RawReportSchema.parse({ ...base, text }), { ...settings, mode });

/**
 * Invented report lines where a name, date, place or age detector would fire if the marker were a
 * word: after a title, as an age, inside a word, in a comparison date, in a header field, as the
 * subject of a sentence, repeated (the detectors propagate a name found once to its repeats).
 */
const TEMPLATES = [
  'Dr. {M} {M} discussed the findings with {M} at {M}.',
  '{M}-year-old male with cough. No pneumothorax.',
  'IMPRESSION: Normal chest x-{M}. Comparison: {M}, {M}.',
  'Seen by Dr. {M} on {M}. Heart size is normal.',
  'Patient: {M}\nMRN: {M}\nFINDINGS: Small left pleural effusion.',
  'The {M} examination consists of frontal and lateral radiographs of the chest.',
  'Mr. {M} returns for follow-up. Stable {M} opacity in the right base.',
  'Pain {M}/10 since {M}. Called {M} {M} with results at {M}.',
  'Transferred from {M} Hospital to {M} on {M}. Lungs are clear.',
];

/** The three marker styles, each with the variants seen in their corpora. */
const STYLES: Record<string, string[]> = {
  'Open-i XXXX': ['XXXX', 'XXX', 'XXXXX'],
  'MIMIC-CXR ___': ['___', '____'],
  'MIMIC notes [** **]': ['[**Last Name (NamePattern1) 1234**]', '[**First Name8 (NamePattern2) 91**]', '[**Hospital1 18**]', '[**2101-10-20**]', '[**Telephone/Fax (1) 3142**]', '[**Known lastname 5077**]'],
};

describe('upstream redaction markers are kept, never replaced by a surrogate', () => {
  for (const [style, variants] of Object.entries(STYLES)) {
    it.each(['surrogate', 'tag'] as const)(`${style}: every template with every variant comes out unchanged (%s mode)`, (mode) => {
      for (const t of TEMPLATES)
        for (const v of variants) {
          const text = t.replaceAll('{M}', v);
          const out = deid(text, mode);
          expect(out.text, text).toBe(text);
          expect(out.deid.counts, text).toEqual({});
        }
    });
  }

  it('finds each marker style, inside words too, and not ordinary words', () => {
    const text = 'x-XXXX, XXXX-year-old, ___ and [**Hospital1 18**]; x-ray, XX chromosome, a_b, [*note*]';
    expect(findPlaceholders(text).map((p) => text.slice(p.start, p.end))).toEqual(['XXXX', 'XXXX', '___', '[**Hospital1 18**]']);
  });

  it('still replaces a real identifier next to a marker, in both modes', () => {
    for (const mode of ['surrogate', 'tag'] as const) {
      const out = deid('Dr. Marguerite XXXX reviewed the study. Call Dr. Okonkwo-Baptiste ___ with results.', mode).text;
      expect(out).not.toMatch(/Marguerite|Okonkwo/);
      expect(out).toContain('XXXX reviewed');
      expect(out).toContain(' ___ with results');
    }
  });

  it('cuts detected spans around markers and drops spans made only of markers', () => {
    const text = 'Dr. XXXX XXXX and Dr. Jane XXXX and [**Last Name 12**].';
    const at = (s: string) => text.indexOf(s);
    const spans = [
      { start: at('XXXX XXXX'), end: at('XXXX XXXX') + 9, category: 'NAME' as const, source: 'title' },
      { start: at('Jane'), end: at('Jane') + 9, category: 'NAME' as const, source: 'title' },
      { start: at('[**'), end: at('**].') + 3, category: 'NAME' as const, source: 'lexicon' },
    ];
    expect(spareUpstreamPlaceholders(text, spans).map((s) => text.slice(s.start, s.end))).toEqual(['Jane']);
  });
});
