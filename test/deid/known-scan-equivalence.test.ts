import { describe, expect, it } from 'vitest';
import { KnownIdentifiersSchema } from '../../src/domain/report.js';
import { compileKnown, detectKnown, type KnownMatcher } from '../../src/deid/known-identifiers.js';
import { foldDiacritics, isNonAsciiNameLetter } from '../../src/deid/fold-text.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the known-identifier scan filters name words by first letter and length and
// walks ids down a trie instead of building upper-cased strings. Both must find exactly what the
// plain string look-ups find. The reference below is the string scan as it stood before (names and
// ids only; phrases, pairs, initials and dates are unchanged code), compared over generated texts
// that mix name and id pieces with separators, case changes and letters whose upper case differs
// in length or turns ASCII ("ß", "ı", "ſ").
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && isNonAsciiNameLetter(c));
const isAlnum = (c: number) => (c < 128 ? isAsciiAlnum(c) : isLetter(c));
const isNamePunct = (c: number) => c === 39 || c === 45 || c === 0x2019;

function referenceNamesAndIds(text: string, k: KnownMatcher): Array<[number, number, string]> {
  const names: Array<[number, number, string]> = [];
  const ids: Array<[number, number, string]> = [];
  const n = text.length;
  // The ids' first characters, as the matcher's set of them held before it became a table.
  const idFirst = new Set([...k.ids.keys()].map((id) => id[0]!));
  let nameEnd = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isAlnum(text.charCodeAt(end))) end++;
    if (i >= nameEnd && isLetter(c)) {
      let e = i + 1;
      let punct = false;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (isLetter(d)) e++;
        else if (isNamePunct(d) && e + 1 < n && isLetter(text.charCodeAt(e + 1))) {
          punct = true;
          e++;
        } else break;
      }
      if (e - i >= 2 && !(e < n && isAlnum(text.charCodeAt(e)))) {
        const w = text.slice(i, e);
        const bare = foldDiacritics(punct ? w.replace(/['’-]/g, '') : w);
        let hit = k.names.has(bare.toLowerCase()) || k.namesCased.has(bare);
        if (!hit && punct) for (const raw of w.split(/['’-]/)) {
          const piece = foldDiacritics(raw);
          if (piece.length >= 2 && (k.names.has(piece.toLowerCase()) || k.namesCased.has(piece))) hit = true;
        }
        if (hit && /^(?:jan|june?|may|march)$/i.test(bare) && /^\.?[ \t]*\d{1,2}\b/.test(text.slice(e, e + 5))) hit = false;
        if (hit) names.push([i, e, k.places.has(bare) || k.places.has(bare.toLowerCase()) ? 'LOCATION' : 'NAME']);
      }
      nameEnd = e;
    }
    if (c < 128 && idFirst.has(String.fromCharCode(c).toUpperCase())) {
      let acc = text.slice(i, end).toUpperCase();
      let chunkEnd = end;
      while (acc.length <= k.maxIdLength) {
        const cat = k.ids.get(acc);
        if (cat) ids.push([i, chunkEnd, cat]);
        let p = chunkEnd;
        while (p < n && p - chunkEnd < 2 && ' \t\n\r\u00a0().-/'.includes(text[p]!)) p++;
        if (p === chunkEnd || p >= n || !isAlnum(text.charCodeAt(p))) break;
        let q = p + 1;
        while (q < n && isAlnum(text.charCodeAt(q))) q++;
        acc += text.slice(p, q).toUpperCase();
        chunkEnd = q;
      }
    }
    i = end;
  }
  return [...names, ...ids];
}

// Invented identifiers (no note set's strings): ids that share prefixes, split ids, a phone.
const known = KnownIdentifiersSchema.parse({
  patientNames: [{ family: 'Quillfeather', given: ['Oriel'] }, { family: 'Vantongeren', given: ['Ysolde'] }],
  providerNames: [{ family: 'Brackwater', given: ['Idris'] }, { family: 'Szőke', given: ['Ilka'] }],
  patientIds: ['QX40917', 'QX4091733', '77120045'],
  otherIds: ['ACC-2031-88814', 'SSN4415'],
  phones: ['(555) 410-3377'],
  addresses: ['14 Tamsin Row, Harrowgate'],
});
const PIECES = [
  'Oriel', 'ORIEL', 'oriel', 'Quill', 'Quillfeather', 'QUILLFEATHER', 'quillfeathers', 'Ysolde', 'Vantongeren', 'Brackwater', 'Idris', 'Idri',
  'Szőke', 'Szoke', 'SZOKE', 'Ilka', 'Harrowgate', 'Tamsin', 'Qx', 'QX', 'qx', '4091', '40917', '4091733', '33', '7712', '0045', '77120045',
  'ACC', 'acc', '2031', '88814', 'SSN', '4415', '555', '410', '3377', '4103377', 'ß', 'ı', 'ſ', 'é', 'Q', 'X', 'x', '0', '1', 'June', 'Jan',
  "O'", '-', '’', 'Oriel-Quillfeather', "d'Ysolde",
];
const SEPS = ['', ' ', '  ', '-', '--', '.', '/', '(', ')', '\n', '\u00a0', ',', ':', ' - ', '\t', '.\n', ' 3', ' 12'];

function generated(count: number, seed: number): string[] {
  const r = seededRandom(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    const parts = 1 + Math.floor(r() * 12);
    for (let p = 0; p < parts; p++) s += pick(PIECES) + pick(SEPS);
    out.push(s);
  }
  return out;
}

describe('known-identifier scan: filtered names and id trie find what string look-ups find', () => {
  const k = compileKnown(known);
  it('agrees with the string scan on generated texts', () => {
    let hits = 0;
    for (const text of generated(20_000, 11)) {
      const got = detectKnown(text, k)
        .filter((s) => s.category === 'NAME' || s.category === 'LOCATION' || s.category === 'ID' || s.category === 'PHONE' || s.category === 'DATE')
        .filter((s) => !/^[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z]\.$/.test(text.slice(s.start, s.end)))
        .map((s): [number, number, string] => [s.start, s.end, s.category]);
      const want = referenceNamesAndIds(text, k);
      expect(got, JSON.stringify(text)).toEqual(want);
      hits += want.length;
    }
    // The generator reaches the matcher: thousands of hits, not a vacuous agreement.
    expect(hits).toBeGreaterThan(5_000);
  });

  it('agrees with the string scan with every UTF-16 code unit beside, between and inside the identifiers', () => {
    // The scan reads ASCII characters by a class table and others by the letter test: every code
    // unit, in every place a chunk can start, end or be split, must be read as the reference reads it.
    let hits = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`Oriel${ch}77120045${ch}Quillfeather`, `${ch}QX40917${ch}4091733 Ysolde${ch}`, `Quill${ch}feather QX${ch}40917 Ori${ch}el`]) {
        const got = detectKnown(text, k)
          .filter((s) => s.category === 'NAME' || s.category === 'LOCATION' || s.category === 'ID' || s.category === 'PHONE' || s.category === 'DATE')
          .map((s): [number, number, string] => [s.start, s.end, s.category]);
        const want = referenceNamesAndIds(text, k);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `U+${c.toString(16)} in ${JSON.stringify(text)}`).toEqual(want);
        hits += want.length;
      }
    }
    expect(hits).toBeGreaterThan(200_000);
  });

  it('finds split ids, ids after a non-ASCII letter chunk and long words that share a first letter', () => {
    const t = 'qx 4091733 and QX-40917; 7712 0045, ſSN4415, Szőke ıSSN4415 4415ı, ACC 2031-88814 by Quillfeatherstone and Quillfeather';
    const got = detectKnown(t, k).map((s) => t.slice(s.start, s.end));
    expect(got).toEqual(['Szőke', 'Quillfeather', 'qx 4091733', 'QX-40917', '7712 0045', 'ACC 2031-88814', '88814']);
  });
});

