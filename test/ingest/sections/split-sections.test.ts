import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/ingest/sections/split-sections.js';

/** [name, heading, body] triples, for readable expectations. */
const split = (text: string): Array<[string, string | null, string]> =>
  splitSections(text).map((s) => [s.name, s.heading, text.slice(s.start, s.end)]);

describe('splitSections: headings', () => {
  it('splits the common colon headings, in any case, on their own line or inline', () => {
    const text = [
      'EXAMINATION: CT CHEST WITH CONTRAST',
      'CLINICAL HISTORY: 60-year-old with cough.',
      'Reason for exam: rule out pneumonia',
      'comparison: 01/02/2020.',
      'TECHNIQUE: Axial images were obtained.',
      'FINDINGS: Lungs are clear.',
      'CONCLUSIONS: No acute process.',
      'ADDENDUM: Discussed with the referring team.',
    ].join('\n');
    expect(split(text)).toEqual([
      ['technique', 'EXAMINATION:', 'CT CHEST WITH CONTRAST'],
      ['indication', 'CLINICAL HISTORY:', '60-year-old with cough.'],
      ['indication', 'Reason for exam:', 'rule out pneumonia'],
      ['comparison', 'comparison:', '01/02/2020.'],
      ['technique', 'TECHNIQUE:', 'Axial images were obtained.'],
      ['findings', 'FINDINGS:', 'Lungs are clear.'],
      ['impression', 'CONCLUSIONS:', 'No acute process.'],
      ['addendum', 'ADDENDUM:', 'Discussed with the referring team.'],
    ]);
  });

  it('recognises HISTORY, INDICATIONS, CONCLUSION, a dash delimiter and a heading after a sentence end', () => {
    expect(split('HISTORY: fall. INDICATIONS: pain. Comparison: none. Findings: normal alignment. CONCLUSION - no fracture.')).toEqual([
      ['indication', 'HISTORY:', 'fall.'],
      ['indication', 'INDICATIONS:', 'pain.'],
      ['comparison', 'Comparison:', 'none.'],
      ['findings', 'Findings:', 'normal alignment.'],
      ['impression', 'CONCLUSION -', 'no fracture.'],
    ]);
  });

  it('takes bare headings alone on their line in capitals or title case', () => {
    expect(split('FINDINGS\nThe lungs are clear.\n\nImpression\nNormal chest.')).toEqual([
      ['findings', 'FINDINGS', 'The lungs are clear.'],
      ['impression', 'Impression', 'Normal chest.'],
    ]);
  });

  it('handles compound headings: FINDINGS/IMPRESSION is the impression, INDICATION/CLINICAL QUESTION the indication', () => {
    expect(split('INDICATION/CLINICAL QUESTION: Fever\nFINDINGS/IMPRESSION:\nNo focal consolidation.')).toEqual([
      ['indication', 'INDICATION/CLINICAL QUESTION:', 'Fever'],
      ['impression', 'FINDINGS/IMPRESSION:', 'No focal consolidation.'],
    ]);
    expect(split('Findings and impression: clear lungs.')).toEqual([['impression', 'Findings and impression:', 'clear lungs.']]);
    expect(split('TECHNIQUE AND FINDINGS: PA view. Clear lungs.')).toEqual([['findings', 'TECHNIQUE AND FINDINGS:', 'PA view. Clear lungs.']]);
    expect(split('COMPARISON STUDY: none\nFINAL IMPRESSION: normal')).toEqual([
      ['comparison', 'COMPARISON STUDY:', 'none'],
      ['impression', 'FINAL IMPRESSION:', 'normal'],
    ]);
  });

  it('keeps numbered impressions together under their heading', () => {
    const text = 'FINDINGS: Small left effusion.\nIMPRESSION:\n1. Small left pleural effusion.\n2. History of prior granulomatous disease.\n3. Comparison with prior is limited.';
    expect(split(text)).toEqual([
      ['findings', 'FINDINGS:', 'Small left effusion.'],
      ['impression', 'IMPRESSION:', '1. Small left pleural effusion.\n2. History of prior granulomatous disease.\n3. Comparison with prior is limited.'],
    ]);
    expect(split('IMPRESSION: 1. No pneumothorax. 2. Stable nodule.')).toEqual([['impression', 'IMPRESSION:', '1. No pneumothorax. 2. Stable nodule.']]);
  });

  it('ends the impression at a sign-off heading', () => {
    expect(split('IMPRESSION: Normal.\nElectronically signed by: Dr A')).toEqual([
      ['impression', 'IMPRESSION:', 'Normal.'],
      ['other', 'Electronically signed by:', 'Dr A'],
    ]);
  });
});

