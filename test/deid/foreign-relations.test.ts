import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/foreign-relations.ts): the relative named before a
// Spanish relation word in brackets (rules/en/deid-name-cues.yaml nameWords.foreignRelations).
const bySource = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.source === 'foreign-relation')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));
const all = (text: string) => detectFreeTextNames(text, { profile: 'balanced', model: null }).map((s) => text.slice(s.start, s.end));

describe('the name before a bracketed Spanish relation', () => {
  it.each([
    ['Rosa (hija) will help with wound care.', ['Rosa']],
    ['Su cuidador(a): Wade W. Frost (esposa), tel 668.254.8903.', ['Wade', 'W', 'Frost']],
    ['HOPE (MADRE) AT BEDSIDE FOR TEACHING.', ['HOPE']],
    ['ride home with faith (hermana) after 3pm', ['faith']],
    ['Contact Sterling Page (sobrino) if no answer.', ['Sterling', 'Page']],
  ])('%j', (text, names) => {
    expect(bySource(text)).toEqual(names);
  });

  it('leaves the relation word to no other pass', () => {
    expect(all('VICTOR (HIJA) WILL HELP WITH WOUND CARE.')).not.toContain('HIJA');
  });
});

describe('a word before a bracketed relation that names no one', () => {
  it.each([
    'Patient (hija present) aware of plan.',
    'Discussed with family (hija) at bedside.',
    'Called her (hija) today re: meds.',
    'Taught wound care (madre) with teach-back.',
    'Per daughter (hija), no falls.',
  ])('%j', (text) => {
    expect(bySource(text)).toEqual([]);
  });
});
