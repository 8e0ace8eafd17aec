import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { makeVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';

const names = (text: string, profile: 'strict' | 'balanced' = 'balanced') =>
  detectPhi(text, undefined, { profile }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
const sources = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => s.source);

// Issue 11: in a name-like position a word that is no English or clinical word is a name,
// whether or not a name list holds it. Every name below is invented and in no lexicon.
describe('keep-list layer: unknown words in name-like positions', () => {
  it.each([
    ['ABG drawn and reviewed as per J. OKWUOSA.', ['J. OKWUOSA']],
    ['Rate lowered (T. LINDQVARR MD notified).', ['T. LINDQVARR']],
    ['Pt tolerating PS trial.\nMARI-ANNE K. OKWUOSA-BRENT, RRT', ['MARI-ANNE K. OKWUOSA-BRENT']],
    ['Lasix given per Zorvanek NP.', ['Zorvanek']],
    ['Sputum sent.\n-- Quillbrae', ['Quillbrae']],
    ['Family updated.\n/s/ Dravmoor, Kesh', ['Dravmoor | Kesh']],
    ['CXR reviewed, cc: Vantrasky', ['Vantrasky']],
  ])('%s', (text, expected) => {
    expect(names(text).join(' | ')).toContain(expected[0]);
  });

  it('records the keep-list rule id on the spans it finds', () => {
    expect(sources('ABG reviewed as per J. OKWUOSA.')).toEqual(expect.arrayContaining([expect.stringMatching(/^keep-list:/)]));
  });

  it.each([
    'Heparin adjusted per protocol.',
    'Insulin titrated per sliding scale.',
    'Order clarified per H.O. at the bedside.',
    'Neb given by R.T. with good effect.',
    'Skin care per reqs from wound team.',
    'Lungs clear. Dressing changed per routine.',
    'Pt seen by the fellow this morning.',
    'Dopamine titrated, PA line in place.',
  ])('keeps ordinary and clinical words in the same positions: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('balanced forgives a one-letter typo of a word after a lead; a name list word or an initial still counts', () => {
    expect(names('Insulin titrated per PROTOCAL.')).toEqual([]);
    expect(names('Insulin titrated per PROTOCAL.', 'strict')).toEqual(['PROTOCAL']);
  });

  it('strict also takes an unknown Title-case word anywhere but a sentence start (mixed-case notes)', () => {
    const text = 'Family meeting held. Pt visited by Brovanek and the chaplain.';
    expect(names(text, 'strict')).toContain('Brovanek');
    expect(names('Sedation held. Pt calm.', 'strict')).toEqual([]);
  });

  it('a vocabulary passed in (as cross-validation builds it) decides what is unknown', () => {
    const vocab = makeVocabulary(new Set(['reviewed', 'as', 'per']), ['okwuosa']);
    const text = 'ABG reviewed as per J. OKWUOSA.';
    expect(detectPhi(text, undefined, { vocabulary: vocab }).some((s) => s.source.startsWith('keep-list'))).toBe(false);
    expect(vocab.nearMiss('okwuossa')).toBe(true);
    expect(vocab.sizes).toEqual({ base: 3, notes: 1 });
  });
});
