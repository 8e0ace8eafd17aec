import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRadlabelError } from '../../src/errors/index.js';
import { PatternCuesSchema, compilePatternCues } from '../../src/deid/pattern-cues.js';
import { detectPatterns } from '../../src/deid/patterns.js';
import { readDeidRules } from '../../src/deid/rules/deid-rules.js';
import type { PhiCategory } from '../../src/deid/phi-span.js';

const found = (text: string, category: PhiCategory) => detectPatterns(text).filter((s) => s.category === category).map((s) => text.slice(s.start, s.end));

// Issue 11: pattern PHI whose shape alone is too common, taken with the cue words of
// rules/en/deid-pattern-cues.yaml. Every example is invented.
describe('extensions and local numbers after a phone word or alone in brackets', () => {
  it.each([
    ['PLS CALL WARD 4-2210 WITH ANY CHANGE', '4-2210'],
    ['family asks to be called at home, 555-0192', '555-0192'],
    ['ring her daughter Ada on 555-7781 tonight', '555-7781'],
    ['contact: brother Lev Orlov, 555-3316.', '555-3316'],
    ['paged covering resident twice, 6-1184', '6-1184'],
    ['spoke with pharmacist I. Tamm (3-4471)', '3-4471'],
    ['result given to Dr. Vale by phone (8-0019) at 1400', '8-0019'],
  ])('%s → %s', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each([
    'call if SBP over 180 or UOP under 30',
    'called MD: Na 135-145 today',
    'titer (1-1024) pending',
    'reference range (1-2000)',
    'platelets 150-4000 over the week',
    'contact isolation, WBC 4-11000',
  ])('keeps %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('hyphen-grouped record numbers', () => {
  it.each([
    ['Re: Ines Varga, 27-81-406', '27-81-406'],
    ['Chart#: 64-09-233', '64-09-233'],
    ['Torres, Nia 12-34-567', '12-34-567'],
    ['unit no 301-44-6120', '301-44-6120'],
  ])('%s → %s', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each([
    'BP 110-120-135 over the shift',
    'HR 80-90-100 with activity',
    'seen 03-14-2024 in clinic',
    'vent 600-14-5-40',
    'call 617-555-0134',
    'grades 12-14-16 noted',
  ])('keeps %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});

describe('ages over 89 written bare after a name', () => {
  it.each([
    ['Ada Lindgren, 94, lives alone', '94'],
    ['Omar Haddad (101) admitted from home', '101'],
    ['Pt Ruth Ebbe-Sands, 97, with falls', '97'],
    ['Żaneta Wójcik (92) seen today', '92'],
  ])('%s → %s', (text, age) => {
    expect(found(text, 'AGE')).toContain(age);
  });

  it.each(['Heart Rate (96) regular', 'Room Air, 95, on arrival', 'Ada Lindgren, 74, lives alone', 'Omar Haddad (12) in clinic', 'Sats Ok (98%)'])('keeps %s', (text) => {
    expect(found(text, 'AGE')).toEqual([]);
  });
});

describe('years after events dated by the year', () => {
  it.each([
    ['last tetanus 1998', '1998'],
    ['Tdap booster 2011, flu shot today', '2011'],
    ['screening colonoscopy: 2016, normal', '2016'],
    ['LAST MAMMOGRAM 2009', '2009'],
  ])('%s → %s', (text, year) => {
    expect(found(text, 'DATE')).toContain(year);
  });

  it.each(['tetanus given at 2000', 'colonoscopy prep at 1900 hrs', 'Lasix 40 mg at 2000', 'PSA 2000 ng'])('keeps %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('the cue words are data checked on load', () => {
  it('names the file and the key of a bad entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deid-cues-'));
    const file = path.join(dir, 'deid-pattern-cues.yaml');
    writeFileSync(file, 'language: en\nversion: "1"\nphone: { cues: [call], window: 500, bracketNotAfter: [] }\n');
    try {
      readDeidRules(file, PatternCuesSchema);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
      expect((e as { locator?: { file?: string } }).locator?.file).toBe(file);
      expect((e as Error).message).toMatch(/^phone\.window|recordNumber|bareAge|yearEvents/);
    }
  });

  it('compiles inline lists', () => {
    const c = compilePatternCues({
      language: 'en',
      version: '1',
      phone: { cues: ['buzz'], window: 20, bracketNotAfter: [], extensionNotAfter: ['hpf'], spacedNotAfter: ['cvp'], spacedUnitsAfter: ['gtt'] },
      recordNumber: { minDigits: 7, maxDigits: 9, notAfter: [] },
      bareAge: { notAfter: ['pulse'], persons: [], nameNot: [] },
      yearEvents: { words: ['measles'], joiners: ['jab'], lifeEvents: ['emigrated'], untilLife: ['whittled'] },
      localPhone: { minRatio: 3, rangeStep: 10, notAfter: ['svr'], unitsAfter: ['ml'] },
      idLabels: { strong: ['badge'], weak: ['case'], short: ['berth'] },
      obstetricYears: { outcomes: ['hatching'], between: ['early'] },
      alnumIds: { notPrefix: ['x'] },
      rooms: { labels: ['berth'], marked: ['loc'], unitsAfter: ['min'], wards: [], rowStatus: [] },
    });
    expect(c.roomLabel.test('berth ')).toBe(true);
    expect(c.roomLabel.test('loc ')).toBe(false);
    expect(c.roomLabel.test('LOC: ')).toBe(true);
    expect(c.roomUnitAfter.test(' min')).toBe(true);
    expect(c.yearEventBefore.test('emigrated ')).toBe(true);
    expect(c.idLabelStrong.test('badge ')).toBe(true);
    expect(c.idLabelShort.test('berth #')).toBe(true);
    expect(c.extensionNotAfter.has('hpf')).toBe(true);
    // The spaced local number's readings and units are the document's lists, not words written in code.
    expect(c.spacedNotAfter.test('re CVP: ')).toBe(true);
    expect(c.spacedNotAfter.test('re SBP ')).toBe(false);
    expect(c.spacedUnitAfter.test(' gtts')).toBe(false);
    expect(c.spacedUnitAfter.test(' gtt/min')).toBe(true);
    expect(c.spacedUnitAfter.test(' mL')).toBe(false);
    expect(c.untilLife.test('whittled wood until ')).toBe(true);
    expect(c.obstetricAfterYear.test(' - early hatching')).toBe(true);
    expect(c.obstetricBeforeYear.test('hatching in ')).toBe(true);
    expect(c.idLabelWeak.exec('case #')?.[1]).toBe('#');
    expect(c.phoneCue.test('buzz me')).toBe(true);
    expect(c.phoneCue.test('call me')).toBe(false);
    expect(c.yearEventBefore.test('measles jab ')).toBe(true);
    expect(c.ageNotAfter.has('pulse')).toBe(true);
  });
});
