// Style transforms of labelled notes (issue 11, generalisation). One set of transforms serves two
// ends: scored on a cross-validation test fold they are a proxy for "notes nobody has read" (ICU
// capitals, lower-case typing, names and dates of shapes the corpus lacks); applied to the
// training folds they are data augmentation, so the learned layer learns shapes rather than the
// dev strings. Every transform keeps the gold spans valid: case changes keep offsets character by
// character, and substitutions recompute the offsets of everything after them.
// The surrogate values come from two disjoint halves of the inventories below (by a hash of the
// value): `train` for augmentation and `eval` for scoring, so a scored surrogate string was never
// a training string.
import { mulberry32 } from '../../util/prng.js';
import { AUGMENT_COPIES, type AugmentCopy, type TrainingNote, type TrainingSpan } from './train-model.js';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The transforms: case (`upper`, `lower`, `lines`: some lines in capitals), surrogate names and places (`names`), rewritten dates (`dates`), and all at once in capitals (`icu`). */
export const STYLE_TRANSFORMS = ['upper', 'lower', 'lines', 'names', 'dates', 'icu'] as const;
/** One of {@link STYLE_TRANSFORMS}. */
export type StyleTransform = (typeof STYLE_TRANSFORMS)[number];

/** Which half of the surrogate inventories a transform draws from (training never sees the `eval` half). */
export type SurrogatePool = 'train' | 'eval';

// Surnames and given names of several origins, written for radlabel (not drawn from the corpus).
const SURNAMES = [
  'Okafor', 'Adeyemi', 'Nwosu', 'Chukwuemeka', 'Mensah', 'Owusu', 'Warsame', 'Haile', 'Tesfaye', 'Abubakar', 'Zhang', 'Liu', 'Xu', 'Zhou',
  'Nguyen', 'Tran', 'Pham', 'Huynh', 'Park', 'Choi', 'Jeong', 'Tanaka', 'Kobayashi', 'Venkataraman', 'Iyer', 'Raghunathan', 'Chatterjee',
  'Bhattacharya', 'Haddad', 'Khoury', 'Nasser', 'Farahani', 'Wojciechowski', 'Kowalczyk', 'Lindqvist', 'Haugland', 'Papadopoulos',
  'Gutierrez', 'Ibarra', 'Quispe', 'Kealoha', 'Makoa', 'Oyelaran', 'Szabo', 'Horvath', 'Novakova', 'Petrenko', 'Kuznetsov', 'Dimitrov',
  'Ferreira', 'Gonçalves', 'Achterberg', 'Rautenbach', 'Tuilagi', 'Mahlangu', 'Dlamini', 'Yilmaz', 'Ozturk', 'Kaur', 'Sandhu',
];
const GIVEN = [
  'Chidi', 'Ngozi', 'Kwame', 'Abena', 'Yusuf', 'Amina', 'Wei', 'Mei', 'Minh', 'Linh', 'Jae', 'Soo', 'Haruto', 'Yuki', 'Priya', 'Arjun',
  'Lakshmi', 'Rania', 'Omar', 'Darius', 'Agnieszka', 'Tomasz', 'Sigrid', 'Eero', 'Eleni', 'Ximena', 'Mateo', 'Keanu', 'Leilani',
  'Zsofia', 'Bogdan', 'Oksana', 'Thandiwe', 'Emre', 'Gurpreet', 'Siosaia', 'Ines', 'Joao', 'Anouk', 'Femi',
];
const PARTICLES = ['van', 'van der', 'de', 'de la', 'del', 'da', 'di', 'von', 'ben', 'al', 'le', 'st.'];
const ONSETS = ['b', 'ch', 'd', 'f', 'g', 'gw', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 'sz', 't', 'tz', 'v', 'w', 'x', 'y', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ie', 'oa', 'uy', 'ea'];
const CODAS = ['', 'n', 'r', 'l', 'th', 'ck', 'ndra', 'wick', 'ovic', 'akis', 'enga', 'iwe', 'ani', 'oro', 'ath', 'ley', 'mann', 'ski', 'ik'];
const TOWN_ENDS = ['ville', 'ton', 'burg', 'field', 'ford', 'port', 'dale', 'wood', 'haven', 'mouth', 'bury', 'wick', 'stead', 'ridge', 'brook', 'minster', 'chester'];
const TOWN_WORDS = ['Falls', 'Springs', 'Heights', 'Junction', 'Hollow', 'Creek', 'Landing', 'Point', 'Harbor', 'Valley'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const NAME_CATEGORIES = new Set(['HCPName', 'PTName', 'PTNameInitial', 'RelativeProxyName', 'Initial', 'NAME']);
const PLACE_CATEGORIES = new Set(['Location', 'LOCATION']);
const DATE_CATEGORIES = new Set(['Date', 'DATE']);
const YEAR_CATEGORIES = new Set(['DateYear', 'DATE_YEAR']);

/** A 32-bit FNV-1a hash: which half of the inventories a value belongs to. */
function half(value: string): SurrogatePool {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'train' : 'eval';
}

/** Draws from `make` until the value falls in the pool's half (bounded; the last draw is kept). */
function inPool(pool: SurrogatePool, make: () => string): string {
  let v = make();
  for (let k = 0; k < 40 && half(v.toLowerCase()) !== pool; k++) v = make();
  return v;
}

function invented(r: Rand): string {
  let w = '';
  for (let i = int(r, 1, 2); i > 0; i--) w += pick(r, ONSETS) + pick(r, VOWELS);
  return title(w + pick(r, CODAS));
}

const surname = (r: Rand) => (r() < 0.5 ? pick(r, SURNAMES) : invented(r));
const initial = (r: Rand) => String.fromCharCode(65 + int(r, 0, 25));

/** A person's name in one of several shapes: surname, hyphenated, particle, O'/Mc, initial + surname, first + middle initial + last. */
function personName(r: Rand, pool: SurrogatePool, words: number): string {
  const x = r();
  const last = () => inPool(pool, () => surname(r));
  if (words >= 2 || x < 0.2) return `${inPool(pool, () => pick(r, GIVEN))} ${r() < 0.5 ? `${initial(r)}. ` : ''}${last()}`;
  if (x < 0.35) return `${last()}-${last()}`;
  if (x < 0.47) {
    const p = pick(r, PARTICLES);
    return `${p === 'st.' ? 'St.' : p} ${last()}`;
  }
  if (x < 0.55) return `${pick(r, ["O'", 'Mc', 'Mac'])}${last()}`;
  if (x < 0.7) return `${initial(r)}. ${last()}`;
  return last();
}

/** A place: an invented town (sometimes two words), a hospital acronym, or a saint's name. */
function placeName(r: Rand, pool: SurrogatePool): string {
  return inPool(pool, () => {
    const x = r();
    if (x < 0.45) return invented(r) + pick(r, TOWN_ENDS);
    if (x < 0.6) return `${invented(r)} ${pick(r, TOWN_WORDS)}`;
    if (x < 0.8) return Array.from({ length: int(r, 2, 4) }, () => initial(r)).join('') + pick(r, ['H', 'MC', 'HC', '']);
    return `St. ${pick(r, GIVEN)}`;
  });
}

const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date in another written form: `6/2`, `6/2/19`, `June 2nd`, `2-Jun`, `Jun 2`, `06/02/2019`, a range `6/2-6/5`, `Jun. 2, 2019`. */
function dateText(r: Rand, range: boolean): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 27);
  const y = int(r, 1990, 2029);
  const mon = MONTHS[m - 1]!;
  const forms = [`${m}/${d}`, `${m}/${d}/${String(y).slice(2)}`, `${mon} ${ordinal(d)}`, `${d}-${mon.slice(0, 3)}`, `${mon.slice(0, 3)} ${d}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${mon.slice(0, 3)}. ${d}, ${y}`, `${m}/${d}/${y}`];
  if (range) forms.push(`${m}/${d}-${m}/${d + 1}`, `${m}/${d} - ${m}/${d + int(r, 1, 3)}`);
  return pick(r, forms);
}

