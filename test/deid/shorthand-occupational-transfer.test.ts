import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (lexicons/clinical-terms.txt, session 23 section): the shorthand of
// occupational-health, transfer-centre, ambulance and dialysis notes of three letters or more ("doi",
// "LKW", "EMTALA", "ECMO", "mmi", "fce", "rtw", "ime") is no one's name; the names beside it stay names.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('occupational, transfer and ambulance shorthand', () => {
  it.each([
    'pt states pain 5/10, doi 3/14, rtw modified duty',
    'PT FOUND DOWN, LKW 2210, STROKE ALERT CALLED',
    'Doi: 2/2/25. Fce scheduled, Ime requested by carrier',
    'EMTALA FORM COMPLETE, ECMO TEAM AWARE',
    'mmi not reached, fce ordered, ime pending',
    "dequervain's tenosynovitis suspected, spica splint",
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['TC RN ODALYS FERRANTE TOOK REPORT', 'ODALYS FERRANTE'],
    ['claimant: tobias grunwald  doi 4-2-24', 'grunwald'],
    ['DR QUILLAN FROM NORTHGATE LEFT MSG, CB 555-201-3344', 'QUILLAN'],
    ['Met Officer Dana Pruitt of Elmford PD on scene', 'Pruitt'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});
