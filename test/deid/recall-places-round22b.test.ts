import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('an employer\'s name ends before a conjunction of time', () => {
  it.each([
    ['Worked at Raytheon until 2019 as a machinist.', 'Raytheon'],
    ['WORKED AT QUORVANT UNTIL 2015, NOW RETIRED', 'QUORVANT'],
    ['employed at Zorbex Tooling since 2003', 'Zorbex Tooling'],
    ['new job at Braxmill till the end of May', 'Braxmill'],
  ])('%j', (text, employer) => {
    const spans = found(text);
    expect(spans).toContain(employer);
    expect(spans.some((t) => /\b(?:until|since|till)\b/i.test(t))).toBe(false);
  });
});
