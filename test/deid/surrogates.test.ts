import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nameKey, nameWordMatches, surrogateFor, weekdayIndex, isDicomUid, type SurrogateContext } from '../../src/deid/surrogates.js';
import { shiftDateText, shiftHoliday } from '../../src/deid/date-shift.js';
import { remapUid } from '../../src/deid/pseudonyms.js';
import { LEXICON_DIR } from '../../src/deid/lexicons.js';

// Synthetic context: an invented key and scope, a fixed shift so expected dates can be written out.
const ctx = (shiftDays: number, refYear = 2023): SurrogateContext => ({ key: 'k', scope: 'scope-0001', shiftDays, refYear, avoid: new Set() });

describe('DATE surrogates of spans holding several dates', () => {
  it.each([
    ['2024-03-01 Mar 3, 2024', -10, '2024-02-20 Feb 22, 2024'],
    ['2024-03-01 14:20 Mar 3, 2024', -10, '2024-02-20 14:20 Feb 22, 2024'],
    ['2024-03-01 Sept 3, 2024', -10, '2024-02-20 Aug 24, 2024'],
    ['2024-03-01 March 2024', -10, '2024-02-20 March 2024'],
    ['2024-03-01 March 2024', -30, '2024-01-31 February 2024'],
    ['03/01/2024 and 03/05/2024', -1, '02/29/2024 and 03/04/2024'],
  ])('%j shifted by %i is %j', (span, days, want) => {
    expect(surrogateFor('DATE', span, ctx(days))).toBe(want);
  });

  it('never returns the original text of a date inside the span', () => {
    const out = surrogateFor('DATE', '2024-03-01 Mar 3, 2024', ctx(-200));
    expect(out).not.toContain('2024-03-01');
    expect(out).not.toMatch(/Mar 3\b/);
  });

  it('shiftDateText takes only a real time of day after an ISO date', () => {
    expect(shiftDateText('2024-03-01 Mar 3, 2024', -10)).toBeUndefined();
    expect(shiftDateText('2024-03-01 March 2024', -10)).toBeUndefined();
    expect(shiftDateText('2024-03-01T14:20:05.123Z', -10)).toBe('2024-02-20T14:20:05.123Z');
    expect(shiftDateText('2024-03-01 14:20+01:00', -10)).toBe('2024-02-20 14:20+01:00');
    expect(shiftDateText('202403011420', -10)).toBe('202402201420');
    expect(shiftDateText('2024-03-01 14', -10)).toBeUndefined();
  });
});

describe('holiday surrogates', () => {
  it.each([
    ['Christmas', -5, 'December 20'],
    ['Christmas 2023', -5, 'December 20 2023'],
    ['Christmas, 2023', -365, 'December 25, 2022'],
    ["New Year's Day", -1, 'December 31'],
    ['Valentines Day', -14, 'January 31'],
    ['Independence Day', -4, 'June 30'],
    ['Halloween', -1, 'October 30'],
    ['Thanksgiving', -25, 'October 31'],
    ['Easter', -10, 'March 31'],
    ['Labor Day', -5, 'August 31'],
    ['Memorial Day', -30, 'April 30'],
    ['CHRISTMAS EVE', -1, 'DECEMBER 23'],
  ])('%j shifted by %i is %j', (text, days, want) => {
    expect(shiftHoliday(text, days)).toBe(want);
    expect(surrogateFor('DATE', text, ctx(days))).toBe(want);
  });

  it('is not random letters', () => {
    expect(surrogateFor('DATE', 'Christmas', ctx(-40))).toMatch(/^November 15$/);
  });
});

