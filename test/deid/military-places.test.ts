import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/military-places.ts, rules/en/deid-place-cues.yaml
// military): a military unit after its ordinal and a base after its base word.
const military = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.source === 'place-military')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end))
    .join(' ');

describe('a unit or a base where the patient served', () => {
  it.each([
    ['Unit: 68th Medical Detachment, stationed at Joint Base Ellingsen.', '68th Medical Detachment Joint Base Ellingsen'],
    ['DEPLOYMENTS: IRAQ 1998 WITH 144TH MILITARY POLICE CO; SECOND TOUR.', '144TH MILITARY POLICE CO'],
    ['Served with the 101st Airborne Division in 2004.', '101st Airborne Division'],
    ['burn pit exposure at camp lindqvist daily for 9 months', 'camp lindqvist'],
    ['BASED AT FORT ASHCOMBE UNTIL DISCHARGE.', 'FORT ASHCOMBE'],
  ])('%j', (text, places) => {
    expect(military(text)).toBe(places);
  });
});

describe('ordinals and camp words of clinical notes', () => {
  it.each([
    'Passed the 3rd battery of tests.',
    'pt on 3rd floor, 1st degree av block, 2nd division of care',
    '2nd degree burns to the 4th Floor staff.',
    'Day camp for kids next week.',
    'COP diagnosed on biopsy; Camp Diabetes week in June.',
    'SXN FOR COP AMTS CREAMY YEL SECRETIONS. AMBULATED 50 FT BRANDT WALKER.',
  ])('%j', (text) => {
    expect(military(text)).toBe('');
  });
});
