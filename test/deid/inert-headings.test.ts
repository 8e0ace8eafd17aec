import { describe, expect, it } from 'vitest';
import { INERT_HEADINGS, inertHeadingLine, onlyInertHeadings } from '../../src/deid/free-text/inert-headings.js';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { LEX, lexiconFlags } from '../../src/deid/lexicon-flags.js';
import { facilityPhrases } from '../../src/deid/free-text/vocabulary.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a mixed-case note whose only shouted lines are section headings ("FINDINGS:")
// is not read again line by line; inert-headings.ts says why that re-read finds nothing. The
// argument rests on properties of each heading word, checked here against the shipped lists.
const NEVER = LEX.FIRST | LEX.LAST | LEX.AMBIGUOUS | LEX.PLACE | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.NEAR_RELATION;

describe('inert headings', () => {
  it('are long capitals words, clinical and common, no name, place or cue word, no one-word facility', () => {
    for (const h of INERT_HEADINGS) {
      expect(h).toMatch(/^[A-Z]{7,}$/);
      const f = lexiconFlags(h.toLowerCase());
      expect(f & LEX.CLINICAL, h).not.toBe(0);
      expect(f & LEX.COMMON, h).not.toBe(0);
      expect(f & NEVER, h).toBe(0);
      expect((facilityPhrases().get(h.toLowerCase()) ?? []).some((words) => words.length === 1), h).toBe(false);
    }
  });

  it('are recognised only as a whole line: blanks, the heading, a colon, blanks', () => {
    const line = (s: string) => inertHeadingLine(s, 0, s.length);
    for (const s of ['FINDINGS:', '  IMPRESSION:\t ', '\tHISTORY:']) expect(line(s), s).toBe(true);
    for (const s of ['FINDINGS', 'FINDINGS: NONE', 'CLINICAL HISTORY:', 'FINDINGS:\r', 'Findings:', 'FINDINGS :', 'EXAMINATION:', ':', '']) expect(line(s), s).toBe(false);
    const text = 'FINDINGS:\nClear.\nIMPRESSION:\nNormal.\nCONTACT: ZSOFIA POACK';
    expect(onlyInertHeadings(text, [0, 9, 17, 28])).toBe(true);
    expect(onlyInertHeadings(text, [0, 9, 17, 28, 37, 58])).toBe(false);
  });

  it('give the detector nothing to find in a text of them alone (generated layouts, both profiles)', () => {
    const r = seededRandom(18);
    const words = [...INERT_HEADINGS];
    const blanks = () => [' ', '\t', '  '][Math.floor(r() * 3)]!.repeat(Math.floor(r() * 3));
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      for (let n = 1 + Math.floor(r() * 6); n > 0; n--) {
        for (let b = Math.floor(r() * 3); b > 0; b--) lines.push(' '.repeat(Math.floor(r() * 30)));
        lines.push(`${blanks()}${words[Math.floor(r() * words.length)]!}:${blanks()}`);
      }
      const text = lines.join('\n');
      for (const profile of ['balanced', 'strict'] as const) expect(detectFreeTextNames(text, { profile }), JSON.stringify(text)).toEqual([]);
    }
  });

  it('leave the re-read of other shouted lines in place (invented; only the re-read finds these names)', () => {
    const text = 'FINDINGS:\nLungs are clear.\nIMPRESSION:\nNo acute disease.\nRESULTS CALLED TO PADRAIG OYELARAN RN\n';
    expect(detectFreeTextNames(text).map((s) => text.slice(s.start, s.end))).toEqual(['PADRAIG', 'OYELARAN']);
  });
});
