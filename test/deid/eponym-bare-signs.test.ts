import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import { bareEponymWord, bareSignWithResult, type BareSignReader } from '../../src/deid/free-text/eponym-results.js';
import { eponymHeadRules, EponymHeadsSchema } from '../../src/deid/rules/eponym-heads.js';

// Invented notes of one class (rules/en/deid-eponym-heads.yaml bareSigns; free-text/eponym-results.ts,
// read by token-scanner.ts eponymHeadNear): an eponym of a bedside sign, reflex or test written
// without its head word, with its result right before or after it ("neg Murphy", "Romberg neg"),
// is the sign, not a person, in both profiles. The same surnames beside a person cue, or a
// surname before a lab's result ("Murphy, John: HIV negative"), stay names.
const names = (text: string, profile: 'balanced' | 'strict') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('eponymous signs written bare with their result', () => {
  it.each([
    // result after, each form and case
    'Abd soft, nontender. Murphy negative, no rebound.',
    "Abd soft, Murphy's negative, no guarding.",
    'ABD SOFT, MURPHY NEG, BS+.',
    'abd soft nt nd, murphy pos, tender ruq.',
    'Ears clear. Weber lateralizes to the left, Rinne AC>BC bilaterally.',
    'Hearing: Weber midline; Rinne AC > BC.',
    'Neuro: Romberg: neg, gait steady.',
    'Wrist: Tinel positive at the wrist, Phalen equivocal.',
    'Neuro: toes down, Babinski downgoing bilaterally, Hoffmann absent.',
    'Ankle: Thompson negative, Achilles intact, no palpable defect.',
    'Shoulder: Neer +, Hawkins -, strength 5/5.',
    'Knee: McMurray (-), Lachman weakly positive on the right.',
    'Calves soft, Homans bilat neg.',
    'Radial pulses 2+, Allen normal bilaterally before the ABG.',
    // result before
    'Abd soft, neg Murphy, no rebound.',
    'Legs: no edema, + Homans on the left, calf tender.',
    'Exam: positive Lachman with soft end point.',
    'Neuro: no Hoffmann, reflexes symmetric.',
    // joined eponyms
    'Neck supple, Kernig and Brudzinski negative.',
    'Neck supple; Kernig/Brudzinski neg.',
    'Hips: Ortolani, Barlow negative.',
    'Vertigo: Dix-Hallpike negative bilaterally.',
  ])('keeps %j', (text) => {
    expect(names(text, 'balanced')).toEqual([]);
    expect(names(text, 'strict')).toEqual([]);
  });

  it.each([
    // a person cue before the eponym: title, person lead, given name
    ['Dr. Murphy negative for chest pain on review.', 'Murphy'],
    ['Plan discussed with Ms. Weber, positive outlook.', 'Weber'],
    ['Discussed with Thompson positive about the plan.', 'Thompson'],
    ['Pt seen by Weber, negative review of systems.', 'Weber'],
    ['Daughter Nora Murphy present at the bedside.', 'Murphy'],
    // a surname before a laboratory result: the result is not the eponym's, a person is named
    ['Murphy, John: HIV negative, hep C negative.', 'Murphy'],
    // a person's screening result ("negative for"), not a sign's
    ['Roommate Allen negative for influenza, per mother.', 'Allen'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text, 'balanced').join(' ')).toContain(want);
    expect(names(text, 'strict').join(' ')).toContain(want);
  });
});

describe('bareSignWithResult', () => {
  const reader = (text: string, cue = false): BareSignReader => ({ text, tokens: tokenStream(text).tokens, personCueBefore: () => cue });
  const at = (r: BareSignReader, word: string) => r.tokens.findIndex((t) => t.word === word);
  const read = (text: string, word: string, cue = false) => {
    const r = reader(text, cue);
    return bareSignWithResult(r, at(r, word));
  };

  it('reads a result word or mark on either side, through qualifiers and joined eponyms', () => {
    expect(read('Murphy negative', 'Murphy')).toBe(true);
    expect(read('neg Murphy', 'Murphy')).toBe(true);
    expect(read('Hawkins +, Neer -', 'Neer')).toBe(true);
    expect(read('Hawkins +, Neer -', 'Hawkins')).toBe(true);
    expect(read('(+) Homans', 'Homans')).toBe(true);
    expect(read('Homans +ve', 'Homans')).toBe(true);
    expect(read('Tinel mildly positive', 'Tinel')).toBe(true);
    expect(read('Kernig or Brudzinski negative', 'Kernig')).toBe(true);
    expect(read('Tinel / Phalen neg', 'Tinel')).toBe(true);
  });

  it('refuses words off the list, results too far or on another line, a dash mid-clause, a grade and a screening result', () => {
    expect(read('Smith negative', 'Smith')).toBe(false);
    expect(read('Murphy was negative', 'Murphy')).toBe(false);
    expect(read('Murphy bilat left today negative', 'Murphy')).toBe(false);
    expect(read('Murphy\nnegative', 'Murphy')).toBe(false);
    expect(read('Murphy - Smith', 'Murphy')).toBe(false);
    expect(read('2+ Homans', 'Homans')).toBe(false);
    expect(read('Allen negative for HIV', 'Allen')).toBe(false);
    expect(read('present Murphy', 'Murphy')).toBe(false);
  });

  it('refuses an eponym with a person cue before it', () => {
    expect(read('Murphy negative', 'Murphy', true)).toBe(false);
    expect(read('seen by Weber negative', 'Weber')).toBe(false);
    expect(read('Garcia, Allen positive', 'Allen')).toBe(false);
  });

  it('reads a possessive as its bare word', () => {
    const t = (w: string) => tokenStream(w).tokens[0]!;
    expect(bareEponymWord(t("Murphy's"))).toBe('murphy');
    expect(bareEponymWord(t("Homans'"))).toBe('homans');
    expect(bareEponymWord(t('Tinel'))).toBe('tinel');
  });
});

describe('the bare-sign lists', () => {
  it('ship the eponyms, results and joiners the class reads', () => {
    const bare = eponymHeadRules().bareSigns!;
    for (const w of ['murphy', 'homans', 'weber', 'rinne', 'romberg', 'kernig', 'brudzinski', 'allen', 'thompson']) expect(bare.eponyms, w).toContain(w);
    expect(bare.results).toEqual(expect.arrayContaining(['positive', 'negative', 'pos', 'neg']));
    expect(bare.joinWords).toContain('and');
    expect(bare.joinMarks).toEqual(expect.arrayContaining(['/', ',']));
  });

  it('refuse a mark that is no mark, a join mark of two characters and an empty eponym list', () => {
    const file = (bareSigns: unknown) => ({ language: 'en', version: '1', heads: { signs: ['sign'] }, bareSigns });
    expect(EponymHeadsSchema.safeParse(file({ eponyms: ['murphy'], results: ['neg'], marks: ['+', '(-)', '+ve'] })).success).toBe(true);
    expect(EponymHeadsSchema.safeParse(file({ eponyms: ['murphy'], results: ['neg'], marks: ['ok'] })).success).toBe(false);
    expect(EponymHeadsSchema.safeParse(file({ eponyms: ['murphy'], results: ['neg'], joinMarks: ['//'] })).success).toBe(false);
    expect(EponymHeadsSchema.safeParse(file({ eponyms: [], results: ['neg'] })).success).toBe(false);
    expect(EponymHeadsSchema.safeParse(file({ eponyms: ['Murphy'], results: ['neg'] })).success).toBe(false);
  });
});
