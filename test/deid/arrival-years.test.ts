import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a bare year after a verb of arrival and the country arrived in ("arrived in US 2005") is the
// year of arrival; after a ward or a department ("arrived in ED 2015") it stays a clock time. Every
// example is invented.
describe('a year of arrival in a country', () => {
  it.each([
    ['arrived in US 2009 from a camp in the north', '2009'],
    ['ARRIVED IN USA 1994, NATURALIZED', '1994'],
    ['immigrated to the United States 1987 with her sister', '1987'],
    ['came to Canada in 2013 as a student', '2013'],
    ['moved to this country 2001; speaks some English', '2001'],
    ['resettled in the US, 2018, refugee status', '2018'],
  ])('%s → %s', (text, year) => {
    expect(dates(text)).toContain(year);
  });
  it.each(['arrived in ED 2015 via EMS', 'moved to ICU 2030 for pressors', 'came to floor 2010, settled', 'arrived at 2045 from OR'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
