// Token features of the learned de-identification layer (issue 11). A feature names the identity
// of a word only when the word is ordinary vocabulary (the keep-list vocabulary, function words,
// titles, credentials): an unknown word — a name, a town — is described by its shape, case,
// length, suffix class and which lists hold it. So the weights never hold a surrogate name of the
// training corpus, and a name nobody has seen looks like the names the model was trained on.
import * as tokenScanner from '../free-text/token-scanner.js';
import type { Token, TokenScanner } from '../free-text/token-scanner.js';
import * as vocabularyLists from '../free-text/vocabulary.js';
import { shippedVocabulary, type KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { loadLexicons } from '../lexicons.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { isCap, noLineFeed } = tokenScanner;
const { CREDENTIALS, PERSON_LEADS, RELATION_CUE_WORDS, SIGN_CREDENTIALS, STOP, TITLES, WORD_SHAPED } = vocabularyLists;

// Tried in session 35 and not kept (leave-one-set-out over the 21 style sets, eval/deid-learned/set-cv.ts,
// 87 styles; baseline recall 0.9744 balanced / 0.9796 strict): context beyond two words — the
// vocabulary words 3-5 away on the line, the nearest place preposition within 3 on the left, the
// place in a run of capitalised words and in a run of name-like words, the line's first word, a
// short line standing alone and the first word of the line above: 0.9745 / 0.9795; with the word
// pairs before and after added too: 0.9740 / 0.9791. The features see enough context already.
/** Version of the feature set; a model file records it and is refused by another version. */
export const FEATURE_SET = 'deid-tokens/2';

/** Where the line of each token starts and ends, by token index (computed once per note). */
export interface LineIndex {
  /** Index of the first token of the token's line. */
  first: Int32Array;
  /** Index of the last token of the token's line. */
  last: Int32Array;
  /** 1 when a colon stands between the line start and the token. */
  colon: Uint8Array;
  /** The marks opening the token's line before its first word ("--", "/s/"), spaces dropped. */
  opens: string[];
  /** The case style of the token's line: U (capitals), L (lower case), M (mixed), from its letters. */
  lineCase: string[];
}

/** The case style of a run of text from its ASCII letters, as caseStyle does for a note (U, L or M). */
function caseOfLine(text: string): string {
  let up = 0;
  let low = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  if (up + low < 4) return 'M';
  if (up / (up + low) > 0.85) return 'U';
  if (low / (up + low) > 0.97) return 'L';
  return 'M';
}

/** Splits a scanner's tokens into lines in one pass: a gap holding a line break starts a new line. */
export function lineIndex(s: TokenScanner): LineIndex {
  const { tokens, text } = s;
  const n = tokens.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const colon = new Uint8Array(n);
  const opens: string[] = new Array<string>(n);
  let start = 0;
  let seen = false;
  let open = '';
  for (let i = 0; i < n; i++) {
    const gap = text.slice(i > 0 ? tokens[i - 1]!.end : 0, tokens[i]!.start);
    const nl = gap.lastIndexOf('\n');
    if (i === 0 || nl >= 0) {
      for (let k = start; k < i; k++) last[k] = i - 1;
      start = i;
      const lead = i === 0 && nl < 0 ? gap : gap.slice(nl + 1);
      open = lead.replace(/[ \t]+/g, '').slice(0, 3);
      seen = lead.includes(':');
    } else if (gap.includes(':')) seen = true;
    first[i] = start;
    colon[i] = seen ? 1 : 0;
    opens[i] = open;
  }
  for (let k = start; k < n; k++) last[k] = n - 1;
  const lineCase: string[] = new Array<string>(n);
  for (let i = 0; i < n; i = last[i]! + 1) {
    const c = caseOfLine(text.slice(tokens[i]!.start, tokens[last[i]!]!.end));
    for (let k = i; k <= last[i]!; k++) lineCase[k] = c;
  }
  return { first, last, colon, opens, lineCase };
}

/** A {@link LineIndex} filled one line at a time ({@link fillLine}); `filled` marks the tokens whose line is in. */
export interface LazyLineIndex extends LineIndex {
  filled: Uint8Array;
}

/**
 * An empty {@link LazyLineIndex} of a scanner's tokens. The learned layer scores a handful of
 * tokens of a note, often none: their lines alone are read, not every line of the note. With
 * `reuse` (an index no longer read) long enough for the tokens, that index is emptied and given
 * back instead: typed arrays of their own per note are buffers to allocate and free every report.
 * Its arrays may then be longer than the tokens; only the first `tokens.length` entries count.
 */
export function lazyLineIndex(s: TokenScanner, reuse?: LazyLineIndex): LazyLineIndex {
  const n = s.tokens.length;
  if (reuse && reuse.filled.length >= n) {
    reuse.filled.fill(0, 0, n);
    return reuse;
  }
  return { first: new Int32Array(n), last: new Int32Array(n), colon: new Uint8Array(n), opens: new Array<string>(n), lineCase: new Array<string>(n), filled: new Uint8Array(n) };
}

/** Fills in the line of token `i` (once): the values {@link lineIndex} gives its tokens, read from that line alone. */
export function fillLine(s: TokenScanner, lines: LazyLineIndex, i: number): void {
  if (lines.filled[i] === 1) return;
  const { tokens, text } = s;
  let a = i;
  while (a > 0 && noLineFeed(text, tokens[a - 1]!.end, tokens[a]!.start)) a--;
  let b = i;
  while (b + 1 < tokens.length && noLineFeed(text, tokens[b]!.end, tokens[b + 1]!.start)) b++;
  const gap = text.slice(a > 0 ? tokens[a - 1]!.end : 0, tokens[a]!.start);
  const lead = gap.slice(gap.lastIndexOf('\n') + 1);
  const open = lead.replace(/[ \t]+/g, '').slice(0, 3);
  const lineCase = caseOfLine(text.slice(tokens[a]!.start, tokens[b]!.end));
  let seen = lead.includes(':');
  for (let k = a; k <= b; k++) {
    if (k > a && !seen && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(':')) seen = true;
    lines.first[k] = a;
    lines.last[k] = b;
    lines.colon[k] = seen ? 1 : 0;
    lines.opens[k] = open;
    lines.lineCase[k] = lineCase;
    lines.filled[k] = 1;
  }
}

/** Case shape: initial, Title, UPPER, lower, or Mixed ("McNeil"). */
function shape(word: string): string {
  if (word.length === 1) return 'I';
  const cap = isCap(word);
  const upper = word === word.toUpperCase();
  if (upper) return cap ? 'U' : 'L';
  if (!cap) return 'L';
  return /[A-Z]/.test(word.slice(1)) ? 'M' : 'C';
}

const lengthClass = (n: number) => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 7 ? '5-7' : n <= 10 ? '8-10' : '11+');
const base = (t: Token) => (t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower);

