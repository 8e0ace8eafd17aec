// The one tokenisation of a report that every detection layer reads (issue 11, speed): word
// offsets, the folded lower-case form, the case style of the note and each word's lexicon flags
// are worked out once per text, in one pass over its characters, instead of once per layer.
import { foldDiacritics } from './fold-text.js';
import { lexiconFlags } from './lexicon-flags.js';
import { isAsciiDigit as isDigit } from '../util/ascii-chars.js';

/** A word of the text: Latin letters (accents, combining marks, inner apostrophes included). */
export interface Token {
  start: number;
  end: number;
  /** The word as written, diacritics folded ("Núñez" → "Nunez"). */
  word: string;
  /** `word` in lower case, curly apostrophes made straight. */
  lower: string;
  /** Which word lists hold `lower` (bits of {@link LEX}, see lexicon-flags.ts). */
  flags: number;
}

/** Whether a note is shouted (mostly capitals), all lower case, or mixed: the case tests depend on it. */
export type CaseStyle = 'upper' | 'lower' | 'mixed';

/** The {@link CaseStyle} of a text with `up` capital and `low` small ASCII letters. */
export function styleOf(up: number, low: number): CaseStyle {
  if (up + low === 0) return 'mixed';
  if (up / (up + low) > 0.85) return 'upper';
  if (low / (up + low) > 0.97) return 'lower';
  return 'mixed';
}

/** The {@link CaseStyle} of a text from its ASCII letters. */
export function caseStyle(text: string): CaseStyle {
  let up = 0;
  let low = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  return styleOf(up, low);
}

/** Position → index of the token starting there (an array by position: no hashing on the passes' look-ups). */
export class StartIndex {
  // A holey array, not a typed one: a typed array of a report's length is an off-heap buffer to
  // allocate and zero for every text, which cost more than the look-ups it served; a hole reads
  // as undefined, "no token".
  private readonly at: (number | undefined)[];
  private readonly length: number;
  constructor(length: number) {
    this.length = length + 1;
    this.at = new Array<number | undefined>(this.length);
  }
  set(pos: number, index: number): void {
    this.at[pos] = index;
  }
  /** The index of the token starting at `pos`, if one does. */
  get(pos: number): number | undefined {
    return pos >= 0 && pos < this.length ? this.at[pos] : undefined;
  }
  has(pos: number): boolean {
    return this.get(pos) !== undefined;
  }
}

// The characters of LATIN_WORD_RE (fold-text.ts), tested on UTF-16 code units as that regex does.
const isWordStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isWordPart = (c: number) => isWordStart(c) || (c >= 0x300 && c <= 0x36f) || c === 39 || c === 0x2019;

/** One report's words and the facts about them that the layers share. */
export interface TokenStream {
  readonly text: string;
  /** Words not glued to a digit ("SaO2", "4U", "x2" are measurements or codes, never names). */
  readonly tokens: Token[];
  readonly byStart: StartIndex;
  /** Starts of words of seven letters or more glued to a number after them ("QUARTERMAIN3"): ward candidates. */
  readonly glued: number[];
  readonly style: CaseStyle;
  /** Whether the text is plain ASCII (then nothing needs folding). */
  readonly ascii: boolean;
}

/** What a word as written becomes in a {@link Token}: folded, lower case, and its lexicon flags. */
interface WordForms {
  word: string;
  lower: string;
  flags: number;
}

// The same words recur in every report ("the", "Dr", "FINDINGS"): their forms are memoised by the
// word as written (bounded, dropped when full), one look-up instead of a lower-casing and a
// look-up of the lexicon mask per token. The forms depend on the word alone (the lexicons are fixed
// once loaded, as lexicon-flags.ts has them).
//
// The memo is an open-addressing table keyed by the word's characters in the text, hashed in the
// pass that reads them: a word seen before is found without cutting it out of the text (a string
// allocated, copied and hashed again per token), and a slot holds the word as written and its three
// forms side by side in one array (no object per word to read). Tokenising the benchmark's reports
// alone: 8.3 → 7.7 µs per report.
const MAX_FORMS = 200_000;
/** Numbers per slot: the word as written, its folded form, its lower form, its lexicon flags. */
const SLOT = 4;
/** Slots in the table: a power of two, at least twice the words held (grown as it fills). */
let slots = 1 << 12;
let table: (string | number | undefined)[] = new Array<string | number | undefined>(slots * SLOT);
let held = 0;

