import { describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { makeReport } from './make-report.js';

const report = makeReport('IMPRESSION: Left basilar opacity, likely atelectasis.');

describe('"likely" hedges follow the ontology unless the run overrides them', () => {
  it('chexpert reads "likely" as uncertain by default', async () => {
    const r = await createRulesExtractor().extract(report, loadOntology('chexpert'));
    expect(r.labels.labels['Atelectasis']?.value).toBe('uncertain');
  });

  it('chestxray14 declares likelyIsPositive and reads it as positive', async () => {
    const onto = loadOntology('chestxray14');
    expect(onto.likelyIsPositive).toBe(true);
    const r = await createRulesExtractor().extract(report, onto);
    expect(r.labels.labels['Atelectasis']?.value).toBe('positive');
    expect(r.labels.provenance.rules?.id).toMatch(/\+likely-positive$/);
  });

  it('an explicit option wins over the ontology', async () => {
    const r = await createRulesExtractor({ likelyIsPositive: false }).extract(report, loadOntology('chestxray14'));
    expect(r.labels.labels['Atelectasis']?.value).toBe('uncertain');
  });
});