describe('leak guard: the birth date in every written form, whatever else shares its year', () => {
  // Invented dates. The guard looks only where the year stands, and only in windows that also hold
  // the day's digits: every form the date reader knows writes the day as one or two digits.
  const forms = (y: number, m: number, d: number) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!;
    return [`${y}-${mm}-${dd}`, `${m}/${d}/${y}`, `${mm}/${dd}/${String(y).slice(2)}`, `${mon} ${d}, ${y}`, `${d} ${mon} ${y}`, `${y}${mm}${dd}`];
  };
  for (const [y, m, d] of [[1938, 3, 7], [1941, 11, 28], [1952, 12, 1], [1925, 3, 7], [1908, 11, 28], [1930, 1, 30]] as const) {
    const k = compileKnown(KnownIdentifiersSchema.parse({ birthDate: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }));
    it(`finds ${y}-${m}-${d} written any way, and not other dates of the same year`, () => {
      for (const f of forms(y, m, d)) {
        const text = `Prior study ${y}. Patient born ${f}, seen in clinic.`;
        // The numeric forms are also the birth date's id form (digits joined): one text, found.
        expect([...new Set(detectKnown(text, k).map((s) => text.slice(s.start, s.end)))], text).toEqual([f]);
      }
      const other = forms(y, m === 12 ? 1 : m + 1, d === 1 ? 2 : d - 1);
      for (const f of other) {
        const text = `Prior study ${y}. Follow-up ${f} after the ${y} scan.`;
        expect(detectKnown(text, k), text).toEqual([]);
      }
    });
  }
});
