import { describe, expect, it } from 'vitest';
import { nameCues, NameCuesSchema } from '../../src/deid/rules/deid-rules.js';
import { detectPhi } from '../../src/deid/detect.js';

// Word lists of single name passes live in rules/en/deid-name-cues.yaml nameWords, not in code: a typo
// or a dropped word there fails here, and the schema refuses a list of the wrong shape.
describe('name word lists as data', () => {
  const w = nameCues().nameWords;
  it('holds the clergy titles, credential titles, slash shorthand, presence tails and bracket tags', () => {
    expect(w.wordTitles).toEqual(['fr', 'rev']);
    expect(w.credentialTitles).toEqual(expect.arrayContaining(['np', 'md', 'nurse', 'chaplain']));
    expect(w.shorthandPairs).toEqual(expect.arrayContaining(['pa', 'lat', 'ct', 'mr', 'am', 'pm', 'yes', 'no']));
    expect(w.presenceTailsListed).toEqual(expect.arrayContaining(['updated', 'present', 'notified at']));
    // Every tail that needs all words listed is a presence tail that needs a listed lone word, and a presence tail of the cues.
    for (const t of w.presenceTailsAllListed) {
      expect(w.presenceTailsListed).toContain(t);
      expect(nameCues().cues.presenceTails.words).toContain(t);
    }
    expect(w.relationTagWords).toEqual(expect.arrayContaining(['in', 'law', 'step', 'poa']));
  });

  it('refuses a list that is not a list of words, naming the key', () => {
    const bad = NameCuesSchema.safeParse({ ...nameCues(), nameWords: { ...w, wordTitles: 'fr' } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]!.path).toEqual(['nameWords', 'wordTitles']);
  });

  it('reads them where the passes use them', () => {
    // A clergy title written short takes a name ("Fr. Quillane"), not a place word after "fr" (from).
    const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));
    expect(names('Visited by Fr. Quillane this morning.').join(' ')).toContain('Quillane');
    expect(names('Transferred fr. home by ambulance.')).toEqual([]);
    // A one-case note: a credential before a name-list word ("NP HORTENSE").
    expect(names('PLAN DISCUSSED WITH NP HORTENSE AT 1400.').join(' ')).toContain('HORTENSE');
  });
});

// The verbs of the initial-and-surname pass and the contact roles of person-names.ts are personVocabulary lists.
describe('initial-and-surname verbs and contact roles as data', () => {
  const v = nameCues().personVocabulary;
  const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end)).join(' ');

  it.each(nameCues().personVocabulary.initialSurnameVerbs)('an initial and a surname before "%s"', (verb) => {
    expect(names(`K. Quarrington ${verb} at 0300.`)).toContain('Quarrington');
  });

  it.each(nameCues().personVocabulary.contactRoles)('a name before "is the family %s"', (role) => {
    expect(names(`Faith is the family ${role}.`)).toContain('Faith');
  });

  it('takes no name before a word that is no listed role, and refuses a verb of two words', () => {
    expect(names('Faith is the family dog.')).not.toContain('Faith');
    const bad = NameCuesSchema.safeParse({ ...nameCues(), personVocabulary: { ...v, initialSurnameVerbs: ['called back'] } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]!.path).toEqual(['personVocabulary', 'initialSurnameVerbs', 0]);
  });
});

describe('the function words as data', () => {
  it('holds the words that never start a name, and they keep a listed name from opening there', () => {
    const stop = nameCues().personVocabulary.stopWords;
    expect(stop).toEqual(expect.arrayContaining(['the', 'will', 'on-call', 'dob', 'mrs']));
    // "Will" is a given name; as a modal after a title it opens no name ("dr will call").
    const names = detectPhi('Labs pending, dr will call back.').filter((s) => s.category === 'NAME');
    expect(names).toEqual([]);
  });
});
