import { describe, expect, it } from 'vitest';
import { createSentenceSplitter, isSpace } from '../../../src/extract/rules/split-sentences.js';

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

  it('tests blanks by char code exactly as /\\s/ does, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(isSpace(Number.NaN)).toBe(false);
  });

  it('splits the same around unusual blanks and digits as around plain ones', () => {
    for (const blank of ['\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\t', '\v', '\f']) {
      const text = `Small effusion.${blank}Clear lungs 2. Cardiomegaly 3.${blank}No edema.${blank}`;
      expect(sentences(text)).toEqual(['Small effusion.', 'Clear lungs', '2. Cardiomegaly', '3.' + blank + 'No edema.']);
    }
    // A period followed by a non-blank (no-break hyphen, zero-width joiner) does not end a sentence.
    expect(sentences('Size 2.\u2011x. Lungs clear.')).toEqual(['Size 2.\u2011x.', 'Lungs clear.']);
    expect(sentences('Effusion.\u200dLungs clear.')).toEqual(['Effusion.\u200dLungs clear.']);
  });
});
