import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('employers after a job word or "works as <role>"', () => {
  it.each([
    ['Starts a new job at Quorvant next week.', 'Quorvant'],
    ['SHE LOST HER JOB AT BRAXMILL IN MAY.', 'BRAXMILL'],
    ['pt has a part time job with zentrix, no benefits', 'zentrix'],
    ['Works as a forklift driver at Hollenbeck Freight since 2015.', 'Hollenbeck Freight'],
    ['WIFE WORKS AS A WELDER FOR TRANSVALE.', 'TRANSVALE'],
    ['Her position with Ostrava Dynamics ended.', 'Ostrava Dynamics'],
    ['volunteers at Quillmere on weekends', 'Quillmere'],
    // A brand the clinical list holds, written as a name in a mixed-case note.
    ['Son works at Medtronic as an engineer.', 'Medtronic'],
  ])('%j', (text, employer) => {
    expect(found(text)).toContain(employer);
  });

  it.each([
    'Her job at night is stressful.',
    'works as a nurse at home',
    'got a job at the hospital cafeteria',
    'PT ON NIGHT SHIFT AT ICU PER SON',
    'position with a PEEP of 5 and FiO2 40%',
    'Job at Green Acres', // two English words in a mixed-case note: not enough alone (a company of lexicons/organisations.txt is taken by its own rule)
    'SHIFT AT 7 AM TOMORROW',
    // A cue at the very end of a report: nothing to take, and no error.
    'Pt works as a cashier at',
    'Starts a new job at',
    'She has a job at the',
    'works as',
  ])('leaves %j alone', (text) => {
    expect(detectPhi(text).filter((s) => s.category === 'INSTITUTION')).toEqual([]);
  });
});
