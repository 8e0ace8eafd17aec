import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainMention, mentionKind, primaryMention, segmentText } from '../../web/review/highlight.js';
import type { Mention } from '../../web/review/api-types.js';

const m = (start: number, end: number, extra: Partial<Mention> = {}): Mention => ({ labelId: 'x', start, end, assertion: 'present', source: 'rules', ...extra });

describe('segmentText', () => {
  it('cuts at every boundary of overlapping mentions and keeps which mentions cover each piece', () => {
    // "no pleural effusion or edema": effusion 3..19, a trigger-bearing wider span 0..19, edema 23..28
    const segs = segmentText(28, [m(3, 19), m(0, 19), m(23, 28)]);
    expect(segs).toEqual([
      { start: 0, end: 3, mentions: [1] },
      { start: 3, end: 19, mentions: [0, 1] },
      { start: 19, end: 23, mentions: [] },
      { start: 23, end: 28, mentions: [2] },
    ]);
  });

  it('clamps spans outside the text and drops empty or inverted ones instead of throwing', () => {
    expect(segmentText(10, [m(-5, 3), m(8, 50), m(4, 4), m(7, 6), m(Number.NaN, 2)])).toEqual([
      { start: 0, end: 3, mentions: [0] },
      { start: 3, end: 8, mentions: [] },
      { start: 8, end: 10, mentions: [1] },
    ]);
  });

  it('for any mentions, the segments tile the text exactly and each lists exactly the mentions covering it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.tuple(fc.integer({ min: -20, max: 320 }), fc.integer({ min: -20, max: 320 })), { maxLength: 40 }),
        (len, pairs) => {
          const ms = pairs.map(([a, b]) => m(a, b));
          const segs = segmentText(len, ms);
          let at = 0;
          for (const s of segs) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
            const expected = ms.map((x, i) => ({ x, i })).filter(({ x }) => Math.max(0, Math.min(len, x.start)) <= s.start && Math.max(0, Math.min(len, x.end)) >= s.end && Math.min(len, x.end) > Math.max(0, x.start)).map(({ i }) => i);
            expect(s.mentions).toEqual(expected);
          }
          expect(at).toBe(len);
          // no two neighbouring plain segments: gaps are merged
          for (let k = 1; k < segs.length; k++) expect(segs[k - 1]!.mentions.length + segs[k]!.mentions.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('mention display', () => {
  it('shows historical mentions as historical whatever their polarity, others by assertion', () => {
    expect(mentionKind({ assertion: 'present', temporality: 'historical' })).toBe('historical');
    expect(mentionKind({ assertion: 'absent', temporality: 'historical' })).toBe('historical');
    for (const a of ['present', 'absent', 'uncertain'] as const) {
      expect(mentionKind({ assertion: a })).toBe(a);
      expect(mentionKind({ assertion: a, temporality: 'current' })).toBe(a);
      expect(mentionKind({ assertion: a, temporality: 'hypothetical' })).toBe(a);
    }
  });

  it('picks the shortest covering mention as the one that styles a segment', () => {
    const ms = [m(0, 20), m(5, 9), m(2, 12)];
    expect(primaryMention({ start: 5, end: 9, mentions: [0, 1, 2] }, ms)).toBe(1);
    expect(primaryMention({ start: 0, end: 2, mentions: [] }, ms)).toBeUndefined();
  });

  it('explains a mention by its trigger, its quoted evidence, or says it is stated plainly', () => {
    expect(explainMention(m(0, 4, { assertion: 'absent', trigger: { kind: 'negation', text: 'no', start: 0, end: 2 } }), 'Edema')).toBe('Edema: absent · negation trigger “no” · from rules');
    expect(explainMention(m(0, 4, { assertion: 'uncertain', quote: 'possible edema', source: 'llm:gpt' }), 'Edema')).toBe('Edema: uncertain · quoted evidence “possible edema” · from llm:gpt');
    expect(explainMention(m(0, 4, { temporality: 'hypothetical' }), 'Mass')).toBe('Mass: present (hypothetical) · no trigger: the finding is stated plainly · from rules');
  });
});
