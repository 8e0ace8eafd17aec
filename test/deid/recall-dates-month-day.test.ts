import { describe, expect, it } from 'vitest';
import { compileNumericContexts } from '../../src/deid/month-day.js';
import { detectPatterns } from '../../src/deid/patterns.js';
import { numericContexts } from '../../src/deid/rules/deid-rules.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: month/day pairs are dates by default; the cues of rules/en/deid-numeric-contexts.yaml
// (dateCues, slash.tests, slash.approximate) date the small pairs a context would otherwise keep.
// Every example is invented.
describe('small equal pairs after an event word are dates', () => {
  it.each([
    ['ART LINE PLACED 4/4, FLUSHES WELL', '4/4'],
    ['OT STARTED 1/1 FOR ADLS', '1/1'],
    ['foley inserted 2/2; clear urine', '2/2'],
    ['specimens collected 5/5 pending', '5/5'],
    ['labs resulted 3/3, K 3.9', '3/3'],
    ['mechanical fall 4/4 at home', '4/4'],
    ['tube sent on 1/1 to the lab', '1/1'],
    ['lab results from 2/2 reviewed', '2/2'],
    ['S/P CABG X4 2-5, POD 1', '2-5'],
    ['s/p ablation x2 6/6, in NSR', '6/6'],
    ['PTCA 4-7 with good result', '4-7'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    'TRIALED ON 5/5, TOLERATED 1 HR',
    'weaned from 5/5 this am',
    'strength 4/4 in both legs',
    'PEEP 5/5 overnight',
    'pulses 2/2 bilat',
    'strength 5/5, sensation intact',
    '5/5 STRENGTH ON L, 3/5 ON R',
    'radial 3/3 bilaterally',
    'EXTUBATED FROM 5/5 TO 40% FACE MASK',
    'placed on 5/5 overnight',
    'weaned to 5/5 IPS this am',
    'pos blood cx 2/4 bottles',
    'BLOOD CX 1/4 GPC',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a test name keeps its result unless a time lead dates it', () => {
  it.each([
    ['LAST ABG 3/12. ON 40%', '3/12'],
    ['prior wbc 6/9, now 14', '6/9'],
    ['repeat VBG 11/30 pending', '11/30'],
    ['most recent hct 1/20 stable', '1/20'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each(['ABG 7/35 on the monitor', 'hct 9/12 after transfusion', 'VBG: 7/41'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('plurals of context words and approximate fractions', () => {
  it.each(['Apgars 7/9, to NICU', 'APGARS 8/9', 'scores 4/4 today', 'about ~1/2 of the tray', 'drank <3/4 of the cup', 'wound ~1/3 healed'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['MVC near the bridge ~6/1, no LOC', '6/1'],
    ['symptoms began ~9/2', '9/2'],
    ['excision 3/27 R forearm, margins clear', '3/27'],
    ['biopsy 10/14 L breast', '10/14'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each(['give 1/2 L NS', 'up 2/3 L.', 'urine 3/4 L'])('keeps the litre fraction in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('the date cues are data', () => {
  it('compiles inline cue lists', () => {
    const base = numericContexts();
    const c = compileNumericContexts({ ...base, dateCues: { ...base.dateCues, events: ['implanted'], equalPairWeak: [], settingVerbs: [], leads: ['earlier'] }, slash: { ...base.slash, tests: ['lactate'] } });
    expect(c.eventCue.test('port implanted ')).toBe(true);
    expect(c.eventCue.test('line placed ')).toBe(false);
    expect(c.testLead.test('earlier lactate ')).toBe(true);
    expect(c.testBefore.test('lactates ')).toBe(true);
  });
});

describe('pairs that head a dated entry, and pairs written with a leading zero', () => {
  it.each([
    ['Addendum 2/2: spoke with son re: plan', '2/2'],
    ['--- Reply 1/4 ---\nthanks, will do', '1/4'],
    ['ROUNDS 2-10\nbed 4 stable', '2-10'],
    ['SOC 9-14 RECERT DUE', '9-14'],
    ['Pertinent labs (2/3): Na 131', '2/3'],
    ['post-op visit -- 02/03', '02/03'],
    ['f/u with ortho 01/02 at 9', '01/02'],
    ['return 4/05 for suture removal', '4/05'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    ['Epworth Sleepiness Scale 9/24, STOP-BANG 5', '9/24'],
    ['cognition: BIMS 7/15', '7/15'],
    ['Mini-Cog 3/5 today', '3/5'],
    ['LYMPH NODES: 1/14 POSITIVE', '1/14'],
    ['update: 1/2 tab given', '1/2'],
    ['rounds 3-4 times a night', '3-4'],
  ])('keeps the value in %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});

// Plans dated ahead: a follow-up, appointment, estimate, due date or delivery word right before a
// small hyphen or slash pair dates it; a unit after the pair still keeps it. Every example is invented.
describe('small pairs after a word of a plan dated ahead are dates', () => {
  it.each([
    ['Neuro f/u 2-5 w/ Dr. Ostrand', '2-5'],
    ['OT/PT follow-up 4-9 | Pt: Ilse Rand', '4-9'],
    ['home when medically ready, est 3-4.', '3-4'],
    ['EDD 10-14 by first-trimester US', '10-14'],
    ['cardiology appt 1-8 confirmed', '1-8'],
    ['hospital bed delivery 5-7, family aware', '5-7'],
    ['PT follow-up 1/3 at the clinic', '1/3'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    'f/u in 2-3 wks with PCP',
    'est 2-3 days of IV abx',
    'appointment 2-4 pm slot',
    'titrated up 2-3 units per day',
    'f/u 1/2 tab at bedtime',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
