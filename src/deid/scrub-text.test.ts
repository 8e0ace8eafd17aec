import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub-text.js';
import type { SurrogateContext } from './surrogates.js';
import type { PhiCategory, PhiSpan } from './phi-span.js';

// Invented key and scope; nothing here is real PHI.
const ctx = (): SurrogateContext => ({ key: 'k', scope: 'scope-0001', shiftDays: -40, refYear: 2023, avoid: new Set(['smith']) });

/** Spans over every occurrence of each [value, category] in `text`, in text order. */
function spansOf(text: string, values: Array<[string, PhiCategory]>): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const [v, category] of values) for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + v.length)) out.push({ start: at, end: at + v.length, category, source: 'test' });
  return out.sort((a, b) => a.start - b.start);
}

describe('scrubText: a value written again takes the surrogate worked out before', () => {
  // A short list looks back over its own spans, a long one keeps a map: both must give the same
  // replacement for each span (the value, its category and the context decide it).
  const head = 'Jon Smith seen 3/4/2023; SMITH, JON again 3/4/2023. ID A12345 and A12345. 555 is Smith. Jon. 12345 12345';
  const values: Array<[string, PhiCategory]> = [
    ['Jon Smith', 'NAME'],
    ['SMITH, JON', 'NAME'],
    ['3/4/2023', 'DATE'],
    ['A12345', 'ID'],
    ['Smith', 'NAME'],
    ['Jon', 'NAME'],
    ['555', 'PHONE'],
  ];
  const shortSpans = spansOf(head, values);
  // The same value under two categories: "12345" as an id, then as a ZIP code.
  const firstNum = head.indexOf('12345 12345');
  shortSpans.push({ start: firstNum, end: firstNum + 5, category: 'ID', source: 'test' }, { start: firstNum + 6, end: firstNum + 11, category: 'ZIP', source: 'test' });
  shortSpans.sort((a, b) => a.start - b.start);

  it('gives the same text with few spans (look-back) and with many (map)', () => {
    const short = scrubText(head, shortSpans, 'surrogate', ctx());
    expect(shortSpans.length).toBeLessThanOrEqual(64);
    // The same head, then enough filler spans after it to take the map path.
    const filler = Array.from({ length: 80 }, (_, i) => ` Z${String(i).padStart(4, '0')}`).join('');
    const long = head + filler;
    const extra: PhiSpan[] = [];
    for (let i = 0; i < 80; i++) extra.push({ start: head.length + i * 6 + 1, end: head.length + i * 6 + 6, category: 'ID', source: 'test' });
    const longSpans = [...shortSpans, ...extra];
    const longOut = scrubText(long, longSpans, 'surrogate', ctx());
    expect(longOut.text.startsWith(short.text)).toBe(true);
    expect(longOut.replacements.slice(0, short.replacements.length)).toEqual(short.replacements);
  });

  it('maps repeated values alike and keeps categories apart', () => {
    const out = scrubText(head, shortSpans, 'surrogate', ctx());
    const reps: string[] = [];
    for (let r = 0; r < out.replacements.length; r += 4) reps.push(out.text.slice(out.replacements[r + 2]!, out.replacements[r + 3]!));
    const byValue = new Map<string, string>();
    shortSpans.forEach((s, i) => {
      const k = `${s.category}|${head.slice(s.start, s.end)}`;
      const seen = byValue.get(k);
      if (seen === undefined) byValue.set(k, reps[i]!);
      else expect(reps[i]).toBe(seen);
    });
    expect(out.text).not.toContain('Smith');
    expect(out.text).not.toContain('3/4/2023');
  });
});
