import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/name-positions.ts lastFirstLines, listGoesOn): a line that
// opens with an ordinary word, a comma, a word no list holds and then a comma and more vocabulary
// words is a list of things ("ice, nsaids, activity mod"), not "LAST, FIRST". A pair whose first
// name a name list holds, or that a header field closes (DOB, age, sex), stays a name.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('word lists opening a line', () => {
  it.each([
    'pain 4/10\nice, nsaids, activity mod reviewed\nfollow up 2 wks',
    'plan:\nheat, tens, stretching program, home exercises\nrecheck',
    'SHIFT NOTE\nSLING, NSAIDS, ICE PACKS GIVEN\nRTW NEXT WEEK',
    'wound care:\nsaline, xeroform, gauze dressing daily\n',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['seen today\nBrook, Zenaida, activity coordinator\nplan', 'Zenaida'],
    ['intake\nRICE, ODALYS, PASSENGER, RESTRAINED\n', 'ODALYS'],
    ['Small, Goran, 45 y/o, here for f/u', 'Goran'],
    ['TRIAGE\nWISE, NIZHONI, DOB 3/3/44\n', 'WISE'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text)).toContain(want);
  });
});