describe('splitSections: prose never splits', () => {
  it.each([
    'The impression is of a normal study.',
    'Patient with a history of smoking and cough.',
    'History of smoking. Lungs are clear.',
    'Findings consistent with pneumonia.',
    'Comparison with the prior study shows no change.',
    'No change in the findings since the prior exam: stable.',
    'The report was discussed with Dr. Jones.',
    'findings\nlowercase words alone on a line are prose',
    'Lungs clear.\nResult\nThe word Result alone is a title, not a heading.',
  ])('%s', (text) => {
    expect(split(text).every(([, heading]) => heading === null)).toBe(true);
  });
});

describe('splitSections: unheaded text', () => {
  it('makes a text with no headings one findings section', () => {
    expect(split('  Lungs are clear.\n')).toEqual([['findings', null, 'Lungs are clear.']]);
    expect(split('')).toEqual([]);
  });

  it('calls text before an impression heading findings, before a findings heading other', () => {
    expect(split('Chest two views. Lungs clear.\nIMPRESSION: Normal.')).toEqual([
      ['findings', null, 'Chest two views. Lungs clear.'],
      ['impression', 'IMPRESSION:', 'Normal.'],
    ]);
    expect(split('CHEST PA AND LATERAL\nFINDINGS: clear.')).toEqual([
      ['other', null, 'CHEST PA AND LATERAL'],
      ['findings', 'FINDINGS:', 'clear.'],
    ]);
  });

  it('splits a paragraph after a history section into unheaded findings when there is no findings heading', () => {
    expect(split('HISTORY: cough\n\nThe lungs are clear.\nNo effusion.\n\nIMPRESSION: Normal.')).toEqual([
      ['indication', 'HISTORY:', 'cough'],
      ['findings', null, 'The lungs are clear.\nNo effusion.'],
      ['impression', 'IMPRESSION:', 'Normal.'],
    ]);
    expect(split('HISTORY: cough\n\nmore history\nFINDINGS: clear').map(([n]) => n)).toEqual(['indication', 'findings']);
  });

  it('keeps an empty headed section', () => {
    expect(split('FINDINGS:\nIMPRESSION: Normal.')).toEqual([
      ['findings', 'FINDINGS:', ''],
      ['impression', 'IMPRESSION:', 'Normal.'],
    ]);
  });
});

describe('splitSections: invariants and speed', () => {
  const words = ['FINDINGS:', 'IMPRESSION:', 'History', 'history of', 'the', 'lungs', 'clear.', '\n', '\n\n', 'Impression', 'COMPARISON', ':', '1.', ' ', 'CONCLUSION -', 'x/y'];
  it('returns ordered, non-overlapping, trimmed sections inside the text, headings excluded', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        let last = 0;
        for (const s of splitSections(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const body = text.slice(s.start, s.end);
          expect(body).toBe(body.trim());
          if (s.heading !== null) expect(text.slice(0, s.start).trimEnd().endsWith(s.heading)).toBe(true);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits well over 1,000 reports per second', () => {
    const report =
      'EXAMINATION: CHEST PA AND LATERAL\nINDICATION: Cough. History of smoking.\nCOMPARISON: 01/01/2020.\n' +
      'FINDINGS: The cardiomediastinal silhouette is within normal limits. The impression is of clear lungs. '.repeat(12) +
      '\nIMPRESSION:\n1. No acute cardiopulmonary process.\n2. Stable granuloma.\nDictated by: Dr X\n';
    const n = 3000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) splitSections(report + i);
    const perSecond = n / ((performance.now() - t0) / 1000);
    // Measured ≈ 35,000 reports/s of this size on one core; the bound leaves room for a loaded shared machine.
    expect(perSecond).toBeGreaterThan(1000);
  });
});
