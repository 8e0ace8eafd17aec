import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 28): the ambulance or air-medical company after "via" in a
// clause of transfer or transport; the ways of moving stay.
const carriers = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.source === 'transport-carrier')
    .map((s) => text.slice(s.start, s.end));

describe('the carrier after "via" in a clause of transfer', () => {
  it.each([
    ["intubated at osh 3/4, tx'd here same day via skywarden.", ['skywarden']],
    ['PRIOR TO TRANSFER VIA BRACKENWING AT 0215.', ['BRACKENWING']],
    ['Transported via Tallow Flight, arrived 0340 on vent.', ['Tallow', 'Flight']],
    ['Pt flown in via Corvane 2 LifeFlight; report from flight RN.', ['Corvane', 'LifeFlight']],
    ['Brought in via Harrowgate Air at 0300 from the scene.', ['Harrowgate', 'Air']],
  ])('%j', (text, expected) => {
    expect(carriers(text)).toEqual(expected);
  });

  it.each([
    'Transferred to 5W via stretcher at 1400.',
    'Arrived via EMS from home; BLS en route.',
    'Brought in via POV by daughter.',
    'TX VIA AIR AMBULANCE, WEATHER PERMITTING.',
    'Transferred via Hoyer lift to chair.',
    'Feeds sent via PEG at 40 ml/hr.',
    'Pt transferred to OR. Access via R femoral.',
    'Transferred via private vehicle.',
  ])('finds no carrier in %j', (text) => {
    expect(carriers(text)).toEqual([]);
  });
});
