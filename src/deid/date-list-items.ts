// The items of a list of dates that no detector took alone: "missed 3/4, 3/9 and 3/15", "(1/2, 1/9,
// 2/1)", "seen 4-2, 4-9 and 4-16". A list, like a range (date-range-ends.ts), holds things of one kind:
// once two of its items in one shape are dates, the other items in that shape are dates too, though
// the first item read alone is as much a fraction ("3/4") as a day. Two found items are asked for, not
// one, so that a single doubtful date does not spread along a list of values.
import type { PhiSpan } from './phi-span.js';
import { shapeOf } from './date-range-ends.js';

// What parts a list's items: a comma, a semicolon or an ampersand (and "and" / "or" after it), or "and" / "or" alone.
const SEP = String.raw`(?:[ \t]*[,;&][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)`;
const END = String.raw`(?![\w/-]|[.,]\d)`;
const ITEM_SHAPES = [String.raw`\d{1,2}/\d{1,2}`, String.raw`\d{1,2}-\d{1,2}`, String.raw`(?:19|20)\d\d`];
// A list of three items or more of one shape; each item stands alone (nothing glued before or after it).
const CHAINS = ITEM_SHAPES.map((item) => ({
  chain: new RegExp(String.raw`(?<![\w/.-])${item}${END}(?:${SEP}${item}${END}){2,}`, 'gi'),
  item: new RegExp(String.raw`(?<![\w/.-])${item}${END}`, 'g'),
}));

/** Whether `item` (a chain item: a pair or a year) is a valid month/day pair or a year up to 2049. */
const validItem = (item: string): boolean => {
  const shape = shapeOf(item);
  return shape === 'year' || shape === 'slash' || shape === 'hyphen';
};

/**
 * Adds the items of a list of three or more month/day pairs (one separator) or years of which two or
 * more are DATE spans already and every item is a valid date: the rest are dates too (see the file's
 * head). An item that overlaps another span stays as it is. `spans` are sorted and non-overlapping;
 * so is the result.
 */
export function dateListItems(text: string, spans: PhiSpan[]): PhiSpan[] {
  let dates = 0;
  for (const s of spans) if (s.category === 'DATE' && ++dates >= 2) break;
  if (dates < 2) return spans;
  let added: PhiSpan[] | undefined;
  for (const { chain, item } of CHAINS) {
    chain.lastIndex = 0;
    for (let c = chain.exec(text); c !== null; c = chain.exec(text)) {
      const items: { start: number; end: number }[] = [];
      item.lastIndex = 0;
      for (let m = item.exec(c[0]); m !== null; m = item.exec(c[0])) items.push({ start: c.index + m.index, end: c.index + m.index + m[0].length });
      if (!items.every((x) => validItem(text.slice(x.start, x.end)))) continue;
      const covering = items.map((x) => spans.find((s) => s.start < x.end && x.start < s.end));
      const found = new Set(covering.filter((s) => s?.category === 'DATE')).size;
      if (found < 2) continue;
      items.forEach((x, k) => {
        if (covering[k] === undefined) (added ??= []).push({ start: x.start, end: x.end, category: 'DATE', source: 'date-list-item' });
      });
    }
  }
  if (!added) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
