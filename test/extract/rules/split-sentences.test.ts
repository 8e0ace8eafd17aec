import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../src/extract/rules/split-sentences.js';

const split = createSentenceSplitter();
const sentences = (text: string): string[] => split(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitter', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = '  Heart size normal. Lungs are clear!  No effusion?';
    expect(sentences(text)).toEqual(['Heart size normal.', 'Lungs are clear!', 'No effusion?']);
    for (const s of split(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('keeps numbered impressions as items, inline or on lines', () => {
    expect(sentences('1. Left effusion. 2. Cardiomegaly without edema.')).toEqual(['1. Left effusion.', '2. Cardiomegaly without edema.']);
    expect(sentences('1. Stable mild cardiomegaly 2. Clear lungs')).toEqual(['1. Stable mild cardiomegaly', '2. Clear lungs']);
    expect(sentences('1. Left effusion\n\n2. Cardiomegaly')).toEqual(['1. Left effusion', '2. Cardiomegaly']);
  });

  it('does not split at abbreviations or decimals', () => {
    expect(sentences('Nodule measures approx. 1.5 cm vs. 1.2 cm before. Dr. Smith was told.')).toEqual(['Nodule measures approx. 1.5 cm vs. 1.2 cm before.', 'Dr. Smith was told.']);
  });

  it('splits lines without periods but joins wrapped lines', () => {
    expect(sentences('Heart size normal\nLungs clear\nNo effusion')).toEqual(['Heart size normal', 'Lungs clear', 'No effusion']);
    expect(sentences('There is a small effusion which\nhas increased.')).toEqual(['There is a small effusion which\nhas increased.']);
  });

  it('separates templated headers', () => {
    expect(sentences('LUNGS AND PLEURA: No effusion. HEART: Normal size.')).toEqual(['LUNGS AND PLEURA:', 'No effusion.', 'HEART:', 'Normal size.']);
  });

  it('splits only inside the given range', () => {
    const text = 'FINDINGS: No effusion. Clear lungs. IMPRESSION: Normal.';
    const from = text.indexOf('No');
    const to = text.indexOf('IMPRESSION');
    expect(split(text, from, to).map((s) => text.slice(s.start, s.end))).toEqual(['No effusion.', 'Clear lungs.']);
  });
});
