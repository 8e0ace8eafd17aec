import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { dateListItems } from '../../src/deid/date-list-items.js';
import type { PhiSpan } from '../../src/deid/phi-span.js';

// A list holds things of one kind: once two items in one shape are dates, the other items in that shape are too.
// Invented texts; the unit tests hand the found items in as spans, so they test the class whatever the other layers find.
const spanOf = (text: string, item: string, from = 0, category: PhiSpan['category'] = 'DATE'): PhiSpan => {
  const start = text.indexOf(item, from);
  return { start, end: start + item.length, category, source: 'test' };
};
const items = (text: string, found: string[]) => {
  let from = 0;
  const spans = found.map((f) => {
    const s = spanOf(text, f, from);
    from = s.end;
    return s;
  });
  return dateListItems(text, spans).map((s) => text.slice(s.start, s.end));
};

describe('the other items of a list of dates', () => {
  it.each([
    ['HD held 6/2, 6/5 and 6/9 for access', ['6/5', '6/9'], ['6/2', '6/5', '6/9']],
    ['(2/3, 2/10, 2/17)', ['2/10', '2/17'], ['2/3', '2/10', '2/17']],
    ['visits 5-1, 5-8 and 5-15 kept', ['5-1', '5-15'], ['5-1', '5-8', '5-15']],
    ['scans 2016; 2018; 2021 unchanged', ['2018', '2021'], ['2016', '2018', '2021']],
    ['dates 1/4 & 1/11 & 1/18', ['1/11', '1/18'], ['1/4', '1/11', '1/18']],
  ])('%j', (text, found, want) => {
    expect(items(text, found)).toEqual(want);
  });
});

describe('no item added', () => {
  it.each([
    // One found item is not enough: a single doubtful date must not spread along a list of values.
    ['HD held 6/2, 6/5 and 6/9 for access', ['6/9']],
    // Two items only: nothing is left to add, and no list of two is read.
    ['seen 6/2 and 6/5', ['6/5']],
    // An item that is no valid date voids the list.
    ['ratios 3/4, 3/9 and 14/3', ['3/4', '3/9']],
    // Mixed separators make two shapes, not one list.
    ['seen 6/2, 6-5 and 6/9', ['6/2', '6/9']],
    // Spine levels and glued codes are no items.
    ['L4-5, L5-S1 and 5-6 fused', ['5-6']],
  ])('%j', (text, found) => {
    expect(items(text, found)).toEqual(found);
  });

  it('leaves an item that overlaps another span as it is', () => {
    const text = 'on 6/2, 6/5 and 6/9';
    const spans = [spanOf(text, '6/2', 0, 'ID'), spanOf(text, '6/5'), spanOf(text, '6/9')];
    expect(dateListItems(text, spans)).toEqual(spans);
  });

  it('leaves lists of values alone in the detector', () => {
    for (const text of ['BP 120/80, 130/85 and 118/76 sitting', 'pain 3/10, 4/10, 5/10 today', 'doses 1/2, 1/4 and 1/8 tab']) {
      expect(detectPhi(text).filter((s) => s.category === 'DATE')).toEqual([]);
    }
  });
});
