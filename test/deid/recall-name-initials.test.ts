// Initials of a name the note holds (issue 11, recall of names): a group of two or three letters
// that spells the initials of a person named in the same note signs that person's rows and entries.
// Every example is invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('initials of a name found in the note', () => {
  it.each([
    ['Gait training 40 ft x2.\n-- Dr. Orla Vantrasky\nSEEN AGAIN | 3/4 | OV\n', 'OV'],
    ['Therapy session\n0930 bike 20 min | rpe 12 | YN\nSigned: Dr. Yusuf Nakagawa\n', 'YN'],
    ['Swallow study done.\n-- Farhan Okonkwo CCC-SLP  FO/gq\n', 'FO'],
    ['Report from Dr. Mirela Van Buren.\nSTRIP REVIEWED  MVB\n', 'MVB'],
    ['Seen by Dr. Bekova, Ilsa J.\nrepeat EKG ordered - IJB\n', 'IJB'],
    ['Dressing changed by Dr. Tamsin Quellbridge\nDRESSING C/D/I, TQ\n', 'TQ'],
  ])('takes the initials in %j', (text, initials) => {
    expect(names(text)).toContain(initials);
  });

  it('reads lower-case initials only in a note written wholly in lower case', () => {
    expect(names('spoke with dr orla vantrasky re: plan\nlabs drawn - ov\n')).toEqual(expect.arrayContaining(['ov']));
    expect(names('Spoke with Dr. Orla Vantrasky re: plan.\nlabs drawn - ov\n')).not.toContain('ov');
  });

  it.each([
    ['Seen by Dr. Paula Tennant. PT to follow twice weekly.\n', 'PT'],
    ['Dr. Carl Tsering reviewed. CT head negative.\n', 'CT'],
    ['Report to Dr. Rhona Nakashima. RN aware.\n', 'RN'],
    ['Dr. Anders Marwick here. Seen AM rounds.\n', 'AM'],
    ['Dr. Quentin Nakagawa notified. KD to follow.\n', 'KD'],
  ])('leaves a group that is a word, an abbreviation or no initials of the note: %j (%s)', (text, group) => {
    expect(names(text)).not.toContain(group);
  });
});
