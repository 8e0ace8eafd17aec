import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes: an initial after a person lead, a "/" or a "(" takes a surname that is also an
// English word (issue 11, class found on eval/deid-styles-dev, a development set).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end))
    .join(' ');

describe('an initial after a person lead takes a surname that is a word', () => {
  it.each([
    ['TRACH CHANGE DONE BY J. MARSH + RT, 7.0 SHILEY', 'MARSH'],
    ['AS PER D. HOPE CONT TRACH COLLAR 35%', 'HOPE'],
    ['DRESSING CHANGE 11/26 W/ T. WOOD, GRAFTS 90% TAKE', 'WOOD'],
    ['SIG: WILHELMA S. LEGRAND RN / D. HILL SN', 'HILL'],
    ['(F. WOOD MD NOTIFIED OF K 3.2)', 'WOOD'],
    ['Plan reviewed with K. Bishop at the bedside.', 'Bishop'],
    ['Case discussed by phone; report called to M. Rivers.', 'Rivers'],
    ['cc: P. Fox, R. Baker', 'Fox'],
  ])('%s', (text, surname) => {
    expect(names(text)).toContain(surname);
  });

  it('takes the initial with the surname', () => {
    const text = 'AS PER D. HOPE CONT TRACH COLLAR';
    const spans = detectFreeTextNames(text, { model: null }).filter((s) => s.category === 'NAME');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expect.arrayContaining(['D', 'HOPE']));
  });
});

describe('what stays: laterality, organisms, anatomy and words after no lead', () => {
  it.each([
    'PAIN W/ L. ARM MOVEMENT, ICE APPLIED',
    'WEAKNESS ON R. SIDE UNCHANGED',
    'STOOL SENT FOR C. DIFF, CONTACT PRECAUTIONS',
    'Sputum grew S. aureus, sensitive to cefazolin.',
    'H. pylori treated in the past.',
    'Flushed by R. IJ line without resistance.',
    'TOLERATED BY PT. WILL CONTINUE',
    // a slash inside an abbreviation is no lead
    'LOW U/O. HANDS AND LEGS COOL',
    'NEURO=A/A/O. PLEASANT & COOPERATIVE.',
    'Good BP cntl noted O/N. Blood sent to lab.',
    'CORREG D/C. ART LINE D/C WITHOUT INCIDENT',
  ])('%s', (text) => {
    expect(names(text)).toBe('');
  });
});
