// Patient initials written with full stops (issue 11, recall of names): "F.K." spelling the initials
// of a name the note holds, or standing where a patient's initials stand — alone in a bracket, after
// "pt", before "/" and a chart code. Dotted abbreviations in running text ("p.o.", "a.m."), a degree
// after a comma ("M.S.") and a bracketed dosing abbreviation stay. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('dotted patient initials', () => {
  it.each([
    ['L&D NOTE\nOkafor, Nkechi  29yo G2P1001\nChart label N.O./44120987\n', ['N', 'O']],
    ['night shift note (k.w.)\nmr. wakefield in bed 4, day 2\n', ['k', 'w']],
    ['PT note\nRosalind Tremaine, 80 y/o\nFamily training w/ daughter (pt R.T., age 80): stairs\n', ['R', 'T']],
    ['Seen with Greta Holm today.\nPlan per G.H. reviewed with team.\n', ['G', 'H']],
    ['shift summary (b.q.)\nreport given at 1900\n', ['b', 'q']],
  ])('takes the initials in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Paul Owens seen today.\nTylenol 650 mg p.o. q6h prn.\n', ['Paul', 'Owens']],
    ['Reviewed by Ann Lee, M.S. today.\n', ['Ann', 'Lee']],
    ['Bella Iverson Diaz admitted.\nMetoprolol 25 mg (b.i.d.) held.\n', ['Bella', 'Iverson', 'Diaz']],
    ['Amy Moss called.\nMeds given a.m. and p.m.\n', ['Amy', 'Moss']],
  ])('takes only the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
