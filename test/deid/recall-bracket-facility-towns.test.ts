import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/facility-bracket-towns.ts bracketFacilityTowns):
// a bracket that opens with a facility or business found, then a comma and one or two words closing
// it: those words are the place's town. Words of a campus, a unit or a kind of stay stay.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('the town after a facility and a comma in a bracket', () => {
  it.each([
    ['Injury occurred at work (Kestrow Galvanizing, Ardmoyle); supervisor called 911.\nStable.', 'Ardmoyle'],
    ['referred by dr. b roe (harlan baptist hospital, quenmore); outside imaging on cd.\nstable.', 'quenmore'],
    ['Prior care (Tollanby Regional Medical Center, Stillness) for CHF.\nStable.', 'Stillness'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('brackets after a facility that name no town', () => {
  it.each([
    ['Admitted (Harbor Clinic, inpatient) for 3 days.\nStable.', 'inpatient'],
    ['Admitted (Harbor Clinic, Inpatient Unit) for 3 days.\nStable.', 'Inpatient'],
    ['Seen (Tollanby Regional Medical Center, Main campus) today.\nStable.', 'Main'],
    ['Seen (Tollanby Regional Medical Center, ED) today.\nStable.', 'ED'],
  ])('%j', (text, words) => {
    expect(places(text)).not.toContain(words);
  });
});
