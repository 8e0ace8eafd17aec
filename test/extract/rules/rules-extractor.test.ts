import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudyLabelsSchema } from '../../../src/domain/labels.js';
import { OntologySchema } from '../../../src/domain/ontology.js';
import { createRulesExtractor, RULES_ENGINE_VERSION } from '../../../src/extract/rules/rules-extractor.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { sha256 } from '../../../src/util/hash.js';
import { makeReport } from './make-report.js';

const extractor = createRulesExtractor();
const chexpert = loadOntology('chexpert');
const cxr14 = loadOntology('chestxray14');

function run(text: string, ontology = chexpert) {
  const r = extractor.extract(makeReport(text), ontology);
  if (r instanceof Promise) throw new Error('rules extractor must be synchronous');
  return r;
}

describe('rules extractor', () => {
  it('returns every ontology label, valid StudyLabels and full provenance', () => {
    const text = 'FINDINGS: Small left pleural effusion. No pneumothorax.\nIMPRESSION: Left effusion.';
    const { labels, mentions } = run(text);
    expect(StudyLabelsSchema.parse(labels)).toBeTruthy();
    expect(Object.keys(labels.labels)).toEqual(chexpert.labels.map((l) => l.id));
    expect(labels.provenance.extractor).toEqual({ name: 'rules', version: RULES_ENGINE_VERSION });
    expect(labels.provenance.ontology).toEqual({ id: 'chexpert', version: chexpert.version });
    expect(labels.provenance.textHash).toBe(sha256(text));
    expect(labels.provenance.rules?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(labels.provenance.at))).toBe(false);
    expect(extractor.name).toBe('rules');
    for (const m of mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.phrase);
  });

  it('keeps evidence: sentence, span, phrase, deciding trigger first', () => {
    const text = 'FINDINGS: Small left pleural effusion. No pneumothorax.';
    const { labels } = run(text);
    expect(labels.labels['Pleural Effusion']!.value).toBe('positive');
    const ev = labels.labels['Pleural Effusion']!.evidence[0]!;
    expect(ev.phrase).toBe('Small left pleural effusion');
    expect(ev.sentence.text).toBe('Small left pleural effusion.');
    expect(text.slice(ev.sentence.start, ev.sentence.end)).toBe(ev.sentence.text);
    const ptx = labels.labels.Pneumothorax!;
    expect(ptx.value).toBe('negative');
    expect(ptx.evidence[0]!.trigger).toMatchObject({ text: 'No', category: 'negated-existence' });
  });

  it('never makes a positive label from the indication', () => {
    const { labels, mentions } = run('INDICATION: Pneumonia? Rule out effusion.\nFINDINGS: Lungs are clear.');
    expect(labels.labels.Pneumonia!.value).toBe('not_mentioned');
    expect(labels.labels['Pleural Effusion']!.value).toBe('not_mentioned');
    expect(mentions.filter((m) => m.section === 'indication').every((m) => m.temporality === 'hypothetical')).toBe(true);
  });

  it('aggregates positive over uncertain over negative, and the impression settles findings-only doubt', () => {
    expect(run('FINDINGS: Possible pneumonia. IMPRESSION: Pneumonia in the left lower lobe.').labels.labels.Pneumonia!.value).toBe('positive');
    expect(run('FINDINGS: Possible pneumonia.').labels.labels.Pneumonia!.value).toBe('uncertain');
    expect(run('FINDINGS: Possible pneumonia.\nIMPRESSION: No pneumonia.').labels.labels.Pneumonia!.value).toBe('negative');
    expect(run('FINDINGS: Atelectasis versus pneumonia.').labels.labels.Atelectasis!.value).toBe('uncertain');
  });

  it('handles change words and hedged normals', () => {
    expect(run('Stable mild cardiomegaly.').labels.labels.Cardiomegaly!.value).toBe('positive');
    expect(run('No change in the small left effusion.').labels.labels['Pleural Effusion']!.value).toBe('positive');
    expect(run('The right effusion has resolved.').labels.labels['Pleural Effusion']!.value).toBe('negative');
    expect(run('No definite pneumothorax.').labels.labels.Pneumothorax!.value).toBe('negative');
    expect(run('Heart size is normal.').labels.labels.Cardiomegaly!.value).toBe('negative');
  });

  it('applies exclusions ("pericardial effusion" is not a pleural effusion)', () => {
    expect(run('Small pericardial effusion.').labels.labels['Pleural Effusion']!.value).toBe('not_mentioned');
  });

  it('reads a report that describes nothing abnormal as No Finding, as CheXpert does', () => {
    expect(run('  \n ').labels.labels['No Finding']!.value).toBe('positive');
  });

  it('computes CheXpert No Finding, ignoring support devices', () => {
    expect(run('Lungs are clear. No effusion.').labels.labels['No Finding']!.value).toBe('positive');
    expect(run('Right PICC line in the SVC. Lungs are clear.').labels.labels['No Finding']!.value).toBe('positive');
    expect(run('Possible small effusion.').labels.labels['No Finding']!.value).toBe('not_mentioned');
  });

  it('computes no-abnormality No Finding from the abnormal-findings lexicon', () => {
    expect(run('FINDINGS: Lungs are clear. No effusion.', cxr14).labels.labels['No Finding']!.value).toBe('positive');
    const scoliosis = run('FINDINGS: Lungs are clear. Mild levoscoliosis of the thoracic spine.', cxr14).labels.labels['No Finding']!;
    expect(scoliosis.value).toBe('negative');
    expect(scoliosis.evidence[0]!.phrase).toBe('levoscoliosis');
    expect(run('FINDINGS: No hiatal hernia. Lungs are clear.', cxr14).labels.labels['No Finding']!.value).toBe('positive');
  });

  it('accepts a new ontology as data only', () => {
    const tiny = OntologySchema.parse({ id: 'tiny', version: '1', name: 'Tiny', labels: [{ id: 'Free Air', name: 'Free air', synonyms: ['free air', 'pneumoperitoneum'] }] });
    expect(run('No free air under the diaphragm.', tiny).labels.labels['Free Air']!.value).toBe('negative');
    expect(run('Pneumoperitoneum.', tiny).labels.labels['Free Air']!.value).toBe('positive');
  });

  it('treats likely as uncertain unless configured', () => {
    expect(run('Likely atelectasis.').labels.labels.Atelectasis!.value).toBe('uncertain');
    const positive = createRulesExtractor({ likelyIsPositive: true }).extract(makeReport('Likely atelectasis.'), chexpert);
    expect(positive instanceof Promise ? null : positive.labels.labels.Atelectasis!.value).toBe('positive');
  });

  it('never throws and keeps every span inside the text, whatever the input', () => {
    const words = fc.constantFrom('no', 'effusion', 'pneumothorax', 'possible', 'but', 'history of', 'IMPRESSION:', 'FINDINGS:', '1.', '.', ',', ';', '\n', 'XXXX', 'not seen', 'versus', 'cardiomegaly', 'heart size is normal', 'hiatal hernia', '?');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const ontology of [chexpert, cxr14]) {
          const { labels, mentions } = run(text, ontology);
          expect(Object.keys(labels.labels)).toHaveLength(ontology.labels.length);
          for (const m of mentions) {
            expect(text.slice(m.span.start, m.span.end)).toBe(m.phrase);
            expect(text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
