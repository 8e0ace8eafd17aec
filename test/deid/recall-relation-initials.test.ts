// An initial and a surname right after a relation word (issue 11, recall of names): "nephew R.
// Potter" names a person though the surname is also an ordinary word. Family history written with
// "d." (died) or "w." (with) before a date, a clinical or a calendar word stays. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('an initial and a surname after a relation', () => {
  it.each([
    ['Discharge plan: will stay with nephew T. Baker in town.\n', ['T', 'Baker']],
    ['Emergency contact husband J. Rivers 555-0143.\n', ['J', 'Rivers']],
    ['Health care proxy form names daughter L. Stone as agent.\n', ['L', 'Stone']],
    ['pt lives with neighbor k. wood, who checks daily.\n', ['k', 'wood']],
    ['Spoke with son B. Marsh re transport home.\n', ['B', 'Marsh']],
  ])('takes the name in %j', (text, expected) => {
    const got = names(text).join(' ');
    for (const w of expected) expect(got).toContain(w);
  });

  it.each([
    ['Family hx: father d. May 2015 of MI.\n'],
    ['Son w. Autism lives at home.\n'],
    ['Mother d. Stroke at 70.\n'],
    ['family hx: sister w. asthma, father d. 2009.\n'],
    ['Brother s. Surgery for hernia.\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