/** A year in another written form: `'97`, `1997`, `97'` (the last only after a word, as in history lists). */
function yearText(r: Rand, afterWord: boolean): string {
  const y = int(r, 1975, 2029);
  const yy = String(y).slice(2);
  return pick(r, afterWord ? [`'${yy}`, `${y}`, `${yy}'`] : [`'${yy}`, `${y}`]);
}

/** Writes `value` in the case the original span was written in (capitals, lower case, or as generated). */
function inCaseOf(original: string, value: string): string {
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return value.toUpperCase();
  if (letters.length >= 1 && letters === letters.toLowerCase()) return value.toLowerCase();
  return value;
}

/** Upper- or lower-cases a text character by character, keeping a character whose case form has another length ("ß"). */
export function recase(text: string, to: 'upper' | 'lower'): string {
  let out = '';
  for (const c of text) {
    const x = to === 'upper' ? c.toUpperCase() : c.toLowerCase();
    out += x.length === c.length ? x : c;
  }
  return out;
}

type Kind = 'name' | 'place' | 'date' | 'year';
const kindOf = (c: string): Kind | undefined =>
  NAME_CATEGORIES.has(c) ? 'name' : PLACE_CATEGORIES.has(c) ? 'place' : DATE_CATEGORIES.has(c) ? 'date' : YEAR_CATEGORIES.has(c) ? 'year' : undefined;

/** A run of gold spans of one kind separated only by spaces, dots or hyphens: one value to replace ("Sacred Heart", "J. Smith"). */
interface Unit {
  start: number;
  end: number;
  kind: Kind;
  category: string;
  words: number;
}

function units(text: string, spans: readonly TrainingSpan[]): Unit[] {
  const out: Unit[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const kind = kindOf(s.category);
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    if (prev && kind && prev.kind === kind && (kind === 'name' || kind === 'place') && /^[ .-]{1,3}$/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      prev.words++;
      continue;
    }
    out.push({ start: s.start, end: s.end, kind: kind ?? 'name', category: kind ? s.category : `keep:${s.category}`, words: 1 });
  }
  return out;
}