/**
 * The lexicon mask (lexicon-flags.ts) of `w`, token `t`'s bare word: the token's own when `w` is its
 * word. The features read list membership from it for the shipped lists, not from the lists: a
 * scored token's look-ups in those large sets are each a miss of the processor's caches, and
 * they cost more than the rest of its features (speed; the bits are the same sets' answers).
 */
const maskOf = (t: Token, w: string): number => (w === t.lower ? t.flags : lexiconFlags(w));
const NAMEABLE = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL;

/** Whether the features may name this word (`w`, token `t`'s bare word): ordinary vocabulary only (never an unknown word). */
function nameable(t: Token, w: string, vocab: KeepVocabulary): boolean {
  // The mask holds STOP, TITLES, CREDENTIALS, SIGN_CREDENTIALS and the shipped vocabulary.
  if (vocab === shippedVocabulary()) return (maskOf(t, w) & (NAMEABLE | LEX.VOCAB)) !== 0;
  return STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w) || SIGN_CREDENTIALS.has(w) || vocab.has(w);
}

// The values of listFlags by the five list bits (first, surname, word-name, place, clinical), in its letter order.
const LIST_CODES: readonly string[] = Array.from({ length: 32 }, (_, k) => `${k & 1 ? 'f' : ''}${k & 2 ? 's' : ''}${k & 4 ? 'a' : ''}${k & 8 ? 'p' : ''}${k & 16 ? 'c' : ''}`);