describe('NAME surrogates', () => {
  it('gives the spelling variants of one name one surrogate', () => {
    const c = ctx(-10);
    const variants = ["O'Brien", 'Obrien', 'OBrien', 'O’Brien', 'O-Brien'].map((w) => surrogateFor('NAME', w, c));
    expect(new Set(variants).size).toBe(1);
    expect(surrogateFor('NAME', 'José', c)).toBe(surrogateFor('NAME', 'Jose', c));
    expect(nameKey("O'Brien")).toBe('obrien');
    expect(nameKey('Zoë-Ann')).toBe('zoeann');
  });

  it('replaces whole words with non-ASCII letters', () => {
    const c = ctx(-10);
    for (const name of ['José', 'Łukasz Nowak', 'Müller', 'Zoë', 'Søren Ødegård', 'JOSÉ']) {
      const out = surrogateFor('NAME', name, c);
      expect(out, name).toMatch(/^[A-Za-z]+(?: [A-Za-z]+)*$/);
      expect(out.toLowerCase(), name).not.toBe(name.toLowerCase());
    }
    expect(surrogateFor('NAME', 'JOSÉ', c)).toBe(surrogateFor('NAME', 'José', c).toUpperCase());
  });
});

const lexicon = (file: string) => new Set(readFileSync(path.join(LEXICON_DIR, file), 'utf8').split('\n').map((w) => w.trim()).filter((w) => w && !w.startsWith('#')));

describe('surrogate pools are the whole lexicons', () => {
  const first = lexicon('first-names.txt');
  const last = lexicon('last-names.txt');
  const places = lexicon('us-places.txt');
  const excluded = new Set([...lexicon('ambiguous-names.txt'), ...lexicon('clinical-terms.txt')]);
  // Invented originals, none of them a lexicon name, so they all take the surname pool.
  const originals = Array.from({ length: 400 }, (_, i) => `Zqx${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}vard`);

  it('draws names from far more than a hundred entries, each a lexicon name that is no word or eponym', () => {
    const c = ctx(-10);
    const out = originals.map((o) => surrogateFor('NAME', o, c).toLowerCase());
    expect(new Set(out).size).toBeGreaterThan(300);
    for (const s of out) {
      expect(last.has(s), s).toBe(true);
      expect(excluded.has(s), s).toBe(false);
    }
    // A known first name takes a first-name surrogate.
    const firsts = ['Amelia', 'Brandon', 'Chloe', 'Dominic', 'Evelyn'].map((n) => surrogateFor('NAME', n, c).toLowerCase());
    for (const s of firsts) expect(first.has(s), s).toBe(true);
  });

  it('draws towns and institutions from the places lexicon', () => {
    const c = ctx(-10);
    const towns = originals.map((o) => surrogateFor('LOCATION', o, c));
    expect(new Set(towns).size).toBeGreaterThan(300);
    for (const t of towns) expect(places.has(t.toLowerCase()), t).toBe(true);
    const orgs = originals.map((o) => surrogateFor('INSTITUTION', `${o} Hospital`, c));
    expect(new Set(orgs).size).toBeGreaterThan(300);
    const forms = /^(.+?) (General Hospital|Memorial Hospital|Regional Medical Center|Medical Center|Community Hospital|Clinic|Hospital)$/;
    const seenForms = new Set<string>();
    for (const o of orgs) {
      const m = forms.exec(o);
      expect(m, o).not.toBeNull();
      seenForms.add(m![2]!);
      expect(places.has(m![1]!.toLowerCase()) || last.has(m![1]!.toLowerCase()), o).toBe(true);
    }
    expect(seenForms.size).toBeGreaterThanOrEqual(5);
    // A name whose head the note keeps ("Calvert" of "Calvert Hospital") gets a stem alone.
    for (const o of originals.slice(0, 50)) {
      const stem = surrogateFor('INSTITUTION', o, c);
      expect(stem, o).not.toMatch(/ (?:Hospital|Clinic|Center)$/);
      expect(places.has(stem.toLowerCase()) || last.has(stem.toLowerCase()), stem).toBe(true);
    }
  });

  it('is keyed and consistent per patient scope, and never one of the avoided names', () => {
    const a = ctx(-10);
    const b: SurrogateContext = { ...ctx(-10), scope: 'scope-0002' };
    expect(surrogateFor('NAME', 'Quillfeather', a)).toBe(surrogateFor('NAME', 'Quillfeather', a));
    expect(surrogateFor('LOCATION', 'Vexburg', a)).toBe(surrogateFor('LOCATION', 'Vexburg', a));
    const differ = originals.filter((o) => surrogateFor('NAME', o, a) !== surrogateFor('NAME', o, b)).length;
    expect(differ).toBeGreaterThan(350);
    const first = surrogateFor('NAME', 'Quillfeather', a).toLowerCase();
    const avoiding: SurrogateContext = { ...a, avoid: new Set([first]) };
    expect(surrogateFor('NAME', 'Quillfeather', avoiding).toLowerCase()).not.toBe(first);
    const town = surrogateFor('LOCATION', 'Vexburg', a).toLowerCase();
    expect(surrogateFor('LOCATION', 'Vexburg', { ...a, avoid: new Set([town]) }).toLowerCase()).not.toBe(town);
  });
});