/** Gold spans of a written value: one per word (the corpus's convention), with the unit's category. */
function valueSpans(value: string, at: number, category: string): TrainingSpan[] {
  const out: TrainingSpan[] = [];
  for (const m of value.matchAll(/[A-Za-z\d][A-Za-z\d'’/-]*(?:,? ?\d{4})?/g)) out.push({ start: at + m.index, end: at + m.index + m[0].length, category });
  return out.length > 0 ? out : [{ start: at, end: at + value.length, category }];
}

/**
 * Replaces gold values: `names` rewrites names and places, `dates` rewrites dates and years; every
 * other span is copied with its offset moved by what changed before it.
 */
function substitute(note: TrainingNote, r: Rand, pool: SurrogatePool, what: 'names' | 'dates'): TrainingNote {
  const { text } = note;
  let out = '';
  let from = 0;
  const phi: TrainingSpan[] = [];
  for (const u of units(text, note.phi)) {
    const original = text.slice(u.start, u.end);
    let value: string | undefined;
    if (!u.category.startsWith('keep:')) {
      if (what === 'names' && u.kind === 'name' && !/^[A-Za-z]\.?$/.test(original)) value = personName(r, pool, u.words);
      else if (what === 'names' && u.kind === 'place') value = placeName(r, pool);
      else if (what === 'dates' && u.kind === 'date' && /\d/.test(original)) value = dateText(r, !/[-–]\s*$/.test(text.slice(u.start - 3, u.start)) && !/^\s*[-–]/.test(text.slice(u.end, u.end + 3)));
      else if (what === 'dates' && u.kind === 'year' && /^\d{4}$/.test(original)) value = yearText(r, /[A-Za-z][ \t]$/.test(text.slice(u.start - 2, u.start)));
    }
    out += text.slice(from, u.start);
    const category = u.category.startsWith('keep:') ? u.category.slice(5) : u.category;
    if (value === undefined) {
      // Unchanged: the unit's own spans, moved.
      for (const s of note.phi) if (s.start >= u.start && s.end <= u.end) phi.push({ start: out.length + s.start - u.start, end: out.length + s.end - u.start, category: s.category });
      out += original;
    } else {
      const written = inCaseOf(original, value);
      phi.push(...valueSpans(written, out.length, category));
      out += written;
    }
    from = u.end;
  }
  out += text.slice(from);
  return { patient: note.patient, text: out, phi };
}

/**
 * A note in another style, with gold spans that index the new text. Seeded by `seed` and the
 * note's text, so the same note, transform and seed always give the same result.
 */
export function transformNote(note: TrainingNote, transform: StyleTransform, pool: SurrogatePool, seed = 11): TrainingNote {
  let h = seed >>> 0;
  for (let i = 0; i < note.text.length; i += 7) h = Math.imul(h ^ note.text.charCodeAt(i), 0x01000193);
  const r = mulberry32(h >>> 0);
  switch (transform) {
    case 'upper':
      return { ...note, text: recase(note.text, 'upper') };
    case 'lower':
      return { ...note, text: recase(note.text, 'lower') };
    case 'lines':
      // A mixed-case note with a third of its lines shouted (headers, sign-off blocks, copied sections).
      return { ...note, text: note.text.split('\n').map((line) => (r() < 1 / 3 ? recase(line, 'upper') : line)).join('\n') };
    case 'names':
      return substitute(note, r, pool, 'names');
    case 'dates':
      return substitute(note, r, pool, 'dates');
    case 'icu': {
      const n = substitute(substitute(note, r, pool, 'names'), r, pool, 'dates');
      return { ...n, text: recase(n.text, 'upper') };
    }
  }
}

/** The copies the dev notes are augmented with by default: capitals, and surrogate values. */
export const DEFAULT_COPIES: readonly AugmentCopy[] = ['upper', 'surrogates'];

/** Parses a comma list of {@link AUGMENT_COPIES} ('' for none). */
export function parseCopies(list: string): AugmentCopy[] {
  const out = list.split(',').map((x) => x.trim()).filter((x) => x !== '');
  for (const c of out) if (!(AUGMENT_COPIES as readonly string[]).includes(c)) throw new Error(`no augmented copy "${c}" (copies: ${AUGMENT_COPIES.join(', ')})`);
  return out as AugmentCopy[];
}

/**
 * Training notes plus transformed copies (data augmentation), note by note in the order of
 * `copies`: by default each note once in capitals, and once with surrogate names and places and
 * rewritten dates, drawn from the `train` half of the inventories. Upper case and substitution
 * carry the most new shapes; lower case is asked for explicitly.
 */
export function augmentNotes(notes: readonly TrainingNote[], seed = 11, copies: readonly AugmentCopy[] = DEFAULT_COPIES): TrainingNote[] {
  const out: TrainingNote[] = [...notes];
  for (const n of notes) {
    for (const c of copies) {
      if (c === 'surrogates') out.push(transformNote(transformNote(n, 'names', 'train', seed), 'dates', 'train', seed + 1));
      else out.push(transformNote(n, c, 'train', seed));
    }
  }
  return out;
}
