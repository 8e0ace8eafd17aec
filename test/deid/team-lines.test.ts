import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented team lines of progress notes (issue 11, session 22): the words after each role
// abbreviation of a line opened by "Team:" are a member's name, even when they spell a word.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('names after the roles of a team line', () => {
  it.each([
    ['Team: Attg R. Birch; Res Marisol; Int Ji-woo; MS3 Tobias Grant', ['Birch', 'Marisol', 'Ji', 'woo']],
    ['TEAM: ATTG FOX; RES HILL; INT CROSS; SUB-I ANIL MEHTA', ['FOX', 'HILL', 'CROSS']],
    ['team: attending p. lark; resident ember; intern wolf', ['lark', 'ember', 'wolf']],
    ['Primary team: Attg Dove; Res Buck Rivers; Int Hazel; PharmD Quill', ['Dove', 'Rivers', 'Hazel', 'Quill']],
  ])('%s', (text, expected) => {
    const found = names(text).join(' ');
    for (const n of expected) expect(found).toContain(n);
  });

  it('leaves the role words themselves out of the names', () => {
    const found = names('Team: Attg R. Birch; Res Marisol; Int Ji-woo');
    expect(found.join(' ')).not.toMatch(/Attg|Res |Int /);
  });

  it.each([
    'res int att pending, fellow to see in am',
    'Int: normal. Res: clear to auscultation bilaterally.',
    'Care team aware: res to follow up; int to order CBC.',
    'Team: Cardiology consult; Res pending echo; Int per protocol',
  ])('finds no name in %j', (text) => {
    const found = names(text);
    expect(found.filter((w) => /^(?:pending|echo|protocol|normal|clear|Cardiology|consult)$/i.test(w))).toEqual([]);
  });
});
