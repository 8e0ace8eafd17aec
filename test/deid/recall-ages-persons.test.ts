import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const ages = (text: string) => detectPhi(text).filter((s) => s.category === 'AGE').map((s) => text.slice(s.start, s.end));

describe('ages over 89 next to a person, a label or a sign-out row', () => {
  it.each([
    ['Collateral: her grandmother Odile (103) lives upstairs.', '103'],
    ['-Wife Marguerite, 92, is frail herself.', '92'],
    ['social: pt cares for his uncle, who is 99 and blind.', '99'],
    ['SON SAYS HIS MOTHER, WHO IS 101, STILL COOKS.', '101'],
    ["pt's 95 and wants to go home.", '95'],
    ['Patient turned 100 last week; party at church.', '100'],
    ['lives with dad tobias (96) who uses a walker', '96'],
    ['Age/Sex: 97/M   Collected: 3/2/21', '97'],
    ['@NAME@: Q, R   @AGE@: 91   @SEX@: M', '91'],
    ['s: 311 | quimby, rose | 98f | mrn 1234567', '98'],
    ['* tobin quell (411) 94m, cap. code: dnr.', '94'],
  ])('%j', (text, age) => {
    expect(ages(text)).toContain(age);
  });

  it.each([
    "Mother's BP (96) at home.",
    'pt is 95% on room air.',
    "pt's temp is 99.1 this morning.",
    'Father, who is 98.6 kg, declined.',
    'son with glucose (110) last week.',
    'HR (96), sats 94 on 2L.',
    'pt is 100 lbs today.',
    'she is 98 percent compliant.',
    'Age/Sex: 45/F',
    'T| 99f | HR 88',
    'temp (oral) 99f',
  ])('leaves %j alone', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
