import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('a record number after the short label "MR"', () => {
  it.each([
    ['Tova Brennick  MR 918-22-4410  -  SN visit', '918-22-4410'],
    ['pt: lee, ada   mr 40022817', '40022817'],
    ['MR #: 5530192 / acct 7731', '5530192'],
    ['Name: Dov Arkin, MR A-0093381', 'A-0093381'],
  ])('%j', (text, id) => {
    expect(found(text)).toContain(id);
  });

  it.each([
    'Echo: MR 2+, TR trace.',
    'Moderate MR 3/4 with eccentric jet.',
    'MR jet 40 mm, no prolapse.',
  ])('no identifier: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