/** Which lists hold a word (`w`, token `t`'s bare word): first names, surnames, names that are words, places, clinical terms. */
function listFlags(s: TokenScanner, t: Token, w: string): string {
  const l = s.lex;
  if (l === loadLexicons()) {
    const f = maskOf(t, w);
    return LIST_CODES[((f & LEX.FIRST) !== 0 ? 1 : 0) | ((f & LEX.LAST) !== 0 ? 2 : 0) | ((f & LEX.AMBIGUOUS) !== 0 ? 4 : 0) | ((f & LEX.PLACE) !== 0 ? 8 : 0) | ((f & LEX.CLINICAL) !== 0 ? 16 : 0)]!;
  }
  return `${l.firstNames.has(w) ? 'f' : ''}${l.lastNames.has(w) ? 's' : ''}${l.ambiguousNames.has(w) ? 'a' : ''}${l.places.has(w) ? 'p' : ''}${l.clinical.has(w) ? 'c' : ''}`;
}

/** The role a neighbouring word plays for a name: title, credential, lead, relation, initial. */
export function role(s: TokenScanner, t: Token): string {
  const w = base(t);
  if (TITLES.has(w)) return 'title';
  if (SIGN_CREDENTIALS.has(w) || CREDENTIALS.has(w)) return 'cred';
  if (PERSON_LEADS.has(w)) return 'lead';
  if (RELATION_CUE_WORDS.has(w)) return 'rel';
  if (s.isInitial(t)) return 'init';
  return '';
}

/**
 * Whether a word could be part of a name whatever its case: a word no vocabulary holds, or one a
 * first-name or surname list holds. Case-invariant by construction (it reads only the lower-cased word).
 */
function nameish(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  const w = base(t);
  if (w.length < 2 || STOP.has(w) || /\d/.test(w)) return false;
  if (nameable(t, w, vocab)) return s.lex === loadLexicons() ? (maskOf(t, w) & (LEX.FIRST | LEX.LAST)) !== 0 : s.lex.firstNames.has(w) || s.lex.lastNames.has(w);
  return true;
}

/** A neighbour as a feature value: the word itself when it is vocabulary, its description otherwise. */
function describe(s: TokenScanner, t: Token, vocab: KeepVocabulary): string {
  const w = base(t);
  if (nameable(t, w, vocab)) return w;
  return `<${shape(t.word)}${lengthClass(w.length)}${listFlags(s, t, w)}>`;
}

/** The punctuation between two tokens, spaces dropped and a line break as "NL" (at most three marks). */
function gapClass(text: string, from: number, to: number): string {
  const g = text.slice(from, to);
  if (g.includes('\n')) return 'NL';
  const marks = g.replace(/[ \t]+/g, '');
  return marks === '' ? (g === '' ? '0' : '_') : marks.slice(0, 3);
}

/**
 * The features of token `i` of a scanned note, appended to `out` (cleared first). The note's case
 * style conditions the case shape: a capital says much in a mixed-case note and nothing in a
 * shouted one.
 */
