import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/name-initials.ts dottedInitials): two or three letters each
// with its full stop that spell the initials of a name the note holds are that person's ("RE PT
// O.Q.", "for l.t.;"), even when they spell an abbreviation ("B.M."). Dotted words, credentials and
// times stay ("M.D.", "a.m."), as do dotted groups that spell no name of the note.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('dotted initials of a name in the note', () => {
  it.each([
    ['PT ORLA QUIGLEY, 64F\n07:12 RETURNED CALL RE PT O.Q., NO ANSWER', ['O', 'Q']],
    ['ee: lenka tomasic  dob 2/2/81\ninformed employer, no change for l.t.; appt 4/2', ['l', 't']],
    ['PT BARTOK, MIRELA, DRIVER\nTAG WRITTEN M.B.', ['M', 'B']],
    ['Patient Bela Marsh seen.\nB.M. tolerated run well.', ['B', 'M']],
  ])('finds the initials in %j', (text, want) => {
    const found = names(text);
    for (const w of want) expect(found).toContain(w);
  });

  it.each([
    'Patient Mona Dale seen at 9 a.m.\nM.D. aware, p.m. dose held',
    'Patient Oren Vance seen.\nN.P. to follow, e.g. labs',
    'Patient Oren Vance seen.\nN.B. not known to pt',
  ])('keeps the dotted groups in %j', (text) => {
    expect(names(text).filter((n) => n.length === 1)).toEqual([]);
  });
});