/** The slot of word `raw` (its hash `h`) in `t` of `n` slots: where it is, or the free slot it would take. */
function slotOf(t: (string | number | undefined)[], n: number, raw: string, h: number): number {
  const mask = n - 1;
  let k = h & mask;
  for (let key = t[k * SLOT]; key !== undefined && key !== raw; key = t[k * SLOT]) k = (k + 1) & mask;
  return k;
}

/** Stores the forms of `raw` (hash `h`): the table grows at half full and is dropped when it holds {@link MAX_FORMS} words. */
function remember(raw: string, h: number, f: WordForms): void {
  if (held >= MAX_FORMS) {
    slots = 1 << 12;
    table = new Array<string | number | undefined>(slots * SLOT);
    held = 0;
  } else if (2 * (held + 1) > slots) {
    const old = table;
    const grown = new Array<string | number | undefined>(slots * 2 * SLOT);
    for (let k = 0; k < old.length; k += SLOT) {
      const key = old[k] as string | undefined;
      if (key === undefined) continue;
      const at = slotOf(grown, slots * 2, key, hashOf(key, 0, key.length)) * SLOT;
      for (let j = 0; j < SLOT; j++) grown[at + j] = old[k + j];
    }
    slots *= 2;
    table = grown;
  }
  const at = slotOf(table, slots, raw, h) * SLOT;
  table[at] = raw;
  table[at + 1] = f.word;
  table[at + 2] = f.lower;
  table[at + 3] = f.flags;
  held++;
}

/** FNV-1a over the UTF-16 code units `text[from..to)`, as the tokeniser hashes a word while reading it. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** The table index of the memoised word `text[start..end)` with hash `h`, or -1; compared in place, nothing cut out. */
function knownSlot(text: string, start: number, end: number, h: number): number {
  const mask = slots - 1;
  const length = end - start;
  const t = table;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const key = t[k * SLOT] as string | undefined;
    if (key === undefined) return -1;
    if (key.length !== length) continue;
    let j = 0;
    while (j < length && key.charCodeAt(j) === text.charCodeAt(start + j)) j++;
    if (j === length) return k * SLOT;
  }
}

function wordForms(raw: string, ascii: boolean, h: number): WordForms {
  const word = ascii ? raw : foldDiacritics(raw);
  let lower = word.toLowerCase();
  if (!ascii && lower.includes('’')) lower = lower.replace(/’/g, "'");
  const f = { word, lower, flags: lexiconFlags(lower) };
  remember(raw, h, f);
  return f;
}

/**
 * Tokenises `text` in one pass: the words of `LATIN_WORD_RE` (hyphens split words, a hyphen
 * counts as a gap inside a name), their folded and lower-case forms and lexicon flags, and the
 * case style of the note.
 */
export function tokenStream(text: string): TokenStream {
  const tokens: Token[] = [];
  const glued: number[] = [];
  const n = text.length;
  const byStart = new StartIndex(n);
  let up = 0;
  let low = 0;
  let ascii = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    if (!isWordStart(c)) {
      i++;
      continue;
    }
    const start = i;
    // One walk over the word: its end, its hash (as hashOf) and its letters' case and ASCII-ness
    // are read together, each code unit once (a second loop over the word read them again).
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let wordAscii = c < 128;
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isWordPart(d)) break;
      h = Math.imul(h ^ d, 0x01000193);
      if (d >= 65 && d <= 90) up++;
      else if (d >= 97 && d <= 122) low++;
      else if (d >= 128) wordAscii = false;
      i++;
    }
    h >>>= 0;
    if (!wordAscii) ascii = false;
    const before = start > 0 ? text.charCodeAt(start - 1) : NaN;
    const after = i < n ? text.charCodeAt(i) : NaN;
    if (isDigit(before) || isDigit(after)) {
      if (isDigit(after) && !isDigit(before) && i - start >= 7) glued.push(start);
      continue;
    }
    byStart.set(start, tokens.length);
    const at = knownSlot(text, start, i, h);
    if (at >= 0) {
      const t = table;
      tokens.push({ start, end: i, word: t[at + 1] as string, lower: t[at + 2] as string, flags: t[at + 3] as number });
    } else {
      const f = wordForms(text.slice(start, i), wordAscii, h);
      tokens.push({ start, end: i, word: f.word, lower: f.lower, flags: f.flags });
    }
  }
  return { text, tokens, byStart, glued, style: styleOf(up, low), ascii };
}
