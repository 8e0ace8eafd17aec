import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a two-letter surname after a given name', () => {
  it.each([
    ['Kevin Ng, RN', 'Kevin Ng'],
    ['Discussed with Mei Ho (pharmacy).', 'Mei Ho'],
    ['Paul Oh, MD', 'Paul Oh'],
    ['Signed: Linh Do, PharmD', 'Linh Do'],
  ])('%j', (text, want) => {
    expect(names(text)).toContain(want);
  });

  it.each(['Will Do the dressing change.', 'NG tube to LIWS.', 'Pt able to Do ADLs.'])('no surname: %j', (text) => {
    expect(names(text).join(' ')).not.toMatch(/\b(?:Do|NG|Ng)\b/);
  });
});
