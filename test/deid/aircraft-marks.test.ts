import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Aircraft registration marks are vehicle identifiers (Safe Harbor (b)(2)(i)(L)), like a plate or a VIN.
// Invented marks and carriers.
const marks = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'ID')
    .map((s) => text.slice(s.start, s.end));

describe('an aircraft registration mark after its cue', () => {
  it.each([
    ['FLIGHT: ORRIN AIR MEDEVAC TAIL N4471K, WHEELS UP 0412', 'N4471K'],
    ['helicopter N28QX landed on the pad at 1305', 'N28QX'],
    ['Tail #: N907 (fixed wing)', 'N907'],
    ['Air ambulance tail no. N5512 en route', 'N5512'],
    ['aircraft N36TZ delayed by weather', 'N36TZ'],
    ['Registration: N81235, crew of three', 'N81235'],
  ])('%j', (text, mark) => {
    expect(marks(text)).toContain(mark);
  });
});

describe('not a mark', () => {
  it.each([
    'aircraft crew wore N95 masks',
    'helicopter crew: N100 respirators',
    'TAIL N2 LEVEL',
    'pigtail N123AB',
    'tail n4471k',
    'Tail: N1234AB',
    'helicopter N0123',
    'N4471K alone on a line',
  ])('%j', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
