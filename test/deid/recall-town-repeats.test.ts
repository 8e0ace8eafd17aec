import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/town-repeats.ts): the town an address of the note
// gives, named again after a place preposition or before a police or fire service; and an unknown
// town before its police service.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));
const count = (text: string, word: string) => places(text).filter((w) => w === word).length;

describe('a town named again, or before its service', () => {
  it.each([
    ['SCENE: 14 ASH LN, HOPE\nHOPE PD ON SCENE, OFC LEE', 'HOPE', 2],
    ['ADDR: 9 KILN RD, LIBERTY\nDAUGHTER LIVES IN LIBERTY, WILL FOLLOW', 'LIBERTY', 2],
    ['home: 31 fern ct, paradise\nworks out of paradise as a roofer', 'paradise', 2],
    ['AED APPLIED BY QUARLESBY PD OFFICER R. LEE', 'QUARLESBY', 1],
    ['Scene secured by Thornwick Police prior to arrival.', 'Thornwick', 1],
  ])('%j', (text, town, n) => {
    expect(count(text, town)).toBe(n);
  });
});

describe('the same words that are no town', () => {
  it.each([
    ['HX OF ADVANCED PD, ON CARBIDOPA', 'ADVANCED'],
    ['Home PD nightly, cycler alarms x2', 'Home'],
    ['SCENE: 14 ASH LN, HOPE\nPT WITHOUT HOPE OF RECOVERY PER FAMILY', 'HOPE'],
    ['Address 2 Elm St, Reading\nreading glasses at bedside', 'reading'],
    ['SCENE: 14 ASH LN, HOPE\nFAMILY EXPRESSES LOSS OF HOPE', 'HOPE'],
  ])('%j', (text, word) => {
    expect(count(text, word)).toBeLessThanOrEqual(text.startsWith('SCENE') || text.startsWith('Address') ? 1 : 0);
  });
});
