import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clinicalEnding, clinicalMorphology } from '../../src/deid/learned/clinical-morphology.js';
import { repoPath } from '../../src/util/paths.js';
import { eagerModel, learnedMarks } from '../helpers/learned-models.js';

// A word built on a drug stem or a clinical suffix (rules/en/deid-clinical-morphology.yaml) is
// vocabulary for the learned layer: never a name or a place, whatever the model scores.
// A model that calls every candidate a name: only the layer's own limits stop it.
const eager = eagerModel(1);
const marked = (text: string, profile: 'balanced' | 'strict' = 'balanced') => learnedMarks(text, eager, profile);

describe('clinical morphology: the endings close no listed name or place', () => {
  it('no entry of the shipped name and place lists (last word of a multi-word entry) takes an ending', () => {
    const hits: string[] = [];
    for (const list of ['first-names', 'last-names', 'us-places', 'ambiguous-names']) {
      for (const line of readFileSync(repoPath(`lexicons/${list}.txt`), 'utf8').split('\n')) {
        const entry = line.trim().toLowerCase();
        if (!entry || entry.startsWith('#')) continue;
        const last = entry.split(/[\s-]+/).pop()!;
        const e = clinicalEnding(last);
        if (e) hits.push(`${list}: ${entry} (-${e})`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('an ending needs minStem letters before it, and the word is letters only', () => {
    const { minStem } = clinicalMorphology();
    expect(minStem).toBeGreaterThanOrEqual(3);
    expect(clinicalEnding('april')).toBeUndefined();
    expect(clinicalEnding('crit')).toBeUndefined();
    expect(clinicalEnding('lisinopril')).toBe('pril');
    expect(clinicalEnding('hematocrit')).toBe('crit');
    expect(clinicalEnding('zorv4statin')).toBeUndefined();
  });
});

describe('learned layer: words built as drugs or clinical terms are never names', () => {
  it.each([
    ['Started zorvastatin today, tolerating well.', 'zorvastatin'],
    ['PT GIVEN QUINTAMYCIN IV AT NOON, NO REACTION NOTED.', 'QUINTAMYCIN'],
    ['will start velopramine at bedtime per team', 'velopramine'],
    ['Held Trastolol this morning for low heart rate.', 'Trastolol'],
    ['Continue to monitor Plasmocrit and urine output.', 'Plasmocrit'],
    ['MONITOR FOR QUADRIGEMINY ON TELE OVERNIGHT.', 'QUADRIGEMINY'],
    ['pt s/p ventrectomy, dressing dry and intact', 'ventrectomy'],
  ])('%j: %s stays', (text, word) => {
    expect(marked(text)).not.toContain(word);
  });

  it.each([
    ['Started Zorvander today, tolerating well.', 'Zorvander'],
    ['PT SEEN BY QUINTAMER AT NOON, NO REACTION NOTED.', 'QUINTAMER'],
    ['will call velopram at bedtime per team', 'velopram'],
    ['Visited by Trastolo this morning for an hour.', 'Trastolo'],
  ])('%j: a word of the same shape without an ending is still the model\'s (%s)', (text, word) => {
    expect(marked(text)).toContain(word);
  });
});

describe('learned layer: an ordinary word right before a relation word qualifies it', () => {
  it.each([
    ['SOCIAL: GRAND DAUGHTER PRESENT AT BEDSIDE THIS AM.', 'GRAND'],
    ['HE SAYS A CLOSE FRIEND CAME IN AND PAID THE BILLS.', 'CLOSE'],
    ['pt visited by older sister this afternoon, pleasant visit', 'older'],
    ['PT SAYS HIS GOOD FRIEND WILL BRING CLOTHES TOMORROW.', 'GOOD'],
  ])('%j: %s stays', (text, word) => {
    expect(marked(text)).not.toContain(word);
  });

  it.each([
    ['SOCIAL: DAUGHTER HOPE PRESENT AT BEDSIDE THIS AM.', 'HOPE'],
    ['SOCIAL: SPOKE WITH HOPE, DAUGHTER, AT BEDSIDE THIS AM.', 'HOPE'],
  ])('%j: a word after the relation, or apart from it, is still the model\'s (%s)', (text, word) => {
    expect(marked(text)).toContain(word);
  });
});
