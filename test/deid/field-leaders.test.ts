import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { foldFieldLeaders } from '../../src/deid/fold-text.js';

// A dot leader after a label at a line's start reads as a colon and blanks (fold-text.ts foldFieldLeaders):
// older report headers pad their labels to a column with dots. Every name here is invented.
describe('dot leaders after a label', () => {
  it('are written as a colon and blanks of the same length', () => {
    const text = 'OPERATOR..........Quennell, Tamsin\n  Assistant.......Brandt, Ilse\n';
    const folded = foldFieldLeaders(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('OPERATOR:         Quennell, Tamsin\n  Assistant:      Brandt, Ilse\n');
  });

  it.each([
    'pt states......he fell at home',
    'OPERATOR..........Quennell, Tamsin',
    'Heart rate 88. Plan: ...........',
    '..........................\nEND OF REPORT',
    'Cont....see below',
    'x'.repeat(45) + '.......value',
  ])('leave an ellipsis, a rule of dots, a short run, a long line or one field alone: %j', (text) => {
    expect(foldFieldLeaders(text)).toBe(text);
  });

  it.each([
    ['CATH REPORT\nOPERATOR..........Quennell, Tamsin\nCONTRAST..........Iohexol 120 mL', ['Quennell', 'Tamsin']],
    ['SURGEON...........Ostrander, Faith\nASSISTANT.........Harrow, Joy\nANESTHESIA........General', ['Ostrander', 'Faith', 'Harrow', 'Joy']],
  ])('let the label passes read the field: %j', (text, expected) => {
    const spans = detectPhi(text);
    const names = spans.filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end)).join(' ');
    for (const n of expected) expect(names).toContain(n);
    // The offsets are the original text's: no span covers a dot.
    for (const s of spans) expect(text.slice(s.start, s.end)).not.toContain('..');
  });
});
