// Trainee sign-offs (issue 11, recall of names): the words opening a line before a training year
// ("pgy2", "PGY-3", "ms4") are the writer's name or initials, whatever word they spell. A service
// before the year ("ortho pgy2"), a muscle grade ("ms 4/5") and a year mid-sentence stay. Invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a name or initials before a training year', () => {
  it.each([
    ['abd soft\nrb pgy1 for dr ostrowski\n', ['rb']],
    ['plan as above\ncarmen pgy3 for dr. vale\ncosign pending\n', ['carmen']],
    ['Seen and examined.\n-- T. Abernathy PGY-2\n', ['T', 'Abernathy']],
    ['d/c planning\nsigned kw ms4\n', ['kw']],
    ['VSS\nHope Ridley PGY-1 for Dr. Amadi\n', ['Hope', 'Ridley']],
  ])('takes the trainee in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['pain 4/10\northo pgy2 aware, will see\n'],
    ['pain 4/10\ngen surg pgy4 to see in am\n'],
    ['strength\nbilat ms 4/5 ue\n'],
    ['plan\nim pgy1 notified of k 3.1\n'],
    ['dispo\nwill d/w pgy2 in am\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
