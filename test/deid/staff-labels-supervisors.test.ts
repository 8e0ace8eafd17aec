import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (rules/en/deid-name-cues.yaml staffLeads: supervisor, officer, PCT,
// training nurse): a person's role written as their label leads to their name ("supervisor: wendy
// arkwright", "PD OFFICER TOMAS ELLERBY", "PCT: Rosalind"). The same words before a state, a
// place or a plain word name nobody ("supervisor aware", "officer on scene").
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('supervisors, officers and care technicians as name labels', () => {
  it.each([
    ['employer: quarry supply co\nsupervisor: wendy arkwright\ndate of injury 3/2', 'arkwright'],
    ['BED READY\nNURSING SUPERVISOR: Okereke\n', 'Okereke'],
    ['SCENE SECURED BY PD OFFICER TOMAS ELLERBY', 'TOMAS ELLERBY'],
    ['Charge RN Mina Sato   PCT: Rosalind\n', 'Rosalind'],
    ['EMS SUPERVISOR GARRICK OYELOWO ON SCENE', 'GARRICK OYELOWO'],
  ])('finds the name in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });

  it.each([
    'supervisor aware of restrictions, will modify duties',
    'OFFICER ON SCENE, PT IN CUSTODY',
    'PCT: vitals q30 min, no alarms',
    'training nurse present for session 4 of 12',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
