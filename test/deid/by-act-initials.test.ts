import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): after a technologist's set-up act ("Hookup by", "applied by") a group of letters
// is who did it; a word that closes the act ("complete", "done") ends the group's clause like a stop.
const initials = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'initials-lead')
    .map((s) => text.slice(s.start, s.end));

describe('initials after a set-up act and "by"', () => {
  it.each([
    ['Hookup by qv complete 2100. Impedances ok.', ['qv']],
    ['Electrodes applied by TKW.', ['TKW']],
    ['Setup by rb done, photic run.', ['rb']],
    ['Study disconnected by jq; pt to unit.', ['jq']],
    ['Results called by wz completed read-back.', ['wz']],
  ])('%j', (text, expected) => {
    expect(initials(text)).toEqual(expected);
  });

  it.each([
    'Dressing applied by hand. Setup by the bed.',
    'Hookup by EEG complete.',
    'Diagnosis confirmed by FNA complete.',
    'Electrodes applied by technologist complete.',
  ])('finds no initials in %j', (text) => {
    expect(initials(text)).toEqual([]);
  });
});
