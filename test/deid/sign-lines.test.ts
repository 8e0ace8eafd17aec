import { describe, expect, it } from 'vitest';
import { signLineStarts } from '../../src/deid/keep-list/keep-list-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// Issue 11 (speed): the sign-off lines are found from line starts and line ends instead of a
// regex that tries every credential at every position. They must be the lines that regex finds.
const CREDENTIALS = nameCues().cues.signCredentials.words;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const REFERENCE = new RegExp(
  `^[ \\t]*(?:--+|—|\\/s\\/|e-?signed|signed|electronically signed)|(?<![A-Za-z'’-])(?:${[...CREDENTIALS].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})[^A-Za-z\\n]*$`,
  'gim',
);
function referenceStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const start = m.index === 0 ? 0 : text.lastIndexOf('\n', m.index - 1) + 1;
    if (out[out.length - 1] !== start) out.push(start);
  }
  return out;
}
const lineStartsOf = (text: string, starts: number[]) => [...new Set(starts.map((p) => (p === 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1)))];

// Invented lines, one class each: openers, credentials at the end (with dots, hyphens, digits and
// punctuation after them), credentials that are the tail of a longer or hyphenated word, and lines
// ended by \n, \r\n, \r or U+2028.
const LINES = [
  '-- OKAFOR, J', '---Quillbrae', '— Dravmoor', '/s/ Lindqvist RN', 'e-signed: Vantrasky', 'esigned Vantrasky', 'Signed Zorvanek',
  'ELECTRONICALLY SIGNED BY: Mara Quill', '   -- indented', 'MARI-ANNE K. OKWUOSA-BRENT, RRT', 'J. Quill, M.D.', 'Kesh Dravmoor MD 03/05/24 16:02',
  'Lee Brent, PA-C', 'T. LINDQVARR MD notified', 'continue plan per rn', 'help-rn', "o'md", 'barrett', 'ABG reviewed.', 'signs of edema',
  'Quill np', 'Quill NP 12', 'Quill NP.', 'Quill NP, é', 'Quill \u212Aelvin', '', ' ', 'md', 'rt.', 'pharmD', 'frcr)', 'MBBS;',
];
const BREAKS = ['\n', '\r\n', '\r', '\u2028'];

describe('sign-off line candidates (keep-list layer)', () => {
  it.each(BREAKS.map((b) => [JSON.stringify(b), b]))('finds the lines the reference regex finds, lines ended by %s', (_l, br) => {
    const text = LINES.join(br);
    expect(lineStartsOf(text, signLineStarts(text))).toEqual(referenceStarts(text));
  });

  it('finds the same lines in every mix of line ends and line orders', () => {
    for (let seed = 1; seed <= 40; seed++) {
      let x = seed;
      const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
      const parts: string[] = [];
      for (let i = 0; i < 12; i++) parts.push(LINES[next() % LINES.length]!, BREAKS[next() % BREAKS.length]!);
      const text = parts.join('');
      expect(lineStartsOf(text, signLineStarts(text))).toEqual(referenceStarts(text));
    }
  });
});

describe('sign-off line openers (keep-list layer, speed)', () => {
  // signLineCandidate tries the opener regex only where a line's first code unit past its blanks
  // may open a mark: every code unit of the BMP in that place must give the reference's answer.
  it('finds the lines the reference regex finds, whatever code unit opens them', () => {
    const tails = ['igned Q', '-signed Q', 's/ Q', '- Q', 'lectronically signed Q', 'SIGNED Q', ' x'];
    for (let from = 0; from < 0x10000; from += 0x1000) {
      const lines: string[] = [];
      for (let c = from; c < from + 0x1000; c++) {
        const ch = String.fromCharCode(c);
        // Line terminators would split the line they open; the other tests cover them.
        if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') continue;
        for (const [k, tail] of tails.entries()) lines.push(`${['', ' ', '\t', ' \t '][k % 4]}${ch}${tail}`);
      }
      const text = lines.join('\n');
      expect(lineStartsOf(text, signLineStarts(text))).toEqual(referenceStarts(text));
    }
  });
});
