// The one tokenisation of a report that every detection layer reads (issue 11, speed): word
// offsets, the folded lower-case form, the case style of the note and each word's lexicon flags
// are worked out once per text, in one pass over its characters, instead of once per layer.
import { foldDiacritics } from './fold-text.js';
import { lexiconFlags } from './lexicon-flags.js';

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
const isDigit = (c: number) => c >= 48 && c <= 57;

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
const MAX_FORMS = 200_000;
const formsMemo = new Map<string, WordForms>();

function wordForms(raw: string, ascii: boolean): WordForms {
  let forms = formsMemo.get(raw);
  if (forms === undefined) {
    const word = ascii ? raw : foldDiacritics(raw);
    let lower = word.toLowerCase();
    if (!ascii && lower.includes('’')) lower = lower.replace(/’/g, "'");
    forms = { word, lower, flags: lexiconFlags(lower) };
    if (formsMemo.size >= MAX_FORMS) formsMemo.clear();
    formsMemo.set(raw, forms);
  }
  return forms;
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
    i++;
    while (i < n && isWordPart(text.charCodeAt(i))) i++;
    let wordAscii = true;
    for (let k = start; k < i; k++) {
      const d = text.charCodeAt(k);
      if (d >= 65 && d <= 90) up++;
      else if (d >= 97 && d <= 122) low++;
      else if (d >= 128) wordAscii = false;
    }
    if (!wordAscii) ascii = false;
    const before = start > 0 ? text.charCodeAt(start - 1) : NaN;
    const after = i < n ? text.charCodeAt(i) : NaN;
    if (isDigit(before) || isDigit(after)) {
      if (isDigit(after) && !isDigit(before) && i - start >= 7) glued.push(start);
      continue;
    }
    byStart.set(start, tokens.length);
    const forms = wordForms(text.slice(start, i), wordAscii);
    tokens.push({ start, end: i, word: forms.word, lower: forms.lower, flags: forms.flags });
  }
  return { text, tokens, byStart, glued, style: styleOf(up, low), ascii };
}