export function tokenFeatures(s: TokenScanner, vocab: KeepVocabulary, lines: LineIndex, i: number, out: string[]): void {
  out.length = 0;
  const { tokens, text } = s;
  const t = tokens[i]!;
  const w = base(t);
  const sh = `${shape(t.word)}${s.style[0]}`;
  const known = nameable(t, w, vocab);
  const flags = listFlags(s, t, w);
  out.push('bias', `sh=${sh}`, `len=${lengthClass(w.length)}`, `lists=${flags}`, `lists=${flags}|${sh}`, `voc=${known ? 1 : 0}|${sh}`);
  if (known) out.push(`w=${w}`, `w=${w}|${sh}`);
  else {
    out.push(`suf=${w.slice(-3)}`, `suf2=${w.slice(-2)}`);
    if (w.length >= 5 && vocab.nearMiss(w)) out.push('near-miss');
  }
  if (WORD_SHAPED.test(w)) out.push('word-shaped');
  if (s.prefixes.has(w)) out.push('clipped');
  if (t.lower.includes("'")) out.push('apostrophe');
  const r = role(s, t);
  if (r) out.push(`role=${r}`);
  const first = lines.first[i]!;
  const last = lines.last[i]!;
  const lineLength = last - first + 1;
  out.push(`line=${Math.min(lineLength, 8)}`, `at=${Math.min(i - first, 3)}`, `toEnd=${Math.min(last - i, 3)}`);
  // The line's opening mark ("-- J. SMITH", "/s/ Lee") and its header label ("PCP:", "RE:").
  const lead = lines.opens[i]!;
  if (lead) out.push(`line-opens=${lead}`);
  const head = tokens[first]!;
  if (first < i && /^[ \t]*:/.test(text.slice(head.end, head.end + 3))) out.push(`header=${describe(s, head, vocab)}`);
  if (lines.colon[i]) out.push('after-colon');
  const before = gapClass(text, i > 0 ? tokens[i - 1]!.end : 0, t.start);
  const after = gapClass(text, t.end, i + 1 < tokens.length ? tokens[i + 1]!.start : text.length);
  out.push(`gap-=${before}`, `gap+=${after}`, `gaps=${before}|${after}|${sh}`);
  const near = text.slice(Math.max(0, t.start - 3), t.start) + text.slice(t.end, t.end + 3);
  if (/\d/.test(near)) out.push('digit-near');
  for (const k of [-2, -1, 1, 2]) {
    const j = i + k;
    if (j < first || j > last) {
      out.push(`c${k}=<line>`);
      if (k === -1 || k === 1) out.push(`c${k}=<line>|${sh}`);
      continue;
    }
    const n = tokens[j]!;
    const d = describe(s, n, vocab);
    out.push(`c${k}=${d}`);
    const nr = role(s, n);
    if (nr) out.push(`r${k}=${nr}`, `r${k}=${nr}|${sh}`);
    if (k === -1 || k === 1) out.push(`c${k}=${d}|${sh}`, `c${k}sh=${shape(n.word)}|${sh}`);
  }
  // Case-invariant context (deid-tokens/2): these read only lower-cased words, lists and roles, so a
  // note in capitals, in lower case or in mixed case gives the same values. They let a name in a
  // shouted or lower-case note be found by what stands around it, as it is in a mixed-case one.
  const lc = lines.lineCase[i]!;
  out.push(`line-case=${lc}`, `line-case=${lc}|${s.style[0]}`);
  const ni = (j: number) => (j >= first && j <= last && nameish(s, tokens[j]!, vocab) ? 1 : 0);
  const run = `${ni(i - 1)}${ni(i + 1)}`;
  out.push(`name-run=${run}`, `name-run=${run}|voc=${known ? 1 : 0}`);
  let cueLeft = '';
  let cueRight = '';
  for (let k = 1; k <= 3; k++) {
    if (!cueLeft && i - k >= first) cueLeft = role(s, tokens[i - k]!) && `${role(s, tokens[i - k]!)}@${k}`;
    if (!cueRight && i + k <= last) cueRight = role(s, tokens[i + k]!) && `${role(s, tokens[i + k]!)}@${k}`;
  }
  if (cueLeft) out.push(`cue-l=${cueLeft}`, `cue-l=${cueLeft}|lists=${flags}`);
  if (cueRight) out.push(`cue-r=${cueRight}`, `cue-r=${cueRight}|lists=${flags}`);
  const cue = cueLeft || cueRight ? 1 : 0;
  out.push(`cue=${cue}|voc=${known ? 1 : 0}|lists=${flags}`, `cue=${cue}|run=${run}`);
  // Title-case run: a capitalised neighbour on each side of a capitalised word in mixed-case text.
  if (s.style === 'mixed' && i > first && i < last) out.push(`caps-run=${isCap(tokens[i - 1]!.word) ? 1 : 0}${isCap(tokens[i + 1]!.word) ? 1 : 0}|${sh}`);
}
