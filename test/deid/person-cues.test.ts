import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// The cue pass reads its cues from rules/en/deid-name-cues.yaml personCues (free-text/vocabulary.ts CUE_RE):
// every cue there, written in a note before an invented name no list holds, makes the name a person's.
const cueNames = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the cues of the cue pass, as data', () => {
  it.each(nameCues().personCues.map((c) => [c]))('%j takes the name after it', (cue) => {
    expect(cueNames(`Plan reviewed; ${cue} Quorrindale today.`).join(' ')).toContain('Quorrindale');
  });

  it('takes nothing after a word that is no cue (the control of the test above)', () => {
    expect(cueNames('Plan reviewed; banana Quorrindale today.')).toEqual([]);
  });

  it('reads a cue across any white space between its words', () => {
    expect(cueNames('Films were reviewed\nby Quorrindale.').join(' ')).toContain('Quorrindale');
  });

  it('holds no cue twice, each in lower case', () => {
    const cues = nameCues().personCues;
    expect(new Set(cues).size).toBe(cues.length);
    for (const c of cues) expect(c).toBe(c.toLowerCase());
  });
});
