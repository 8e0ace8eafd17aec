import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('sleep, neurodiagnostic, cardiovascular and specialty nursing credentials', () => {
  it.each([
    ['Interpreting: Dr. Ngozi Eze, DABSM', 'Ngozi Eze', 'DABSM'],
    ['Sleep tech Marguerite L. (CCSH)', 'Marguerite', 'CCSH'],
    ['Echo by Tobias Wren, RDCS', 'Tobias Wren', 'RDCS'],
    ['Ultrasound: Priya Nandakumar RDMS', 'Priya Nandakumar', 'RDMS'],
    ['EEG recorded by Halvard Oyen, REEGT', 'Halvard Oyen', 'REEGT'],
    ['IONM: Tavita Fuimaono, CNIM', 'Tavita Fuimaono', 'CNIM'],
    ['Circulator Oyelaran, CNOR', 'Oyelaran', 'CNOR'],
  ])('%j', (text, name, credential) => {
    const spans = found(text);
    for (const w of name.split(' ')) expect(spans.some((x) => x.includes(w))).toBe(true);
    expect(spans.join(' | ')).not.toContain(credential);
  });
});