describe('possessive names', () => {
  it("maps 'Smith's' like 'Smith' and keeps the 's", () => {
    const c = ctx(-10);
    const smith = surrogateFor('NAME', 'Smith', c);
    expect(smith).not.toBe('Smith');
    expect(surrogateFor('NAME', "Smith's", c)).toBe(`${smith}'s`);
    expect(surrogateFor('NAME', 'Smith’s', c)).toBe(`${smith}’s`);
    expect(surrogateFor('NAME', "SMITH'S", c)).toBe(`${smith.toUpperCase()}'S`);
    expect(surrogateFor('NAME', "John Smith's", c)).toBe(`${surrogateFor('NAME', 'John', c)} ${smith}'s`);
    const jones = surrogateFor('NAME', 'Jones', c);
    expect(surrogateFor('NAME', "Jones'", c)).toBe(`${jones}'`);
    // An inner apostrophe is part of the name, not a possessive.
    expect(surrogateFor('NAME', "O'Brien's", c)).toBe(`${surrogateFor('NAME', "O'Brien", c)}'s`);
  });
});

describe('PHONE surrogates', () => {
  it('replace digits only: letters, separators and extension words stay', () => {
    const c = ctx(-10);
    for (const phone of ['555-123-4567 ext. 1234', '(555) 123-4567 x89', '555.123.4567 EXT 12', '+1 555 123 4567 extension 7']) {
      const out = surrogateFor('PHONE', phone, c);
      expect(out.replace(/\d/g, '0'), phone).toBe(phone.replace(/\d/g, '0'));
      expect(out, phone).not.toBe(phone);
    }
    expect(surrogateFor('PHONE', '555-123-4567', c).replace(/\D/g, '')).toBe(surrogateFor('PHONE', '(555) 123 4567', c).replace(/\D/g, ''));
  });
});

describe('DICOM UIDs in the text', () => {
  const uid = '1.2.840.113619.2.55.3.604688119.971.1234567890.123';
  it('become the remapped 2.25 UID of the header, or stay with keepStudyUids', () => {
    expect(isDicomUid(uid)).toBe(true);
    expect(isDicomUid('1.2.3.4')).toBe(false);
    expect(surrogateFor('ID', uid, ctx(-10))).toBe(remapUid('k', uid));
    expect(surrogateFor('ID', uid, { ...ctx(-10), keepStudyUids: true })).toBe(uid);
    // Other ids keep their same-shape surrogate.
    expect(surrogateFor('ID', 'MRN1234567', ctx(-10))).toMatch(/^[A-Z]{3}\d{7}$/);
  });
});

