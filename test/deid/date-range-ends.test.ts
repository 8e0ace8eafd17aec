import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { dateRangeEnds } from '../../src/deid/date-range-ends.js';
import type { PhiSpan } from '../../src/deid/phi-span.js';

// A range joins two things of one kind: once one end is a date, the other end in the same shape is one too.
// Invented texts; the unit tests hand the near end in as a span, so they test the class whatever the other layers find.
const date = (text: string, near: string): PhiSpan => {
  const start = text.indexOf(near);
  return { start, end: start + near.length, category: 'DATE', source: 'test' };
};
const ends = (text: string, near: string) => dateRangeEnds(text, [date(text, near)]).map((s) => text.slice(s.start, s.end));

describe('the far end of a range whose near end is a date', () => {
  it.each([
    ['worked at the mill 1994 to 2009 then retired', '1994', ['1994', '2009']],
    ['worked at the mill 1994 to 2009 then retired', '2009', ['1994', '2009']],
    ['lived abroad 2011-2016.', '2011', ['2011', '2016']],
    ['lived abroad 2011 - 2016.', '2016', ['2011', '2016']],
    ['PT visits 10/2 thru 10/30, twice weekly', '10/2', ['10/2', '10/30']],
    ['window 4/7-4/21 for the repeat scan', '4/21', ['4/7', '4/21']],
    ['off work 6-3 through 6-17 per employer', '6-3', ['6-3', '6-17']],
    ['off work 6-3 - 6-17 per employer', '6-17', ['6-3', '6-17']],
    ['IN CUSTODY 2002 UNTIL 2008, RELEASED', '2002', ['2002', '2008']],
    // An ordinal day or a pair after another date, before a clause's end or a function word.
    ['PT 9/16 to 30th, 2w2', '9/16', ['9/16', '30th']],
    ['window 4/2-30th of April', '4/2', ['4/2', '30th']],
    ['stay at Orrin General 14MAR26 - 2nd for CHF', '14MAR26', ['14MAR26', '2nd']],
    ['leave Oct. 3rd-10-9 approved', 'Oct. 3rd', ['Oct. 3rd', '10-9']],
    ['leave 10-3 through 9th of Oct', '10-3', ['10-3', '9th']],
  ])('%j (%s given)', (text, near, want) => {
    expect(ends(text, near)).toEqual(want);
  });
});

describe('no far end', () => {
  it.each([
    // Not the same shape.
    ['since 2014 to 12/3 monthly', '2014'],
    // An ordinal after a dash that counts a thing, or after another ordinal.
    ['3/4 - 2nd unit PRBC given', '3/4'],
    ['3/4/25 - 2nd dose of vanc', '3/4/25'],
    ['on the 1st - 2nd', '1st'],
    // An ordinal before its date only after a joining word.
    ['2nd - 9/16 labs', '9/16'],
    // A year range backwards in time, or wider than a century.
    ['noted 2019 to 1990 ml', '2019'],
    ['noted 1901 to 2040', '1901'],
    // Hyphenated pairs glued to a dash are no clear range.
    ['since 3-11-3-15', '3-11'],
    // Not a month/day pair: a month over 12, a day over 31.
    ['seen 5/5 to 14/3 (ratio)', '5/5'],
    ['seen 5/5 to 3/45', '5/5'],
    // A value glued on after the far end.
    ['seen 5/5 to 5/10mg', '5/5'],
    ['seen 5/5 to 5/10.5', '5/5'],
  ])('%j (%s given)', (text, near) => {
    expect(ends(text, near)).toEqual([near]);
  });

  it('keeps an existing span that the far end would overlap', () => {
    const text = 'from 2001 to 2004';
    const spans = [date(text, '2001'), { start: 13, end: 17, category: 'ID' as const, source: 'test' }];
    expect(dateRangeEnds(text, spans)).toEqual(spans);
  });

  it('leaves a value that is no date alone (no near end)', () => {
    const text = 'BP 120/80 to 130/85 sitting';
    expect(detectPhi(text).filter((s) => s.category === 'DATE')).toEqual([]);
  });
});

describe('in the detector', () => {
  it('records the rule that found the far end', () => {
    const text = 'Discharged 7/7; PT daily 7/9 - 7/23.';
    const spans = detectPhi(text).filter((s) => s.category === 'DATE');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['7/7', '7/9', '7/23']);
  });
});
