import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { SAINT_PLACE_RULE, TAILED_PLACE_RULE } from '../../src/deid/free-text/place-heads-tails.js';
import { wordsCovered } from './rule-spans.js';

// Invented notes; no town, ward or person here is from a corpus. The classes: a place known by its
// generic word alone, a proper word before a place tail or after a saint's head, in any case style.
const located = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));
// Every word of `place` inside some PHI span (a name pass may have taken the proper word first).
const covered = (text: string, place: string) => wordsCovered(text, place, detectPhi(text, undefined, { model: null }));

describe('places by their tail word', () => {
  it.each([
    ['Brackenholt Falls EMS brought the patient in.', 'Brackenholt Falls'],
    ['VORNEY JUNCTION FIRE DEPT ON SCENE, PT AGITATED.', 'VORNEY JUNCTION'],
    ['HE WAS RECENTLY DC\'D FROM GWEATH POINT TCU WITH A LONG STAY.', 'GWEATH POINT'],
    ['quillby creek police did a welfare check this am.', 'quillby creek'],
    ['Called Tarnwick Heights pharmacy re: refill.', 'Tarnwick Heights'],
    ['son drove down from kelby junction overnight.', 'kelby junction'],
  ])('%s', (text, place) => {
    expect(covered(text, place)).toBe(true);
  });

  it.each([
    'MORSE FALLS SCORE 45, BED ALARM ON.',
    'pt finaly falls asleep after 0200.',
    'Stoma pink, mucocutaneous junction intact.',
    'Dilated small bowel with a transition point in the RLQ.',
    'Veress needle entry at Palmer\'s point.',
    'Z line at the squamocolumnar junction, 38 cm.',
    'Trigger point injection to the left trapezius.',
    'GASTROESOPHAGEAL JUNCTION UNREMARKABLE.',
  ])('not a place: %s', (text) => {
    expect(detectPhi(text, undefined, { model: null }).some((s) => s.source === TAILED_PLACE_RULE)).toBe(false);
  });
});

describe("places by a saint's head", () => {
  it.each([
    ['plan transfer to st. ardwyn 4 tomorrow if stable.', 'st. ardwyn'],
    ['MED FLIGHTED TO ST. OLWENNA FOR CATH.', 'ST. OLWENNA'],
    ['Report called to St. Ilsabet 3 at change of shift.', 'St. Ilsabet'],
    ['plan: transfer to st. oksana 2 when bed available.', 'st'],
  ])('%s', (text, place) => {
    expect(located(text).join(' ')).toContain(place);
    expect(detectPhi(text, undefined, { model: null }).some((s) => s.source === SAINT_PLACE_RULE)).toBe(true);
  });

  it.each(['New ST elevation in V2-V3.', 'Rhythm progressed to ST depression in the lateral leads.', 'Lives at 12 Elm St. Apt 4 with wife.', 'Returned to ST segment baseline.'])(
    'not a place: %s',
    (text) => {
      expect(detectPhi(text, undefined, { model: null }).some((s) => s.source === SAINT_PLACE_RULE)).toBe(false);
    },
  );
});