describe('weekdays inside a DATE span', () => {
  it.each([
    ['Tuesday, March 5, 2024', -1, 'Monday, March 4, 2024'],
    ['Tuesday, March 5, 2024', -7, 'Tuesday, February 27, 2024'],
    ['TUE 3/5/24', -3, 'SAT 3/2/24'],
    ['Tues. 2024-03-05', -30, 'Sun. 2024-02-04'],
    ['friday 03/08', -1, 'thursday 03/07'],
  ])('%j shifted by %i is %j', (span, days, want) => {
    expect(surrogateFor('DATE', span, ctx(days, 2024))).toBe(want);
  });

  it('names the weekday of the shifted date even when the written one was wrong', () => {
    // March 5, 2024 is a Tuesday; a shift of -2 lands on Sunday, March 3.
    expect(surrogateFor('DATE', 'Friday, March 5, 2024', ctx(-2))).toBe('Sunday, March 3, 2024');
    expect(weekdayIndex('Thurs')).toBe(4);
    expect(weekdayIndex('Sa')).toBe(-1);
  });
});

describe('a shape-keeping surrogate never gives its original back', () => {
  it('draws again when the draw equals the value (short ids, extensions, ZIP codes)', () => {
    // Two-digit values collide about once in a hundred draws: across 40 scopes some would come back unchanged.
    for (let s = 0; s < 40; s++) {
      const c: SurrogateContext = { key: 'k', scope: `scope-${s}`, shiftDays: 0, refYear: 2023, avoid: new Set() };
      for (let v = 0; v < 100; v++) {
        const id = String(v).padStart(2, '0');
        expect(surrogateFor('ID', id, c)).not.toBe(id);
        expect(surrogateFor('PHONE', `x${id}`, c)).not.toBe(`x${id}`);
      }
    }
  });

  it('stays deterministic: the same value and scope give the same surrogate', () => {
    const c: SurrogateContext = { key: 'k', scope: 'scope-7', shiftDays: 0, refYear: 2023, avoid: new Set() };
    expect(surrogateFor('ZIP', '33997', c)).toBe(surrogateFor('ZIP', '33997', c));
    expect(surrogateFor('ZIP', '33997', c)).toMatch(/^\d{5}$/);
  });
});

describe('name words read without the regex', () => {
  const NAME_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
  const byRegex = (t: string) => [...t.matchAll(NAME_WORD)].flatMap((m) => [m.index, m.index + m[0].length]);

  it.each([
    'Ångström, Eskil',
    "O'Brien-Núñez’s",
    'Dr. José  MARÍA-LÓPEZ, MD',
    'Zoë Ä\u0301x',
    "'Ann' -Lee- 3rd",
    'Ιωάννης Παπαδόπουλος',
    'Łukasz Żółć',
    '',
    '12/3',
  ])('%j: the regex\'s matches', (t) => {
    expect(nameWordMatches(t)).toEqual(byRegex(t));
  });

  it('agrees with the regex on random BMP text', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const pool = "abcXYZ '’-.,\u00c5\u00e9\u0301\u0308\u0391\u03b2\u0416\u05d0\u0627\u4e2d\u2019\u00a0\u02bc\u1e9e";
    for (let k = 0; k < 500; k++) {
      let t = '';
      for (let j = next() % 20; j > 0; j--) t += pool[next() % pool.length];
      expect(nameWordMatches(t)).toEqual(byRegex(t));
    }
  });

  it('leaves text with a code point beyond the BMP to the regex', () => {
    expect(nameWordMatches('Ann \u{1f600} Lee')).toBeUndefined();
    expect(surrogateFor('NAME', 'Ann \u{1f600} Lee', ctx(-3))).toMatch(/^(?!Ann )\p{L}+ \u{1f600} (?!Lee$)\p{L}+$/u);
  });

  it('gives a spelling the same key each time (memoised)', () => {
    expect(nameKey('Ångström')).toBe('angstrom');
    expect(nameKey('Ångström')).toBe('angstrom');
    expect(nameKey("O'Brien")).toBe('obrien');
  });
});
