import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (rules/en/deid-eponym-heads.yaml devices, src/deid/free-text/person-names.ts
// subjectLineNames): a surgeon's name before an instrument or a manoeuvre names the instrument, also when it
// opens a line as the subject of "was performed" / "was placed".
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('an eponym before a surgical instrument or manoeuvre is no person', () => {
  it.each([
    'The triangle was dissected with a Maryland dissector.',
    'Adhesions were taken down with Metzenbaum scissors.',
    'The cervix was dilated with a Hegar dilator.',
    'The lamina was removed with a Kerrison rongeur.',
    'Kocher maneuver was performed.',
    'Hasson trocar was placed at the umbilicus.',
    'PRINGLE MANEUVER WAS PERFORMED FOR 10 MINUTES.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person before a verb of the patient or beside an instrument is still named', () => {
  it.each([
    ['Ralph Okafor was seen today.', 'Okafor'],
    ['Dr. Kocher placed the dissector.', 'Kocher'],
    ['Lindqvist was performed on by Dr. Halvorsen.', 'Halvorsen'],
    // A grain elevator names a place, not an instrument.
    ['Fell 6 ft from a ladder at the Bountiful elevator; seen by Dr. Halvorsen.', 'Halvorsen'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
