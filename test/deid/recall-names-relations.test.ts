import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { misspeltRelation } from '../../src/deid/free-text/name-positions.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';

// Invented notes (issue 11): a name alone in brackets after a relation or a service, and the name
// after a relation word written with one slip (an edit distance of one).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a name in brackets after a relation or a service', () => {
  it.each([
    ['FAMILY (GRACE) CALLED FOR UPDATE', ['GRACE']],
    ['visitor (Summer) left at 2000', ['Summer']],
    ['Cards (Ingrid Waweru) recommends echo', ['Ingrid', 'Waweru']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a name after a misspelt relation word', () => {
  it.each(['neice', 'daugther', 'husbnad', 'nephwe', 'wfie'])('%s is one edit from a relation', (w) => {
    expect(misspeltRelation(w, shippedVocabulary())).toBe(true);
  });
  it.each(['nice', 'notice', 'hussar', 'bother'])('%s is not', (w) => {
    expect(misspeltRelation(w, shippedVocabulary())).toBe(false);
  });
  it.each([
    ['NEICE ROSE HALLORAN (555 010 2233) WANTS UPDATE', ['ROSE', 'HALLORAN']],
    ['DAUGTHER WILLA TREMBATH AT BEDSIDE', ['WILLA', 'TREMBATH']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
    expect(names(text)).not.toContain(text.split(' ')[0]);
  });
});

describe('what stays', () => {
  it.each([
    'FAMILY (PRN) AWARE OF PLAN',
    'SURGERY (ORIF) PLANNED',
    'Ortho (hip) following',
    'FAMILY (X2) AT BEDSIDE',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
