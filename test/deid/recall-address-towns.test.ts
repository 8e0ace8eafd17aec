import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/address-towns.ts): the town after a street
// address's comma (or after a facility's name, with a state, ZIP code or the line's end after it)
// is a town even when it is also an English word.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end))
    .join(' | ');

describe('a town that is also a word, closing a street address', () => {
  it.each([
    ['SCENE: 118 QUARRY BEND RD, HOPE\nPT FOUND SUPINE', 'HOPE'],
    ['ADDR: 77 Wick Lane, Paradise 04412 | CALLER: son', 'Paradise'],
    ['Home: 5 Tern Ct, liberty NJ\nLives with wife', 'liberty'],
    ['RESPONDED TO 40 MILL ROW (REAR OF THE FEED STORE), READING | PT 70 YOM', 'READING'],
    ['job site (91 elk run ave, orange falls)\nfell from scaffold', 'orange falls'],
    ['FROM: TALLOWAY HEIGHTS HOSPITAL, BATH MAINE   CALLER DR ROE', 'BATH'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('what follows a street or facility that names no town', () => {
  it.each([
    ['Lives at 12 Oak St, rear apartment, with daughter.', 'rear'],
    ['Address 40 Elm Road, unknown\nNo ID on scene', 'unknown'],
    ['Fell at 9 Pine Ave, landed on left hip.', 'landed'],
    ['Seen at Mercy Hospital - Main Campus\nF/u 2 wk', 'Main'],
    ['SCENE 22 BIRCH LN, PT ALERT', 'PT ALERT'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
