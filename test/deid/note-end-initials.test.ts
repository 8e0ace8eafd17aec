import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/note-end-initials.ts): the writer's initials closing a note
// on a line of their own (after a lead, a slash or a dated entry), the typist's group after the
// signer's credential, and a scribe's group before "for Dr <name>". State words and credentials in
// the same places ("OK", "DNR", "MD / PhD") and groups before the last line stay.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe("writer's initials closing a note", () => {
  it.each([
    ['BED 12 ASSIGNED, ACCEPTING DR AWARE\nQV', ['QV']],
    ['Vitals stable through run, UF goal met\nInitials: kz / TR', ['kz', 'TR']],
    ['NO CHANGES EN ROUTE\nSIG WB', ['WB']],
    ['pain 3/10, improving\nnext 5-2-25  ofd', ['ofd']],
    ['wound healing well\nvk / reviewed pemberton', ['vk', 'pemberton']],
    ['stitches out today\ntobias wren, np   hq', ['hq']],
    ['refill sent\nrsm for dr Achebe', ['rsm']],
  ])('finds the initials in %j', (text, want) => {
    for (const w of want) expect(names(text).join(' ')).toContain(w);
  });

  it.each([
    'Pt tolerated treatment, will continue\nOK',
    'Code status discussed with family\nDNR',
    'FAMILY AT BEDSIDE\nEND',
    'Signed Lorna Pike, MD / PhD',
    'CT for dr review\nplan discussed',
  ])('keeps the words in %j', (text) => {
    expect(names(text).filter((n) => !/Lorna|Pike/.test(n))).toEqual([]);
  });
});
