// Transcription footers (issue 11, recall of names): the initials of the dictating and typing
// persons before a job or document label ("mb/ar  Job #: 6667248"), or on the line after the
// dictated / transcribed stamps, are names whatever letters they hold; the same pairs elsewhere
// stay shorthand. Every example is invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('initials of a transcription footer', () => {
  it.each([
    ['Dictated by Quimby\nmb/ar  Job #: 6667248\n', ['mb', 'ar']],
    ['HY/BT  JOB #: 0676040\n', ['HY', 'BT']],
    ['kr/cr  job #: 3721989\n', ['kr', 'cr']],
    ['tb/io  Doc ID: 5073738\n', ['tb', 'io']],
    ['JRS/lp Conf# 88213\n', ['JRS', 'lp']],
    ['D: 03/09/19 0758  T: 03/11/19 1545\nel/zh\n', ['el', 'zh']],
    ['D: 2021-02-20 1830  T: 02/22/21 1100\nhr/so\n', ['hr', 'so']],
  ])('takes the initials in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['PA/lat views of the chest.\n'],
    ['HTN/DM\n'],
    ['Pt with CHF/DM\n'],
    ['sero/san drainage noted\n'],
    ['hr/io reviewed with team\n'],
    ['I/O 1200/800\n'],
  ])('takes no initials from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
